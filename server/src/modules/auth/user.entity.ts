import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../db/columns';

@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  /** Stored lower-cased; the unique index is what makes sign-up race-free. */
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  /** Support staff may audit and adjust any workspace; every such action is recorded. */
  @Property({ type: 'boolean', default: false })
  isSupport: boolean = false;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

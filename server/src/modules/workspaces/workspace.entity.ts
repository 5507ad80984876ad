import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../db/columns';

/** The billing customer: one subscription, one credit balance, its members and its data. */
@Entity()
export class Workspace {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'string', length: 255, nullable: true })
  @Unique()
  stripeCustomerId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

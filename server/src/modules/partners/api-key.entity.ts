import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../db/columns';
import { User } from '../auth/user.entity';
import { Workspace } from '../workspaces/workspace.entity';

/** A partner integration's key. Only a SHA-256 of the secret is stored; it is shown once. */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Property({ type: 'string', length: 80 })
  name!: string;

  /** The first characters of the key, so people can tell their keys apart. */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'string', length: 64 })
  @Unique()
  secretHash!: string;

  @Property({ type: 'json' })
  scopes!: string[];

  @ManyToOne(() => User, { mapToPk: true })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}

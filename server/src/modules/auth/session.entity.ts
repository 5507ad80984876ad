import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../db/columns';
import { User } from './user.entity';
import { Workspace } from '../workspaces/workspace.entity';

/** A sign-in. Only a SHA-256 of the token is stored; the token itself is shown once. */
@Entity({ tableName: 'auth_session' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => User)
  user!: User;

  /** The workspace this session acts in; switchable among the user's memberships. */
  @ManyToOne(() => Workspace)
  workspace!: Workspace;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}

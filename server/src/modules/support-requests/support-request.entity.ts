import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../db/columns';
import { User } from '../auth/user.entity';
import { Workspace } from '../workspaces/workspace.entity';

export type SupportRequestStatus = 'OPEN' | 'ANSWERED' | 'CLOSED';

/** A member's question to support, about their workspace and, often, some of its ledger entries. */
@Entity({ tableName: 'support_request' })
@Index({ properties: ['workspace', 'createdAt'] })
@Index({ properties: ['status', 'createdAt'] })
export class SupportRequest {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @ManyToOne(() => User, { mapToPk: true })
  author!: string;

  @Enum({ type: 'string', items: ['OPEN', 'ANSWERED', 'CLOSED'] })
  status!: SupportRequestStatus;

  @Property({ type: 'string', length: 120 })
  subject!: string;

  /** Ledger entries of `workspace` the request is about, checked when it was opened; at most 20. */
  @Property({ type: 'json' })
  entryIds!: string[];

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** The last message or status change: what the member's list and the staff queue sort by. */
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

/** One message of a request's conversation, from its member side or from support staff. */
@Entity({ tableName: 'support_request_message' })
@Index({ properties: ['request', 'createdAt'] })
export class SupportRequestMessage {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => SupportRequest, { mapToPk: true })
  request!: string;

  @ManyToOne(() => User, { mapToPk: true })
  author!: string;

  @Property({ type: 'boolean' })
  fromStaff!: boolean;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

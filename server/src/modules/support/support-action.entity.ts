import { BigIntType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../db/columns';

/**
 * AUDIT: a look at a workspace's audit. SEARCH: a search for workspaces (no workspace; the words searched
 * are kept in `reason`). ADJUST, VOID_GRANT, RELEASE_HOLD: a change, with the reason staff gave.
 * ANSWER, CLOSE: a support request answered or closed (the request named in `reason`).
 */
export const SUPPORT_ACTION_KINDS = [
  'AUDIT',
  'SEARCH',
  'ADJUST',
  'VOID_GRANT',
  'RELEASE_HOLD',
  'ANSWER',
  'CLOSE',
] as const;
export type SupportActionKind = (typeof SUPPORT_ACTION_KINDS)[number];

/** Every look and every change support staff make in a workspace that is not theirs. */
@Entity({ tableName: 'support_action' })
@Index({ properties: ['workspaceId', 'createdAt'] })
@Index({ properties: ['supportUserId', 'createdAt'] })
@Index({ properties: ['createdAt'] })
export class SupportAction {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  /** Null only for a SEARCH, which looks across workspaces. */
  @Property({ type: 'uuid', nullable: true })
  workspaceId: string | null = null;

  @Property({ type: 'uuid' })
  supportUserId!: string;

  @Enum({ type: 'string', items: [...SUPPORT_ACTION_KINDS] })
  kind!: SupportActionKind;

  @Property({ type: 'string', length: 500, nullable: true })
  reason: string | null = null;

  /** ADJUST: the signed amount asked for, so the ledger's independent auditor has a fact to check it against. */
  @Property({ type: new BigIntType('number'), nullable: true })
  amountMicro: number | null = null;

  /** What the action was about: the grant voided (VOID_GRANT), the hold released (RELEASE_HOLD). */
  @Property({ type: 'string', length: 255, nullable: true })
  targetId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

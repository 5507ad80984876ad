import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { micro, newId } from '../../db/columns';
import { Workspace } from '../workspaces/workspace.entity';
import type { EntryType, GrantSource, HoldStatus, Split } from './core';

/**
 * One row per workspace: the lock every credit operation takes, the totals that are not
 * per-grant (reserved, deficit), and `version`, the sequence number of the newest entry.
 * It changes in the same transaction as the entries it summarises (SPEC rule 1).
 */
@Entity({ tableName: 'credit_account' })
@Check({ name: 'credit_account_totals_non_negative', expression: 'held_micro >= 0 and deficit_micro >= 0' })
export class CreditAccount {
  @PrimaryKey({ type: 'uuid' })
  workspaceId!: string;

  @Property(micro())
  heldMicro: number = 0;

  @Property(micro())
  deficitMicro: number = 0;

  @Property({ type: 'integer', default: 0 })
  version: number = 0;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

/** A pot of credits: one period's allocation, one top-up, one proration, one adjustment. */
@Entity({ tableName: 'credit_grant' })
@Check({
  name: 'credit_grant_remaining_in_range',
  expression: 'remaining_micro >= 0 and remaining_micro <= original_micro',
})
@Index({ properties: ['workspace', 'remainingMicro'] })
@Unique({ properties: ['workspace', 'externalKey'] })
export class CreditGrant {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Enum({ type: 'string', items: ['PLAN_ALLOCATION', 'PRORATION', 'TOP_UP', 'ADJUSTMENT'] })
  source!: GrantSource;

  @Property({ type: 'string', length: 200 })
  label!: string;

  @Property(micro())
  originalMicro!: number;

  /** Free remaining: what is neither spent nor reserved by an active hold. */
  @Property(micro())
  remainingMicro!: number;

  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'datetime' })
  effectiveAt!: Date;

  @Property({ type: 'integer' })
  seq!: number;

  /** What caused it outside the ledger (`invoice:in_…`, `topup:cs_…`); unique per workspace. */
  @Property({ type: 'string', length: 255, nullable: true })
  externalKey: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

@Entity({ tableName: 'credit_hold' })
@Check({ name: 'credit_hold_amount_positive', expression: 'amount_micro > 0 and actual_micro >= 0' })
@Index({ properties: ['status', 'expiresAt'] })
export class CreditHold {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Property(micro())
  amountMicro!: number;

  @Property({ type: 'json' })
  splits!: Split[];

  @Enum({ type: 'string', items: ['ACTIVE', 'SETTLED', 'RELEASED', 'EXPIRED'] })
  status!: HoldStatus;

  @Property({ type: 'string', length: 64, nullable: true })
  feature: string | null = null;

  @Property({ type: 'string', length: 500 })
  description!: string;

  @Property(micro())
  actualMicro: number = 0;

  /**
   * The API key that made the hold, if one did: what the hold reserves and then charges counts against that key's
   * monthly budget (`api_key_spend`), in the month the hold was made.
   */
  @Property({ type: 'uuid', nullable: true })
  apiKeyId: string | null = null;

  /**
   * A settle that was asked for in time but could not be committed (SPEC rule 7 and 9): the sweeper settles the
   * hold with it, exactly once, instead of releasing it, so finished work is charged once and never for free.
   */
  @Property({ type: 'json', nullable: true })
  pendingSettle: PendingSettle | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;
}

/** What a settle that could not be committed would have written; everything needed to write it later. */
export interface PendingSettle {
  actualMicro: number;
  description: string;
  details: Record<string, unknown> | null;
  actorKind: ActorKind;
  actorId: string | null;
  idempotencyKey: string | null;
  requestedAt: string;
}

/** Who caused an entry: a member, an API key, support staff, Stripe, or the system itself. */
export type ActorKind = 'USER' | 'API_KEY' | 'SUPPORT' | 'STRIPE' | 'SYSTEM';

/** Append-only. Never updated, never deleted; corrections are new entries. */
@Entity({ tableName: 'ledger_entry' })
@Unique({ properties: ['workspace', 'seq'] })
@Index({ properties: ['workspace', 'createdAt'] })
export class LedgerEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  /** 1, 2, 3… per workspace; the unique index turns a lost update into a loud failure. */
  @Property({ type: 'integer' })
  seq!: number;

  @Enum({
    type: 'string',
    items: ['GRANT', 'HOLD', 'CHARGE', 'RELEASE', 'EXPIRY', 'ADJUSTMENT', 'REFUND', 'REVERSAL', 'DEFICIT_REPAYMENT'],
  })
  type!: EntryType;

  /** Signed effect on the available balance. */
  @Property(micro())
  amountMicro!: number;

  @Property(micro())
  heldDeltaMicro: number = 0;

  @Property(micro())
  deficitDeltaMicro: number = 0;

  @Property({ type: 'json' })
  splits!: Split[];

  @Property({ type: 'json', nullable: true })
  chargeSplits: Split[] | null = null;

  @Property({ type: 'string', length: 500 })
  description!: string;

  /** The numbers behind the entry: tokens, rate-card version, proration fraction, Stripe ids. */
  @Property({ type: 'json', nullable: true })
  details: Record<string, unknown> | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  @Index()
  feature: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  holdId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  grantId: string | null = null;

  @Enum({ type: 'string', items: ['USER', 'API_KEY', 'SUPPORT', 'STRIPE', 'SYSTEM'] })
  actorKind!: ActorKind;

  @Property({ type: 'string', length: 255, nullable: true })
  actorId: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

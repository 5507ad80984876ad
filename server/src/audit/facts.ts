/**
 * The auditor's inputs, as plain data. Nothing here comes from the ledger's own code: the shapes
 * mirror the tables and the payment provider's objects, and every amount the auditor computes with
 * is either a fact from outside the ledger or marked unsourced.
 */

/** Entry types the ledger writes. EXPIRY and DEFICIT_REPAYMENT only move the clock for the auditor. */
export type EntryKind =
  'GRANT' | 'ADJUSTMENT' | 'HOLD' | 'CHARGE' | 'RELEASE' | 'REFUND' | 'REVERSAL' | 'EXPIRY' | 'DEFICIT_REPAYMENT';

/**
 * One ledger entry as the auditor reads it: when and what happened, in which order. Its amounts are
 * not followed; `entryMicro` is read only for an adjustment or refund nothing outside the ledger
 * explains, and such an item is reported as unsourced.
 */
export interface ScheduleRow {
  seq: number;
  type: EntryKind | string;
  at: Date;
  holdId: string | null;
  grantId: string | null;
  actorKind: string;
  actorId: string | null;
  /** `details.reason` of a support adjustment: matches the entry to support's own record. */
  reason: string | null;
  /** The entry's signed amount, for unsourced items only. */
  entryMicro: number;
}

/** A credit_grant row as stored. */
export interface StoredGrant {
  id: string;
  source: string;
  label: string;
  originalMicro: number;
  remainingMicro: number;
  expiresAt: Date | null;
  effectiveAt: Date;
  externalKey: string | null;
}

/** A credit_hold row: the requested amount and, once settled, the actual cost are facts. */
export interface StoredHold {
  id: string;
  amountMicro: number;
  actualMicro: number;
  status: string;
  feature: string | null;
}

export interface StoredAccount {
  heldMicro: number;
  deficitMicro: number;
}

/** A metered_run row: what the metered feature says it reserved and charged. */
export interface MeteredRunRow {
  id: string;
  feature: string;
  status: string;
  holdId: string | null;
  heldMicro: number;
  chargedMicro: number;
}

/** A refund, a dispute, or a dispute's outcome, as the payment provider reports it. */
export interface PaymentEvent {
  /** The refund's or the dispute's id. */
  id: string;
  /** In words: `refund re_123 of $20.00`. */
  what: string;
  kind: 'refund' | 'dispute' | 'dispute won';
  cents: number;
}

/** The money behind a grant, and what was taken back from it, oldest first. */
export interface PaymentFacts {
  paidCents: number;
  /** Top-ups: what the grant no longer holds of a refund is owed. Plan invoices: only what remains is taken. */
  owesRest: boolean;
  events: PaymentEvent[];
}

/** What a grant must be, from facts outside the ledger. */
export interface GrantFact {
  originalMicro: number;
  expiresAt: Date | null;
  /** A period's allocation: once granted, every grant that expires by this time is over. */
  periodStartsAt?: Date | null;
  /** Where it comes from, in words: `invoice in_123`, `payment pi_123`, `support adjustment`. */
  origin: string;
  /** A grant paid for by a payment (top-up or plan invoice): what refunds and disputes take back. */
  payment?: PaymentFacts;
  /** Plan grants: why a reversal may take back what remains (the plan ended); null when nothing allows it. */
  revokeAllowedBecause?: string | null;
  /** Credits a won dispute gives back: as much as that dispute took from `grantId`. */
  givesBack?: { disputeId: string; grantId: string };
}

/** One support adjustment (or a caller's own record of one), oldest first. */
export interface AdjustmentFact {
  /** Signed: positive credits a new grant, negative debits. */
  amountMicro: number;
  /** Who made it and why, when known: matches it to the ledger's entry. */
  by: string | null;
  reason: string | null;
}

/** A payment, invoice or other fact that must have produced a grant. */
export interface ExpectedGrant {
  externalKey: string;
  /** In words, for the difference: `payment pi_123 ($40.00, 2 packs)`. */
  what: string;
}

export interface WorkspaceFacts {
  /** By grant id. A grant without a fact is unsourced: its amount is taken from its row. */
  grants: Map<string, GrantFact>;
  adjustments: AdjustmentFact[];
  /** Grants support staff voided (their recorded VOID_GRANT actions): a reversal of what remains is explained. */
  voidedGrants: Set<string>;
  expected: ExpectedGrant[];
  /** Observations that are not differences (metadata that disagrees with what was paid, a skipped source). */
  notes: string[];
}

export interface OverrunAllowance {
  /** Whole percent of the hold. */
  percent: number;
  minimumMicro: number;
}

/** Everything the pure audit of one workspace needs. */
export interface WorkspaceInput {
  workspaceId: string;
  name: string;
  schedule: ScheduleRow[];
  grants: StoredGrant[];
  holds: StoredHold[];
  account: StoredAccount | null;
  runs: MeteredRunRow[];
  facts: WorkspaceFacts;
  overrun: OverrunAllowance;
  /** When the audit runs: what is available now. */
  now: Date;
}

export const emptyFacts = (): WorkspaceFacts => ({
  grants: new Map(),
  adjustments: [],
  voidedGrants: new Set(),
  expected: [],
  notes: [],
});

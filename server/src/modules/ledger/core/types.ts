/** Shapes shared by the pure ledger core. All amounts are integer micro-credits (see money.ts). */

export type GrantSource = 'PLAN_ALLOCATION' | 'PRORATION' | 'TOP_UP' | 'ADJUSTMENT';

export interface GrantState {
  id: string;
  source: GrantSource;
  label: string;
  originalMicro: number;
  /** Free (not reserved) remaining. Credits reserved by an active hold are counted in the hold, not here. */
  remainingMicro: number;
  expiresAt: Date | null;
  effectiveAt: Date;
  /** Creation order; breaks ties in the burn order. */
  seq: number;
}

/** Signed change to one grant's free remaining. */
export interface Split {
  grantId: string;
  amountMicro: number;
}

export type HoldStatus = 'ACTIVE' | 'SETTLED' | 'RELEASED' | 'EXPIRED';

export interface HoldState {
  id: string;
  amountMicro: number;
  /** Negative amounts as taken at hold time, in burn order. */
  splits: Split[];
  status: HoldStatus;
  expiresAt: Date;
}

export interface AccountState {
  grants: GrantState[];
  heldMicro: number;
  deficitMicro: number;
}

export type EntryType =
  'GRANT' | 'HOLD' | 'CHARGE' | 'RELEASE' | 'EXPIRY' | 'ADJUSTMENT' | 'REFUND' | 'REVERSAL' | 'DEFICIT_REPAYMENT';

export interface EntryDraft {
  type: EntryType;
  /** Signed effect on available (= Σ splits − deficitDeltaMicro). */
  amountMicro: number;
  /** Signed changes to grants' free remaining. */
  splits: Split[];
  /** Change to total reserved. */
  heldDeltaMicro: number;
  /** Change to deficit. */
  deficitDeltaMicro: number;
  /** CHARGE only: what the charge actually took from each grant (positive numbers), in burn order. */
  chargeSplits?: Split[];
  holdId?: string;
  grantId?: string;
  description: string;
}

export type LedgerError =
  | {
      code: 'INSUFFICIENT_CREDITS';
      requiredMicro: number;
      availableMicro: number;
      /** Present when the balance would cover it but the spender's limit (an API key's budget) would not. */
      limit?: { limitMicro: number; spentMicro: number };
    }
  | { code: 'HOLD_NOT_ACTIVE'; status: HoldStatus }
  | { code: 'HOLD_EXPIRED' }
  | { code: 'BAD_AMOUNT'; reason: string }
  /** A settle above its hold by more than the overrun allowance (SPEC rule 6); the hold stays open. */
  | { code: 'OVERRUN_TOO_LARGE'; holdMicro: number; maxActualMicro: number }
  | { code: 'GRANT_NOT_FOUND' };

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type Decision<T = {}> =
  ({ ok: true; state: AccountState; entries: EntryDraft[] } & T) | { ok: false; error: LedgerError };

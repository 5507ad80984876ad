import { formatCredits, LEDGER_LIMIT_MICRO } from './money';
import type { AccountState, LedgerError } from './types';

export type AmountRule = 'positive' | 'non-negative' | 'non-zero';

/** Returns a BAD_AMOUNT error unless `value` is a safe integer µcr amount satisfying `rule`; otherwise null. */
export function checkAmount(value: unknown, what: string, rule: AmountRule): LedgerError | null {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    return { code: 'BAD_AMOUNT', reason: `${what} must be a safe integer number of micro-credits` };
  }
  const ok = rule === 'positive' ? value > 0 : rule === 'non-negative' ? value >= 0 : value !== 0;
  return ok ? null : { code: 'BAD_AMOUNT', reason: `${what} must be ${rule}` };
}

/** A failed Decision carrying `error`. */
export function fail(error: LedgerError): { ok: false; error: LedgerError } {
  return { ok: false, error };
}

/**
 * BAD_AMOUNT when the account would hold more than LEDGER_LIMIT_MICRO free or reserved, or owe more than it as
 * deficit. Every stored quantity stays at or below the limit, so every sum the core forms (at most four of them)
 * stays far below 2^53 and no arithmetic path can lose a micro-credit: an operation is refused instead.
 */
export function limitProblem(state: AccountState): LedgerError | null {
  const heldOrFree = state.grants.reduce((sum, g) => sum + g.remainingMicro, state.heldMicro);
  if (heldOrFree <= LEDGER_LIMIT_MICRO && state.deficitMicro <= LEDGER_LIMIT_MICRO) return null;
  return {
    code: 'BAD_AMOUNT',
    reason: `an account holds and owes at most ${formatCredits(LEDGER_LIMIT_MICRO)} credits`,
  };
}

import type { LedgerError } from './types';

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

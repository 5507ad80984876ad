import { applyEntries, LedgerInvariantError, makeEntry, withNewGrant } from './apply';
import { deficitRepayment } from './deficit';
import type { AccountState, Decision, GrantSource, GrantState } from './types';
import { checkAmount, fail, limitProblem } from './validate';

export interface NewGrant {
  id: string;
  source: GrantSource;
  label: string;
  amountMicro: number;
  expiresAt: Date | null;
  effectiveAt: Date;
  seq: number;
}

export interface GrantInput {
  grant: NewGrant;
  /** Entry type of the crediting entry; ADJUSTMENT for support credits. Default GRANT. */
  type?: 'GRANT' | 'ADJUSTMENT';
  description: string;
}

/**
 * Adds a grant: one GRANT (or ADJUSTMENT) entry crediting it, then, if the account owes a deficit and the grant
 * is not already expired, a DEFICIT_REPAYMENT entry paying min(deficit, amount) from it (SPEC rule 6). Refused
 * when the account would hold more than LEDGER_LIMIT_MICRO.
 */
export function grant(state: AccountState, input: GrantInput, now: Date): Decision {
  const g = input.grant;
  const bad = checkAmount(g.amountMicro, 'grant amount', 'positive');
  if (bad) return fail(bad);
  if (!Number.isSafeInteger(g.seq)) throw new LedgerInvariantError(`grant ${g.id}: seq must be a safe integer`);
  const newGrant: GrantState = {
    id: g.id,
    source: g.source,
    label: g.label,
    originalMicro: g.amountMicro,
    remainingMicro: 0,
    expiresAt: g.expiresAt,
    effectiveAt: g.effectiveAt,
    seq: g.seq,
  };
  const credit = makeEntry({
    type: input.type ?? 'GRANT',
    splits: [{ grantId: g.id, amountMicro: g.amountMicro }],
    heldDeltaMicro: 0,
    deficitDeltaMicro: 0,
    grantId: g.id,
    description: input.description,
  });
  const credited = applyEntries(withNewGrant(state, newGrant), [credit]);
  const tooMuch = limitProblem(credited);
  if (tooMuch) return fail(tooMuch);
  const repayment = deficitRepayment(credited, now);
  if (!repayment) return { ok: true, state: credited, entries: [credit] };
  return { ok: true, state: applyEntries(credited, [repayment]), entries: [credit, repayment] };
}

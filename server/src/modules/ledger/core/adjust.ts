import { applyEntries, makeEntry } from './apply';
import { spendableMicro } from './balance';
import { takeInBurnOrder } from './burn-order';
import { grant } from './grant';
import type { AccountState, Decision, EntryDraft } from './types';
import { checkAmount, fail, limitProblem } from './validate';
import { deficitRepayment } from './deficit';

export interface AdjustInput {
  /** Signed, non-zero. Positive credits a new ADJUSTMENT grant; negative debits free credits, then deficit. */
  amountMicro: number;
  /** Required when amountMicro is positive: the grant that holds the credited amount. */
  grant?: { id: string; label: string; seq: number; expiresAt: Date | null; effectiveAt: Date };
  description: string;
}

export interface RevokeGrantInput {
  grantId: string;
  /** Default: all of the grant's free remaining. */
  amountMicro?: number;
  type: 'REFUND' | 'REVERSAL';
  /** Book the part of amountMicro the grant no longer holds as deficit (refund/dispute of a partly spent purchase). */
  deficitForRest: boolean;
  description: string;
}

function debit(state: AccountState, debitMicro: number, description: string, now: Date): Decision {
  const coverable = Math.max(0, Math.min(debitMicro, spendableMicro(state, now)));
  const { splits, takenMicro } = takeInBurnOrder(state.grants, coverable, now);
  const entry = makeEntry({
    type: 'ADJUSTMENT',
    splits,
    heldDeltaMicro: 0,
    deficitDeltaMicro: debitMicro - takenMicro,
    description,
  });
  return finish(applyEntries(state, [entry]), [entry], now);
}

/**
 * A support adjustment. Positive: a new grant with source ADJUSTMENT credited by an ADJUSTMENT entry (and a
 * deficit repayment, like any grant). Negative: one ADJUSTMENT entry taking from free credits in burn order, never
 * beyond planAllocation + purchased − deficit; what cannot be covered becomes deficit.
 */
export function adjust(state: AccountState, input: AdjustInput, now: Date): Decision {
  const bad = checkAmount(input.amountMicro, 'adjustment amount', 'non-zero');
  if (bad) return fail(bad);
  if (input.amountMicro < 0) return debit(state, -input.amountMicro, input.description, now);
  if (!input.grant) return fail({ code: 'BAD_AMOUNT', reason: 'a positive adjustment needs a grant' });
  const newGrant = { ...input.grant, source: 'ADJUSTMENT' as const, amountMicro: input.amountMicro };
  return grant(state, { grant: newGrant, type: 'ADJUSTMENT', description: input.description }, now);
}

/**
 * Removes credits of one grant after a refund or dispute (SPEC §4, Refunds): min(amount, free remaining) leaves
 * the grant; with deficitForRest the rest of the amount becomes deficit, paid at once from other grants' free
 * credits (SPEC rule 6). Always exactly one REFUND or REVERSAL entry, even when nothing was left to remove, so the
 * event is on record.
 */
export function revokeGrant(state: AccountState, input: RevokeGrantInput, now: Date): Decision {
  const target = state.grants.find((g) => g.id === input.grantId);
  if (!target) return fail({ code: 'GRANT_NOT_FOUND' });
  const amountMicro = input.amountMicro ?? target.remainingMicro;
  const bad = input.amountMicro === undefined ? null : checkAmount(amountMicro, 'revoked amount', 'positive');
  if (bad) return fail(bad);
  // Only free credits leave: what an active hold reserved of this grant is charged or given back later.
  const removed = Math.min(amountMicro, target.remainingMicro);
  const entry: EntryDraft = makeEntry({
    type: input.type,
    splits: removed > 0 ? [{ grantId: target.id, amountMicro: -removed }] : [],
    heldDeltaMicro: 0,
    deficitDeltaMicro: input.deficitForRest ? amountMicro - removed : 0,
    grantId: target.id,
    description: input.description,
  });
  return finish(applyEntries(state, [entry]), [entry], now);
}

/** Refuses a state past the ledger's limits; otherwise pays what is owed from what other grants hold. */
function finish(state: AccountState, entries: EntryDraft[], now: Date): Decision {
  const tooMuch = limitProblem(state);
  if (tooMuch) return fail(tooMuch);
  const repayment = deficitRepayment(state, now);
  if (!repayment) return { ok: true, state, entries };
  return { ok: true, state: applyEntries(state, [repayment]), entries: [...entries, repayment] };
}

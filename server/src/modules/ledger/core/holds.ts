import { applyEntries, compactSplits, makeEntry } from './apply';
import { balanceOf, spendableMicro } from './balance';
import { takeInBurnOrder } from './burn-order';
import { expireGrants } from './expiry';
import type { AccountState, Decision, EntryDraft, HoldState, LedgerError, Split } from './types';
import { checkAmount, fail } from './validate';

export interface PlaceHoldInput {
  holdId: string;
  amountMicro: number;
  expiresAt: Date;
  description: string;
}

export interface SettleHoldInput {
  actualMicro: number;
  description: string;
}

export interface ReleaseHoldInput {
  /** RELEASED: the feature failed or finished without a charge. EXPIRED: the TTL sweeper (allowed after expiry). */
  reason: 'RELEASED' | 'EXPIRED';
  description: string;
}

/**
 * Reserves `amountMicro` before a metered feature starts (SPEC rule 4). Fails with INSUFFICIENT_CREDITS when
 * planAllocation + purchased − deficit < amount; otherwise takes it from free remaining in burn order.
 */
export function placeHold(state: AccountState, input: PlaceHoldInput, now: Date): Decision<{ hold: HoldState }> {
  const bad = checkAmount(input.amountMicro, 'hold amount', 'positive');
  if (bad) return fail(bad);
  if (spendableMicro(state, now) < input.amountMicro) {
    const { availableMicro } = balanceOf(state, now);
    return fail({ code: 'INSUFFICIENT_CREDITS', requiredMicro: input.amountMicro, availableMicro });
  }
  const { splits } = takeInBurnOrder(state.grants, input.amountMicro, now);
  const entry = makeEntry({
    type: 'HOLD',
    splits,
    heldDeltaMicro: input.amountMicro,
    deficitDeltaMicro: 0,
    holdId: input.holdId,
    description: input.description,
  });
  const hold: HoldState = {
    id: input.holdId,
    amountMicro: input.amountMicro,
    splits: splits.map((s) => ({ ...s })),
    status: 'ACTIVE',
    expiresAt: input.expiresAt,
  };
  return { ok: true, state: applyEntries(state, [entry]), entries: [entry], hold };
}

/** Errors that make a hold unusable: not ACTIVE, inconsistent amounts, or splits on grants not in the state. */
function holdProblem(state: AccountState, hold: HoldState): LedgerError | null {
  if (hold.status !== 'ACTIVE') return { code: 'HOLD_NOT_ACTIVE', status: hold.status };
  const bad = checkAmount(hold.amountMicro, 'hold amount', 'positive');
  if (bad) return bad;
  const taken = hold.splits.reduce((sum, s) => sum - s.amountMicro, 0);
  if (taken !== hold.amountMicro || hold.splits.some((s) => !(s.amountMicro < 0))) {
    return { code: 'BAD_AMOUNT', reason: 'hold splits must be negative and add up to the hold amount' };
  }
  const known = new Set(state.grants.map((g) => g.id));
  return hold.splits.every((s) => known.has(s.grantId)) ? null : { code: 'GRANT_NOT_FOUND' };
}

/** Captures the first `actualMicro` of the hold's parts, in their order; the rest of each part goes back. */
function captureWithinHold(hold: HoldState, actualMicro: number): { captured: Split[]; returned: Split[] } {
  const captured: Split[] = [];
  const returned: Split[] = [];
  let left = actualMicro;
  for (const split of hold.splits) {
    const part = -split.amountMicro;
    const take = Math.min(part, left);
    left -= take;
    captured.push({ grantId: split.grantId, amountMicro: take });
    returned.push({ grantId: split.grantId, amountMicro: part - take });
  }
  return { captured: compactSplits(captured), returned: compactSplits(returned) };
}

function chargeEntry(state: AccountState, hold: HoldState, input: SettleHoldInput, now: Date): EntryDraft {
  const base = { type: 'CHARGE' as const, heldDeltaMicro: -hold.amountMicro, holdId: hold.id };
  const description = input.description;
  if (input.actualMicro <= hold.amountMicro) {
    const { captured, returned } = captureWithinHold(hold, input.actualMicro);
    return makeEntry({ ...base, splits: returned, deficitDeltaMicro: 0, chargeSplits: captured, description });
  }
  // Overrun (SPEC rule 6): all of the hold, then the excess from what is free, then deficit for the rest.
  const excess = input.actualMicro - hold.amountMicro;
  const coverable = Math.max(0, Math.min(excess, spendableMicro(state, now)));
  const { splits, takenMicro } = takeInBurnOrder(state.grants, coverable, now);
  const fromHold = hold.splits.map((s) => ({ grantId: s.grantId, amountMicro: -s.amountMicro }));
  const fromFree = splits.map((s) => ({ grantId: s.grantId, amountMicro: -s.amountMicro }));
  const chargeSplits = compactSplits([...fromHold, ...fromFree]);
  return makeEntry({ ...base, splits, deficitDeltaMicro: excess - takenMicro, chargeSplits, description });
}

/** Appends the grant expiry sweep, so credits given back to an already-expired grant expire at once. */
function thenExpire(state: AccountState, entries: EntryDraft[], hold: HoldState, now: Date) {
  const expiry = expireGrants(state, now);
  if (!expiry.ok) return expiry;
  return { ok: true as const, state: expiry.state, entries: [...entries, ...expiry.entries], hold };
}

/**
 * Settles an ACTIVE, unexpired hold with the actual cost: exactly one CHARGE entry (the unused part of the hold
 * returns to its grants; an overrun takes the excess from free credits and books what is left as deficit), then
 * the grant expiry sweep. The returned hold is SETTLED.
 */
export function settleHold(
  state: AccountState,
  hold: HoldState,
  input: SettleHoldInput,
  now: Date,
): Decision<{ hold: HoldState }> {
  const bad = checkAmount(input.actualMicro, 'actual cost', 'non-negative') ?? holdProblem(state, hold);
  if (bad) return fail(bad);
  if (now.getTime() >= hold.expiresAt.getTime()) return fail({ code: 'HOLD_EXPIRED' });
  const entry = chargeEntry(state, hold, input, now);
  const settled: HoldState = { ...hold, status: 'SETTLED' };
  return thenExpire(applyEntries(state, [entry]), [entry], settled, now);
}

/**
 * Gives an ACTIVE hold back to its grants: one RELEASE entry, then the grant expiry sweep. Allowed at any time,
 * including after the hold's expiry (the TTL sweeper uses reason EXPIRED).
 */
export function releaseHold(
  state: AccountState,
  hold: HoldState,
  input: ReleaseHoldInput,
  now: Date,
): Decision<{ hold: HoldState }> {
  const bad = holdProblem(state, hold);
  if (bad) return fail(bad);
  const entry = makeEntry({
    type: 'RELEASE',
    splits: compactSplits(hold.splits.map((s) => ({ grantId: s.grantId, amountMicro: -s.amountMicro }))),
    heldDeltaMicro: -hold.amountMicro,
    deficitDeltaMicro: 0,
    holdId: hold.id,
    description: input.description,
  });
  const released: HoldState = { ...hold, status: input.reason };
  return thenExpire(applyEntries(state, [entry]), [entry], released, now);
}

import { applyEntries, compactSplits, makeEntry } from './apply';
import { balanceOf, spendableMicro } from './balance';
import { takeInBurnOrder } from './burn-order';
import { settleAfter } from './deficit';
import type { AccountState, Decision, EntryDraft, HoldState, LedgerError, Split } from './types';
import { checkAmount, fail, limitProblem } from './validate';

export interface PlaceHoldInput {
  holdId: string;
  amountMicro: number;
  expiresAt: Date;
  description: string;
  /**
   * A cap on what the hold's spender (an API key's monthly budget) may have reserved and spent: the hold is
   * refused when `spentMicro + amountMicro` would pass `limitMicro`. Checked in the same decision as the balance.
   */
  limit?: SpendLimit;
}

/** A spending cap and what already counts against it. */
export interface SpendLimit {
  limitMicro: number;
  spentMicro: number;
}

export interface SettleHoldInput {
  actualMicro: number;
  description: string;
  /** How far above the hold a settle may go; DEFAULT_OVERRUN when absent. */
  overrun?: OverrunPolicy;
  /**
   * When the settle was asked for, if earlier than `now`: a settle asked for in time whose commit failed is
   * written later by the sweeper, and is not late (SPEC rule 7 refuses only settles asked for after expiry).
   */
  requestedAt?: Date;
}

/**
 * The overrun allowance (SPEC rule 6): a settle may exceed its hold by at most the larger of `percent` % of the
 * hold and `minimumMicro`. A bound the caller cannot name keeps one settle from booking an unbounded deficit.
 */
export interface OverrunPolicy {
  /** Whole percent of the hold, 0 to 1000. */
  percent: number;
  minimumMicro: number;
}

export const DEFAULT_OVERRUN: OverrunPolicy = { percent: 25, minimumMicro: 1_000_000 };

/** The most a settle of a hold of `holdMicro` may charge. Integer maths only: hold/100 first keeps it exact. */
export function maxActualMicro(holdMicro: number, policy: OverrunPolicy = DEFAULT_OVERRUN): number {
  const share = Math.floor(holdMicro / 100) * policy.percent + Math.floor(((holdMicro % 100) * policy.percent) / 100);
  return holdMicro + Math.max(share, policy.minimumMicro);
}

export interface ReleaseHoldInput {
  /** RELEASED: the feature failed or finished without a charge. EXPIRED: the TTL sweeper (allowed after expiry). */
  reason: 'RELEASED' | 'EXPIRED';
  description: string;
}

/**
 * Reserves `amountMicro` before a metered feature starts (SPEC rule 4). Fails with INSUFFICIENT_CREDITS when
 * planAllocation + purchased − deficit < amount, or when the hold would pass its spender's limit (then the
 * error names the limit); otherwise takes it from free remaining in burn order.
 */
export function placeHold(state: AccountState, input: PlaceHoldInput, now: Date): Decision<{ hold: HoldState }> {
  const bad = checkAmount(input.amountMicro, 'hold amount', 'positive');
  if (bad) return fail(bad);
  if (spendableMicro(state, now) < input.amountMicro) {
    const { availableMicro } = balanceOf(state, now);
    return fail({ code: 'INSUFFICIENT_CREDITS', requiredMicro: input.amountMicro, availableMicro });
  }
  const limit = input.limit;
  if (limit && limit.spentMicro + input.amountMicro > limit.limitMicro) {
    const { availableMicro } = balanceOf(state, now);
    return fail({
      code: 'INSUFFICIENT_CREDITS',
      requiredMicro: input.amountMicro,
      availableMicro,
      limit: { limitMicro: limit.limitMicro, spentMicro: limit.spentMicro },
    });
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

/**
 * Appends the grant expiry sweep (credits given back to an already-expired grant expire at once) and the deficit
 * repayment from what the hold gave back.
 */
function thenSettleUp(state: AccountState, entries: EntryDraft[], hold: HoldState, now: Date) {
  return { ok: true as const, ...settleAfter(state, entries, now), hold };
}

/**
 * Settles an ACTIVE, unexpired hold with the actual cost: exactly one CHARGE entry (the unused part of the hold
 * returns to its grants; an overrun takes the excess from free credits and books what is left as deficit), then
 * the grant expiry sweep and the deficit repayment. The returned hold is SETTLED. An actual cost above the
 * overrun allowance is refused (OVERRUN_TOO_LARGE) and the hold stays ACTIVE.
 */
export function settleHold(
  state: AccountState,
  hold: HoldState,
  input: SettleHoldInput,
  now: Date,
): Decision<{ hold: HoldState }> {
  const bad = checkAmount(input.actualMicro, 'actual cost', 'non-negative') ?? holdProblem(state, hold);
  if (bad) return fail(bad);
  if ((input.requestedAt ?? now).getTime() >= hold.expiresAt.getTime()) return fail({ code: 'HOLD_EXPIRED' });
  const maxActual = maxActualMicro(hold.amountMicro, input.overrun);
  if (input.actualMicro > maxActual) {
    return fail({ code: 'OVERRUN_TOO_LARGE', holdMicro: hold.amountMicro, maxActualMicro: maxActual });
  }
  const entry = chargeEntry(state, hold, input, now);
  const charged = applyEntries(state, [entry]);
  const tooMuch = limitProblem(charged);
  if (tooMuch) return fail(tooMuch);
  return thenSettleUp(charged, [entry], { ...hold, status: 'SETTLED' }, now);
}

/**
 * Gives an ACTIVE hold back to its grants: one RELEASE entry, then the grant expiry sweep and the deficit
 * repayment. Allowed at any time,
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
  return thenSettleUp(applyEntries(state, [entry]), [entry], released, now);
}

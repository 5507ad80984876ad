/**
 * The auditor's own arithmetic for amounts the ledger receives from billing, derived from SPEC §4
 * and rule 6. Integers only; products go through BigInt, since µcr × seconds or µcr × cents can
 * pass 2^53.
 */

export const MICRO_PER_CREDIT = 1_000_000;

const floorDiv = (a: bigint, b: bigint): number => Number(a / b);

/** A top-up grants the whole packs its money paid for (SPEC §4: $20 buys 20 credits); odd cents buy nothing. */
export function packsPaidFor(paidCents: number, pack: { priceCents: number }): number {
  return paidCents > 0 ? Math.floor(paidCents / pack.priceCents) : 0;
}

/**
 * An upgrade's credits (SPEC §4): (new − old allocation) × time left in the period / period length,
 * in whole seconds, rounded down so the grant never exceeds the exact share. A change before the
 * period counts from its start; at or after its end, nothing.
 */
export function upgradeCreditsMicro(input: {
  fromMicro: number;
  toMicro: number;
  periodStartS: number;
  periodEndS: number;
  changedAtS: number;
}): number {
  const diff = input.toMicro - input.fromMicro;
  const periodS = input.periodEndS - input.periodStartS;
  if (diff <= 0 || periodS <= 0) return 0;
  const leftS = Math.min(periodS, Math.max(0, input.periodEndS - Math.max(input.changedAtS, input.periodStartS)));
  return floorDiv(BigInt(diff) * BigInt(leftS), BigInt(periodS));
}

/** The most a settle may charge above its hold: the larger of `percent` % of the hold and the minimum. */
export function overrunAllowanceMicro(holdMicro: number, policy: { percent: number; minimumMicro: number }): number {
  const share = floorDiv(BigInt(holdMicro) * BigInt(policy.percent), 100n);
  return Math.max(share, policy.minimumMicro);
}

/**
 * The credits `cents` of a payment stand for: its share of what the payment granted, rounded down.
 * Refunds are shared on their running total, so partial refunds round like one.
 */
export function shareMicro(grantedMicro: number, paidCents: number, cents: number): number {
  if (paidCents <= 0 || cents <= 0) return 0;
  return floorDiv(BigInt(grantedMicro) * BigInt(Math.min(cents, paidCents)), BigInt(paidCents));
}

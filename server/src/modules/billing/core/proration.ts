import { formatCredits, formatCreditsFixed } from '../../ledger/core';

export interface ProrationInput {
  fromPlan: { name: string; creditsMicro: number };
  toPlan: { name: string; creditsMicro: number };
  periodStart: Date;
  periodEnd: Date;
  changedAt: Date;
}

export interface Proration {
  grantMicro: number;
  secondsLeft: number;
  periodSeconds: number;
  /** "Upgrade Pro → Growth: 30 credits × 12 of 30 days left = 12.00" */
  description: string;
  fraction: string;
}

const DAY_S = 86_400;

/** Days for the description: whole when whole, else two decimals ("12", "0.04"). */
const days = (seconds: number) => (seconds % DAY_S === 0 ? String(seconds / DAY_S) : (seconds / DAY_S).toFixed(2));

/**
 * The credits an upgrade grants on payment (SPEC section 4):
 *
 *   grant = floor((new − old allocation) × seconds left in the period / seconds in the period)
 *
 * in integer micro-credits (BigInt, so the product never loses precision), rounded down so the grant
 * never exceeds the exact share. Over the period the workspace then gets old × elapsed + new × left.
 * A change at or after the period's end grants nothing; a change before its start counts as the start.
 */
export function upgradeProration(input: ProrationInput): Proration {
  const { fromPlan, toPlan } = input;
  const diff = toPlan.creditsMicro - fromPlan.creditsMicro;
  if (diff <= 0) throw new RangeError('an upgrade must raise the allocation');
  const periodSeconds = Math.max(1, Math.round((input.periodEnd.getTime() - input.periodStart.getTime()) / 1000));
  const from = Math.max(input.changedAt.getTime(), input.periodStart.getTime());
  const secondsLeft = Math.min(periodSeconds, Math.max(0, Math.floor((input.periodEnd.getTime() - from) / 1000)));
  const grantMicro = Number((BigInt(diff) * BigInt(secondsLeft)) / BigInt(periodSeconds));
  return {
    grantMicro,
    secondsLeft,
    periodSeconds,
    fraction: `${secondsLeft}/${periodSeconds}`,
    description:
      `Upgrade ${fromPlan.name} → ${toPlan.name}: ${formatCredits(diff)} credits × ` +
      `${days(secondsLeft)} of ${days(periodSeconds)} days left = ${formatCreditsFixed(grantMicro)}`,
  };
}

/** Top-up arithmetic: credits bought for an amount of money, pro rata to the pack price. */
export function creditsForCents(cents: number, pack: { creditsMicro: number; priceCents: number }): number {
  return Number((BigInt(cents) * BigInt(pack.creditsMicro)) / BigInt(pack.priceCents));
}

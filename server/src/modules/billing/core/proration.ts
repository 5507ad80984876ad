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

/**
 * Days for the description: whole when whole, else cut (not rounded) to two decimals ("12", "11.99",
 * "0.04"), so a share just under 12 days never reads "12.00". The web app's preview writes the same.
 */
export const formatDays = (seconds: number) =>
  seconds % DAY_S === 0 ? String(seconds / DAY_S) : (Math.floor((seconds * 100) / DAY_S) / 100).toFixed(2);
const days = formatDays;

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

/**
 * What Stripe charges today for an upgrade (`proration_behavior: always_invoice`): a credit line for
 * the old price's unused time and a debit line for the new price's, each `amount × left / length`
 * rounded to the cent with halves away from zero; the charge is their sum.
 */
export function upgradeChargeCents(
  fromCents: number,
  toCents: number,
  secondsLeft: number,
  periodSeconds: number,
): number {
  const line = (cents: number) => {
    if (periodSeconds <= 0 || secondsLeft <= 0) return 0;
    const n = 2n * BigInt(cents) * BigInt(Math.min(secondsLeft, periodSeconds)) + BigInt(periodSeconds);
    return Number(n / (2n * BigInt(periodSeconds)));
  };
  return line(toCents) - line(fromCents);
}

/** Top-up arithmetic: credits bought for an amount of money, pro rata to the pack price. */
export function creditsForCents(cents: number, pack: { creditsMicro: number; priceCents: number }): number {
  return Number((BigInt(cents) * BigInt(pack.creditsMicro)) / BigInt(pack.priceCents));
}

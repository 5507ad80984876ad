/**
 * The forecast: at the pace of the recent window, when the balance runs out, whether the period's allocation is
 * used up before it renews, and how much of it would expire unused. One function for everything that projects
 * (the `forecast` query, the popover, the alerts), so they can never disagree.
 *
 * Pure and clock-free: the caller passes `now` and the window already summed (one SQL aggregate). Integer maths
 * only: every product of an amount and a duration is taken in BigInt, then floored.
 */

export const DAY_MS = 86_400_000;

/** Beyond what a Date can hold: "never" for practical purposes. */
const MAX_TIME_MS = 8.64e15;

export interface ForecastInput {
  /** What the charges in the window cost together, µcr (positive). */
  spentMicro: number;
  /** How many charges the window holds. */
  charges: number;
  /** Where the observed window starts: `windowDays` ago, or when the workspace began if later. */
  windowStart: Date;
  now: Date;
  availableMicro: number;
  /** Left of this period's allocation (and proration), which expires at renewal. */
  planAllocationMicro: number;
  /** When the plan renews; null without a renewing plan. */
  renewsAt: Date | null;
}

export interface Forecast {
  windowStart: Date;
  spentMicro: number;
  charges: number;
  /** Average burn per day over the window (0 when nothing was charged). */
  burnPerDayMicro: number;
  /** When the available balance reaches zero at this pace: `now` if it already has, null if never. */
  runsOutAt: Date | null;
  /** Whole days until `runsOutAt`, rounded down; null with it. */
  daysUntilEmpty: number | null;
  /** When the allocation left is used up at this pace (burn order spends it first); null if never or none left. */
  allocationRunsOutAt: Date | null;
  allocationRunsOutBeforeRenewal: boolean;
  /** Allocation left at renewal at this pace, which then expires. */
  allocationExpiringUnusedMicro: number;
}

export function forecast(input: ForecastInput): Forecast {
  const { spentMicro, now, availableMicro, planAllocationMicro, renewsAt } = input;
  // At least a millisecond: a window that starts now has seen nothing, not an infinite pace.
  const observedMs = BigInt(Math.max(1, now.getTime() - input.windowStart.getTime()));
  const spent = BigInt(Math.max(0, spentMicro));
  const burnPerDayMicro = Number((spent * BigInt(DAY_MS)) / observedMs);

  /** When `amountMicro` is used up at this pace, from now. */
  const usedUpAt = (amountMicro: number): Date | null => {
    if (spent === 0n) return null;
    const at = BigInt(now.getTime()) + (BigInt(amountMicro) * observedMs) / spent;
    return at > BigInt(MAX_TIME_MS) ? null : new Date(Number(at));
  };

  const runsOutAt = availableMicro <= 0 ? now : usedUpAt(availableMicro);
  const allocationRunsOutAt = planAllocationMicro > 0 ? usedUpAt(planAllocationMicro) : null;

  let allocationExpiringUnusedMicro = 0;
  if (renewsAt && planAllocationMicro > 0) {
    const untilRenewalMs = BigInt(Math.max(0, renewsAt.getTime() - now.getTime()));
    const reach = (spent * untilRenewalMs) / observedMs;
    allocationExpiringUnusedMicro = reach >= BigInt(planAllocationMicro) ? 0 : planAllocationMicro - Number(reach);
  }

  return {
    windowStart: input.windowStart,
    spentMicro: Number(spent),
    charges: input.charges,
    burnPerDayMicro,
    runsOutAt,
    daysUntilEmpty: runsOutAt && Math.floor((runsOutAt.getTime() - now.getTime()) / DAY_MS),
    allocationRunsOutAt,
    allocationRunsOutBeforeRenewal: !!(renewsAt && allocationRunsOutAt && allocationRunsOutAt < renewsAt),
    allocationExpiringUnusedMicro,
  };
}

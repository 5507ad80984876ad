import { addDays, addMonths, addWeeks, addYears } from 'date-fns';
import { toDate, toUnix } from './clock';

/**
 * Billing periods and proration arithmetic.
 *
 * Periods are counted from the subscription's billing cycle anchor (period n = anchor + n intervals,
 * using date-fns addMonths etc.), as Stripe does, so an anchor on the 31st gives Feb 28 then Mar 31
 * instead of drifting to the 28th forever.
 */
export type Interval = 'day' | 'week' | 'month' | 'year';
export interface Recurrence {
  interval: Interval;
  interval_count: number;
}
export interface Period {
  start: number;
  end: number;
}

const ADDERS: Record<Interval, (date: Date, amount: number) => Date> = {
  day: addDays,
  week: addWeeks,
  month: addMonths,
  year: addYears,
};

/**
 * date-fns adds calendar units in the process's local time zone. Stripe bills in UTC, so the UTC
 * wall-clock time is moved into a local Date, shifted there, and read back as UTC; the result does
 * not depend on the machine's time zone.
 */
export function addIntervals(unix: number, recurrence: Recurrence, count: number): number {
  const utc = toDate(unix);
  const wall = new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
  const shifted = ADDERS[recurrence.interval](wall, count * recurrence.interval_count);
  return toUnix(
    new Date(
      Date.UTC(
        shifted.getFullYear(),
        shifted.getMonth(),
        shifted.getDate(),
        shifted.getHours(),
        shifted.getMinutes(),
        shifted.getSeconds(),
      ),
    ),
  );
}

export function periodAt(anchor: number, recurrence: Recurrence, index: number): Period {
  return { start: addIntervals(anchor, recurrence, index), end: addIntervals(anchor, recurrence, index + 1) };
}

/**
 * `amount × remaining / length`, rounded to the nearest whole cent with halves rounded away from
 * zero. Each proration line is rounded on its own (as Stripe does), and an invoice total is the sum
 * of its rounded lines. BigInt keeps the product exact for any amount.
 */
export function prorate(amount: number, remaining: number, length: number): number {
  if (length <= 0 || remaining <= 0) return 0;
  const sign = amount < 0 ? -1n : 1n;
  const numerator = BigInt(Math.abs(amount)) * BigInt(Math.min(remaining, length));
  const len = BigInt(length);
  const rounded = (2n * numerator + len) / (2n * len);
  return Number(sign * rounded);
}

/** The share of the period still ahead at `at`, clamped to [start, end]: `{ remaining, length }` in seconds. */
export function timeLeft(period: Period, at: number): { remaining: number; length: number } {
  const clamped = Math.min(Math.max(at, period.start), period.end);
  return { remaining: period.end - clamped, length: period.end - period.start };
}

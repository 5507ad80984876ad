/**
 * "At this pace you run out around Dec 3, 9 days before renewal." A projection of the recent burn rate over
 * the available balance. Pure and clock-free: the caller passes `now`.
 *
 * The rate is what CHARGE entries spent over the observed window (from the oldest charge looked at, at most
 * `windowDays` back, until now). Too little history gives no forecast rather than a wild one.
 */

const DAY_MS = 86_400_000;

export interface ChargePoint {
  /** What the charge took, in µcr (sign ignored: charges are negative effects on the balance). */
  amountMicro: number;
  at: Date;
}

export interface ForecastInput {
  charges: readonly ChargePoint[];
  availableMicro: number;
  renewsAt: Date | null;
  now: Date;
  /** How far back the rate looks (default 14 days). */
  windowDays?: number;
  /** Fewer charges than this gives no forecast (default 3). */
  minCharges?: number;
  /** A window shorter than this gives no forecast (default 1 day). */
  minWindowMs?: number;
}

export type Forecast =
  | { kind: 'runsOutBeforeRenewal'; runOutAt: Date; daysBeforeRenewal: number; perDayMicro: number }
  | { kind: 'runsOut'; runOutAt: Date; perDayMicro: number }
  | { kind: 'lastsUntilRenewal'; renewsAt: Date; perDayMicro: number };

export function forecastRunOut(input: ForecastInput): Forecast | null {
  const { availableMicro, renewsAt, now } = input;
  const windowMs = (input.windowDays ?? 14) * DAY_MS;
  const since = now.getTime() - windowMs;
  const recent = input.charges.filter((c) => c.at.getTime() >= since && c.at.getTime() <= now.getTime());
  if (recent.length < (input.minCharges ?? 3) || availableMicro <= 0) return null;

  const oldest = Math.min(...recent.map((c) => c.at.getTime()));
  const observedMs = now.getTime() - oldest;
  if (observedMs < (input.minWindowMs ?? DAY_MS)) return null;

  const spent = recent.reduce((sum, c) => sum + BigInt(Math.abs(c.amountMicro)), 0n);
  if (spent === 0n) return null;

  // available / (spent / observed), in integer milliseconds.
  const msLeft = (BigInt(availableMicro) * BigInt(observedMs)) / spent;
  const perDayMicro = Number((spent * BigInt(DAY_MS)) / BigInt(observedMs));
  const runOutMs = BigInt(now.getTime()) + msLeft;
  if (runOutMs > BigInt(8.64e15)) return renewsAt ? { kind: 'lastsUntilRenewal', renewsAt, perDayMicro } : null;
  const runOutAt = new Date(Number(runOutMs));

  if (!renewsAt) return { kind: 'runsOut', runOutAt, perDayMicro };
  if (runOutAt.getTime() >= renewsAt.getTime()) return { kind: 'lastsUntilRenewal', renewsAt, perDayMicro };
  const daysBeforeRenewal = Math.floor((renewsAt.getTime() - runOutAt.getTime()) / DAY_MS);
  return { kind: 'runsOutBeforeRenewal', runOutAt, daysBeforeRenewal, perDayMicro };
}

const shortDate = (d: Date) => d.toLocaleDateString('en-US', { month: 'short', day: 'numeric' });

/** The sentence for the popover. */
export function forecastSentence(forecast: Forecast): string {
  switch (forecast.kind) {
    case 'runsOutBeforeRenewal': {
      const { daysBeforeRenewal: d } = forecast;
      const gap = d === 0 ? 'just before renewal' : `${d} day${d === 1 ? '' : 's'} before renewal`;
      return `At this pace you run out around ${shortDate(forecast.runOutAt)}, ${gap}.`;
    }
    case 'runsOut':
      return `At this pace you run out around ${shortDate(forecast.runOutAt)}.`;
    case 'lastsUntilRenewal':
      return `At this pace your credits last until renewal on ${shortDate(forecast.renewsAt)}.`;
  }
}

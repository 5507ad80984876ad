import { formatShortDate } from '../../lib/dates';
/**
 * "At this pace you run out around Dec 3, 9 days before renewal." The numbers come from the server's
 * `forecast` query (the average burn over its window, projected over the available balance); this file only
 * decides which sentence they make. Too little history gives no sentence rather than a wild one.
 */

const DAY_MS = 86_400_000;

/** The fields of the `forecast` query this needs. */
export interface ServerForecast {
  charges: number;
  burnPerDay: string;
  available: string;
  runsOutAt?: string | null;
  renewsAt?: string | null;
}

export type Forecast =
  | { kind: 'runsOutBeforeRenewal'; runOutAt: Date; daysBeforeRenewal: number }
  | { kind: 'runsOut'; runOutAt: Date }
  | { kind: 'lastsUntilRenewal'; renewsAt: Date };

/** Fewer charges than this in the window gives no forecast. */
export const MIN_CHARGES = 3;

export function forecastKind(f: ServerForecast): Forecast | null {
  const spending = Number(f.burnPerDay) > 0;
  if (f.charges < MIN_CHARGES || !spending || !(Number(f.available) > 0)) return null;
  const renewsAt = f.renewsAt ? new Date(f.renewsAt) : null;
  if (!f.runsOutAt) return renewsAt ? { kind: 'lastsUntilRenewal', renewsAt } : null;
  const runOutAt = new Date(f.runsOutAt);
  if (!renewsAt) return { kind: 'runsOut', runOutAt };
  if (runOutAt.getTime() >= renewsAt.getTime()) return { kind: 'lastsUntilRenewal', renewsAt };
  const daysBeforeRenewal = Math.floor((renewsAt.getTime() - runOutAt.getTime()) / DAY_MS);
  return { kind: 'runsOutBeforeRenewal', runOutAt, daysBeforeRenewal };
}

const shortDate = formatShortDate;

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

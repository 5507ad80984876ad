/**
 * Date display with the platform's Intl in the user's locale and time zone (no date library in the first route's
 * bundle).
 */
import { userLocale } from './format';

const parse = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);
const valid = (d: Date) => !Number.isNaN(d.getTime());

const formats = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (options: Intl.DateTimeFormatOptions) => {
  const locale = userLocale();
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let fmt = formats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(locale, options);
    formats.set(key, fmt);
  }
  return fmt;
};

const DATE: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric' };
const SHORT: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit' };

const show = (options: Intl.DateTimeFormatOptions) => (value: string | Date | null | undefined) => {
  if (!value) return '—';
  const d = parse(value);
  return valid(d) ? dateFormat(options).format(d) : '—';
};

/** "Dec 3, 2026" (en-US) */
export const formatDate = show(DATE);
/** "Dec 3" (en-US) */
export const formatShortDate = show(SHORT);
/** "Dec 3, 2026, 02:05 PM" (en-US) */
export const formatDateTime = show(DATE_TIME);

const DAY_UTC: Intl.DateTimeFormatOptions = { ...SHORT, timeZone: 'UTC' };

/** A calendar day the server cut in UTC ("2026-12-03"), as that same day: "Dec 3" (en-US), "3 déc." (fr). */
export function formatDay(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return valid(d) ? dateFormat(DAY_UTC).format(d) : '—';
}

let relative: { locale: string | undefined; fmt: Intl.RelativeTimeFormat } | null = null;
const relativeFormat = () => {
  const locale = userLocale();
  if (!relative || relative.locale !== locale) {
    relative = { locale, fmt: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }) };
  }
  return relative.fmt;
};

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 9 days", "3 hours ago", "now" */
export function fromNow(value: string | Date | null | undefined, now = new Date()): string {
  if (!value) return '';
  const d = parse(value);
  if (!valid(d)) return '';
  const diff = d.getTime() - now.getTime();
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return relativeFormat().format(Math.trunc(diff / ms), unit);
  }
  return 'just now';
}

/** The start of the current hour minus `hours`: stable query variables for "the last N days" (cache-friendly). */
export function hoursAgoIso(hours: number, now = new Date()): string {
  const d = new Date(now);
  d.setMinutes(0, 0, 0);
  return new Date(d.getTime() - hours * 3_600_000).toISOString();
}

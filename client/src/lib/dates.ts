/**
 * Date display with the platform's Intl (no date library in the first route's bundle). English month names,
 * the user's time zone.
 */

const parse = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);
const valid = (d: Date) => !Number.isNaN(d.getTime());

const dateFmt = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
const shortFmt = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });
const dateTimeFmt = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const relativeFmt = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });

const show = (fmt: Intl.DateTimeFormat) => (value: string | Date | null | undefined) => {
  if (!value) return '—';
  const d = parse(value);
  return valid(d) ? fmt.format(d) : '—';
};

/** "Dec 3, 2026" */
export const formatDate = show(dateFmt);
/** "Dec 3" */
export const formatShortDate = show(shortFmt);
/** "Dec 3, 2026, 14:05" */
export const formatDateTime = show(dateTimeFmt);

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
    if (Math.abs(diff) >= ms) return relativeFmt.format(Math.trunc(diff / ms), unit);
  }
  return 'just now';
}

/** The start of the current hour minus `hours`: stable query variables for "the last N days" (cache-friendly). */
export function hoursAgoIso(hours: number, now = new Date()): string {
  const d = new Date(now);
  d.setMinutes(0, 0, 0);
  return new Date(d.getTime() - hours * 3_600_000).toISOString();
}

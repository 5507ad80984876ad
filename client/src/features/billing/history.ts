import { formatCredits, toMicro } from '../../lib/credits';
import { FEATURE_LABELS, type MeteredFeature } from '../feature-access/disabledReason';

export interface SplitLike {
  amount: string;
  grantLabel: string;
}

/**
 * How one entry moved through grants, as the history shows it: "1.20 from Pro allocation, 0.50 from top-up".
 * Amounts are shown unsigned to two decimals; zero splits are left out.
 */
export function describeSplits(splits: readonly SplitLike[], verb = 'from'): string {
  return splits
    .map((s) => ({ micro: Math.abs(toMicro(s.amount)), label: s.grantLabel }))
    .filter((s) => s.micro !== 0)
    .map((s) => `${formatCredits(s.micro)} ${verb} ${s.label}`)
    .join(', ');
}

export interface AmountLike {
  /** Signed effect on the available balance. */
  amount: string;
  /** Change to reserved credits. */
  reservedChange: string;
}

/**
 * What an entry did to the credits the workspace holds (available + reserved), µcr. A hold only moves
 * credits into reserved (0); a charge that settles a 1.00 hold at 0.46 has amount +0.54 and reservedChange
 * −1.00, so it shows −0.46: what it cost.
 */
export function netChangeMicro(t: AmountLike): number {
  return toMicro(t.amount) + toMicro(t.reservedChange);
}

/** Entry types that only move credits between available and reserved. */
export const RESERVATION_TYPES = ['HOLD', 'RELEASE'] as const;

export const TRANSACTION_TYPE_LABELS: Record<string, string> = {
  CHARGE: 'Charge',
  GRANT: 'Grant',
  HOLD: 'Hold',
  RELEASE: 'Release',
  EXPIRY: 'Expiry',
  ADJUSTMENT: 'Adjustment',
  REFUND: 'Refund',
  REVERSAL: 'Reversal',
  DEFICIT_REPAYMENT: 'Deficit repayment',
};

/**
 * A proration fraction ("left/period", whatever the unit: the API stores seconds) as the share of the period
 * that was left: "1727998/2592000" → "66.67%". Null when it is not a fraction.
 */
export function prorationShare(fraction: string | null | undefined): string | null {
  const match = /^(\d+)\/(\d+)$/.exec(fraction?.trim() ?? '');
  if (!match) return null;
  const left = Number(match[1]);
  const period = Number(match[2]);
  if (!(period > 0) || left > period) return null;
  const hundredths = Math.round((left * 10_000) / period);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}%`;
}

export function featureLabel(feature: string | null | undefined): string {
  if (!feature) return '—';
  return FEATURE_LABELS[feature as MeteredFeature] ?? feature.replace(/_/g, ' ');
}

export interface UsagePoint {
  amountMicro: number;
  at: Date;
  feature: string | null;
}

export interface UsageDay {
  /** yyyy-mm-dd in local time. */
  day: string;
  /** µcr per feature key ("other" for charges without a feature). */
  byFeature: Record<string, number>;
  totalMicro: number;
}

const dayKey = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * Charges summed per local day and feature, one row for each of the last `days` days (empty days included,
 * so the chart's time axis is even). Amounts stay integer µcr.
 */
export function usageByDay(points: readonly UsagePoint[], days: number, now: Date): UsageDay[] {
  const rows: UsageDay[] = [];
  const index = new Map<string, UsageDay>();
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1));
  for (let i = 0; i < days; i++) {
    const d = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
    const row = { day: dayKey(d), byFeature: {}, totalMicro: 0 };
    rows.push(row);
    index.set(row.day, row);
  }
  for (const p of points) {
    const row = index.get(dayKey(p.at));
    if (!row) continue;
    const key = p.feature ?? 'other';
    const micro = Math.abs(p.amountMicro);
    row.byFeature[key] = (row.byFeature[key] ?? 0) + micro;
    row.totalMicro += micro;
  }
  return rows;
}

/** Features that appear in the usage, biggest first (stable colours and legend order). */
export function usageFeatures(rows: readonly UsageDay[]): string[] {
  const totals = new Map<string, number>();
  for (const r of rows) for (const [k, v] of Object.entries(r.byFeature)) totals.set(k, (totals.get(k) ?? 0) + v);
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

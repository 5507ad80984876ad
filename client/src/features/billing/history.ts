import { graphql } from '../../gql';
import { toMicro } from '../../lib/credits';
import { formatCredits } from '../../lib/format';
import { FEATURE_LABELS, type MeteredFeature } from '../feature-access/disabledReason';

/**
 * One ledger entry as a line of activity: what happened, for which feature, when, and what it did to the
 * credits held. The dashboard's recent activity shows just this; a history row adds its split and details.
 */
export const TransactionSummaryFields = graphql(`
  fragment TransactionSummary on Transaction {
    id
    type
    createdAt
    description
    feature
    amount
    reservedChange
  }
`);

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

/**
 * How an entry's grant split reads for its type: what a charge took "from", what a grant put "into",
 * what an expiry or a reversal took away.
 */
export const SPLIT_VERBS: Record<string, string> = {
  GRANT: 'into',
  REFUND: 'taken back from',
  RELEASE: 'back into',
  EXPIRY: 'expired from',
  REVERSAL: 'removed from',
  DEFICIT_REPAYMENT: 'paid from',
};

export const splitVerb = (type: string, amountMicro: number): string =>
  SPLIT_VERBS[type] ?? (type === 'ADJUSTMENT' && amountMicro > 0 ? 'into' : 'from');

/** Entry types that only move credits between available and reserved. */
export const RESERVATION_TYPES = ['HOLD', 'RELEASE'] as const;

/** What each kind of entry did, in a member's words (the badge on each history row, and the type filter). */
export const TRANSACTION_TYPE_LABELS: Record<string, string> = {
  CHARGE: 'Used',
  GRANT: 'Added',
  HOLD: 'Reserved',
  RELEASE: 'Released',
  EXPIRY: 'Expired',
  ADJUSTMENT: 'Adjusted by support',
  REFUND: 'Refunded',
  REVERSAL: 'Taken back',
  DEFICIT_REPAYMENT: 'Owed credits repaid',
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

export interface UsageDay {
  /** yyyy-mm-dd: a UTC day, as the server's `usage` query cuts them. */
  day: string;
  /** µcr per feature key ("other" for charges without a feature). */
  byFeature: Record<string, number>;
  totalMicro: number;
}

/** The filters the history export takes, as the history query's `TransactionFilter` has them. */
export interface ExportFilter {
  types?: readonly string[] | null;
  feature?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The server's CSV export of the whole filtered history (same filters as the list). */
export function historyExportUrl(filter: ExportFilter | null, format: 'csv' | 'jsonl' = 'csv'): string {
  const params = new URLSearchParams();
  if (filter?.types?.length) params.set('types', filter.types.join(','));
  if (filter?.feature) params.set('feature', filter.feature);
  if (filter?.from) params.set('from', filter.from);
  if (filter?.to) params.set('to', filter.to);
  const query = params.toString();
  return `/export/history.${format}${query ? `?${query}` : ''}`;
}

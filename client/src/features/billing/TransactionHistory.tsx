import { useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { graphql, getFragmentData } from '../../gql';
import type {
  HistoryRow_TransactionFragment,
  TransactionFilter,
  TransactionSummaryFragment,
  TransactionType,
} from '../../gql/graphql';
import { toCreditsString, toMicro } from '../../lib/credits';
import { formatNumber } from '../../lib/format';
import { Credits } from '../../ui/Credits';
import { formatDateTime } from '../../lib/dates';
import { useHashTarget } from '../../lib/useHashTarget';
import { ErrorState } from '../../ui/States';
import { FEATURE_LABELS } from '../feature-access/disabledReason';
import { EntryMenu } from '../support/EntryMenu';
import {
  describeSplits,
  featureLabel,
  historyExportUrl,
  netChangeMicro,
  prorationShare,
  RESERVATION_TYPES,
  TRANSACTION_TYPE_LABELS,
  splitVerb,
  TransactionSummaryFields,
} from './history';

export const HistoryRowFragment = graphql(`
  fragment HistoryRow_transaction on Transaction {
    id
    ...TransactionSummary
    sequence
    deficitChange
    actorKind
    splits {
      amount
      grantLabel
      grantSource
    }
    details {
      inputTokens
      outputTokens
      rateCardVersion
      prorationFraction
    }
  }
`);

const HistoryQuery = graphql(`
  query TransactionHistory($first: Int!, $after: String, $filter: TransactionFilter) {
    transactions(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          ...HistoryRow_transaction
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const TransactionAddedSubscription = graphql(`
  subscription HistoryTransactionAdded($after: Int) {
    transactionAdded(after: $after) {
      id
      sequence
      type
      feature
      createdAt
    }
  }
`);

const PAGE = 25;
const TYPES = Object.keys(TRANSACTION_TYPE_LABELS) as TransactionType[];

export interface HistoryFilters {
  type: TransactionType | '';
  feature: string;
  /** yyyy-mm-dd, local calendar days */
  from: string;
  to: string;
  /** Holds and releases only park credits while a task runs; hidden unless asked for. */
  showHolds: boolean;
}

export const NO_FILTERS: HistoryFilters = { type: '', feature: '', from: '', to: '', showHolds: false };

/** The form's filters as the API's: calendar days become [from, to) instants, "to" including its whole day. */
export function toApiFilter(f: HistoryFilters): TransactionFilter | null {
  const filter: TransactionFilter = {};
  if (f.type) filter.types = [f.type];
  else if (!f.showHolds) filter.types = TYPES.filter((t) => !(RESERVATION_TYPES as readonly string[]).includes(t));
  if (f.feature) filter.feature = f.feature;
  if (f.from) filter.from = new Date(`${f.from}T00:00:00`).toISOString();
  if (f.to) {
    const end = new Date(`${f.to}T00:00:00`);
    end.setDate(end.getDate() + 1);
    filter.to = end.toISOString();
  }
  return Object.keys(filter).length ? filter : null;
}

/** The credit transaction history: every entry with its description and grant split, filters, paging, CSV. */
export function TransactionHistory() {
  const [filters, setFilters] = useState<HistoryFilters>(NO_FILTERS);
  const filter = useMemo(() => toApiFilter(filters), [filters]);
  const { data, loading, error, fetchMore, refetch } = useQuery(HistoryQuery, {
    variables: { first: PAGE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const ref = useHashTarget<HTMLElement>('history', Boolean(data));
  const ids = useId();

  const rows = useMemo(
    () =>
      (data?.transactions.edges ?? []).map((e): Row => {
        const row = getFragmentData(HistoryRowFragment, e.node);
        return { ...row, ...getFragmentData(TransactionSummaryFields, row) };
      }),
    [data],
  );
  const pageInfo = data?.transactions.pageInfo;
  const fresh = useNewEntries(rows[0]?.sequence, filter);

  const set =
    (key: 'type' | 'feature' | 'from' | 'to') => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setFilters((f) => ({ ...f, [key]: e.target.value }));
  const filtered = Boolean(filters.type || filters.feature || filters.from || filters.to);

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section ref={ref} id="history" className="card" aria-labelledby="history-title" style={{ scrollMarginTop: 72 }}>
      <div className="card-header">
        <div>
          <h2 id="history-title">Credit history</h2>
          <p>
            Every charge, grant and expiry, newest first, with what each grant paid. If the math doesn&apos;t add up,
            contact support and we&apos;ll audit it.
          </p>
        </div>
        {rows.length > 0 && (
          // The server streams the whole filtered history, not just the rows loaded here.
          <a className="btn btn-sm" href={historyExportUrl(filter)} download data-testid="export-csv">
            Export CSV
          </a>
        )}
      </div>

      <div className="filters" role="group" aria-label="Filter the history" style={{ marginBottom: 16 }}>
        <label className="field">
          <span>Type</span>
          <select className="select" value={filters.type} onChange={set('type')} data-testid="history-filter-type">
            <option value="">All types</option>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {TRANSACTION_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Feature</span>
          <select
            className="select"
            value={filters.feature}
            onChange={set('feature')}
            data-testid="history-filter-feature"
          >
            <option value="">All features</option>
            {Object.entries(FEATURE_LABELS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>From</span>
          <input
            className="input"
            type="date"
            value={filters.from}
            onChange={set('from')}
            max={filters.to || undefined}
          />
        </label>
        <label className="field">
          <span>To</span>
          <input
            className="input"
            type="date"
            value={filters.to}
            onChange={set('to')}
            min={filters.from || undefined}
          />
        </label>
        <button
          type="button"
          className="btn"
          onClick={() => setFilters((f) => ({ ...NO_FILTERS, showHolds: f.showHolds }))}
          disabled={!filtered}
        >
          Clear
        </button>
      </div>

      <label className="check small muted" style={{ marginTop: -6, marginBottom: 12 }}>
        <input
          type="checkbox"
          checked={filters.showHolds}
          onChange={(e) => setFilters((f) => ({ ...f, showHolds: e.target.checked }))}
          disabled={Boolean(filters.type)}
        />
        Show holds and releases (credits reserved while a task runs)
      </label>

      {fresh.count > 0 && (
        <div className="row" style={{ justifyContent: 'center', marginBottom: 12 }}>
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => void refetch().then(fresh.reset)}
            data-testid="history-new-entries"
          >
            {fresh.count} new {fresh.count === 1 ? 'entry' : 'entries'}: show
          </button>
        </div>
      )}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !data && (
        <div className="stack" aria-busy="true" aria-label="Loading history">
          {[0, 1, 2, 3].map((i) => (
            <span key={i} className="skeleton" style={{ height: 44 }} />
          ))}
        </div>
      )}
      {data && rows.length === 0 && (
        <div className="empty">
          <h3>{filtered ? 'Nothing matches these filters' : 'No credit activity yet'}</h3>
          <p>
            {filtered
              ? 'Try a wider date range or another type.'
              : 'Grants and charges will appear here as they happen.'}
          </p>
        </div>
      )}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table table-stack" aria-describedby={`${ids}-caption`}>
            <caption id={`${ids}-caption`} className="sr-only">
              Credit transactions, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Description</th>
                <th scope="col">Feature</th>
                <th scope="col" className="amount">
                  Credits
                </th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <HistoryRow key={r.id} row={r} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageInfo?.hasNextPage && (
        <div className="row" style={{ justifyContent: 'center', marginTop: 16 }}>
          <button
            type="button"
            className="btn"
            onClick={() => void loadMore()}
            disabled={loadingMore}
            data-testid="history-load-more"
          >
            {loadingMore ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
    </section>
  );
}

/** A history row: its own fields and the summary every entry has, unmasked together. */
type Row = Omit<HistoryRow_TransactionFragment, ' $fragmentRefs' | ' $fragmentName'> &
  Omit<TransactionSummaryFragment, ' $fragmentName'>;

/**
 * Counts ledger entries pushed since the newest row on screen that match the filter, so the list can offer
 * "3 new entries: show" instead of jumping under the reader's eyes.
 */
function useNewEntries(newestSequence: number | undefined, filter: TransactionFilter | null) {
  const [after, setAfter] = useState<number | undefined>(undefined);
  const [ids, setIds] = useState<Set<string>>(() => new Set());
  useEffect(() => {
    if (after === undefined && newestSequence !== undefined) setAfter(newestSequence);
  }, [after, newestSequence]);
  useEffect(() => {
    setAfter(undefined);
    setIds(new Set());
  }, [filter]);
  useSubscription(TransactionAddedSubscription, {
    variables: { after: after ?? null },
    skip: after === undefined,
    onData: ({ data }) => {
      const t = data.data?.transactionAdded;
      if (!t || !matches(t, filter)) return;
      setIds((prev) => (prev.has(t.id) ? prev : new Set(prev).add(t.id)));
    },
  });
  const reset = useCallback(() => {
    setAfter(undefined);
    setIds(new Set());
  }, []);
  return { count: ids.size, reset };
}

function matches(
  t: { type: string; feature?: string | null; createdAt: string },
  f: TransactionFilter | null,
): boolean {
  if (!f) return true;
  if (f.types && !f.types.includes(t.type as TransactionType)) return false;
  if (f.feature && t.feature !== f.feature) return false;
  if (f.to && t.createdAt >= f.to) return false;
  return true;
}

function HistoryRow({ row }: { row: Row }) {
  const net = netChangeMicro(row);
  const reserved = toMicro(row.reservedChange);
  const split = describeSplits(row.splits, splitVerb(row.type, toMicro(row.amount)));
  // Paying back what was owed leaves the available balance as it was: show what was repaid instead of 0.
  const repaid = row.type === 'DEFICIT_REPAYMENT' ? Math.abs(toMicro(row.deficitChange)) : 0;
  const { inputTokens, outputTokens, rateCardVersion, prorationFraction } = row.details;
  const share = prorationShare(prorationFraction);
  const hasDetails = inputTokens != null || outputTokens != null || rateCardVersion || share;
  // Holds and releases move credits between available and reserved: show what moved, not a net 0.
  const parking = net === 0 && reserved !== 0;
  return (
    <tr data-testid="history-row" data-type={row.type}>
      <td style={{ whiteSpace: 'nowrap' }} className="muted col-date">
        {formatDateTime(row.createdAt)}
      </td>
      <td className="col-desc">
        <div className="row" style={{ gap: 6 }}>
          <span className="badge">{TRANSACTION_TYPE_LABELS[row.type] ?? row.type}</span>
          <span>{row.description}</span>
        </div>
        {split && (
          <div className="small muted" data-testid="history-split">
            {split}
          </div>
        )}
        {hasDetails && (
          <details className="small muted">
            <summary>Details</summary>
            {inputTokens != null && <div>Input tokens: {formatNumber(inputTokens)}</div>}
            {outputTokens != null && <div>Output tokens: {formatNumber(outputTokens)}</div>}
            {rateCardVersion && <div>Rate card: {rateCardVersion}</div>}
            {share && <div>Proration: {share} of the period left</div>}
            <div>
              Entry #{row.sequence} · by {row.actorKind.toLowerCase()}
            </div>
          </details>
        )}
      </td>
      <td className="muted col-feature">{featureLabel(row.feature)}</td>
      <td
        className={`amount col-amount ${parking || (repaid > 0 && net === 0) ? 'muted' : net > 0 ? 'amount-pos' : 'amount-neg'}`}
      >
        {parking ? (
          <>
            <Credits micro={Math.abs(reserved)} />
            <div className="small">{reserved > 0 ? 'reserved' : 'released'}</div>
          </>
        ) : repaid > 0 && net === 0 ? (
          <>
            <Credits micro={repaid} />
            <div className="small">owed, repaid</div>
          </>
        ) : (
          <>
            {net > 0 ? '+' : ''}
            <Credits micro={net} />
          </>
        )}
      </td>
      <td className="col-actions">
        <EntryMenu entry={{ ...row, amount: toCreditsString(net) }} />
      </td>
    </tr>
  );
}

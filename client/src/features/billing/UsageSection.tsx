import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { graphql } from '../../gql';
import { formatCredits } from '../../lib/credits';
import { hoursAgoIso } from '../../lib/dates';
import { ErrorState } from '../../ui/States';
import { featureLabel, netChangeMicro, usageByDay, usageFeatures } from './history';

const UsageChart = lazy(() => import('./UsageChart'));

const UsageQuery = graphql(`
  query UsageCharges($since: DateTime!, $after: String) {
    transactions(first: 100, after: $after, filter: { types: [CHARGE], from: $since }) {
      edges {
        node {
          id
          amount
          reservedChange
          createdAt
          feature
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const RANGES = [7, 30] as const;
/** At most this many pages of charges feed the chart; a busier workspace sees the note below it. */
const MAX_PAGES = 10;

/** Credits used per feature over time. */
export function UsageSection() {
  const [days, setDays] = useState<(typeof RANGES)[number]>(30);
  const since = useMemo(() => hoursAgoIso(days * 24), [days]);
  const { data, loading, error, fetchMore, refetch } = useQuery(UsageQuery, { variables: { since } });
  const [pages, setPages] = useState(1);

  const pageInfo = data?.transactions.pageInfo;
  useEffect(() => setPages(1), [since]);
  useEffect(() => {
    if (pageInfo?.hasNextPage && pageInfo.endCursor && pages < MAX_PAGES) {
      void fetchMore({ variables: { after: pageInfo.endCursor } }).then(() => setPages((p) => p + 1));
    }
  }, [pageInfo, pages, fetchMore]);

  const rows = useMemo(
    () =>
      usageByDay(
        (data?.transactions.edges ?? []).map(({ node }) => ({
          amountMicro: netChangeMicro(node),
          at: new Date(node.createdAt),
          feature: node.feature ?? null,
        })),
        days,
        new Date(),
      ),
    [data, days],
  );
  const totalMicro = rows.reduce((s, r) => s + r.totalMicro, 0);
  const features = usageFeatures(rows);
  const truncated = Boolean(pageInfo?.hasNextPage) && pages >= MAX_PAGES;

  return (
    <section className="card" aria-labelledby="usage-title" id="usage">
      <div className="card-header">
        <div>
          <h2 id="usage-title">Usage by feature</h2>
          <p>
            {formatCredits(totalMicro)} credits used in the last {days} days
            {features[0] ? `, most by ${featureLabel(features[0])}` : ''}.
          </p>
        </div>
        <div className="tabs" role="tablist" aria-label="Time range">
          {RANGES.map((r) => (
            <button key={r} type="button" role="tab" aria-selected={r === days} onClick={() => setDays(r)}>
              {r} days
            </button>
          ))}
        </div>
      </div>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !data ? (
        <span className="skeleton" style={{ height: 280 }} aria-label="Loading usage" />
      ) : totalMicro === 0 && data ? (
        <div className="empty">
          <h3>No usage in this period</h3>
          <p>Charges for Hero AI, campaigns and analysis will show here by day.</p>
        </div>
      ) : (
        <Suspense fallback={<span className="skeleton" style={{ height: 280 }} aria-label="Loading chart" />}>
          <UsageChart rows={rows} />
        </Suspense>
      )}
      {truncated && <p className="muted small">Showing the most recent {MAX_PAGES * 100} charges.</p>}
    </section>
  );
}

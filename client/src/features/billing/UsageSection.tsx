import { useQuery } from '@apollo/client/react';
import * as Tabs from '@radix-ui/react-tabs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { graphql } from '../../gql';
import { toMicro } from '../../lib/credits';
import { formatCredits } from '../../lib/format';
import { hoursAgoIso } from '../../lib/dates';
import { ErrorState } from '../../ui/States';
import { featureLabel, type UsageDay } from './history';

const UsageChart = lazy(() => import('./UsageChart'));

/** Summed on the server per UTC day and feature, from every charge of the range (not a page of them). */
const UsageQuery = graphql(`
  query UsageByFeature($from: DateTime!, $to: DateTime!) {
    usage(range: { from: $from, to: $to }, granularity: DAY) {
      total
      buckets {
        start
        features {
          feature
          credits
        }
      }
      features {
        feature
        credits
      }
    }
  }
`);

const RANGES = [7, 30] as const;

/** Credits used per feature over time. */
export function UsageSection() {
  const [days, setDays] = useState<(typeof RANGES)[number]>(30);
  const range = useMemo(() => ({ from: hoursAgoIso((days - 1) * 24), to: hoursAgoIso(-1) }), [days]);
  const { data, loading, error, refetch } = useQuery(UsageQuery, { variables: range });

  const usage = data?.usage;
  const rows = useMemo<UsageDay[]>(
    () =>
      (usage?.buckets ?? []).map((b) => {
        const byFeature = Object.fromEntries(b.features.map((f) => [f.feature ?? 'other', toMicro(f.credits)]));
        const totalMicro = Object.values(byFeature).reduce((sum, v) => sum + v, 0);
        return { day: b.start.slice(0, 10), byFeature, totalMicro };
      }),
    [usage],
  );
  const totalMicro = usage ? toMicro(usage.total) : 0;
  const features = (usage?.features ?? []).map((f) => f.feature ?? 'other');

  return (
    <Tabs.Root
      asChild
      value={String(days)}
      onValueChange={(v) => setDays(Number(v) as (typeof RANGES)[number])}
      activationMode="automatic"
    >
      <section className="card" aria-labelledby="usage-title" id="usage">
        <div className="card-header">
          <div>
            <h2 id="usage-title">Usage by feature</h2>
            <p>
              {formatCredits(totalMicro)} credits used in the last {days} days
              {features[0] ? `, most by ${featureLabel(features[0])}` : ''}.
            </p>
          </div>
          <Tabs.List className="tabs" aria-label="Time range">
            {RANGES.map((r) => (
              <Tabs.Trigger key={r} value={String(r)}>
                {r} days
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </div>
        <Tabs.Content value={String(days)}>
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
              <UsageChart rows={rows} features={features} />
            </Suspense>
          )}
        </Tabs.Content>
      </section>
    </Tabs.Root>
  );
}

import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { formatMoney, formatNumber as n, formatPercent } from '../../lib/format';
import { useAdCurrency } from '../../lib/useAdCurrency';
import { formatDate } from '../../lib/dates';
import { ErrorState, PageHeader, PageSkeleton } from '../../ui/States';
import { GOAL_LABELS } from './labels';

const PerformanceChart = lazy(() => import('./PerformanceChart'));

const CampaignDetailQuery = graphql(`
  query CampaignDetail($id: ID!) {
    campaign(id: $id) {
      id
      name
      status
      goal
      brief
      locations
      dailyBudgetCents
      adAccountId
      launchedAt
      plan
      adCopy {
        headlines
        descriptions
      }
      sitelinks {
        text
        url
      }
      keywords {
        text
        matchType
      }
    }
    campaignPerformance(campaignId: $id, days: 30) {
      days {
        date
        impressions
        clicks
        conversions
        spendCents
      }
      totals {
        impressions
        clicks
        conversions
        spendCents
      }
    }
  }
`);

/** /campaigns/:id: a launched campaign's results. Never blocked, even at zero credits. */
export default function CampaignDetailPage() {
  const { campaignId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CampaignDetailQuery, { variables: { id: campaignId } });
  const currencyOf = useAdCurrency();
  if (loading && !data) return <PageSkeleton />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} title="Couldn't load this campaign" />;
  const c = data.campaign;
  const t = data.campaignPerformance.totals;
  const currency = currencyOf(c.adAccountId);
  const ctr = t.impressions > 0 ? formatPercent(t.clicks / t.impressions) : '—';

  return (
    <div className="stack-lg">
      <PageHeader
        title={c.name}
        description={`${GOAL_LABELS[c.goal] ?? c.goal} · ${formatMoney(c.dailyBudgetCents, currency)}/day · ${
          c.status === 'LAUNCHED' ? `launched ${formatDate(c.launchedAt)}` : 'draft'
        }`}
        actions={
          c.status === 'DRAFT' ? (
            <Link className="btn btn-primary" to={`/campaigns/${c.id}/edit`}>
              Edit draft
            </Link>
          ) : (
            <Link className="btn" to="/campaigns">
              All campaigns
            </Link>
          )
        }
      />
      <div className="grid-4">
        {[
          ['Impressions', n(t.impressions)],
          ['Clicks', `${n(t.clicks)} · CTR ${ctr}`],
          ['Conversions', n(t.conversions)],
          ['Spend', formatMoney(t.spendCents, currency)],
        ].map(([label, value]) => (
          <div key={label} className="card stat">
            <span className="stat-label">{label}</span>
            <span className="stat-value" style={{ fontSize: 19 }}>
              {value}
            </span>
            <span className="stat-sub">last 30 days</span>
          </div>
        ))}
      </div>
      <section className="card" aria-labelledby="perf-title">
        <div className="card-header">
          <h2 id="perf-title">Daily results</h2>
        </div>
        {data.campaignPerformance.days.length === 0 ? (
          <p className="muted">No results yet.</p>
        ) : (
          <Suspense fallback={<span className="skeleton" style={{ height: 260 }} />}>
            <PerformanceChart days={data.campaignPerformance.days} />
          </Suspense>
        )}
      </section>
      <div className="grid-2">
        <section className="card stack" aria-labelledby="assets-title">
          <h2 id="assets-title">Ads</h2>
          {c.adCopy ? (
            <>
              <div>
                <div className="label">Headlines</div>
                <ul>
                  {c.adCopy.headlines.map((h) => (
                    <li key={h}>{h}</li>
                  ))}
                </ul>
              </div>
              <div>
                <div className="label">Descriptions</div>
                <ul>
                  {c.adCopy.descriptions.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              </div>
            </>
          ) : (
            <p className="muted">No ad copy.</p>
          )}
          {c.sitelinks.length > 0 && (
            <div>
              <div className="label">Sitelinks</div>
              <ul>
                {c.sitelinks.map((s) => (
                  <li key={s.text}>
                    {s.text} <span className="muted small">{s.url}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
        <section className="card stack" aria-labelledby="kw-title">
          <h2 id="kw-title">Keywords</h2>
          {c.keywords.length === 0 ? (
            <p className="muted">No keywords.</p>
          ) : (
            <div className="row" style={{ gap: 6 }}>
              {c.keywords.map((k) => (
                <span key={k.text} className="badge">
                  {k.text}
                </span>
              ))}
            </div>
          )}
          {c.plan && (
            <>
              <h3>Launch plan</h3>
              <p style={{ whiteSpace: 'pre-wrap' }} className="small">
                {c.plan}
              </p>
            </>
          )}
        </section>
      </div>
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import { toMicro } from '../../lib/credits';
import { formatCredits, formatMoney, formatNumber as n } from '../../lib/format';
import { Credits } from '../../ui/Credits';
import { DEFAULT_AD_CURRENCY } from '../../lib/useAdCurrency';
import { formatDate, fromNow } from '../../lib/dates';
import { PageHeader } from '../../ui/States';
import { useBalance } from '../balance/useBalance';
import {
  featureLabel,
  netChangeMicro,
  RESERVATION_TYPES,
  TRANSACTION_TYPE_LABELS,
  TransactionSummaryFields,
} from '../billing/history';
import type { DashboardOverviewQuery, TransactionType } from '../../gql/graphql';

/** Recent activity leaves out holds and releases: they only park credits while a task runs. */
const SETTLED_TYPES = (Object.keys(TRANSACTION_TYPE_LABELS) as TransactionType[]).filter(
  (t) => !(RESERVATION_TYPES as readonly string[]).includes(t),
);

const DashboardQuery = graphql(`
  query DashboardOverview($types: [TransactionType!]) {
    viewer {
      user {
        id
        name
      }
      workspace {
        id
        name
      }
    }
    billing {
      plan {
        code
        name
      }
      allocationGranted
      allocationUsed
      renewsAt
    }
    dashboard(days: 30) {
      days
      drafts
      launchedCampaigns
      totals {
        impressions
        clicks
        conversions
        spendCents
      }
      topCampaigns {
        id
        name
        totals {
          clicks
          conversions
          spendCents
        }
      }
      recentConversations {
        id
        title
        updatedAt
      }
      activeProduct {
        id
        name
      }
      activeAdAccount {
        id
        name
        platform
        currency
      }
    }
    transactions(first: 6, filter: { types: $types }) {
      edges {
        node {
          id
          ...TransactionSummary
        }
      }
    }
  }
`);

/** /: never blocked, even at zero credits. */
export default function DashboardPage() {
  const { data, loading } = useQuery(DashboardQuery, { variables: { types: SETTLED_TYPES } });
  const { balance } = useBalance();
  const firstName = data?.viewer.user?.name.split(' ')[0];

  return (
    <div className="stack-lg">
      <PageHeader
        title={firstName ? `Welcome back, ${firstName}` : 'Dashboard'}
        description={data ? `${data.viewer.workspace.name} at a glance.` : ' '}
        actions={
          <Link className="btn btn-primary" to="/campaigns/new">
            New campaign
          </Link>
        }
      />
      {balance?.outOfCredits && (
        <div className="notice notice-warning" role="status">
          <div className="notice-body">
            <strong>You&apos;re out of credits.</strong>
            <span>AI features are paused; everything you&apos;ve created is still here.</span>
            <div className="notice-actions">
              <Link className="btn btn-sm btn-primary" to="/out-of-credits">
                See your options
              </Link>
            </div>
          </div>
        </div>
      )}
      <div className="grid-3">
        <div className="card stat">
          <span className="stat-label">Credits available</span>
          <span className="stat-value">{balance ? <Credits micro={balance.availableMicro} round="have" /> : '—'}</span>
          <span className="stat-sub">
            {balance
              ? `${formatCredits(balance.purchasedMicro, HAVE)} purchased · ${formatCredits(balance.planAllocationMicro, HAVE)} plan`
              : ' '}
          </span>
        </div>
        <div className="card stat">
          <span className="stat-label">Allocation used this period</span>
          <span className="stat-value">
            {data
              ? `${formatCredits(toMicro(data.billing.allocationUsed))} / ${formatCredits(toMicro(data.billing.allocationGranted), { whole: true })}`
              : '—'}
          </span>
          <span className="stat-sub">{data?.billing.plan ? `${data.billing.plan.name} plan` : 'No plan'}</span>
        </div>
        <div className="card stat">
          <span className="stat-label">Renews</span>
          <span className="stat-value">{data?.billing.renewsAt ? formatDate(data.billing.renewsAt) : '—'}</span>
          <span className="stat-sub">{data?.billing.renewsAt ? fromNow(data.billing.renewsAt) : ' '}</span>
        </div>
      </div>
      {data && <Performance summary={data.dashboard} />}
      <section className="card" aria-labelledby="recent-title">
        <div className="card-header">
          <h2 id="recent-title">Recent credit activity</h2>
          <Link to="/settings/billing#history">Full history</Link>
        </div>
        {loading && !data && <span className="skeleton" style={{ height: 120 }} />}
        {data && data.transactions.edges.length === 0 && <p className="muted">No activity yet.</p>}
        {data && data.transactions.edges.length > 0 && (
          <ul className="stack" style={{ listStyle: 'none', margin: 0, padding: 0, gap: 10 }}>
            {data.transactions.edges.map((edge) => {
              const node = getFragmentData(TransactionSummaryFields, edge.node);
              const micro = netChangeMicro(node);
              return (
                <li key={node.id} className="row-between">
                  <span>
                    {node.description}
                    <span className="muted small">
                      {' '}
                      · {node.feature ? `${featureLabel(node.feature)} · ` : ''}
                      {fromNow(node.createdAt)}
                    </span>
                  </span>
                  <span className={`num ${micro > 0 ? 'amount-pos' : ''}`}>
                    {micro > 0 ? '+' : ''}
                    <Credits micro={micro} />
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

type Summary = DashboardOverviewQuery['dashboard'];
const HAVE = { round: 'have' } as const;

/** Campaign results: what keeps working at zero credits. */
function Performance({ summary: d }: { summary: Summary }) {
  const currency = d.activeAdAccount?.currency ?? DEFAULT_AD_CURRENCY;
  return (
    <>
      <section aria-labelledby="perf-title" className="stack">
        <div className="row-between">
          <h2 id="perf-title">Last {d.days} days</h2>
          <span className="muted small">
            {d.activeAdAccount ? `${d.activeAdAccount.name}` : 'No ad account'} ·{' '}
            {d.activeProduct ? d.activeProduct.name : 'no active product'}
          </span>
        </div>
        <div className="grid-4">
          {[
            ['Impressions', n(d.totals.impressions)],
            ['Clicks', n(d.totals.clicks)],
            ['Conversions', n(d.totals.conversions)],
            ['Ad spend', formatMoney(d.totals.spendCents, currency)],
          ].map(([label, value]) => (
            <div key={label} className="card stat">
              <span className="stat-label">{label}</span>
              <span className="stat-value">{value}</span>
            </div>
          ))}
        </div>
      </section>
      <div className="grid-2">
        <section className="card" aria-labelledby="top-title">
          <div className="card-header">
            <h2 id="top-title">Top campaigns</h2>
            <Link to="/campaigns">
              {d.launchedCampaigns} launched · {d.drafts} draft{d.drafts === 1 ? '' : 's'}
            </Link>
          </div>
          {d.topCampaigns.length === 0 ? (
            <p className="muted">No launched campaigns yet.</p>
          ) : (
            <ul className="stack" style={{ listStyle: 'none', margin: 0, padding: 0, gap: 10 }}>
              {d.topCampaigns.map((c) => (
                <li key={c.id} className="row-between">
                  <Link to={`/campaigns/${c.id}`}>{c.name}</Link>
                  <span className="muted small num">
                    {n(c.totals.conversions)} conv. · {n(c.totals.clicks)} clicks ·{' '}
                    {formatMoney(c.totals.spendCents, currency)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="convos-title">
          <div className="card-header">
            <h2 id="convos-title">Recent Hero AI chats</h2>
            <Link to="/hero-ai">Open Hero AI</Link>
          </div>
          {d.recentConversations.length === 0 ? (
            <p className="muted">No conversations yet.</p>
          ) : (
            <ul className="stack" style={{ listStyle: 'none', margin: 0, padding: 0, gap: 10 }}>
              {d.recentConversations.map((c) => (
                <li key={c.id} className="row-between">
                  <Link to={`/hero-ai/${c.id}`}>{c.title || 'Untitled'}</Link>
                  <span className="muted small">{fromNow(c.updatedAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { Link, NavLink, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { formatMoney } from '../../lib/format';
import { useAdCurrency } from '../../lib/useAdCurrency';
import { formatDate, fromNow } from '../../lib/dates';
import { ErrorState, PageHeader } from '../../ui/States';
import { MeteredButton } from '../feature-access/MeteredButton';
import { GOAL_LABELS } from './labels';

const CampaignsQuery = graphql(`
  query CampaignsList($status: CampaignStatus) {
    campaigns(status: $status) {
      id
      name
      status
      goal
      dailyBudgetCents
      adAccountId
      locations
      launchedAt
      updatedAt
    }
  }
`);

/** /campaigns and /campaigns/drafts: launched (historical) campaigns and editable drafts. Never blocked. */
export default function CampaignsPage({ tab = 'launched' }: { tab?: 'launched' | 'drafts' }) {
  const status = tab === 'drafts' ? 'DRAFT' : 'LAUNCHED';
  const { data, loading, error, refetch } = useQuery(CampaignsQuery, { variables: { status } });
  const navigate = useNavigate();
  const currencyOf = useAdCurrency();
  const campaigns = data?.campaigns ?? [];

  return (
    <div className="stack-lg">
      <PageHeader
        title="Campaigns"
        description="Launched campaigns and their results, and drafts you can keep editing any time."
        actions={
          <Link className="btn btn-primary" to="/campaigns/new" data-testid="new-campaign">
            New campaign
          </Link>
        }
      />
      <nav className="tabs" aria-label="Campaign lists">
        <NavLink to="/campaigns" end>
          Launched
        </NavLink>
        <NavLink to="/campaigns/drafts">Drafts</NavLink>
      </nav>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !data && <span className="skeleton" style={{ height: 200 }} />}
      {data && campaigns.length === 0 && (
        <div className="card empty">
          <h3>{tab === 'drafts' ? 'No drafts' : 'No launched campaigns yet'}</h3>
          <p>
            {tab === 'drafts'
              ? 'Start a campaign and save it as a draft; you can come back to it whenever you like.'
              : 'Build your first campaign with AI-written ad copy, sitelinks and keywords.'}
          </p>
          <MeteredButton
            feature="campaign_creation"
            className="btn btn-primary"
            onClick={() => void navigate('/campaigns/new')}
          >
            Start a campaign
          </MeteredButton>
        </div>
      )}
      {campaigns.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Goal</th>
                <th scope="col" className="amount">
                  Daily budget
                </th>
                <th scope="col">{tab === 'drafts' ? 'Last edited' : 'Launched'}</th>
                <th scope="col">
                  <span className="sr-only">Open</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id} data-testid={tab === 'drafts' ? 'draft-row' : 'campaign-row'}>
                  <td>
                    <strong>{c.name}</strong>
                    {c.locations && <div className="small muted">{c.locations}</div>}
                  </td>
                  <td>{GOAL_LABELS[c.goal] ?? c.goal}</td>
                  <td className="amount">{formatMoney(c.dailyBudgetCents, currencyOf(c.adAccountId))}</td>
                  <td className="muted">{tab === 'drafts' ? fromNow(c.updatedAt) : formatDate(c.launchedAt)}</td>
                  <td className="amount">
                    <Link
                      className="btn btn-sm"
                      to={c.status === 'DRAFT' ? `/campaigns/${c.id}/edit` : `/campaigns/${c.id}`}
                      aria-label={`${c.status === 'DRAFT' ? 'Edit' : 'View'} ${c.name}`}
                    >
                      {/* The visible word starts the accessible name (a speech user says what they see). */}
                      {c.status === 'DRAFT' ? 'Edit' : 'View'}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

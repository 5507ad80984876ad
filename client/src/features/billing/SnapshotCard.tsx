import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import { toMicro } from '../../lib/credits';
import { formatCredits, formatMoney } from '../../lib/format';
import { Credits } from '../../ui/Credits';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { ErrorState } from '../../ui/States';
import { canManageBilling } from './BuyCredits';
import { Icon } from '../../app/icons';
import { useBalance, useRefetchWhenBalanceMoves } from '../balance/useBalance';
import { PlanTermsFields } from './plans';

export const BillingSnapshotQuery = graphql(`
  query BillingSnapshotCard {
    billing {
      status
      plan {
        ...PlanTerms
      }
      scheduledPlan {
        ...PlanTerms
      }
      currentPeriodStart
      currentPeriodEnd
      renewsAt
      cancelAtPeriodEnd
      allocationGranted
      allocationUsed
      allocationRemoved
      notices {
        id
        kind
        message
        createdAt
      }
    }
    viewer {
      role
    }
  }
`);

const PortalMutation = graphql(`
  mutation BillingPortal {
    billingPortalUrl
  }
`);

const CancelScheduledMutation = graphql(`
  mutation CancelScheduledPlanChange {
    cancelScheduledPlanChange {
      scheduledPlan {
        code
      }
    }
  }
`);

const STATUS: Record<string, { label: string; tone: string }> = {
  ACTIVE: { label: 'Active', tone: 'badge-success' },
  PAST_DUE: { label: 'Payment past due', tone: 'badge-danger' },
  CANCELED: { label: 'Canceled', tone: 'badge' },
  INCOMPLETE: { label: 'Incomplete', tone: 'badge-warning' },
  NONE: { label: 'No plan', tone: 'badge' },
};

/** The top of the billing page: plan, balance split, allocation used, renewal, and the Upgrade shortcut. */
export function SnapshotCard() {
  const { data, loading, error, refetch } = useQuery(BillingSnapshotQuery);
  const { balance } = useBalance();
  const navigate = useNavigate();
  const [openPortal, portal] = useMutation(PortalMutation);
  const [keepPlan, keeping] = useMutation(CancelScheduledMutation, {
    refetchQueries: ['BillingSnapshotCard', 'PlanPicker'],
  });
  const [actionError, setActionError] = useState<string | null>(null);
  // Plan changes land by webhook, each with a ledger change: when the live balance moves, so may the plan
  // (a refund ends it, a renewal starts a period), so the snapshot reads it again.
  useRefetchWhenBalanceMoves(refetch);

  const onPortal = async () => {
    setActionError(null);
    try {
      const r = await openPortal();
      if (r.data?.billingPortalUrl) window.location.assign(r.data.billingPortalUrl);
    } catch (e) {
      setActionError(errorMessage(e));
    }
  };
  const onKeepPlan = async () => {
    setActionError(null);
    try {
      await keepPlan();
    } catch (e) {
      setActionError(errorMessage(e));
    }
  };

  if (error && !data)
    return <ErrorState error={error} onRetry={() => void refetch()} title="Couldn't load your plan" />;
  if (loading && !data) return <div className="card skeleton" style={{ height: 180 }} aria-label="Loading your plan" />;
  if (!data) return null;

  const b = data.billing;
  const plan = getFragmentData(PlanTermsFields, b.plan);
  const scheduledPlan = getFragmentData(PlanTermsFields, b.scheduledPlan);
  const manager = canManageBilling(data.viewer.role);
  const status = STATUS[b.status] ?? { label: b.status, tone: 'badge' };
  const granted = toMicro(b.allocationGranted);
  const used = toMicro(b.allocationUsed);
  const removed = toMicro(b.allocationRemoved);
  const usedPct = granted > 0 ? Math.min(100, Math.round((used * 100) / granted)) : 0;
  const ended = b.status === 'CANCELED';

  return (
    <section className="card" aria-labelledby="snapshot-title" data-testid="billing-snapshot" id="snapshot">
      <div className="card-header">
        <div className="row">
          <h2 id="snapshot-title">{plan ? `${plan.name} plan` : 'No plan yet'}</h2>
          <span className={`badge ${status.tone}`}>{status.label}</span>
          {plan && (
            <span className="muted">
              {formatMoney(plan.priceCents, plan.currency)}/month ·{' '}
              {formatCredits(toMicro(plan.creditsPerPeriod), { whole: true })} credits a period
            </span>
          )}
        </div>
        <div className="row">
          {manager && b.status !== 'NONE' && (
            <button type="button" className="btn" onClick={() => void onPortal()} disabled={portal.loading}>
              {portal.loading ? 'Opening…' : 'Payment methods & invoices'}
            </button>
          )}
          <button
            type="button"
            className="btn btn-primary"
            data-testid="snapshot-upgrade-plan"
            onClick={() => void navigate('/settings/billing#plans')}
          >
            <Icon name="arrowUp" /> Upgrade plan
          </button>
        </div>
      </div>

      {b.notices.map((n) => (
        <p key={n.id} className="notice notice-danger" role="alert" style={{ marginBottom: 16 }}>
          {n.message}
        </p>
      ))}

      <div className="grid-4">
        <div className="stat">
          <span className="stat-label">Available now</span>
          <span className="stat-value" data-testid="snapshot-available">
            {balance ? <Credits micro={balance.availableMicro} round="have" /> : '—'}
          </span>
          <span className="stat-sub">
            {balance && balance.reservedMicro > 0
              ? `${formatCredits(balance.reservedMicro, { round: 'need' })} reserved by running tasks`
              : 'credits'}
          </span>
        </div>
        <div className="stat">
          <span className="stat-label">Balance split</span>
          <span className="stat-sub" style={{ color: 'var(--text)' }}>
            <strong>{balance ? <Credits micro={balance.planAllocationMicro} round="have" /> : '—'}</strong> plan
            allocation
            <br />
            <strong>{balance ? <Credits micro={balance.purchasedMicro} round="have" /> : '—'}</strong> purchased (never
            expire)
          </span>
          {balance && balance.deficitMicro > 0 && (
            <span className="stat-sub" style={{ color: 'var(--danger)' }}>
              <Credits micro={balance.deficitMicro} round="need" /> owed, paid from the next grant
            </span>
          )}
        </div>
        <div className="stat">
          <span className="stat-label">Allocation used this period</span>
          <span className="stat-value" data-testid="snapshot-allocation-used">
            <Credits micro={used} />{' '}
            <span className="muted small">
              / <Credits micro={granted} />
            </span>
          </span>
          {removed > 0 && (
            <span className="stat-sub" data-testid="snapshot-allocation-removed">
              <Credits micro={removed} /> {ended ? 'removed when the plan ended' : 'expired unused'}
            </span>
          )}
          <div
            className="meter meter-light"
            role="progressbar"
            aria-label="Allocation used this period"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={usedPct}
          >
            <span style={{ width: `${usedPct}%` }} />
          </div>
        </div>
        <div className="stat">
          <span className="stat-label">{ended ? 'Plan' : b.cancelAtPeriodEnd ? 'Plan ends' : 'Renews'}</span>
          <span className="stat-value" style={{ fontSize: 18 }} data-testid="snapshot-renewal">
            {ended
              ? 'Ended'
              : b.renewsAt
                ? formatDate(b.renewsAt)
                : b.currentPeriodEnd
                  ? formatDate(b.currentPeriodEnd)
                  : '—'}
          </span>
          <span className="stat-sub">
            {ended
              ? 'No renewal'
              : b.currentPeriodStart && b.currentPeriodEnd
                ? `Period ${formatDate(b.currentPeriodStart)} – ${formatDate(b.currentPeriodEnd)}`
                : 'No billing period'}
          </span>
        </div>
      </div>

      {scheduledPlan && (
        <p className="notice" style={{ marginTop: 16 }}>
          Your plan changes to {scheduledPlan.name} at the next renewal
          {b.renewsAt ? ` on ${formatDate(b.renewsAt)}` : ''}. Nothing is clawed back before then.{' '}
          {manager && (
            <button type="button" className="link-button" onClick={() => void onKeepPlan()} disabled={keeping.loading}>
              Keep {plan?.name ?? 'my plan'} instead
            </button>
          )}
        </p>
      )}
      {actionError && (
        <p className="form-error" role="alert" style={{ marginTop: 12 }}>
          {actionError}
        </p>
      )}
      {b.cancelAtPeriodEnd && (
        <p className="notice notice-warning" style={{ marginTop: 16 }}>
          Your subscription is cancelled and ends on {formatDate(b.currentPeriodEnd)}. Plan credits stay usable until
          then; purchased credits stay after.
        </p>
      )}
      {b.status === 'PAST_DUE' && (
        <p className="notice notice-danger" style={{ marginTop: 16 }}>
          Your last payment failed. Update your payment method to keep your plan and its monthly credits.
        </p>
      )}
    </section>
  );
}

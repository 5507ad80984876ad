import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useRefetchWhenBalanceMoves } from '../balance/useBalance';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { canManageBilling } from './BuyCredits';

const CancelInfoQuery = graphql(`
  query CancelInfo {
    billing {
      status
      cancelAtPeriodEnd
      currentPeriodEnd
      refundableUntil
      plan {
        code
        name
      }
    }
    viewer {
      role
    }
  }
`);

const CancelMutation = graphql(`
  mutation CancelSubscription {
    cancelSubscription {
      endsAt
      refunded
    }
  }
`);

const ResumeMutation = graphql(`
  mutation ResumeSubscription {
    resumeSubscription {
      status
      cancelAtPeriodEnd
      renewsAt
    }
  }
`);

const AFTER_CHANGE = ['CancelInfo', 'BillingSnapshotCard', 'PlanPicker', 'SidebarBalance'];

/** Cancelling, with the 14-day refund rule stated before anyone clicks, and a way back. */
export function CancelSection() {
  const { data, refetch } = useQuery(CancelInfoQuery);
  // The end of a plan lands by webhook, with a ledger change: read the plan again when the balance moves.
  useRefetchWhenBalanceMoves(refetch);
  const [cancel, cancelState] = useMutation(CancelMutation, { refetchQueries: AFTER_CHANGE });
  const [resume, resumeState] = useMutation(ResumeMutation, { refetchQueries: AFTER_CHANGE });
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ endsAt: string; refunded: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const b = data?.billing;
  if (!b?.plan || b.status === 'NONE') return null;
  const allowed = canManageBilling(data?.viewer.role);
  const now = Date.now();
  const refundable = b.refundableUntil ? new Date(b.refundableUntil).getTime() > now : false;

  const onCancel = async () => {
    setError(null);
    try {
      const r = await cancel();
      if (r.data) setResult(r.data.cancelSubscription);
      setConfirming(false);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const onResume = async () => {
    setError(null);
    try {
      await resume();
      setResult(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="card" aria-labelledby="cancel-title" id="cancel">
      <div className="card-header">
        <h2 id="cancel-title">Cancel subscription</h2>
      </div>
      <div className="stack">
        {refundable ? (
          <p data-testid="cancel-rule">
            You&apos;re within 14 days of your subscription&apos;s start (until {formatDate(b.refundableUntil)}).
            Cancelling now refunds the subscription fee under our refund policy and ends the {b.plan.name} plan at once:
            the rest of this period&apos;s plan credits are removed. Purchased top-up credits stay with the workspace.
          </p>
        ) : (
          <p data-testid="cancel-rule">
            Cancelling takes effect at the end of your billing period
            {b.currentPeriodEnd ? ` on ${formatDate(b.currentPeriodEnd)}` : ''}: your {b.plan.name} credits stay usable
            until then, and purchased credits stay with the workspace after that. Cancellations within 14 days of the
            subscription&apos;s start are refunded; that window has passed.
          </p>
        )}
        <p className="muted small">Top-up credits are non-refundable and never expire.</p>

        {result?.refunded && (
          <p className="notice notice-success" role="status">
            Cancelled and refunded. Your plan ended; purchased credits are still yours.
          </p>
        )}
        {b.cancelAtPeriodEnd ? (
          <div className="notice notice-warning">
            <div className="notice-body">
              <span>Cancelled: your plan ends on {formatDate(b.currentPeriodEnd)}.</span>
              {allowed && (
                <div className="notice-actions">
                  <button
                    type="button"
                    className="btn btn-sm"
                    onClick={() => void onResume()}
                    disabled={resumeState.loading}
                  >
                    {resumeState.loading ? 'Resuming…' : `Keep ${b.plan.name}`}
                  </button>
                </div>
              )}
            </div>
          </div>
        ) : b.status === 'CANCELED' ? null : !allowed ? (
          <p className="muted small">Only a workspace owner or admin can cancel.</p>
        ) : confirming ? (
          <div className="notice notice-danger" role="alertdialog" aria-labelledby="cancel-confirm-text">
            <div className="notice-body">
              <strong id="cancel-confirm-text">
                {refundable
                  ? `Cancel now? The ${b.plan.name} plan ends immediately and the fee is refunded.`
                  : `Cancel at period end? ${b.plan.name} stays active until ${formatDate(b.currentPeriodEnd)}.`}
              </strong>
              <div className="notice-actions">
                <button
                  type="button"
                  className="btn btn-danger"
                  onClick={() => void onCancel()}
                  disabled={cancelState.loading}
                  data-testid="confirm-cancel-subscription"
                >
                  {cancelState.loading ? 'Cancelling…' : 'Yes, cancel'}
                </button>
                <button type="button" className="btn" onClick={() => setConfirming(false)}>
                  Keep my plan
                </button>
              </div>
            </div>
          </div>
        ) : (
          <div>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => setConfirming(true)}
              data-testid="cancel-subscription"
            >
              Cancel subscription
            </button>
          </div>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}

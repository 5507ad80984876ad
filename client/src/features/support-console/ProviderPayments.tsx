import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formatMoney } from '../../lib/format';
import { formatDateTime } from '../../lib/dates';
import { ErrorState, PageSkeleton } from '../../ui/States';

const WorkspacePaymentsQuery = graphql(`
  query ConsoleWorkspacePayments($workspaceId: ID!) {
    workspaceAudit(workspaceId: $workspaceId) {
      workspaceId
      payments {
        connected
        customerId
        charges {
          id
          paymentIntentId
          amountCents
          amountRefundedCents
          currency
          status
          description
          createdAt
          disputes {
            id
            amountCents
            status
            reason
          }
        }
      }
    }
  }
`);

/** The workspace's payments, refunds and disputes as the payment provider reports them. */
export function ProviderPayments({ workspaceId }: { workspaceId: string }) {
  const { data, error, refetch } = useQuery(WorkspacePaymentsQuery, { variables: { workspaceId } });
  const payments = data?.workspaceAudit.payments;
  return (
    <section className="card stack" aria-labelledby="audit-payments">
      <h2 id="audit-payments">Payments (as Stripe reports them)</h2>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!payments && !error && <PageSkeleton rows={1} />}
      {payments && !payments.connected && <p className="muted">No payment provider is configured.</p>}
      {payments?.connected && !payments.customerId && <p className="muted">This workspace has no Stripe customer.</p>}
      {payments?.connected && payments.customerId && payments.charges.length === 0 && (
        <p className="muted">No payments yet.</p>
      )}
      {payments && payments.charges.length > 0 && (
        <ul className="stack">
          {payments.charges.map((c) => (
            <li key={c.id}>
              <strong>{formatMoney(c.amountCents, c.currency)}</strong> {c.status} · {formatDateTime(c.createdAt)} ·{' '}
              <span className="mono small">{c.paymentIntentId ?? c.id}</span>
              {c.description ? ` · ${c.description}` : ''}
              {c.amountRefundedCents > 0 && ` · refunded ${formatMoney(c.amountRefundedCents, c.currency)}`}
              {c.disputes.map((d) => (
                <span key={d.id}>
                  {' '}
                  · dispute {formatMoney(d.amountCents, c.currency)} {d.status} ({d.reason})
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

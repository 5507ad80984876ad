import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { ConsoleWorkspaceAuditQuery } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/dates';
import { AuditEntries } from './AuditEntries';
import { ProviderPayments } from './ProviderPayments';
import { ErrorState, PageSkeleton } from '../../ui/States';
import { Reconciliation } from './Reconciliation';
import { AdjustForm, ReleaseHoldForm, VoidGrantForm } from './ActionForms';
import { useStaffActions } from './useStaffActions';

const WorkspaceAuditQuery = graphql(`
  query ConsoleWorkspaceAudit($workspaceId: ID!) {
    workspaceAudit(workspaceId: $workspaceId) {
      workspaceId
      workspaceName
      entries
      balance {
        available
        reserved
        deficit
      }
      replayMatches
      mismatches
      reconciliation {
        mustHold
        ledgerHolds
        difference
        unsourcedGrants
        differences
        notes
      }
      grants {
        id
        label
        source
        original
        consumed
        expired
        revoked
        reserved
        remaining
        expiresAt
        origin {
          periodStart
          periodEnd
          prorationFraction
          paymentId
          invoiceId
          reason
        }
      }
      activeHolds {
        id
        amount
        description
        createdAt
        expiresAt
      }
    }
  }
`);

type Audit = ConsoleWorkspaceAuditQuery['workspaceAudit'];

/** The audit of one workspace, opened at `?entry=` when reached from a support request. */
export default function WorkspaceAuditPage() {
  const { workspaceId = '' } = useParams();
  const [params] = useSearchParams();
  const entryId = params.get('entry');
  const { data, error, refetch } = useQuery(WorkspaceAuditQuery, { variables: { workspaceId } });
  const actions = useStaffActions(workspaceId);
  const audit = data?.workspaceAudit;

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!audit) return <PageSkeleton rows={5} />;
  return (
    <div className="stack-lg">
      <section className="card stack" aria-labelledby="audit-title">
        <h2 id="audit-title">{audit.workspaceName}</h2>
        <p className="muted small mono">{audit.workspaceId}</p>
        <p>
          Available <strong>{audit.balance.available}</strong> · reserved {audit.balance.reserved} · deficit{' '}
          {audit.balance.deficit} · {audit.entries} entries
        </p>
        <Reconciliation audit={audit} />
      </section>
      <GrantsTable audit={audit} onVoid={actions.voidGrant} />
      <section className="card stack" aria-labelledby="audit-actions">
        <h2 id="audit-actions">Adjust credits</h2>
        <AdjustForm onAdjust={actions.adjust} />
      </section>
      {audit.activeHolds.length > 0 && (
        <section className="card stack" aria-labelledby="audit-holds">
          <h2 id="audit-holds">Active holds</h2>
          {audit.activeHolds.map((h) => (
            <div key={h.id} className="stack">
              <p>
                {h.amount} credits · {h.description} · since {formatDateTime(h.createdAt)} · expires{' '}
                {formatDateTime(h.expiresAt)}
              </p>
              <ReleaseHoldForm hold={h} onRelease={actions.release} />
            </div>
          ))}
        </section>
      )}
      <AuditEntries workspaceId={workspaceId} entryId={entryId} />
      <ProviderPayments workspaceId={workspaceId} />
    </div>
  );
}

const SOURCE: Record<string, string> = {
  PLAN_ALLOCATION: 'Plan period',
  PRORATION: 'Proration',
  TOP_UP: 'Top-up',
  ADJUSTMENT: 'Adjustment',
};

function origin(g: Audit['grants'][number]): string {
  const o = g.origin;
  switch (g.source) {
    case 'PLAN_ALLOCATION':
      return `${formatDate(o.periodStart)} – ${formatDate(o.periodEnd)}${o.invoiceId ? ` (${o.invoiceId})` : ''}`;
    case 'PRORATION':
      return `fraction ${o.prorationFraction ?? '?'}, until ${formatDate(o.periodEnd)}`;
    case 'TOP_UP':
      return o.paymentId ? `payment ${o.paymentId}` : 'no payment recorded';
    default:
      return o.reason ? `“${o.reason}”` : '';
  }
}

function GrantsTable({ audit, onVoid }: { audit: Audit; onVoid: (grantId: string, reason: string) => Promise<void> }) {
  const [voiding, setVoiding] = useState<string | null>(null);
  const target = audit.grants.find((g) => g.id === voiding);
  return (
    <section className="card stack" aria-labelledby="audit-grants">
      <h2 id="audit-grants">Grants</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Grant</th>
              <th>Source</th>
              <th className="num">Original</th>
              <th className="num">Consumed</th>
              <th className="num">Expired</th>
              <th className="num">Revoked</th>
              <th className="num">Reserved</th>
              <th className="num">Remaining</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {audit.grants.map((g) => (
              <tr key={g.id}>
                <td>{g.label}</td>
                <td className="small">
                  {SOURCE[g.source] ?? g.source}: {origin(g)}
                </td>
                <td className="num">{g.original}</td>
                <td className="num">{g.consumed}</td>
                <td className="num">{g.expired}</td>
                <td className="num">{g.revoked}</td>
                <td className="num">{g.reserved}</td>
                <td className="num">{g.remaining}</td>
                <td>
                  {g.remaining !== '0' && (
                    <button type="button" className="btn btn-sm" onClick={() => setVoiding(g.id)}>
                      Void rest
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {target && <VoidGrantForm grant={target} onVoid={onVoid} onCancel={() => setVoiding(null)} />}
    </section>
  );
}

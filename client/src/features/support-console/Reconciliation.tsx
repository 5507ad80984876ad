import type { ConsoleWorkspaceAuditQuery } from '../../gql/graphql';

type Audit = ConsoleWorkspaceAuditQuery['workspaceAudit'];

/** The independent auditor's line and the replay check, in plain words. */
export function Reconciliation({ audit }: { audit: Audit }) {
  const r = audit.reconciliation;
  const agree = r.difference === '0';
  return (
    <div className={`notice ${agree && audit.replayMatches ? 'notice-success' : 'notice-danger'}`} role="status">
      <div className="notice-body stack">
        <p data-testid="reconciliation">
          From payments, invoices and support&apos;s records, the independent auditor says this workspace must hold{' '}
          <strong>{r.mustHold}</strong> credits; the ledger holds <strong>{r.ledgerHolds}</strong>.{' '}
          {agree ? 'Difference: 0, they agree.' : `Difference: ${r.difference} credits.`}
          {r.unsourcedGrants > 0 &&
            ` ${r.unsourcedGrants} grant${r.unsourcedGrants === 1 ? ' has' : 's have'} no outside fact behind it.`}
        </p>
        {r.differences.length > 0 && (
          <ul>
            {r.differences.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
        {r.notes.map((n) => (
          <p key={n} className="muted small">
            {n}
          </p>
        ))}
        <p>
          {audit.replayMatches
            ? 'Replaying every ledger entry gives exactly the stored grants, holds and deficit.'
            : 'Replaying the ledger does not give the stored numbers:'}
        </p>
        {audit.mismatches.length > 0 && (
          <ul>
            {audit.mismatches.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/dates';
import { ErrorState, PageSkeleton } from '../../ui/States';

const StaffActionsQuery = graphql(`
  query ConsoleStaffActions($filter: StaffActionFilter, $after: String) {
    staffActions(filter: $filter, first: 50, after: $after) {
      edges {
        cursor
        node {
          id
          kind
          staffEmail
          supportUserId
          workspaceId
          workspaceName
          reason
          targetId
          amount
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every staff action, newest first, filterable by staff member and workspace (ids). */
export default function StaffLogPage() {
  const [staffUserId, setStaff] = useState('');
  const [workspaceId, setWorkspace] = useState('');
  const filter = {
    ...(UUID.test(staffUserId.trim()) ? { staffUserId: staffUserId.trim() } : {}),
    ...(UUID.test(workspaceId.trim()) ? { workspaceId: workspaceId.trim() } : {}),
  };
  const { data, error, refetch, fetchMore, loading } = useQuery(StaffActionsQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.staffActions;
  return (
    <section className="card stack" aria-labelledby="staff-log">
      <h2 id="staff-log">Staff action log</h2>
      <div className="row">
        <label className="field">
          <span className="label">Staff member (user id)</span>
          <input className="input mono" value={staffUserId} onChange={(e) => setStaff(e.target.value)} />
        </label>
        <label className="field">
          <span className="label">Workspace (id)</span>
          <input className="input mono" value={workspaceId} onChange={(e) => setWorkspace(e.target.value)} />
        </label>
      </div>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!page && !error && <PageSkeleton />}
      {page && page.edges.length === 0 && <p className="muted">No staff actions match.</p>}
      {page && page.edges.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>When</th>
                <th>Staff</th>
                <th>Action</th>
                <th>Workspace</th>
                <th>Reason</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node: a }) => (
                <tr key={a.id}>
                  <td>{formatDateTime(a.createdAt)}</td>
                  <td>
                    <button type="button" className="btn btn-sm btn-ghost" onClick={() => setStaff(a.supportUserId)}>
                      {a.staffEmail ?? a.supportUserId}
                    </button>
                  </td>
                  <td>
                    {a.kind}
                    {a.amount ? ` ${a.amount}` : ''}
                  </td>
                  <td>
                    {a.workspaceId ? (
                      <Link to={`/console/workspaces/${a.workspaceId}`}>{a.workspaceName ?? a.workspaceId}</Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{a.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="btn"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}
        >
          Older actions
        </button>
      )}
    </section>
  );
}

import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/dates';
import { ErrorState } from '../../ui/States';

const FindWorkspacesQuery = graphql(`
  query ConsoleFindWorkspaces($query: String!) {
    findWorkspaces(query: $query) {
      id
      name
      matchedBy
      stripeCustomerId
      memberEmails
    }
  }
`);

const SupportQueueQuery = graphql(`
  query ConsoleSupportQueue {
    supportQueue {
      id
      workspaceId
      workspaceName
      subject
      status
      createdAt
      author {
        name
      }
      entries {
        id
      }
    }
  }
`);

const MATCHED_BY: Record<string, string> = {
  NAME: 'name',
  MEMBER_EMAIL: 'member email',
  WORKSPACE_ID: 'workspace id',
  STRIPE_CUSTOMER: 'Stripe customer',
};

/** Search box and the queue of open support requests. */
export default function ConsoleHome() {
  return (
    <div className="stack-lg">
      <WorkspaceSearch />
      <SupportQueue />
    </div>
  );
}

function WorkspaceSearch() {
  const [text, setText] = useState('');
  const [find, { data, loading, error, called }] = useLazyQuery(FindWorkspacesQuery, { fetchPolicy: 'network-only' });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) void find({ variables: { query: text.trim() } });
  };
  const matches = data?.findWorkspaces ?? [];
  return (
    <section className="card stack" aria-labelledby="console-search">
      <h2 id="console-search">Find a workspace</h2>
      <form className="row" onSubmit={onSubmit} role="search">
        <label className="sr-only" htmlFor="console-search-input">
          Workspace name, member email, workspace id or Stripe customer id
        </label>
        <input
          id="console-search-input"
          className="input"
          value={text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
          placeholder="Name, member email, workspace id or cus_…"
        />
        <button type="submit" className="btn btn-primary" disabled={loading || !text.trim()}>
          Search
        </button>
      </form>
      {error && <p className="form-error">{errorMessage(error)}</p>}
      {called && !loading && !error && matches.length === 0 && <p className="muted">No workspace matches.</p>}
      {matches.length > 0 && (
        <ul className="stack" aria-label="Matching workspaces">
          {matches.map((m) => (
            <li key={m.id}>
              <Link to={`/console/workspaces/${m.id}`}>{m.name}</Link>{' '}
              <span className="muted small">
                by {MATCHED_BY[m.matchedBy] ?? m.matchedBy} · {m.memberEmails.join(', ')}
                {m.stripeCustomerId ? ` · ${m.stripeCustomerId}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SupportQueue() {
  const { data, error, refetch } = useQuery(SupportQueueQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <section className="card stack" aria-labelledby="console-queue">
      <div className="row-between">
        <h2 id="console-queue">Open requests</h2>
        <button type="button" className="btn btn-sm" onClick={() => void refetch()}>
          Refresh
        </button>
      </div>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.supportQueue.length === 0 && <p className="muted">No open requests.</p>}
      {data && data.supportQueue.length > 0 && (
        <ul className="stack" aria-label="Open requests">
          {data.supportQueue.map((r) => (
            <li key={r.id}>
              <Link to={`/console/requests/${r.id}`}>{r.subject}</Link>{' '}
              <span className="muted small">
                {r.workspaceName} · {r.author.name} · {formatDateTime(r.createdAt)}
                {r.entries.length > 0 ? ` · about ${r.entries.length} entr${r.entries.length === 1 ? 'y' : 'ies'}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';
import type { ConsoleWorkspaceEntriesQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/dates';
import { ErrorState, PageSkeleton } from '../../ui/States';

const WorkspaceEntriesQuery = graphql(`
  query ConsoleWorkspaceEntries($workspaceId: ID!, $first: Int!, $after: String) {
    workspaceAudit(workspaceId: $workspaceId) {
      workspaceId
      history(first: $first, after: $after) {
        edges {
          node {
            id
            sequence
            type
            amount
            description
            actorKind
            createdAt
            splits {
              grantLabel
              amount
            }
            details {
              inputTokens
              outputTokens
              rateCardVersion
              prorationFraction
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

type Edge = ConsoleWorkspaceEntriesQuery['workspaceAudit']['history']['edges'][number];
/** Entries per page (the server allows up to 100). */
const PAGE = 50;
/** Pages fetched at most while looking for the entry named in the URL. */
const ENTRY_SEARCH_PAGES = 20;

/** The entries, newest first, with their split across grants and their numbers; `entryId` is scrolled to. */
export function AuditEntries({ workspaceId, entryId }: { workspaceId: string; entryId: string | null }) {
  const { data, error, refetch, fetchMore } = useQuery(WorkspaceEntriesQuery, {
    variables: { workspaceId, first: PAGE },
  });
  const [more, setMore] = useState<Edge[]>([]);
  const [cursor, setCursor] = useState<{ next: boolean; end: string | null } | null>(null);
  const pages = useRef(0);
  const history = data?.workspaceAudit.history;
  // A refetch after a staff action brings a new newest entry: start again from the first page.
  const newest = history?.edges[0]?.node.id;
  useEffect(() => {
    setMore([]);
    setCursor(null);
  }, [newest]);

  const edges = history ? [...history.edges, ...more] : [];
  const page =
    cursor ?? (history ? { next: history.pageInfo.hasNextPage, end: history.pageInfo.endCursor ?? null } : null);
  const loadMore = async () => {
    if (!page?.next) return;
    pages.current += 1;
    const r = await fetchMore({ variables: { after: page.end }, updateQuery: (prev) => prev });
    const h = r.data?.workspaceAudit.history;
    if (!h) return;
    setMore((m) => [...m, ...h.edges]);
    setCursor({ next: h.pageInfo.hasNextPage, end: h.pageInfo.endCursor ?? null });
  };
  const found = !entryId || edges.some((e) => e.node.id === entryId);
  useEffect(() => {
    if (history && !found && page?.next && pages.current < ENTRY_SEARCH_PAGES) void loadMore();
  });
  useEffect(() => {
    if (!entryId || !found || !history) return;
    const el = document.getElementById(`entry-${entryId}`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [entryId, found, history]);

  return (
    <section className="card stack" aria-labelledby="audit-entries">
      <h2 id="audit-entries">Entries</h2>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!history && !error && <PageSkeleton />}
      {history && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>When</th>
                <th>Entry</th>
                <th className="num">Amount</th>
                <th>Split across grants</th>
                <th>Numbers</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node: e }) => (
                <tr
                  key={e.id}
                  id={`entry-${e.id}`}
                  tabIndex={-1}
                  aria-current={e.id === entryId ? 'true' : undefined}
                  style={e.id === entryId ? { outline: '2px solid var(--accent, #4f46e5)' } : undefined}
                >
                  <td>{e.sequence}</td>
                  <td>{formatDateTime(e.createdAt)}</td>
                  <td>
                    <span className="badge">{e.type}</span> {e.description}{' '}
                    <span className="muted small">({e.actorKind})</span>
                  </td>
                  <td className="num">{e.amount}</td>
                  <td className="small">{e.splits.map((s) => `${s.amount} ${s.grantLabel}`).join('; ')}</td>
                  <td className="small">{numbers(e.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page?.next && (
        <button type="button" className="btn" onClick={() => void loadMore()}>
          Older entries
        </button>
      )}
    </section>
  );
}

function numbers(d: Edge['node']['details']): string {
  const parts: string[] = [];
  if (d.inputTokens !== null || d.outputTokens !== null)
    parts.push(`${d.inputTokens ?? 0} in / ${d.outputTokens ?? 0} out tokens`);
  if (d.rateCardVersion) parts.push(`rate card ${d.rateCardVersion}`);
  if (d.prorationFraction) parts.push(`proration ${d.prorationFraction}`);
  return parts.join(' · ');
}

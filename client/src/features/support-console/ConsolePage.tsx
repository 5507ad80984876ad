import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { NavLink, Route, Routes } from 'react-router';
import { graphql } from '../../gql';
import { ErrorState, PageHeader, PageSkeleton } from '../../ui/States';

const ConsoleHome = lazy(() => import('./ConsoleHome'));
const WorkspaceAuditPage = lazy(() => import('./WorkspaceAuditPage'));
const RequestPage = lazy(() => import('./RequestPage'));
const StaffLogPage = lazy(() => import('./StaffLogPage'));

const ConsoleViewerQuery = graphql(`
  query ConsoleViewer {
    viewer {
      isSupport
    }
  }
`);

/**
 * The support staff console (/console and its children), a chunk of its own. Non-staff get a plain
 * "not available" page; the server refuses their queries anyway.
 */
export default function ConsolePage() {
  const { data, loading, error, refetch } = useQuery(ConsoleViewerQuery);
  if (!data) return loading ? <PageSkeleton /> : <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data.viewer.isSupport) {
    return (
      <div className="stack-lg">
        <PageHeader title="Not available" description="The support console is only for Hero Marketer support staff." />
      </div>
    );
  }
  return (
    <div className="stack-lg">
      <PageHeader title="Support console" />
      <nav className="tabs" aria-label="Console sections">
        <NavLink to="/console" end>
          Search and queue
        </NavLink>
        <NavLink to="/console/log">Staff action log</NavLink>
      </nav>
      <Suspense fallback={<PageSkeleton />}>
        <Routes>
          <Route index element={<ConsoleHome />} />
          <Route path="workspaces/:workspaceId" element={<WorkspaceAuditPage />} />
          <Route path="requests/:requestId" element={<RequestPage />} />
          <Route path="log" element={<StaffLogPage />} />
        </Routes>
      </Suspense>
    </div>
  );
}

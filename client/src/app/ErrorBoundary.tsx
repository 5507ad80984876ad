import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

interface Props {
  children: ReactNode;
}

/** Last line of defence for render errors outside the router: a message and a way back, never a blank page. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Render error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="auth">
        <div className="card auth-card" role="alert">
          <h1>Something went wrong</h1>
          <p className="muted">This page hit an unexpected problem. Your credits and data are safe.</p>
          <div className="row">
            <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
              Reload
            </button>
            <a className="btn" href="/">
              Go to the dashboard
            </a>
          </div>
        </div>
      </main>
    );
  }
}

/** The router's error element: failed lazy chunks (after a deploy) and render errors inside a route. */
export function RouteError() {
  const error = useRouteError();
  const chunkFailed =
    error instanceof Error && /dynamically imported module|Failed to fetch|Importing a module/i.test(error.message);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <div className="card stack" role="alert">
      <h1>{chunkFailed ? 'A new version is available' : 'This page could not load'}</h1>
      <p className="muted">
        {chunkFailed
          ? 'Hero Marketer was updated while you had it open. Reload to get the latest version.'
          : 'Something unexpected happened while showing this page. Your credits and data are safe.'}
      </p>
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          Reload
        </button>
        <Link className="btn" to="/">
          Go to the dashboard
        </Link>
      </div>
    </div>
  );
}

export function NotFoundPage() {
  return (
    <div className="card empty" data-testid="not-found">
      <h1>Page not found</h1>
      <p>The page you were looking for doesn&apos;t exist or has moved.</p>
      <Link className="btn btn-primary" to="/">
        Go to the dashboard
      </Link>
    </div>
  );
}

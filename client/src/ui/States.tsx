import type { ReactNode } from 'react';
import { errorMessage } from '../lib/errors';

/** Skeleton lines while a page's data loads. */
export function PageSkeleton({ rows = 3 }: { rows?: number }) {
  return (
    <div className="stack-lg" aria-busy="true" aria-label="Loading">
      <div className="stack" style={{ gap: 8 }}>
        <span className="skeleton" style={{ width: 220, height: 26 }} />
        <span className="skeleton" style={{ width: 340, height: 14 }} />
      </div>
      {Array.from({ length: rows }, (_, i) => (
        <span key={i} className="skeleton" style={{ height: 120, borderRadius: 10 }} />
      ))}
    </div>
  );
}

/** A failed query, said in words, with a retry. */
export function ErrorState({
  error,
  onRetry,
  title = "Couldn't load this",
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <div className="notice notice-danger" role="alert">
      <div className="notice-body">
        <strong>{title}</strong>
        <span>{errorMessage(error)}</span>
        {onRetry && (
          <div className="notice-actions">
            <button type="button" className="btn btn-sm" onClick={onRetry}>
              Try again
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {description && <p>{description}</p>}
      </div>
      {actions && <div className="row">{actions}</div>}
    </header>
  );
}

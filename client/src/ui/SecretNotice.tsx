import { useState } from 'react';

/**
 * A secret shown once, right after it was made (an API key, a webhook signing secret): the secret, a Copy button
 * that says when it copied, and Done to hide it for good.
 */
export function SecretNotice({
  secret,
  title,
  testId,
  onDone,
}: {
  secret: string;
  /** What to do with it, e.g. "Copy this key now. It won't be shown again." */
  title: string;
  testId?: string;
  onDone: () => void;
}) {
  // The secret last copied: a new secret shows Copy again.
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className="notice notice-success" role="status" data-testid={testId}>
      <div className="notice-body">
        <strong>{title}</strong>
        <code className="mono" style={{ wordBreak: 'break-all' }}>
          {secret}
        </code>
        <div className="notice-actions">
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(secret))}
          >
            {copied === secret ? 'Copied' : 'Copy'}
          </button>
          <button type="button" className="btn btn-sm btn-ghost" onClick={onDone}>
            Done
          </button>
        </div>
      </div>
    </div>
  );
}

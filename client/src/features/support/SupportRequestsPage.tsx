import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { SupportRequestStatus } from '../../gql/graphql';
import { formatCreditsText } from '../../lib/format';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/ids';
import { ErrorState, PageHeader, PageSkeleton } from '../../ui/States';
import { ContactSupportButton } from './ContactSupportButton';
import { MESSAGE_MAX_CHARS } from './limits';

const SupportRequestCardFragment = graphql(`
  fragment SupportRequestCard_request on SupportRequest {
    id
    status
    subject
    createdAt
    updatedAt
    author {
      id
      name
    }
    entries {
      id
      sequence
      description
      amount
      createdAt
    }
    messages {
      id
      fromStaff
      authorName
      body
      createdAt
    }
  }
`);

const SupportRequestsQuery = graphql(`
  query SupportRequests {
    viewer {
      user {
        id
      }
    }
    supportRequests {
      id
      ...SupportRequestCard_request
    }
  }
`);

const ReplyMutation = graphql(`
  mutation ReplyToSupportRequest($input: ReplyToSupportRequestInput!) {
    replyToSupportRequest(input: $input) {
      id
      ...SupportRequestCard_request
    }
  }
`);

/**
 * Answers arrive without a reload by polling while this page is open (and the tab visible). An answer does
 * not touch the ledger, so the live balance stream would miss every answer that comes without an adjustment.
 */
export const POLL_MS = 5_000;

const STATUS: Record<SupportRequestStatus, { label: string; badge: string }> = {
  OPEN: { label: 'Waiting for support', badge: 'badge-warning' },
  ANSWERED: { label: 'Answered', badge: 'badge-success' },
  CLOSED: { label: 'Closed', badge: '' },
};

/** /support/requests: the member's questions to support, what they are about, and the conversation. */
export default function SupportRequestsPage() {
  const { data, error, refetch } = useQuery(SupportRequestsQuery, {
    pollInterval: POLL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
    fetchPolicy: 'cache-and-network',
  });
  const header = (
    <PageHeader
      title="Support requests"
      description="Your questions to support and their answers. We audit the math and adjust if there's an error."
      actions={<ContactSupportButton className="btn btn-primary">New request</ContactSupportButton>}
    />
  );
  if (!data) {
    return (
      <div className="stack-lg">
        {header}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <PageSkeleton />}
      </div>
    );
  }
  const me = data.viewer.user?.id ?? null;
  return (
    <div className="stack-lg">
      {header}
      {data.supportRequests.length === 0 ? (
        <div className="card empty">
          <h2>No support requests yet</h2>
          <p>
            Ask about a charge from its menu in the credit history, or start a new request here. Answers appear on this
            page and by email.
          </p>
        </div>
      ) : (
        <ul
          className="stack-lg"
          aria-label="Your support requests"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {data.supportRequests.map((r) => (
            <li key={r.id}>
              <RequestCard request={r} me={me} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RequestCard({ request, me }: { request: FragmentType<typeof SupportRequestCardFragment>; me: string | null }) {
  const r = getFragmentData(SupportRequestCardFragment, request);
  const ids = useId();
  const status = STATUS[r.status];
  return (
    <article className="card stack" aria-labelledby={`${ids}-subject`} data-testid="support-request">
      <div className="card-header">
        <div>
          <h2 id={`${ids}-subject`}>{r.subject}</h2>
          <p className="small muted">
            Opened {formatDateTime(r.createdAt)}
            {me && r.author.id !== me ? ` by ${r.author.name}` : ''}
          </p>
        </div>
        <span className={`badge ${status.badge}`} data-testid="support-request-status">
          {status.label}
        </span>
      </div>
      {r.entries.length > 0 && (
        <div className="stack" style={{ gap: 4 }}>
          <h3 className="small">About</h3>
          <ul className="small" aria-label="Entries this request is about">
            {r.entries.map((e) => (
              <li key={e.id}>
                {e.description} · {formatCreditsText(e.amount)} credits · {formatDateTime(e.createdAt)} (entry #
                {e.sequence})
              </li>
            ))}
          </ul>
        </div>
      )}
      <ol className="stack" aria-label="Conversation" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {r.messages.map((m) => (
          <li
            key={m.id}
            className={`card card-tight${m.fromStaff ? ' notice-success' : ''}`}
            data-testid={m.fromStaff ? 'support-answer' : 'support-message'}
          >
            <p className="small muted">
              {m.fromStaff ? `Support · ${m.authorName}` : m.authorName} · {formatDateTime(m.createdAt)}
            </p>
            <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.body}</p>
          </li>
        ))}
      </ol>
      {r.status === 'CLOSED' ? (
        <p className="small muted">This request is closed. To ask again, open a new request.</p>
      ) : (
        <ReplyForm requestId={r.id} subject={r.subject} />
      )}
    </article>
  );
}

function ReplyForm({ requestId, subject }: { requestId: string; subject: string }) {
  const [reply, { loading }] = useMutation(ReplyMutation);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const attempt = useRef<{ message: string; key: string } | null>(null);
  const id = useId();
  const text = message.trim();

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!text || loading) return;
    setError(null);
    if (attempt.current?.message !== text) attempt.current = { message: text, key: newIdempotencyKey() };
    try {
      await reply({ variables: { input: { requestId, message: text, idempotencyKey: attempt.current.key } } });
      setMessage('');
      attempt.current = null;
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void onSubmit(e)} noValidate>
      <label className="field" htmlFor={id}>
        <span>Reply to “{subject}”</span>
      </label>
      <textarea
        id={id}
        className="textarea"
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        maxLength={MESSAGE_MAX_CHARS}
        style={{ minHeight: 72 }}
      />
      {error && (
        <p className="small" role="alert" style={{ color: 'var(--danger, #b42318)' }}>
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="btn" disabled={!text || loading}>
          {loading ? 'Sending…' : 'Send reply'}
        </button>
      </div>
    </form>
  );
}

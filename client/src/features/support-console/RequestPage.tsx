import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/ids';
import { ErrorState, PageSkeleton } from '../../ui/States';
import { formatCredits } from '../../lib/format';
import { netChangeMicro } from '../billing/history';

/** One message of the conversation: the request's page shows them, and answering returns them again. */
const MessageFragment = graphql(`
  fragment ConsoleMessage_message on SupportRequestMessage {
    id
    fromStaff
    authorName
    body
    createdAt
  }
`);

const RequestQuery = graphql(`
  query ConsoleSupportRequest($id: ID!) {
    supportRequest(id: $id) {
      id
      workspaceId
      workspaceName
      subject
      status
      author {
        name
        email
      }
      entries {
        id
        sequence
        description
        amount
        reservedChange
      }
      messages {
        id
        ...ConsoleMessage_message
      }
    }
  }
`);

const AnswerMutation = graphql(`
  mutation ConsoleAnswerSupportRequest($input: AnswerSupportRequestInput!) {
    answerSupportRequest(input: $input) {
      id
      status
      messages {
        id
        ...ConsoleMessage_message
      }
    }
  }
`);

const CloseMutation = graphql(`
  mutation ConsoleCloseSupportRequest($input: CloseSupportRequestInput!) {
    closeSupportRequest(input: $input) {
      id
      status
    }
  }
`);

/** One support request: the conversation, the entries it is about (each opens the audit there), answer and close. */
export default function RequestPage() {
  const { requestId = '' } = useParams();
  const { data, error, refetch } = useQuery(RequestQuery, { variables: { id: requestId } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageSkeleton />;
  const r = data.supportRequest;
  const audit = `/console/workspaces/${r.workspaceId}`;
  return (
    <div className="stack-lg">
      <section className="card stack" aria-labelledby="request-subject">
        <h2 id="request-subject">{r.subject}</h2>
        <p className="muted small">
          {r.author.name} ({r.author.email}) · <Link to={audit}>{r.workspaceName}</Link> ·{' '}
          <span className="badge">{r.status}</span>
        </p>
        {r.entries.length > 0 && (
          <ul className="stack" aria-label="Entries this request is about">
            {r.entries.map((e) => (
              <li key={e.id}>
                <Link to={`${audit}?entry=${e.id}`}>
                  #{e.sequence} {e.description} ({formatCredits(netChangeMicro(e))})
                </Link>
              </li>
            ))}
          </ul>
        )}
        <ol className="stack" aria-label="Conversation">
          {r.messages.map((m) => (
            <Message key={m.id} message={m} />
          ))}
        </ol>
      </section>
      {r.status !== 'CLOSED' && <AnswerForm requestId={r.id} />}
      {r.status !== 'CLOSED' && <CloseForm requestId={r.id} />}
    </div>
  );
}

function AnswerForm({ requestId }: { requestId: string }) {
  const [message, setMessage] = useState('');
  const [close, setClose] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const [answer, { loading, error }] = useMutation(AnswerMutation);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await answer({ variables: { input: { requestId, message, close, idempotencyKey: key } } });
    setMessage('');
    setKey(newIdempotencyKey());
  };
  return (
    <form className="card stack" onSubmit={(e) => void onSubmit(e).catch(() => undefined)} aria-label="Answer">
      <label className="field">
        <span className="label">Answer</span>
        <textarea
          className="input"
          rows={4}
          required
          maxLength={4000}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
      </label>
      <label className="row small">
        <input type="checkbox" checked={close} onChange={(e) => setClose(e.target.checked)} /> Close the request with
        this answer
      </label>
      {error && <p className="form-error">{errorMessage(error)}</p>}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={loading || !message.trim()}>
          Send answer
        </button>
      </div>
    </form>
  );
}

function CloseForm({ requestId }: { requestId: string }) {
  const [reason, setReason] = useState('');
  const [closeRequest, { loading, error }] = useMutation(CloseMutation);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!window.confirm('Close this request?')) return;
    await closeRequest({ variables: { input: { requestId, reason, idempotencyKey: newIdempotencyKey() } } });
  };
  return (
    <form className="card stack" onSubmit={(e) => void onSubmit(e).catch(() => undefined)} aria-label="Close">
      <label className="field">
        <span className="label">Reason for closing (kept in the staff log)</span>
        <input
          className="input"
          required
          minLength={5}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      {error && <p className="form-error">{errorMessage(error)}</p>}
      <div className="row">
        <button type="submit" className="btn" disabled={loading || reason.trim().length < 5}>
          Close request
        </button>
      </div>
    </form>
  );
}

function Message(props: { message: FragmentType<typeof MessageFragment> }) {
  const m = getFragmentData(MessageFragment, props.message);
  return (
    <li className={m.fromStaff ? 'notice notice-success' : 'notice'}>
      <div className="notice-body">
        <strong>{m.fromStaff ? `${m.authorName} (support)` : m.authorName}</strong>{' '}
        <span className="muted small">{formatDateTime(m.createdAt)}</span>
        <p style={{ whiteSpace: 'pre-wrap' }}>{m.body}</p>
      </div>
    </li>
  );
}

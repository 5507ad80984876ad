import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/dates';
import { errorMessage, hasCode } from '../../lib/errors';
import { SecretNotice } from '../../ui/SecretNotice';
import { ErrorState, PageHeader } from '../../ui/States';

const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      id
      url
      description
      eventTypes
      enabled
      secretPrefix
      previousSecretExpiresAt
      createdAt
    }
    webhookEventTypes {
      type
      description
    }
  }
`);

const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
      }
    }
  }
`);

const RollWebhookSecretMutation = graphql(`
  mutation RollWebhookSecret($id: ID!) {
    rollWebhookSecret(id: $id) {
      secret
      endpoint {
        id
        secretPrefix
        previousSecretExpiresAt
      }
    }
  }
`);

const UpdateWebhookEndpointMutation = graphql(`
  mutation SetWebhookEndpointEnabled($id: ID!, $enabled: Boolean!) {
    updateWebhookEndpoint(id: $id, input: { enabled: $enabled }) {
      id
      enabled
    }
  }
`);

const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($endpointId: ID!) {
    webhookDeliveries(endpointId: $endpointId, first: 50) {
      id
      status
      attempts
      nextAttemptAt
      lastStatusCode
      lastAttemptAt
      event {
        id
        sequence
        type
      }
      attemptLog {
        attempt
        error
      }
    }
  }
`);

const ResendWebhookDeliveryMutation = graphql(`
  mutation ResendWebhookDelivery($id: ID!) {
    resendWebhookDelivery(id: $id) {
      id
      status
      nextAttemptAt
    }
  }
`);

/** /settings/webhooks: endpoints that receive the workspace's events, their secrets and delivery log. */
export default function WebhooksPage() {
  const { data, loading, error, refetch } = useQuery(WebhookEndpointsQuery);
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  return (
    <div className="stack-lg">
      <PageHeader
        title="Webhook endpoints"
        description="Send the workspace's events (credits granted, charges, plan changes…) to your own systems."
      />
      <p>
        <Link to="/settings/api-keys">← API keys</Link> · Signatures, retries and catching up:{' '}
        <span className="mono">docs/how-to/partner-integration.md</span>
      </p>
      {hasCode(error, 'FORBIDDEN') ? (
        <div className="notice">Only a workspace owner or admin can manage webhook endpoints.</div>
      ) : (
        <>
          <AddEndpoint
            types={data?.webhookEventTypes ?? []}
            onCreated={(s) => {
              setSecret(s);
              void refetch();
            }}
          />
          {secret && (
            <SecretNotice
              secret={secret}
              title="Copy this signing secret now. It won't be shown again."
              testId="webhook-secret"
              onDone={() => setSecret(null)}
            />
          )}
          <section className="card" aria-labelledby="endpoints-title">
            <div className="card-header">
              <h2 id="endpoints-title">Endpoints</h2>
            </div>
            {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
            {loading && !data && <span className="skeleton" style={{ height: 90 }} />}
            {data && data.webhookEndpoints.length === 0 && (
              <div className="empty">
                <h3>No endpoints yet</h3>
                <p>Add one above; it receives the events that happen from then on.</p>
              </div>
            )}
            {data?.webhookEndpoints.map((e) => (
              <Endpoint
                key={e.id}
                endpoint={e}
                expanded={open === e.id}
                onToggle={() => setOpen(open === e.id ? null : e.id)}
                onSecret={setSecret}
                onChanged={() => void refetch()}
              />
            ))}
          </section>
        </>
      )}
    </div>
  );
}

function AddEndpoint({
  types,
  onCreated,
}: {
  types: { type: string; description: string }[];
  onCreated: (secret: string) => void;
}) {
  const [create, { loading, error }] = useMutation(CreateWebhookEndpointMutation);
  const [url, setUrl] = useState('');
  const [all, setAll] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const r = await create({ variables: { input: { url: url.trim(), eventTypes: all ? ['*'] : chosen } } });
      if (r.data) onCreated(r.data.createWebhookEndpoint.secret);
      setUrl('');
    } catch {
      // shown below
    }
  };

  return (
    <section className="card" aria-labelledby="new-endpoint-title">
      <form className="stack" onSubmit={onSubmit}>
        <h2 id="new-endpoint-title">New endpoint</h2>
        <label className="field" style={{ maxWidth: 520 }}>
          <span>URL</span>
          <input
            className="input"
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://example.com/hero-webhooks"
            required
          />
        </label>
        <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0, gap: 8 }}>
          <legend className="label" style={{ marginBottom: 8 }}>
            Events
          </legend>
          <label className="row">
            <input type="checkbox" checked={all} onChange={() => setAll(!all)} />
            <span>All events, including types added later</span>
          </label>
          {!all &&
            types.map((t) => (
              <label key={t.type} className="row" style={{ alignItems: 'flex-start' }}>
                <input
                  type="checkbox"
                  checked={chosen.includes(t.type)}
                  onChange={() =>
                    setChosen((c) => (c.includes(t.type) ? c.filter((x) => x !== t.type) : [...c, t.type]))
                  }
                />
                <span>
                  <span className="mono">{t.type}</span> <span className="muted">— {t.description}</span>
                </span>
              </label>
            ))}
        </fieldset>
        {error && (
          <p className="form-error" role="alert">
            {errorMessage(error)}
          </p>
        )}
        <div>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={loading || !url.trim() || (!all && !chosen.length)}
          >
            {loading ? 'Adding…' : 'Add endpoint'}
          </button>
        </div>
      </form>
    </section>
  );
}

interface EndpointRow {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
  secretPrefix: string;
  previousSecretExpiresAt?: string | null;
}

function Endpoint(props: {
  endpoint: EndpointRow;
  expanded: boolean;
  onToggle: () => void;
  onSecret: (secret: string) => void;
  onChanged: () => void;
}) {
  const { endpoint: e } = props;
  const [roll] = useMutation(RollWebhookSecretMutation);
  const [setEnabled] = useMutation(UpdateWebhookEndpointMutation);
  const [remove] = useMutation(DeleteWebhookEndpointMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
      props.onChanged();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };

  return (
    <div className="stack" style={{ borderTop: '1px solid var(--border, #e5e7eb)', padding: '12px 0' }}>
      <div className="row" style={{ justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <div>
          <div className="mono" style={{ wordBreak: 'break-all' }}>
            {e.url}
          </div>
          <div className="muted">
            {e.eventTypes.includes('*') ? 'All events' : e.eventTypes.join(', ')} · secret {e.secretPrefix}…
            {e.previousSecretExpiresAt && ` · previous secret valid until ${formatDateTime(e.previousSecretExpiresAt)}`}
            {!e.enabled && ' · disabled'}
          </div>
        </div>
        <div className="row" style={{ gap: 4 }}>
          <button type="button" className="btn btn-sm" aria-expanded={props.expanded} onClick={props.onToggle}>
            {props.expanded ? 'Hide deliveries' : 'Deliveries'}
          </button>
          <button
            type="button"
            className="btn btn-sm"
            onClick={() =>
              void run(async () => {
                if (!window.confirm('Roll the signing secret? The current one keeps working for 24 hours.')) return;
                const r = await roll({ variables: { id: e.id } });
                if (r.data) props.onSecret(r.data.rollWebhookSecret.secret);
              })
            }
          >
            Roll secret
          </button>
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => void run(() => setEnabled({ variables: { id: e.id, enabled: !e.enabled } }))}
          >
            {e.enabled ? 'Disable' : 'Enable'}
          </button>
          <button
            type="button"
            className="btn btn-sm btn-danger"
            aria-label={`Delete endpoint ${e.url}`}
            onClick={() =>
              void run(async () => {
                if (window.confirm(`Delete ${e.url} and its delivery log?`)) await remove({ variables: { id: e.id } });
              })
            }
          >
            Delete
          </button>
        </div>
      </div>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      {props.expanded && <Deliveries endpointId={e.id} />}
    </div>
  );
}

function Deliveries({ endpointId }: { endpointId: string }) {
  const { data, error, refetch } = useQuery(WebhookDeliveriesQuery, { variables: { endpointId } });
  const [resend] = useMutation(ResendWebhookDeliveryMutation);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <span className="skeleton" style={{ height: 60 }} />;
  if (data.webhookDeliveries.length === 0) return <p className="muted">No deliveries yet.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">Deliveries to this endpoint, newest first</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last answer</th>
            <th scope="col">Next attempt</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.webhookDeliveries.map((d) => (
            <tr key={d.id}>
              <td className="mono">{d.event.sequence}</td>
              <td className="mono">{d.event.type}</td>
              <td>
                <span className={d.status === 'FAILED' ? 'badge badge-danger' : 'badge'}>{d.status.toLowerCase()}</span>
              </td>
              <td>{d.attempts}</td>
              <td className="muted">
                {d.lastStatusCode ?? d.attemptLog[0]?.error ?? '—'}
                {d.lastAttemptAt && ` · ${formatDateTime(d.lastAttemptAt)}`}
              </td>
              <td className="muted">{d.nextAttemptAt ? formatDateTime(d.nextAttemptAt) : '—'}</td>
              <td className="amount">
                <button
                  type="button"
                  className="btn btn-sm"
                  aria-label={`Send again: event ${d.event.sequence}`}
                  onClick={() => void resend({ variables: { id: d.id } }).then(() => refetch())}
                >
                  Send again
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

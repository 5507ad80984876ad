import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ApiScope } from '../../gql/graphql';
import { toMicro } from '../../lib/credits';
import { formatDate } from '../../lib/dates';
import { errorMessage, hasCode } from '../../lib/errors';
import { Credits } from '../../ui/Credits';
import { SecretNotice } from '../../ui/SecretNotice';
import { ErrorState, PageHeader } from '../../ui/States';

/** What a key's budget cell shows and edits; the budget mutation answers with it. */
const KeyBudgetFragment = graphql(`
  fragment KeyBudget_key on ApiKeyGql {
    id
    name
    revokedAt
    monthlyBudget
    spentThisMonth
    budgetResetsAt
  }
`);

/** One row of the keys table. */
const ApiKeyRowFragment = graphql(`
  fragment ApiKeyRow_key on ApiKeyGql {
    id
    name
    prefix
    scopes
    createdAt
    revokedAt
    ...KeyBudget_key
  }
`);

const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      id
      ...ApiKeyRow_key
    }
  }
`);

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        ...ApiKeyRow_key
      }
    }
  }
`);

const SetApiKeyBudgetMutation = graphql(`
  mutation SetApiKeyBudget($input: SetApiKeyBudgetInput!) {
    setApiKeyBudget(input: $input) {
      id
      ...KeyBudget_key
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

const SCOPES: { scope: ApiScope; label: string; hint: string }[] = [
  { scope: 'BILLING_READ', label: 'billing:read', hint: 'Read balance, plans and billing.' },
  { scope: 'USAGE_READ', label: 'usage:read', hint: 'Read the transaction history and holds.' },
  {
    scope: 'FEATURES_RUN',
    label: 'features:run',
    hint: "Run metered features and spend credits on the workspace's behalf.",
  },
  { scope: 'EVENTS_READ', label: 'events:read', hint: "Read the workspace's event feed." },
  { scope: 'WEBHOOKS_MANAGE', label: 'webhooks:manage', hint: 'Manage webhook endpoints and their deliveries.' },
];

/** /settings/api-keys: partner integrations' keys, shown once, revocable. */
export default function ApiKeysPage() {
  const { data, loading, error, refetch } = useQuery(ApiKeysQuery);
  const [revoke] = useMutation(RevokeApiKeyMutation);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  const onRevoke = async (id: string, name: string) => {
    if (!window.confirm(`Revoke "${name}"? Integrations using it stop working at once.`)) return;
    setRevokeError(null);
    try {
      await revoke({ variables: { id } });
    } catch (e) {
      setRevokeError(errorMessage(e));
    }
  };

  return (
    <div className="stack-lg">
      <PageHeader
        title="API keys"
        description="Let partner integrations read your balance and usage, or run AI features for you."
      />
      <p>
        <Link to="/settings/webhooks">Webhook endpoints</Link>: have events pushed to your own systems.
      </p>
      {hasCode(error, 'FORBIDDEN') ? (
        <div className="notice">Only a workspace owner or admin can manage API keys.</div>
      ) : (
        <>
          <CreateKey onCreated={() => void refetch()} />
          <section className="card" aria-labelledby="keys-title">
            <div className="card-header">
              <h2 id="keys-title">Keys</h2>
            </div>
            {revokeError && (
              <p className="form-error" role="alert">
                {revokeError}
              </p>
            )}
            {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
            {loading && !data && <span className="skeleton" style={{ height: 90 }} />}
            {data && data.apiKeys.length === 0 && (
              <div className="empty">
                <h3>No API keys yet</h3>
                <p>Create one above for each integration, with only the scopes it needs.</p>
              </div>
            )}
            {data && data.apiKeys.length > 0 && (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Key</th>
                      <th scope="col">Scopes</th>
                      <th scope="col">Spent this month</th>
                      <th scope="col">Created</th>
                      <th scope="col">
                        <span className="sr-only">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.apiKeys.map((k) => (
                      <ApiKeyRow key={k.id} apiKey={k} onRevoke={onRevoke} />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** One key: name, prefix, scopes, budget, and Revoke. */
function ApiKeyRow({
  apiKey,
  onRevoke,
}: {
  apiKey: FragmentType<typeof ApiKeyRowFragment>;
  onRevoke: (id: string, name: string) => Promise<void>;
}) {
  const k = getFragmentData(ApiKeyRowFragment, apiKey);
  return (
    <tr data-testid="api-key-row">
      <td>{k.name}</td>
      <td className="mono">{k.prefix}…</td>
      <td>
        <div className="row" style={{ gap: 4 }}>
          {k.scopes.map((s) => (
            <span key={s} className="badge">
              {SCOPES.find((x) => x.scope === s)?.label ?? s}
            </span>
          ))}
        </div>
      </td>
      <td>
        <KeyBudget apiKey={k} />
      </td>
      <td className="muted">{formatDate(k.createdAt)}</td>
      <td className="amount">
        {k.revokedAt ? (
          <span className="badge badge-danger">Revoked {formatDate(k.revokedAt)}</span>
        ) : (
          <button
            type="button"
            className="btn btn-sm btn-danger"
            onClick={() => void onRevoke(k.id, k.name)}
            aria-label={`Revoke ${k.name}`}
          >
            Revoke
          </button>
        )}
      </td>
    </tr>
  );
}

/** The day a monthly budget starts again, as a date in UTC (months are counted in UTC). */
const resetDay = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** What the key's holds count for this calendar month (UTC), its budget, and a way to change it. */
function KeyBudget(props: { apiKey: FragmentType<typeof KeyBudgetFragment> }) {
  const apiKey = getFragmentData(KeyBudgetFragment, props.apiKey);
  const [setBudget, { loading, error }] = useMutation(SetApiKeyBudgetMutation);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(apiKey.monthlyBudget ?? '');

  const save = async (monthlyBudget: string | null) => {
    try {
      await setBudget({ variables: { input: { id: apiKey.id, monthlyBudget } } });
      setEditing(false);
    } catch {
      // shown below
    }
  };

  return (
    <div className="stack" style={{ gap: 4 }}>
      <span data-testid="api-key-spend">
        <Credits micro={toMicro(apiKey.spentThisMonth)} />
        {apiKey.monthlyBudget ? (
          <>
            {' of '}
            <Credits micro={toMicro(apiKey.monthlyBudget)} />
          </>
        ) : (
          <span className="muted"> · no budget</span>
        )}
      </span>
      <span className="muted" style={{ fontSize: 12 }}>
        Counts again from {resetDay(apiKey.budgetResetsAt)}, 00:00 UTC
      </span>
      {!apiKey.revokedAt && !editing && (
        <div>
          <button
            type="button"
            className="btn btn-sm btn-ghost"
            onClick={() => setEditing(true)}
            aria-label={`Set the monthly budget of ${apiKey.name}`}
          >
            {apiKey.monthlyBudget ? 'Change budget' : 'Set budget'}
          </button>
        </div>
      )}
      {editing && (
        <form
          className="row"
          style={{ gap: 4 }}
          onSubmit={(e) => {
            e.preventDefault();
            void save(value.trim() || null);
          }}
        >
          <input
            className="input"
            style={{ width: 100 }}
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            placeholder="Credits"
            aria-label={`Monthly budget of ${apiKey.name}, in credits`}
          />
          <button type="submit" className="btn btn-sm btn-primary" disabled={loading}>
            Save
          </button>
          {apiKey.monthlyBudget && (
            <button type="button" className="btn btn-sm" disabled={loading} onClick={() => void save(null)}>
              Remove
            </button>
          )}
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
    </div>
  );
}

function CreateKey({ onCreated }: { onCreated: () => void }) {
  const [create, { loading, error }] = useMutation(CreateApiKeyMutation);
  const [name, setName] = useState('');
  const [budget, setBudget] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>(['BILLING_READ', 'USAGE_READ']);
  const [secret, setSecret] = useState<string | null>(null);

  const toggle = (scope: ApiScope) =>
    setScopes((s) => (s.includes(scope) ? s.filter((x) => x !== scope) : [...s, scope]));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const monthlyBudget = budget.trim() || null;
      const result = await create({ variables: { input: { name: name.trim(), scopes, monthlyBudget } } });
      setSecret(result.data?.createApiKey.secret ?? null);
      setName('');
      setBudget('');
      onCreated();
    } catch {
      // shown below
    }
  };

  return (
    <section className="card" aria-labelledby="new-key-title">
      <form className="stack" onSubmit={onSubmit}>
        <h2 id="new-key-title">New key</h2>
        <label className="field" style={{ maxWidth: 420 }}>
          <span>Name</span>
          <input
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="Agency dashboard"
            required
            maxLength={100}
          />
        </label>
        <label className="field" style={{ maxWidth: 420 }}>
          <span>Monthly budget (optional)</span>
          <input
            className="input"
            inputMode="decimal"
            value={budget}
            onChange={(e) => setBudget(e.target.value)}
            placeholder="Credits, e.g. 50"
            aria-describedby="new-key-budget-hint"
          />
          <span id="new-key-budget-hint" className="muted">
            The most this key&apos;s holds may reserve and spend per calendar month (UTC). A hold past it is refused.
          </span>
        </label>
        <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0, gap: 8 }}>
          <legend className="label" style={{ marginBottom: 8 }}>
            Scopes
          </legend>
          {SCOPES.map(({ scope, label, hint }) => (
            <label key={scope} className="row" style={{ alignItems: 'flex-start' }}>
              <input type="checkbox" checked={scopes.includes(scope)} onChange={() => toggle(scope)} />
              <span>
                <span className="mono">{label}</span> <span className="muted">— {hint}</span>
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
          <button type="submit" className="btn btn-primary" disabled={loading || !name.trim() || scopes.length === 0}>
            {loading ? 'Creating…' : 'Create key'}
          </button>
        </div>
        {secret && (
          <SecretNotice
            secret={secret}
            title="Copy this key now. It won't be shown again."
            testId="api-key-secret"
            onDone={() => setSecret(null)}
          />
        )}
      </form>
    </section>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { AlertKind } from '../../gql/graphql';
import { toCreditsString, toMicroOrNull } from '../../lib/credits';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useHashTarget } from '../../lib/useHashTarget';
import { canManageBilling } from '../billing/BuyCredits';
import { useNotificationSummary } from './NotificationsProvider';

const AlertsQuery = graphql(`
  query AlertsSettings {
    alerts {
      id
      kind
      description
      enabled
      state
      firedAt
      emailsOwnersAndAdmins
      recipients {
        userId
        name
        email
      }
    }
    viewer {
      role
    }
  }
`);

const MembersQuery = graphql(`
  query AlertRecipientsChoice {
    members {
      userId
      name
      email
    }
  }
`);

const CreateAlertMutation = graphql(`
  mutation CreateAlert($input: CreateAlertInput!) {
    createAlert(input: $input) {
      id
    }
  }
`);

const UpdateAlertMutation = graphql(`
  mutation UpdateAlert($input: UpdateAlertInput!) {
    updateAlert(input: $input) {
      id
      enabled
      state
    }
  }
`);

const DeleteAlertMutation = graphql(`
  mutation DeleteAlert($id: ID!) {
    deleteAlert(id: $id)
  }
`);

const KINDS: { kind: AlertKind; label: string; needs: 'credits' | 'percent' | null }[] = [
  { kind: 'BALANCE_BELOW', label: 'Balance falls below', needs: 'credits' },
  {
    kind: 'ALLOCATION_PERCENT_BELOW',
    label: 'Balance falls below a share of the plan allocation',
    needs: 'percent',
  },
  { kind: 'RUNS_OUT_BEFORE_RENEWAL', label: 'At the current pace, credits run out before renewal', needs: null },
  {
    kind: 'ALLOCATION_WILL_EXPIRE',
    label: 'At the current pace, plan credits will expire unused',
    needs: 'credits',
  },
];

/**
 * Alerts on the credits (billing page, #alerts): each fires once when its condition starts to hold, in the app,
 * by email and as a webhook event, and again only after it cleared. Owners and admins change them; members see them.
 */
export function AlertsSection() {
  const { data, loading, error, refetch } = useQuery(AlertsQuery);
  // An alert that fires or clears changes the bell's numbers: read the alerts' states again then.
  const summary = useNotificationSummary();
  const seen = useRef(summary);
  useEffect(() => {
    if (seen.current === summary) return;
    seen.current = summary;
    void refetch();
  }, [summary, refetch]);
  const ref = useHashTarget<HTMLElement>('alerts', !!data);
  const refetchQueries = ['AlertsSettings'];
  const [update] = useMutation(UpdateAlertMutation, { refetchQueries });
  const [remove] = useMutation(DeleteAlertMutation, { refetchQueries });
  const [failure, setFailure] = useState<string | null>(null);

  if (loading && !data) return <div className="card skeleton" style={{ height: 160 }} />;
  const allowed = canManageBilling(data?.viewer.role);
  const run = async (work: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await work();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };

  return (
    <section
      ref={ref}
      id="alerts"
      className="card stack"
      aria-labelledby="alerts-title"
      style={{ scrollMarginTop: 72 }}
    >
      <div className="card-header" style={{ marginBottom: 0 }}>
        <div>
          <h2 id="alerts-title">Alerts</h2>
          <p>
            Hear about it before credits run out: in the app, by email, and as a webhook event for your own systems.
          </p>
        </div>
      </div>
      {error && !data && <p className="form-error">{errorMessage(error)}</p>}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      {data && (
        <ul className="alert-list" data-testid="alert-list">
          {data.alerts.map((alert) => (
            <li key={alert.id} className="row" style={{ justifyContent: 'space-between', flexWrap: 'wrap', gap: 8 }}>
              <div className="stack" style={{ gap: 4 }}>
                <strong>{alert.description}</strong>
                <span className="muted small">
                  {alert.state === 'FIRED' && alert.firedAt ? (
                    <span className="badge badge-warning">Fired {formatDateTime(alert.firedAt)}</span>
                  ) : (
                    <span className="badge">{alert.enabled ? 'Watching' : 'Off'}</span>
                  )}{' '}
                  Emails{' '}
                  {alert.emailsOwnersAndAdmins
                    ? 'the owners and admins'
                    : alert.recipients.length
                      ? alert.recipients.map((r) => r.name || r.email).join(', ')
                      : 'nobody'}
                </span>
              </div>
              {allowed && (
                <div className="row">
                  <label className="row small">
                    <input
                      type="checkbox"
                      checked={alert.enabled}
                      onChange={(e) =>
                        void run(() => update({ variables: { input: { id: alert.id, enabled: e.target.checked } } }))
                      }
                    />
                    On
                  </label>
                  <button
                    type="button"
                    className="btn btn-sm btn-ghost"
                    aria-label={`Delete alert: ${alert.description}`}
                    onClick={() => void run(() => remove({ variables: { id: alert.id } }))}
                  >
                    Delete
                  </button>
                </div>
              )}
            </li>
          ))}
          {!data.alerts.length && <li className="muted small">No alerts. Add one below.</li>}
        </ul>
      )}
      {allowed ? <AddAlert /> : <p className="muted small">Only a workspace owner or admin can change alerts.</p>}
    </section>
  );
}

function AddAlert() {
  const [kind, setKind] = useState<AlertKind>('BALANCE_BELOW');
  const [value, setValue] = useState('5');
  const [everyone, setEveryone] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const members = useQuery(MembersQuery, { skip: everyone });
  const [create, { loading }] = useMutation(CreateAlertMutation, { refetchQueries: ['AlertsSettings'] });
  const needs = KINDS.find((k) => k.kind === kind)!.needs;
  const micro = needs === 'credits' ? toMicroOrNull(value) : null;
  const percent = needs === 'percent' ? Number(value) : null;
  const valid =
    needs === null ||
    (needs === 'credits' && micro !== null && micro > 0) ||
    (needs === 'percent' && Number.isInteger(percent) && percent! >= 1 && percent! <= 100);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    setMessage(null);
    try {
      await create({
        variables: {
          input: {
            kind,
            threshold: micro !== null ? toCreditsString(micro) : null,
            percent,
            recipientIds: everyone ? null : chosen,
          },
        },
      });
      setMessage({ ok: true, text: 'Alert added.' });
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(err) });
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void onSubmit(e)} aria-labelledby="add-alert-title">
      <h3 id="add-alert-title">Add an alert</h3>
      <div className="grid-3">
        <label className="field">
          <span id="add-alert-when">When</span>
          <select
            aria-labelledby="add-alert-when"
            className="input"
            value={kind}
            onChange={(e) => {
              const next = e.target.value as AlertKind;
              setKind(next);
              const n = KINDS.find((k) => k.kind === next)!.needs;
              setValue(n === 'percent' ? '10' : n === 'credits' ? '5' : '');
            }}
          >
            {KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        {needs && (
          <label className="field">
            <span>{needs === 'percent' ? 'Percent of the allocation' : 'Credits'}</span>
            <input
              className="input"
              inputMode={needs === 'percent' ? 'numeric' : 'decimal'}
              value={value}
              onChange={(e) => setValue(e.target.value.trim())}
              aria-invalid={!valid || undefined}
            />
          </label>
        )}
        <fieldset className="field">
          <legend>Email</legend>
          <label className="row small">
            <input type="radio" name="alert-recipients" checked={everyone} onChange={() => setEveryone(true)} />
            The owners and admins
          </label>
          <label className="row small">
            <input type="radio" name="alert-recipients" checked={!everyone} onChange={() => setEveryone(false)} />
            Chosen members
          </label>
        </fieldset>
      </div>
      {!everyone && members.data && (
        <fieldset className="row" style={{ flexWrap: 'wrap', gap: 12 }}>
          <legend className="small">Members to email</legend>
          {members.data.members.map((m) => (
            <label key={m.userId} className="row small">
              <input
                type="checkbox"
                checked={chosen.includes(m.userId)}
                onChange={(e) =>
                  setChosen((c) => (e.target.checked ? [...c, m.userId] : c.filter((id) => id !== m.userId)))
                }
              />
              {m.name || m.email}
            </label>
          ))}
        </fieldset>
      )}
      {!valid && (
        <p className="form-error">
          {needs === 'percent' ? 'Use a whole percent from 1 to 100.' : 'Use a number of credits above 0.'}
        </p>
      )}
      {message && (
        <p className={message.ok ? 'notice notice-success' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <div>
        <button type="submit" className="btn btn-primary" disabled={!valid || loading}>
          {loading ? 'Adding…' : 'Add alert'}
        </button>
      </div>
    </form>
  );
}

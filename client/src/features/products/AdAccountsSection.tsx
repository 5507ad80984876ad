import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { AdPlatform } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { DEFAULT_AD_CURRENCY } from '../../lib/useAdCurrency';
import { PLATFORM_LABELS } from '../campaigns/labels';

export const AdAccountFields = graphql(`
  fragment AdAccountsSection_account on AdAccount {
    id
    name
    platform
    externalId
    currency
    active
    createdAt
  }
`);

const AddAdAccount = graphql(`
  mutation AddAdAccount($input: AddAdAccountInput!) {
    addAdAccount(input: $input) {
      ...AdAccountsSection_account
    }
  }
`);

const SetActiveAdAccount = graphql(`
  mutation SetActiveAdAccount($id: ID!) {
    setActiveAdAccount(id: $id) {
      id
      active
    }
  }
`);

interface Props {
  accounts: FragmentType<typeof AdAccountFields>[];
}

/** The workspace's ad accounts: add one, switch the active one. */
export function AdAccountsSection({ accounts: masked }: Props) {
  const accounts = getFragmentData(AdAccountFields, masked);
  const [setActive] = useMutation(SetActiveAdAccount, { refetchQueries: ['AccountsAndProducts'] });
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  return (
    <section className="card stack" aria-labelledby="accounts-title">
      <div className="row-between">
        <h2 id="accounts-title">Ad accounts</h2>
        <button type="button" className="btn btn-sm" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? 'Close' : 'Add ad account'}
        </button>
      </div>
      {open && <AddAdAccountForm onAdded={() => setOpen(false)} onError={setError} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {accounts.length === 0 ? (
        <p className="muted">No ad accounts yet. Add the account your campaigns should run in.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Platform</th>
                <th scope="col">Account ID</th>
                <th scope="col">Currency</th>
                <th scope="col">
                  <span className="sr-only">Status</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id} data-testid="ad-account-row">
                  <td>{a.name}</td>
                  <td>{PLATFORM_LABELS[a.platform] ?? a.platform}</td>
                  <td className="mono">{a.externalId}</td>
                  <td>{a.currency}</td>
                  <td className="amount">
                    {a.active ? (
                      <span className="badge badge-primary">Active</span>
                    ) : (
                      <button
                        type="button"
                        className="btn btn-sm"
                        onClick={() =>
                          void setActive({ variables: { id: a.id } }).catch((e) => setError(errorMessage(e)))
                        }
                        aria-label={`Make ${a.name} the active ad account`}
                      >
                        Switch to
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function AddAdAccountForm({ onAdded, onError }: { onAdded: () => void; onError: (e: string | null) => void }) {
  const [add, adding] = useMutation(AddAdAccount, { refetchQueries: ['AccountsAndProducts', 'AdAccountCurrencies'] });
  const [form, setForm] = useState({
    name: '',
    platform: 'GOOGLE_ADS' as AdPlatform,
    externalId: '',
    currency: DEFAULT_AD_CURRENCY,
  });

  const onAdd = async (e: FormEvent) => {
    e.preventDefault();
    onError(null);
    try {
      await add({ variables: { input: { ...form, name: form.name.trim(), externalId: form.externalId.trim() } } });
      onAdded();
    } catch (err) {
      onError(errorMessage(err));
    }
  };

  return (
    <form className="grid-4" onSubmit={onAdd} style={{ alignItems: 'end' }}>
      <label className="field">
        <span>Name</span>
        <input
          className="input"
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          required
        />
      </label>
      <label className="field">
        <span>Platform</span>
        <select
          className="select"
          value={form.platform}
          onChange={(e) => setForm({ ...form, platform: e.target.value as AdPlatform })}
        >
          {Object.entries(PLATFORM_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Account ID</span>
        <input
          className="input"
          value={form.externalId}
          onChange={(e) => setForm({ ...form, externalId: e.target.value })}
          placeholder="123-456-7890"
          required
        />
      </label>
      <button
        type="submit"
        className="btn btn-primary"
        disabled={adding.loading || !form.name.trim() || !form.externalId.trim()}
      >
        {adding.loading ? 'Adding…' : 'Add'}
      </button>
    </form>
  );
}

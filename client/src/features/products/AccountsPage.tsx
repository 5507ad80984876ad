import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { AdPlatform, AccountsAndProductsQuery } from '../../gql/graphql';
import { centsToInput, formatMoney, parseMoneyToCents } from '../../lib/credits';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/ids';
import { ErrorState, PageHeader } from '../../ui/States';
import { PLATFORM_LABELS } from '../campaigns/labels';
import { MeteredButton } from '../feature-access/MeteredButton';
import { FeedbackLine, useRunFeedback } from '../feature-access/useRunFeedback';

const AccountsQuery = graphql(`
  query AccountsAndProducts {
    adAccounts {
      id
      name
      platform
      externalId
      currency
      active
      createdAt
    }
    products {
      id
      name
      url
      description
      priceCents
      active
      updatedAt
      analysis {
        id
        text
        createdAt
      }
    }
  }
`);

const AddAdAccount = graphql(`
  mutation AddAdAccount($input: AddAdAccountInput!) {
    addAdAccount(input: $input) {
      id
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

const AddProduct = graphql(`
  mutation AddProduct($input: AddProductInput!) {
    addProduct(input: $input) {
      id
    }
  }
`);

const UpdateProduct = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      id
      name
      url
      description
      priceCents
      updatedAt
    }
  }
`);

const SetActiveProduct = graphql(`
  mutation SetActiveProduct($id: ID!) {
    setActiveProduct(id: $id) {
      id
      active
    }
  }
`);

const AnalyzeProduct = graphql(`
  mutation AnalyzeProduct($input: AnalyzeProductInput!) {
    analyzeProduct(input: $input) {
      product {
        id
        analysis {
          id
          text
          createdAt
        }
      }
      charge {
        charged
        held
        replayed
      }
    }
  }
`);

type Product = AccountsAndProductsQuery['products'][number];

/** /accounts: ad accounts and products. Never blocked; only (re-)running product analysis is metered. */
export default function AccountsPage() {
  const { data, loading, error, refetch } = useQuery(AccountsQuery);
  return (
    <div className="stack-lg">
      <PageHeader title="Accounts & products" description="Where your ads run and what they sell. Always editable." />
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !data && <span className="skeleton" style={{ height: 240 }} />}
      {data && (
        <>
          <AdAccounts accounts={data.adAccounts} />
          <Products products={data.products} />
        </>
      )}
    </div>
  );
}

function AdAccounts({ accounts }: { accounts: AccountsAndProductsQuery['adAccounts'] }) {
  const [add, adding] = useMutation(AddAdAccount, { refetchQueries: ['AccountsAndProducts'] });
  const [setActive] = useMutation(SetActiveAdAccount, { refetchQueries: ['AccountsAndProducts'] });
  const [form, setForm] = useState({ name: '', platform: 'GOOGLE_ADS' as AdPlatform, externalId: '', currency: 'USD' });
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  const onAdd = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await add({ variables: { input: { ...form, name: form.name.trim(), externalId: form.externalId.trim() } } });
      setForm((f) => ({ ...f, name: '', externalId: '' }));
      setOpen(false);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section className="card stack" aria-labelledby="accounts-title">
      <div className="row-between">
        <h2 id="accounts-title">Ad accounts</h2>
        <button type="button" className="btn btn-sm" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? 'Close' : 'Add ad account'}
        </button>
      </div>
      {open && (
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
      )}
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

function Products({ products }: { products: Product[] }) {
  const [adding, setAdding] = useState(false);
  return (
    <section className="stack" aria-labelledby="products-title">
      <div className="row-between">
        <h2 id="products-title">Products</h2>
        <button type="button" className="btn btn-sm" onClick={() => setAdding((o) => !o)} aria-expanded={adding}>
          {adding ? 'Close' : 'Add product'}
        </button>
      </div>
      {adding && <ProductForm onDone={() => setAdding(false)} />}
      {products.length === 0 && !adding && (
        <div className="card empty">
          <h3>No products yet</h3>
          <p>Add what you sell; campaigns and Hero AI use it for context.</p>
        </div>
      )}
      <div className="grid-2">
        {products.map((p) => (
          <ProductCard key={p.id} product={p} />
        ))}
      </div>
    </section>
  );
}

function ProductForm({ product, onDone }: { product?: Product; onDone: () => void }) {
  const [add, addState] = useMutation(AddProduct, { refetchQueries: ['AccountsAndProducts'] });
  const [update, updateState] = useMutation(UpdateProduct);
  const [form, setForm] = useState({
    name: product?.name ?? '',
    url: product?.url ?? '',
    description: product?.description ?? '',
    price: product?.priceCents != null ? centsToInput(product.priceCents) : '',
  });
  const [error, setError] = useState<string | null>(null);
  const priceCents = form.price.trim() ? parseMoneyToCents(form.price) : null;
  const priceInvalid = form.price.trim() !== '' && priceCents === null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const input = {
      name: form.name.trim(),
      url: form.url.trim() || null,
      description: form.description.trim(),
      priceCents,
    };
    try {
      if (product) await update({ variables: { input: { id: product.id, ...input } } });
      else await add({ variables: { input } });
      onDone();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <form className="card stack" onSubmit={onSubmit} aria-label={product ? `Edit ${product.name}` : 'New product'}>
      <div className="grid-2">
        <label className="field">
          <span>Name</span>
          <input
            className="input"
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            required
            maxLength={120}
          />
        </label>
        <label className="field">
          <span>Price (USD, optional)</span>
          <input
            className="input"
            inputMode="decimal"
            value={form.price}
            onChange={(e) => setForm({ ...form, price: e.target.value })}
            aria-invalid={priceInvalid || undefined}
          />
        </label>
      </div>
      <label className="field">
        <span>Web page (optional)</span>
        <input
          className="input"
          type="url"
          value={form.url}
          onChange={(e) => setForm({ ...form, url: e.target.value })}
          placeholder="https://example.com/product"
        />
      </label>
      <label className="field">
        <span>Description</span>
        <textarea
          className="textarea"
          value={form.description}
          onChange={(e) => setForm({ ...form, description: e.target.value })}
          maxLength={4000}
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={addState.loading || updateState.loading || !form.name.trim() || priceInvalid}
        >
          {product ? 'Save' : 'Add product'}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ProductCard({ product: p }: { product: Product }) {
  const [editing, setEditing] = useState(false);
  const [setActive] = useMutation(SetActiveProduct, { refetchQueries: ['AccountsAndProducts'] });
  const [analyze, analyzing] = useMutation(AnalyzeProduct);
  const { feedback, succeeded, failed } = useRunFeedback();

  if (editing) return <ProductForm product={p} onDone={() => setEditing(false)} />;

  const onAnalyze = async () => {
    try {
      const { data } = await analyze({
        variables: { input: { productId: p.id, idempotencyKey: newIdempotencyKey() } },
      });
      if (data) succeeded('Analysis ready', data.analyzeProduct.charge);
    } catch (e) {
      failed(e);
    }
  };

  return (
    <article className="card stack" data-testid="product-card" aria-label={p.name}>
      <div className="row-between">
        <div className="row">
          <h3>{p.name}</h3>
          {p.active && <span className="badge badge-primary">Active</span>}
        </div>
        <div className="row">
          {!p.active && (
            <button type="button" className="btn btn-sm" onClick={() => void setActive({ variables: { id: p.id } })}>
              Make active
            </button>
          )}
          <button type="button" className="btn btn-sm" onClick={() => setEditing(true)} aria-label={`Edit ${p.name}`}>
            Edit
          </button>
        </div>
      </div>
      <div className="small muted">
        {p.priceCents != null && `${formatMoney(p.priceCents)} · `}
        {p.url ? (
          <a href={p.url} target="_blank" rel="noreferrer noopener">
            {p.url}
          </a>
        ) : (
          'No web page'
        )}
      </div>
      {p.description && <p>{p.description}</p>}
      <div className="stack" style={{ gap: 8, borderTop: '1px solid var(--border)', paddingTop: 12 }}>
        <div className="row-between">
          <strong>Product analysis</strong>
          <MeteredButton
            feature="product_analysis"
            className="btn btn-sm"
            data-testid="analyze-product"
            busy={analyzing.loading}
            showCost
            onClick={() => void onAnalyze()}
          >
            {analyzing.loading ? 'Analyzing…' : p.analysis ? 'Re-run analysis' : 'Run analysis'}
          </MeteredButton>
        </div>
        {p.analysis ? (
          <>
            <p className="small" style={{ whiteSpace: 'pre-wrap' }}>
              {p.analysis.text}
            </p>
            <span className="small muted">Analysed {formatDate(p.analysis.createdAt)}</span>
          </>
        ) : (
          <p className="small muted">Audience, selling points and angles for your ads, from what you wrote.</p>
        )}
        <FeedbackLine feedback={feedback} />
      </div>
    </article>
  );
}

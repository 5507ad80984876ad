import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { ProductCard_ProductFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { moneyToInput, parseMoney } from '../../lib/format';
import { useAdCurrency } from '../../lib/useAdCurrency';

const AddProduct = graphql(`
  mutation AddProduct($input: AddProductInput!) {
    addProduct(input: $input) {
      ...ProductCard_product
    }
  }
`);

const UpdateProduct = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      ...ProductCard_product
    }
  }
`);

interface Props {
  /** The product to edit; none adds a new one. */
  product?: ProductCard_ProductFragment;
  onDone: () => void;
}

/** Adds or edits a product; the price is in the workspace's active ad account's currency. */
export function ProductForm({ product, onDone }: Props) {
  const [add, addState] = useMutation(AddProduct, { refetchQueries: ['AccountsAndProducts'] });
  const [update, updateState] = useMutation(UpdateProduct);
  const currency = useAdCurrency()();
  const [form, setForm] = useState({
    name: product?.name ?? '',
    url: product?.url ?? '',
    description: product?.description ?? '',
    price: product?.priceCents != null ? moneyToInput(product.priceCents, currency) : '',
  });
  const [error, setError] = useState<string | null>(null);
  const priceCents = form.price.trim() ? parseMoney(form.price, currency) : null;
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
          <span>Price ({currency}, optional)</span>
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

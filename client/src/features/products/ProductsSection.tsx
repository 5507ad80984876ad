import { useState } from 'react';
import type { FragmentType } from '../../gql';
import { ProductCard, type ProductFields } from './ProductCard';
import { ProductForm } from './ProductForm';

interface Props {
  products: (FragmentType<typeof ProductFields> & { id: string })[];
}

/** The workspace's products, each a card; one is the active one. */
export function ProductsSection({ products }: Props) {
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

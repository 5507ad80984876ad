import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDate } from '../../lib/dates';
import { formatMoney } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/ids';
import { useAdCurrency } from '../../lib/useAdCurrency';
import { MeteredButton } from '../feature-access/MeteredButton';
import { FeedbackLine, useRunFeedback } from '../feature-access/useRunFeedback';
import { ProductForm } from './ProductForm';

/** A product as the app shows and edits it; every operation that returns a product spreads this. */
export const ProductFields = graphql(`
  fragment ProductCard_product on Product {
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
        ...ProductCard_product
      }
      charge {
        ...RunFeedback_charge
      }
    }
  }
`);

/** One product: its details, making it the active one, editing it, and its (metered) analysis. */
export function ProductCard({ product }: { product: FragmentType<typeof ProductFields> }) {
  const p = getFragmentData(ProductFields, product);
  const [editing, setEditing] = useState(false);
  const currency = useAdCurrency()();
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
        {p.priceCents != null && `${formatMoney(p.priceCents, currency)} · `}
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

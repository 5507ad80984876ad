import { useSearchParams } from 'react-router';
import { useHashTarget } from '../../lib/useHashTarget';
import { AutoTopUp } from './AutoTopUp';
import { PageHeader } from '../../ui/States';
import { ContactSupportButton } from '../support/ContactSupportButton';
import { BuyCredits } from './BuyCredits';
import { CancelSection } from './CancelSection';
import { PlanPicker } from './PlanPicker';
import { SnapshotCard } from './SnapshotCard';
import { TransactionHistory } from './TransactionHistory';
import { UsageSection } from './UsageSection';

/** /settings/billing: snapshot, buy credits, plans, usage, history, cancellation. */
export default function BillingPage() {
  const buyRef = useHashTarget<HTMLElement>('buy');
  const [params, setParams] = useSearchParams();
  const checkout = params.get('checkout');
  const dismiss = () => {
    const next = new URLSearchParams(params);
    next.delete('checkout');
    next.delete('session');
    setParams(next, { replace: true });
  };
  return (
    <div className="stack-lg">
      <PageHeader
        title="Billing & credits"
        description="Your plan, your balance and where your credits went."
        actions={<ContactSupportButton />}
      />
      {checkout === 'success' && (
        <div className="notice notice-success" role="status" data-testid="checkout-success">
          <div className="notice-body">
            <strong>Payment received.</strong>
            <span>
              Your credits appear in the sidebar as soon as Stripe confirms the payment, usually within seconds.
            </span>
          </div>
          <button type="button" className="btn btn-sm btn-ghost" onClick={dismiss} aria-label="Dismiss">
            ✕
          </button>
        </div>
      )}
      {checkout === 'canceled' && (
        <div className="notice" role="status">
          <div className="notice-body">Checkout was cancelled. Nothing was charged.</div>
          <button type="button" className="btn btn-sm btn-ghost" onClick={dismiss} aria-label="Dismiss">
            ✕
          </button>
        </div>
      )}
      <SnapshotCard />
      <section ref={buyRef} id="buy" className="card" aria-labelledby="buy-title" style={{ scrollMarginTop: 72 }}>
        <div className="card-header">
          <div>
            <h2 id="buy-title">Buy credits</h2>
            <p>Top-up credits never expire. Use them after your plan allocation runs out.</p>
          </div>
        </div>
        <div style={{ maxWidth: 520 }}>
          <BuyCredits />
        </div>
      </section>
      <PlanPicker />
      <AutoTopUp />
      <UsageSection />
      <TransactionHistory />
      <CancelSection />
    </div>
  );
}

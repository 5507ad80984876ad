import { useSearchParams } from 'react-router';
import { useHashTarget } from '../../lib/useHashTarget';
import { AlertsSection } from '../alerts/AlertsSection';
import { AutoTopUp } from './AutoTopUp';
import { PageHeader } from '../../ui/States';
import { ContactSupportButton } from '../support/ContactSupportButton';
import { DemoClock } from '../demo-clock/DemoClock';
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
          <div className="notice-body" data-testid="checkout-left">
            You left checkout without paying, so nothing was charged and no credits were added.
          </div>
          <button type="button" className="btn btn-sm btn-ghost" onClick={dismiss} aria-label="Dismiss">
            ✕
          </button>
        </div>
      )}
      <SnapshotCard />
      <DemoClock />
      <section ref={buyRef} id="buy" className="card" aria-labelledby="buy-title" style={{ scrollMarginTop: 72 }}>
        <div className="card-header">
          <div>
            <h2 id="buy-title">Buy credits</h2>
            <p>Top-up credits never expire. Use them after your plan allocation runs out.</p>
          </div>
        </div>
        <div className="grid-2" data-testid="buy-credits-body">
          <BuyCredits />
          <div className="stack" style={{ gap: 8 }}>
            <h3>How top-ups work</h3>
            <ul className="small muted" style={{ margin: 0, paddingLeft: 18 }}>
              <li>Credits arrive as soon as Stripe confirms the payment, usually within seconds.</li>
              <li>They are spent after your plan allocation, so the allocation is never wasted.</li>
              <li>They never expire and stay with the workspace if you change or cancel your plan.</li>
              <li>
                Running out often? <a href="#auto-top-up">Auto top-up</a> buys packs for you below a threshold, and{' '}
                <a href="#plans">a bigger plan</a> is usually cheaper per credit.
              </li>
            </ul>
          </div>
        </div>
      </section>
      <PlanPicker />
      <AutoTopUp />
      <AlertsSection />
      <UsageSection />
      <TransactionHistory />
      <CancelSection />
    </div>
  );
}

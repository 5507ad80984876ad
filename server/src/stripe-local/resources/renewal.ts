import type Stripe from 'stripe';
import { invalidRequest } from '../errors';
import { idOf, previousAttributes, type Store } from '../store';
import { periodAt } from '../billing-time';
import { collectInvoice, createInvoice, type LineDraft } from './invoices';
import { advanceSchedule } from './schedules';
import { currentPeriod, endSubscription, fullPriceLines, paymentMethodFor, recurrenceOf } from './subscriptions';

const RENEWABLE: ReadonlySet<string> = new Set(['active', 'past_due', 'trialing']);

/**
 * Moves a subscription into its next billing period, as Stripe does at the period end: a requested
 * cancellation ends it; otherwise a schedule's next phase applies, the renewal invoice
 * (`subscription_cycle`, including prorations held back by `create_prorations`) is collected, and a
 * failed payment leaves the subscription `past_due`.
 */
export function advanceSubscription(store: Store, subscriptionId: string): Stripe.Subscription {
  const sub = store.get('subscription', subscriptionId, 'subscription');
  if (!RENEWABLE.has(sub.status)) {
    throw invalidRequest(
      `Subscription ${sub.id} is ${sub.status}; only active or past_due subscriptions renew.`,
      'subscription',
    );
  }
  const ending = currentPeriod(sub);
  if (sub.cancel_at !== null && sub.cancel_at <= ending.end)
    return endSubscription(store, sub, { endedAt: sub.cancel_at });
  const before = structuredClone(sub);
  if (!advanceSchedule(store, sub, ending.end)) return sub;
  const extra = store.subExtra(sub.id);
  extra.periodIndex += 1;
  const first = sub.items.data[0];
  if (!first) throw invalidRequest(`Subscription ${sub.id} has no items.`);
  const period = periodAt(sub.billing_cycle_anchor, recurrenceOf(first.price), extra.periodIndex);
  for (const item of sub.items.data) {
    item.current_period_start = period.start;
    item.current_period_end = period.end;
  }
  const held: LineDraft[] = extra.pendingLines.map((line) => ({ ...line }));
  extra.pendingLines = [];
  const customer = store.get('customer', idOf(sub.customer) ?? '', 'customer');
  const invoice = createInvoice(store, {
    customer,
    subscription: sub,
    billingReason: 'subscription_cycle',
    lines: [...held, ...fullPriceLines(store, sub, period)],
    // Like Stripe, a renewal invoice's own period is the one just ended; its lines carry the new one.
    period: ending,
  });
  sub.latest_invoice = invoice.id;
  const { result } = collectInvoice(store, invoice, paymentMethodFor(store, sub));
  if (result === 'failed') sub.status = 'past_due';
  else if (result === 'paid' && sub.status === 'past_due' && !hasOpenInvoices(store, sub.id)) sub.status = 'active';
  store.emit('customer.subscription.updated', sub, previousAttributes(before, sub));
  return sub;
}

function hasOpenInvoices(store: Store, subId: string): boolean {
  return store
    .all('invoice')
    .some((i) => i.status === 'open' && idOf(i.parent?.subscription_details?.subscription) === subId);
}

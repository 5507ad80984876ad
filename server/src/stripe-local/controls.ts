import type Stripe from 'stripe';
import type { Params } from './form';
import type { Store } from './store';
import type { DeliveryRecord, WebhookSender } from './webhooks';
import { expireCheckout } from './resources/checkout';
import { declineCheckout, payCheckout, settleCheckout } from './resources/checkout-payment';
import { advanceSubscription } from './resources/renewal';
import { closeDispute, openDispute, refundCharge, refundPaymentIntent } from './resources/refunds';
import { invalidRequest } from './errors';
import { frozenTimeFor } from './resources/test-clocks';

/**
 * Test and dev-run controls: things that happen outside the API in real Stripe (a customer paying
 * on the checkout page, a bank debit settling, a renewal, a dashboard refund, a chargeback). Each
 * resolves only after the webhooks it caused were answered by the app, so tests can simply await it.
 */
export interface StripeLocalControls {
  payCheckout(sessionId: string): Promise<Stripe.Checkout.Session>;
  declineCheckout(sessionId: string): Promise<Stripe.Checkout.Session>;
  /** Pays with a bank debit: the session completes with payment_status `unpaid` until settled. */
  payCheckoutLater(sessionId: string): Promise<Stripe.Checkout.Session>;
  settleAsyncPayment(sessionId: string, succeed: boolean): Promise<Stripe.Checkout.Session>;
  expireCheckout(sessionId: string): Promise<Stripe.Checkout.Session>;
  /** While failing, off-session, renewal and plan-change payments for the customer are declined. */
  setCardFailing(customerId: string, failing: boolean): Promise<{ customer: string; failing: boolean }>;
  advanceSubscription(subscriptionId: string): Promise<Stripe.Subscription>;
  /** A refund issued from the dashboard (full when `amountCents` is omitted). */
  refundCharge(chargeId: string, amountCents?: number): Promise<Stripe.Refund>;
  /** The same from the payment's page: refunds the payment intent's charge (an invoice's payment, a top-up). */
  refundPayment(paymentIntentId: string, amountCents?: number): Promise<Stripe.Refund>;
  /** A chargeback: `charge.dispute.created`, then `charge.dispute.funds_withdrawn` (amount: what was not refunded). */
  openDispute(chargeId: string, amountCents?: number): Promise<Stripe.Dispute>;
  /** `charge.dispute.closed`; when won, then `charge.dispute.funds_reinstated`. */
  closeDispute(disputeId: string, outcome: 'won' | 'lost'): Promise<Stripe.Dispute>;
  /** Sends a stored event again (same id, fresh signature), e.g. to test duplicate delivery. */
  redeliver(eventId: string): Promise<DeliveryRecord>;
  /** Every event so far, oldest first; from the `since`-th on when given (a cheap read of what is new). */
  events(since?: number): Stripe.Event[];
  /** How many events there are so far (where `events(since)` of the next ones starts). */
  eventCount(): number;
  deliveries(): DeliveryRecord[];
  /** Waits until all queued deliveries (including those caused by API calls) were answered. */
  flush(): Promise<void>;
}

export function createControls(store: Store, sender: WebhookSender): StripeLocalControls {
  /** Runs a synchronous change, then waits for the deliveries of the events it emitted. */
  async function run<T>(change: () => T, about?: string): Promise<T> {
    const first = store.events.length;
    const previous = store.currentRequest;
    store.currentRequest = null; // automatic events carry `request: { id: null }` like Stripe's
    let result: T;
    try {
      // What happens to a customer on a test clock happens at the clock's frozen time.
      result = store.at(frozenTimeFor(store, [about]), change);
    } finally {
      store.currentRequest = previous;
      store.changed(); // also after a failure: a control may have changed something before it threw
    }
    await sender.waitFor(store.events.slice(first).map((e) => e.id));
    return structuredClone(result);
  }

  return {
    payCheckout: (id) => run(() => payCheckout(store, id, 'card'), id),
    declineCheckout: (id) => run(() => declineCheckout(store, id), id),
    payCheckoutLater: (id) => run(() => payCheckout(store, id, 'bank'), id),
    settleAsyncPayment: (id, succeed) => run(() => settleCheckout(store, id, succeed), id),
    expireCheckout: (id) => run(() => expireCheckout(store, id), id),
    setCardFailing: (customerId, failing) =>
      run(() => {
        store.get('customer', customerId, 'customer');
        if (failing) store.failingCustomers.add(customerId);
        else store.failingCustomers.delete(customerId);
        return { customer: customerId, failing };
      }),
    advanceSubscription: (id) => run(() => advanceSubscription(store, id), id),
    refundCharge: (id, amount) => run(() => refundCharge(store, store.get('charge', id, 'charge'), { amount }), id),
    refundPayment: (id, amount) => run(() => refundPaymentIntent(store, id, amount), id),
    openDispute: (id, amount) => run(() => openDispute(store, id, { amount }), id),
    closeDispute: (id, outcome) => run(() => closeDispute(store, id, outcome), id),
    redeliver: async (id) => sender.enqueue(store.getEvent(id)),
    events: (since = 0) => structuredClone(store.events.slice(since)),
    eventCount: () => store.events.length,
    deliveries: () => sender.records(),
    flush: () => sender.idle(),
  };
}

/** The controls as `POST /_local/<name>` endpoints (JSON or form body), for scripts and the dev run. */
export const HTTP_CONTROLS: Record<string, (c: StripeLocalControls, p: Params) => unknown> = {
  payCheckout: (c, p) => c.payCheckout(p.reqStr('sessionId')),
  declineCheckout: (c, p) => c.declineCheckout(p.reqStr('sessionId')),
  payCheckoutLater: (c, p) => c.payCheckoutLater(p.reqStr('sessionId')),
  settleAsyncPayment: (c, p) => c.settleAsyncPayment(p.reqStr('sessionId'), p.bool('succeed') ?? true),
  expireCheckout: (c, p) => c.expireCheckout(p.reqStr('sessionId')),
  setCardFailing: (c, p) => c.setCardFailing(p.reqStr('customerId'), p.bool('failing') ?? true),
  advanceSubscription: (c, p) => c.advanceSubscription(p.reqStr('subscriptionId')),
  refundCharge: (c, p) => c.refundCharge(p.reqStr('chargeId'), p.int('amountCents')),
  refundPayment: (c, p) => c.refundPayment(p.reqStr('paymentIntentId'), p.int('amountCents')),
  openDispute: (c, p) => c.openDispute(p.reqStr('chargeId'), p.int('amountCents')),
  closeDispute: (c, p) => c.closeDispute(p.reqStr('disputeId'), p.oneOf('outcome', ['won', 'lost'] as const) ?? 'lost'),
  redeliver: (c, p) => c.redeliver(p.reqStr('eventId')),
  events: (c) => c.events(),
  deliveries: (c) => c.deliveries(),
  flush: async (c) => {
    await c.flush();
    return { ok: true };
  },
};

export function httpControl(name: string): (c: StripeLocalControls, p: Params) => unknown {
  const control = Object.hasOwn(HTTP_CONTROLS, name) ? HTTP_CONTROLS[name] : undefined;
  if (!control) throw invalidRequest(`Unknown control: ${name}. Known: ${Object.keys(HTTP_CONTROLS).join(', ')}`);
  return control;
}

import type Stripe from 'stripe';
import { invalidRequest } from '../errors';
import { idOf, previousAttributes, type CheckoutExtra, type Store } from '../store';
import { expireCheckout, extraFor } from './checkout';
import { createCustomer } from './customers';
import { finishInvoicePayment, invoicePayments } from './invoices';
import { createPaymentMethod, type PaymentMethodKind } from './payment-methods';
import { confirmPayment, createPaymentIntent, settlePayment } from './payments';
import { afterInvoicePaid } from './subscription-update';
import { startSubscription } from './subscriptions';

/**
 * What the customer does on the checkout page: pay by card, pay later by bank debit (settled
 * afterwards), or have the card declined. Paying creates the payment or the subscription and sends
 * the events Stripe would, ending with checkout.session.completed.
 */
export type CheckoutPayment = 'card' | 'bank';

function openSession(store: Store, sessionId: string): Stripe.Checkout.Session {
  const session = store.get('checkout.session', sessionId, 'session');
  // There is no background timer: a session past expires_at (by the injected clock) expires on use.
  if (session.status === 'open' && store.now() >= session.expires_at) expireCheckout(store, session.id);
  if (session.status !== 'open')
    throw invalidRequest(`Checkout session ${session.id} is ${session.status}, not open.`, 'session');
  return session;
}

function ensureCustomer(store: Store, session: Stripe.Checkout.Session): Stripe.Customer {
  const existing = idOf(session.customer);
  if (existing) return store.get('customer', existing, 'customer');
  const customer = createCustomer(store, {
    email: session.customer_email ?? 'customer@example.com',
    name: 'Local Test Customer',
  });
  session.customer = customer.id;
  return customer;
}

/**
 * Whether Checkout saves the payment method to the customer, as Stripe does: always for a
 * subscription (its invoices are paid with it), and in payment mode only when
 * `payment_intent_data.setup_future_usage` asked for it. Either way the customer's
 * `invoice_settings.default_payment_method` is left alone: Checkout never sets it, so an
 * off-session payment must find an attached one (`customers.listPaymentMethods`).
 */
function savesPaymentMethod(session: Stripe.Checkout.Session, extra: CheckoutExtra): boolean {
  return session.mode === 'subscription' || Boolean(extra.paymentIntentSetupFutureUsage);
}

/** What the page collects; the billing email is the customer's even when the method is not saved. */
function collectPaymentMethod(
  store: Store,
  kind: PaymentMethodKind,
  owner: Stripe.Customer | null,
  email: string | null,
): Stripe.PaymentMethod {
  const pm = createPaymentMethod(store, kind, owner);
  pm.billing_details.email = email;
  return pm;
}

/**
 * Pays the session: `card` succeeds at once; `bank` (pay later) completes the session with
 * payment_status `unpaid` until `settleCheckout` decides.
 */
export function payCheckout(store: Store, sessionId: string, method: CheckoutPayment): Stripe.Checkout.Session {
  const session = openSession(store, sessionId);
  const extra = extraFor(store, session);
  const customer = ensureCustomer(store, session);
  const owner = savesPaymentMethod(session, extra) ? customer : null;
  const pm = collectPaymentMethod(store, method === 'card' ? 'card' : 'us_bank_account', owner, customer.email);
  session.customer_details = {
    address: null,
    business_name: null,
    email: customer.email,
    individual_name: null,
    name: customer.name ?? null,
    phone: null,
    tax_exempt: 'none',
    tax_ids: [],
  };
  const paid =
    session.mode === 'payment'
      ? payPaymentMode(store, session, extra, customer, pm, method)
      : paySubscriptionMode(store, session, extra, customer, pm, method);
  Object.assign(session, { status: 'complete', payment_status: paid ? 'paid' : 'unpaid', url: null });
  store.emit('checkout.session.completed', session);
  return session;
}

function sessionPaymentIntent(
  store: Store,
  session: Stripe.Checkout.Session,
  extra: CheckoutExtra,
  customer: string | null,
): Stripe.PaymentIntent {
  const existing = idOf(session.payment_intent);
  if (existing) return store.get('payment_intent', existing);
  const pi = createPaymentIntent(store, {
    amount: session.amount_total ?? 0,
    currency: session.currency ?? 'usd',
    customer,
    paymentMethod: null,
    metadata: { ...extra.paymentIntentMetadata },
    description: extra.paymentIntentDescription,
    setupFutureUsage: extra.paymentIntentSetupFutureUsage ?? null,
  });
  session.payment_intent = pi.id;
  return pi;
}

function payPaymentMode(
  store: Store,
  session: Stripe.Checkout.Session,
  extra: CheckoutExtra,
  customer: Stripe.Customer,
  pm: Stripe.PaymentMethod,
  method: CheckoutPayment,
): boolean {
  const pi = sessionPaymentIntent(store, session, extra, customer.id);
  pi.customer = customer.id;
  const charge = confirmPayment(store, pi, pm, method === 'card' ? 'succeed' : 'process');
  return charge.status === 'succeeded';
}

function paySubscriptionMode(
  store: Store,
  session: Stripe.Checkout.Session,
  extra: CheckoutExtra,
  customer: Stripe.Customer,
  pm: Stripe.PaymentMethod,
  method: CheckoutPayment,
): boolean {
  const items = extra.lineItems.map((l) => ({ price: l.price as Stripe.Price, quantity: l.quantity ?? 1 }));
  const { subscription, invoice, result } = startSubscription(
    store,
    {
      customer,
      items,
      metadata: { ...extra.subscriptionMetadata },
      description: extra.subscriptionDescription,
      defaultPaymentMethod: pm.id,
    },
    method === 'card' ? 'succeed' : 'process',
  );
  session.subscription = subscription.id;
  session.invoice = invoice.id;
  return result === 'paid';
}

/** The card is declined: the session stays open (the customer may try again), as in Stripe. */
export function declineCheckout(store: Store, sessionId: string): Stripe.Checkout.Session {
  const session = openSession(store, sessionId);
  if (session.mode !== 'payment') return session; // subscription mode creates nothing before payment succeeds
  const extra = extraFor(store, session);
  const customer = idOf(session.customer);
  const pi = sessionPaymentIntent(store, session, extra, customer);
  // A declined card is never saved: Stripe attaches only after a successful confirmation.
  const email = customer ? store.get('customer', customer, 'customer').email : null;
  confirmPayment(store, pi, collectPaymentMethod(store, 'card', null, email), 'fail');
  return session;
}

/** The bank debit still processing for a "pay later" session, if any. */
function processingPaymentIntent(store: Store, session: Stripe.Checkout.Session): Stripe.PaymentIntent {
  let piId = idOf(session.payment_intent);
  if (session.mode === 'subscription') {
    const invoiceId = idOf(session.invoice) ?? '';
    piId = idOf(invoicePayments(store, invoiceId).find((p) => p.is_default)?.payment.payment_intent);
  }
  const pi = piId ? store.tryGet('payment_intent', piId) : undefined;
  if (session.status !== 'complete' || pi?.status !== 'processing') {
    throw invalidRequest(`Checkout session ${session.id} has no pending asynchronous payment.`, 'session');
  }
  return pi;
}

/** Settles a "pay later" session's bank debit: async_payment_succeeded or async_payment_failed. */
export function settleCheckout(store: Store, sessionId: string, success: boolean): Stripe.Checkout.Session {
  const session = store.get('checkout.session', sessionId, 'session');
  const pi = processingPaymentIntent(store, session);
  settlePayment(store, pi, success);
  if (session.mode === 'subscription')
    settleSubscriptionInvoice(store, store.get('invoice', idOf(session.invoice) ?? ''), success);
  if (success) session.payment_status = 'paid';
  store.emit(success ? 'checkout.session.async_payment_succeeded' : 'checkout.session.async_payment_failed', session);
  return session;
}

function settleSubscriptionInvoice(store: Store, invoice: Stripe.Invoice, success: boolean): void {
  finishInvoicePayment(store, invoice, success);
  if (success) return afterInvoicePaid(store, invoice);
  const sub = store.get('subscription', idOf(invoice.parent?.subscription_details?.subscription) ?? '');
  const before = structuredClone(sub);
  sub.status = 'past_due';
  store.emit('customer.subscription.updated', sub, previousAttributes(before, sub));
}

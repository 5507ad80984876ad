import type Stripe from 'stripe';
import { invalidRequest } from './errors';
import type { Params } from './form';
import { paginate } from './list';
import type { Store } from './store';
import * as catalog from './resources/catalog';
import * as checkout from './resources/checkout';
import * as customers from './resources/customers';
import { apiListEvents } from './resources/events';
import * as invoices from './resources/invoices';
import * as paymentMethods from './resources/payment-methods';
import * as payments from './resources/payments';
import { apiCreatePortalSession } from './resources/portal';
import * as refunds from './resources/refunds';
import * as schedules from './resources/schedules';
import { afterInvoicePaid, apiUpdateSubscription } from './resources/subscription-update';
import * as subscriptions from './resources/subscriptions';
import * as testClocks from './resources/test-clocks';

/**
 * The Stripe API subset, as a route table. Handlers are synchronous on purpose: each request's
 * reads and writes happen without interleaving, like a transaction.
 */
export type Handler = (store: Store, params: Params, id: string) => unknown;

export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  pattern: RegExp;
  handler: Handler;
}

function route(method: Route['method'], template: string, handler: Handler): Route {
  const source = template.replace(/:[a-z]+/g, '([^/]+)');
  return { method, pattern: new RegExp(`^${source}$`), handler };
}

function listSubscriptionItems(store: Store, p: Params): Stripe.ApiList<Stripe.SubscriptionItem> {
  const subId = p.reqStr('subscription');
  const sub = store.get('subscription', subId, 'subscription');
  return paginate(sub.items.data, p, `/v1/subscription_items?subscription=${subId}`);
}

function attachPaymentMethod(store: Store, id: string, p: Params): Stripe.PaymentMethod {
  const pm = store.get('payment_method', id);
  const customer = store.get('customer', p.reqStr('customer'), 'customer');
  if (pm.customer && pm.customer !== customer.id)
    throw invalidRequest('This PaymentMethod is already attached to a different customer.');
  pm.customer = customer.id;
  store.emit('payment_method.attached', pm);
  return pm;
}

function detachPaymentMethod(store: Store, id: string): Stripe.PaymentMethod {
  const pm = store.get('payment_method', id);
  const customer = pm.customer ? store.tryGet('customer', String(pm.customer)) : undefined;
  if (customer?.invoice_settings.default_payment_method === pm.id)
    customer.invoice_settings.default_payment_method = null;
  pm.customer = null;
  store.emit('payment_method.detached', pm);
  return pm;
}

export const ROUTES: Route[] = [
  route('POST', '/v1/customers', (s, p) => customers.apiCreateCustomer(s, p)),
  route('GET', '/v1/customers', (s, p) => customers.apiListCustomers(s, p)),
  route('GET', '/v1/customers/:id', (s, _p, id) => s.get('customer', id)),
  route('POST', '/v1/customers/:id', (s, p, id) => customers.apiUpdateCustomer(s, id, p)),
  route('DELETE', '/v1/customers/:id', (s, _p, id) => customers.apiDeleteCustomer(s, id)),
  route('GET', '/v1/customers/:id/payment_methods', (s, p, id) => paymentMethods.apiListPaymentMethods(s, id, p)),

  route('POST', '/v1/products', (s, p) => catalog.apiCreateProduct(s, p)),
  route('GET', '/v1/products', (s, p) => catalog.apiListProducts(s, p)),
  route('GET', '/v1/products/:id', (s, _p, id) => s.get('product', id)),
  route('POST', '/v1/products/:id', (s, p, id) => catalog.apiUpdateProduct(s, id, p)),
  route('POST', '/v1/prices', (s, p) => catalog.apiCreatePrice(s, p)),
  route('GET', '/v1/prices', (s, p) => catalog.apiListPrices(s, p)),
  route('GET', '/v1/prices/:id', (s, _p, id) => s.get('price', id)),
  route('POST', '/v1/prices/:id', (s, p, id) => catalog.apiUpdatePrice(s, id, p)),

  route('GET', '/v1/payment_methods', (s, p) => paymentMethods.apiListPaymentMethods(s, p.str('customer'), p)),
  route('GET', '/v1/payment_methods/:id', (s, _p, id) => s.get('payment_method', id)),
  route('POST', '/v1/payment_methods/:id/attach', (s, p, id) => attachPaymentMethod(s, id, p)),
  route('POST', '/v1/payment_methods/:id/detach', (s, _p, id) => detachPaymentMethod(s, id)),

  route('POST', '/v1/checkout/sessions', (s, p) => checkout.apiCreateCheckoutSession(s, p)),
  route('GET', '/v1/checkout/sessions', (s, p) => checkout.apiListCheckoutSessions(s, p)),
  route('GET', '/v1/checkout/sessions/:id', (s, _p, id) => checkout.apiRetrieveCheckoutSession(s, id)),
  route('GET', '/v1/checkout/sessions/:id/line_items', (s, p, id) => checkout.apiListLineItems(s, id, p)),
  route('POST', '/v1/checkout/sessions/:id/expire', (s, _p, id) => checkout.expireCheckout(s, id)),

  route('POST', '/v1/payment_intents', (s, p) => payments.apiCreatePaymentIntent(s, p)),
  route('GET', '/v1/payment_intents', (s, p) => payments.apiListPaymentIntents(s, p)),
  route('GET', '/v1/payment_intents/:id', (s, _p, id) => s.get('payment_intent', id)),
  route('POST', '/v1/payment_intents/:id', (s, p, id) => payments.apiUpdatePaymentIntent(s, id, p)),
  route('POST', '/v1/payment_intents/:id/confirm', (s, p, id) => payments.apiConfirmPaymentIntent(s, id, p)),
  route('POST', '/v1/payment_intents/:id/cancel', (s, p, id) => payments.apiCancelPaymentIntent(s, id, p)),
  route('GET', '/v1/charges', (s, p) => payments.apiListCharges(s, p)),
  route('GET', '/v1/charges/:id', (s, _p, id) => s.get('charge', id)),
  route('POST', '/v1/charges/:id', (s, p, id) => payments.apiUpdateCharge(s, id, p)),

  route('POST', '/v1/refunds', (s, p) => refunds.apiCreateRefund(s, p)),
  route('GET', '/v1/refunds', (s, p) => refunds.apiListRefunds(s, p)),
  route('GET', '/v1/refunds/:id', (s, _p, id) => s.get('refund', id)),
  route('GET', '/v1/disputes', (s, p) => refunds.apiListDisputes(s, p)),
  route('GET', '/v1/disputes/:id', (s, _p, id) => s.get('dispute', id)),
  route('POST', '/v1/disputes/:id/close', (s, _p, id) => refunds.closeDispute(s, id, 'lost')),

  route('POST', '/v1/subscriptions', (s, p) => subscriptions.apiCreateSubscription(s, p)),
  route('GET', '/v1/subscriptions', (s, p) => subscriptions.apiListSubscriptions(s, p)),
  route('GET', '/v1/subscriptions/:id', (s, _p, id) => s.get('subscription', id)),
  route('POST', '/v1/subscriptions/:id', (s, p, id) => apiUpdateSubscription(s, id, p)),
  route('DELETE', '/v1/subscriptions/:id', (s, p, id) => subscriptions.apiCancelSubscription(s, id, p)),
  route('GET', '/v1/subscription_items', (s, p) => listSubscriptionItems(s, p)),

  route('POST', '/v1/test_helpers/test_clocks', (s, p) => testClocks.apiCreateTestClock(s, p)),
  route('GET', '/v1/test_helpers/test_clocks', (s, p) => testClocks.apiListTestClocks(s, p)),
  route('GET', '/v1/test_helpers/test_clocks/:id', (s, _p, id) => s.get('test_helpers.test_clock', id)),
  route('DELETE', '/v1/test_helpers/test_clocks/:id', (s, _p, id) => testClocks.apiDeleteTestClock(s, id)),
  route('POST', '/v1/test_helpers/test_clocks/:id/advance', (s, p, id) => testClocks.apiAdvanceTestClock(s, id, p)),

  route('POST', '/v1/subscription_schedules', (s, p) => schedules.apiCreateSchedule(s, p)),
  route('GET', '/v1/subscription_schedules', (s, p) => schedules.apiListSchedules(s, p)),
  route('GET', '/v1/subscription_schedules/:id', (s, _p, id) => s.get('subscription_schedule', id)),
  route('POST', '/v1/subscription_schedules/:id', (s, p, id) => schedules.apiUpdateSchedule(s, id, p)),
  route('POST', '/v1/subscription_schedules/:id/release', (s, _p, id) => schedules.apiReleaseSchedule(s, id)),
  route('POST', '/v1/subscription_schedules/:id/cancel', (s, _p, id) => schedules.apiCancelSchedule(s, id)),

  route('GET', '/v1/invoices', (s, p) => invoices.apiListInvoices(s, p)),
  route('GET', '/v1/invoices/:id', (s, _p, id) => s.get('invoice', id)),
  route('GET', '/v1/invoices/:id/lines', (s, p, id) => invoices.apiListInvoiceLines(s, id, p)),
  route('POST', '/v1/invoices/:id/pay', (s, p, id) =>
    invoices.apiPayInvoice(s, id, p, (inv) => afterInvoicePaid(s, inv)),
  ),
  route('POST', '/v1/invoices/:id/void', (s, _p, id) => invoices.voidInvoice(s, s.get('invoice', id))),
  route('GET', '/v1/invoice_payments', (s, p) => invoices.apiListInvoicePayments(s, p)),
  route('GET', '/v1/invoice_payments/:id', (s, _p, id) => s.get('invoice_payment', id)),

  route('POST', '/v1/billing_portal/sessions', (s, p) => apiCreatePortalSession(s, p)),

  route('GET', '/v1/events', (s, p) => apiListEvents(s, p)),
  route('GET', '/v1/events/:id', (s, _p, id) => s.getEvent(id)),
];

export function findRoute(method: string, path: string): { route: Route; id: string } | null {
  for (const r of ROUTES) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(path);
    if (m) return { route: r, id: decodeURIComponent(m[1] ?? '') };
  }
  return null;
}

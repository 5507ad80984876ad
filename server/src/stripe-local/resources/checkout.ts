import type Stripe from 'stripe';
import { invalidRequest, missingParam } from '../errors';
import { initialMetadata, type Params } from '../form';
import { newId } from '../ids';
import { createdFilter, embeddedList, paginate } from '../list';
import type { CheckoutExtra, Store } from '../store';
import { createPrice, productName } from './catalog';

/**
 * Checkout Sessions (hosted mode). Creating one only records what to sell; what happens on the
 * checkout page (pay, decline, pay later) is in checkout-payment.ts.
 */
type Mode = 'payment' | 'subscription';
const DAY = 24 * 60 * 60;

function lineItem(store: Store, price: Stripe.Price, quantity: number): Stripe.LineItem {
  const amount = (price.unit_amount ?? 0) * quantity;
  return {
    id: newId('li'),
    object: 'item',
    adjustable_quantity: null,
    amount_discount: 0,
    amount_subtotal: amount,
    amount_tax: 0,
    amount_total: amount,
    currency: price.currency,
    description: productName(store, price),
    metadata: {},
    price: structuredClone(price),
    quantity,
  };
}

function parsePrice(store: Store, item: Params): Stripe.Price {
  const priceId = item.str('price');
  const data = item.obj('price_data');
  if (priceId) {
    const price = store.get('price', priceId, item.name('price'));
    if (!price.active)
      throw invalidRequest(
        'The price specified is inactive. This field only accepts active prices.',
        item.name('price'),
      );
    return price;
  }
  if (!data) throw missingParam(item.name('price'));
  const productData = data.obj('product_data');
  const product = data.str('product')
    ? store.get('product', data.reqStr('product'), data.name('product'))
    : store.insert(inlineProduct(store, productData?.reqStr('name') ?? failMissing(data.name('product'))));
  return createPrice(store, product, data, { active: false });
}

function failMissing(param: string): never {
  throw missingParam(param);
}

function inlineProduct(store: Store, name: string): Stripe.Product {
  const now = store.now();
  return {
    id: newId('prod', 14),
    object: 'product',
    active: false,
    created: now,
    default_price: null,
    description: null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: {},
    name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: 'service',
    unit_label: null,
    updated: now,
    url: null,
  };
}

function parseLineItems(store: Store, p: Params, mode: Mode): Stripe.LineItem[] {
  const items = p.list('line_items');
  if (items.length === 0) throw missingParam('line_items');
  const lines = items.map((item) => {
    const quantity = item.int('quantity') ?? 1;
    if (quantity < 1) throw invalidRequest('This value must be greater than or equal to 1.', item.name('quantity'));
    const price = parsePrice(store, item);
    if (mode === 'payment' && price.recurring) {
      throw invalidRequest(
        'You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.',
        item.name('price'),
      );
    }
    return lineItem(store, price, quantity);
  });
  if (mode === 'subscription' && !lines.some((l) => l.price?.recurring)) {
    throw invalidRequest(
      'You must provide at least one recurring price in `subscription` mode when using prices.',
      'line_items',
    );
  }
  if (new Set(lines.map((l) => l.currency)).size > 1)
    throw invalidRequest('All line items must have the same currency.', 'line_items');
  return lines;
}

function checkModeParams(p: Params, mode: Mode): void {
  if (mode === 'payment' && p.has('subscription_data'))
    throw invalidRequest('You can not pass `subscription_data` in `payment` mode.', 'subscription_data');
  if (mode === 'subscription' && p.has('payment_intent_data')) {
    throw invalidRequest('You can not pass `payment_intent_data` in `subscription` mode.', 'payment_intent_data');
  }
  if (p.str('customer') && p.str('customer_email')) {
    throw invalidRequest('You may only specify one of these parameters: customer, customer_email.', 'customer_email');
  }
  for (const key of ['success_url', 'cancel_url']) {
    const url = p.str(key);
    if (url && !/^https?:\/\//.test(url)) throw invalidRequest('Not a valid URL', key, 'url_invalid');
  }
}

export function apiCreateCheckoutSession(store: Store, p: Params): Stripe.Checkout.Session {
  const mode = p.oneOf('mode', ['payment', 'subscription', 'setup'] as const) ?? failMissing('mode');
  if (mode === 'setup')
    throw invalidRequest('The local Stripe server supports `payment` and `subscription` modes only.', 'mode');
  checkModeParams(p, mode);
  const customer = p.str('customer') ? store.get('customer', p.reqStr('customer'), 'customer') : null;
  const lineItems = parseLineItems(store, p, mode);
  const id = newId('cs_test', 58);
  const session = store.insert(buildSession(store, id, mode, p, customer, lineItems));
  store.checkoutExtra.set(id, extraOf(p, lineItems));
  return session;
}

function extraOf(p: Params, lineItems: Stripe.LineItem[]): CheckoutExtra {
  const sub = p.obj('subscription_data');
  const pi = p.obj('payment_intent_data');
  return {
    lineItems,
    subscriptionMetadata: initialMetadata(sub?.metadata()),
    subscriptionDescription: sub?.str('description') ?? null,
    paymentIntentMetadata: initialMetadata(pi?.metadata()),
    paymentIntentDescription: pi?.str('description') ?? null,
    paymentIntentSetupFutureUsage: pi?.oneOf('setup_future_usage', ['on_session', 'off_session'] as const) ?? null,
  };
}

function expiresAt(store: Store, p: Params): number {
  const now = store.now();
  const requested = p.int('expires_at');
  if (requested === undefined) return now + DAY;
  if (requested < now + 30 * 60 || requested > now + DAY) {
    throw invalidRequest(
      'The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.',
      'expires_at',
    );
  }
  return requested;
}

function buildSession(
  store: Store,
  id: string,
  mode: Mode,
  p: Params,
  customer: Stripe.Customer | null,
  lineItems: Stripe.LineItem[],
): Stripe.Checkout.Session {
  const total = lineItems.reduce((sum, l) => sum + l.amount_total, 0);
  const types = p.strList('payment_method_types');
  return {
    id,
    object: 'checkout.session',
    adaptive_pricing: null,
    after_expiration: null,
    allowed_payment_method_types: null,
    allow_promotion_codes: p.bool('allow_promotion_codes') ?? null,
    amount_subtotal: total,
    amount_total: total,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: p.str('cancel_url') ?? null,
    client_reference_id: p.str('client_reference_id') ?? null,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: store.now(),
    currency: lineItems[0]?.currency ?? 'usd',
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: customer?.id ?? null,
    customer_account: null,
    customer_creation: customer ? null : mode === 'subscription' ? 'always' : 'if_required',
    customer_details: null,
    customer_email: p.str('customer_email') ?? null,
    discounts: [],
    expires_at: expiresAt(store, p),
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: initialMetadata(p.metadata()),
    mode,
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: 'always',
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: types.length > 0 ? types : ['card'],
    payment_status: 'unpaid',
    permissions: null,
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: 'open',
    submit_type: null,
    subscription: null,
    success_url: p.str('success_url') ?? null,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted',
    url: `${store.publicUrl()}/checkout/${id}`,
    wallet_options: null,
  };
}

export function expireCheckout(store: Store, sessionId: string): Stripe.Checkout.Session {
  const session = store.get('checkout.session', sessionId, 'session');
  if (session.status !== 'open') {
    throw invalidRequest(
      'Only Checkout Sessions with a status in ["open"] can be expired.',
      undefined,
      'checkout_session_not_open',
    );
  }
  Object.assign(session, { status: 'expired', url: null });
  store.emit('checkout.session.expired', session);
  return session;
}

/**
 * A session as Stripe shows it: one past `expires_at` has expired, whoever asks (there is no
 * background timer here, so the first read after that moment expires it, as an automatic event).
 */
export function apiRetrieveCheckoutSession(store: Store, sessionId: string): Stripe.Checkout.Session {
  const session = store.get('checkout.session', sessionId, 'session');
  if (session.status !== 'open' || store.now() < session.expires_at) return session;
  const request = store.currentRequest;
  store.currentRequest = null;
  try {
    return expireCheckout(store, sessionId);
  } finally {
    store.currentRequest = request;
  }
}

export function extraFor(store: Store, session: Stripe.Checkout.Session): CheckoutExtra {
  const extra = store.checkoutExtra.get(session.id);
  if (!extra) throw invalidRequest(`Checkout session ${session.id} has no line items.`);
  return extra;
}

// ---- API reads ----

export function lineItemsOf(store: Store, sessionId: string): Stripe.ApiList<Stripe.LineItem> {
  const session = store.get('checkout.session', sessionId, 'session');
  return embeddedList(extraFor(store, session).lineItems, `/v1/checkout/sessions/${sessionId}/line_items`);
}

export function apiListLineItems(store: Store, sessionId: string, p: Params): Stripe.ApiList<Stripe.LineItem> {
  const session = store.get('checkout.session', sessionId, 'session');
  return paginate(extraFor(store, session).lineItems, p, `/v1/checkout/sessions/${sessionId}/line_items`);
}

export function apiListCheckoutSessions(store: Store, p: Params): Stripe.ApiList<Stripe.Checkout.Session> {
  const filters: Array<[string, (s: Stripe.Checkout.Session) => unknown]> = [
    ['customer', (s) => s.customer],
    ['payment_intent', (s) => s.payment_intent],
    ['subscription', (s) => s.subscription],
    ['status', (s) => s.status],
  ];
  const created = createdFilter(p);
  const items = store
    .all('checkout.session')
    .filter((s) => created(s.created) && filters.every(([key, get]) => !p.str(key) || get(s) === p.str(key)));
  return paginate(items, p, '/v1/checkout/sessions');
}

import type Stripe from 'stripe';
import { invalidRequest, missingParam } from '../errors';
import { initialMetadata, type Params } from '../form';
import { newId } from '../ids';
import { createdFilter, embeddedList, paginate } from '../list';
import { idOf, previousAttributes, type Store } from '../store';
import { periodAt, type Interval, type Period, type Recurrence } from '../billing-time';
import { formatMoney } from '../money';
import { planOf, productName } from './catalog';
import { collectInvoice, createInvoice, type LineDraft, type PaymentResult } from './invoices';
import { outcomeFor, type Outcome } from './payments';
import { defaultPaymentMethodId } from './customers';

/** Subscription state shared by checkout, the update API, schedules and renewals. */
export interface ItemInput {
  price: Stripe.Price;
  quantity: number;
  id?: string;
}

export function recurrenceOf(price: Stripe.Price): Recurrence {
  if (!price.recurring) throw invalidRequest(`The price specified (${price.id}) is not recurring.`, 'price');
  return { interval: price.recurring.interval as Interval, interval_count: price.recurring.interval_count };
}

export function currentPeriod(sub: Stripe.Subscription): Period {
  const item = sub.items.data[0];
  if (!item) throw invalidRequest(`Subscription ${sub.id} has no items.`);
  return { start: item.current_period_start, end: item.current_period_end };
}

export function buildItem(store: Store, subId: string, input: ItemInput, period: Period): Stripe.SubscriptionItem {
  return {
    id: input.id ?? newId('si', 14),
    object: 'subscription_item',
    billing_thresholds: null,
    created: store.now(),
    current_period_end: period.end,
    current_period_start: period.start,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: planOf(input.price),
    price: structuredClone(input.price),
    quantity: input.quantity,
    subscription: subId,
    tax_rates: [],
  };
}

/** All items of a subscription must bill on the same cadence (Stripe requires it too). */
export function checkSameInterval(items: ItemInput[]): Recurrence {
  const first = items[0];
  if (!first) throw missingParam('items');
  const rec = recurrenceOf(first.price);
  for (const item of items) {
    const r = recurrenceOf(item.price);
    if (r.interval !== rec.interval || r.interval_count !== rec.interval_count) {
      throw invalidRequest('Currency and interval fields must match across all plans on this subscription.', 'items');
    }
    if (item.price.currency !== first.price.currency) {
      throw invalidRequest('Currency and interval fields must match across all plans on this subscription.', 'items');
    }
  }
  return rec;
}

export function fullPriceLines(store: Store, sub: Stripe.Subscription, period: Period): LineDraft[] {
  return sub.items.data.map((item) => ({
    price: item.price,
    quantity: item.quantity ?? 1,
    amount: (item.price.unit_amount ?? 0) * (item.quantity ?? 1),
    description: `${item.quantity ?? 1} × ${productName(store, item.price)} (at ${formatUnit(item.price)} / ${item.price.recurring?.interval ?? 'month'})`,
    period,
    subscriptionItemId: item.id,
  }));
}

function formatUnit(price: Stripe.Price): string {
  return formatMoney(price.unit_amount ?? 0, price.currency);
}

export interface NewSubscription {
  customer: Stripe.Customer;
  items: ItemInput[];
  metadata: Record<string, string>;
  description?: string | null;
  defaultPaymentMethod: string | null;
}

function buildSubscription(store: Store, input: NewSubscription): Stripe.Subscription {
  const id = newId('sub');
  const now = store.now();
  const rec = checkSameInterval(input.items);
  const period = periodAt(now, rec, 0);
  const first = input.items[0] as ItemInput;
  const sub: Stripe.Subscription = {
    id,
    object: 'subscription',
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: now,
    billing_cycle_anchor_config: null,
    billing_mode: { type: 'classic', flexible: null },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: 'charge_automatically',
    created: now,
    currency: first.price.currency,
    customer: input.customer.id,
    customer_account: null,
    days_until_due: null,
    default_payment_method: input.defaultPaymentMethod,
    default_source: null,
    default_tax_rates: [],
    description: input.description ?? null,
    discounts: [],
    ended_at: null,
    invoice_settings: {
      account_tax_ids: null,
      custom_fields: null,
      description: null,
      footer: null,
      issuer: { type: 'self' },
    },
    items: embeddedList(
      input.items.map((item) => buildItem(store, id, item, period)),
      `/v1/subscription_items?subscription=${id}`,
    ),
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: 'off' },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: now,
    status: 'incomplete',
    test_clock: input.customer.test_clock ?? null,
    transfer_data: null,
    trial_end: null,
    trial_settings: { end_behavior: { billing_cycle_anchor: null, missing_payment_method: 'create_invoice' } },
    trial_start: null,
  };
  return sub;
}

/**
 * Starts a subscription and collects its first invoice (`billing_reason: subscription_create`).
 * `outcome` lets checkout force "processing" for a bank debit; otherwise the card decides.
 */
export function startSubscription(
  store: Store,
  input: NewSubscription,
  outcome?: Outcome,
): { subscription: Stripe.Subscription; invoice: Stripe.Invoice; result: PaymentResult } {
  const sub = store.insert(buildSubscription(store, input));
  store.subExtra(sub.id);
  const pm = input.defaultPaymentMethod
    ? store.get('payment_method', input.defaultPaymentMethod, 'default_payment_method')
    : null;
  const expected = outcome ?? (pm ? outcomeFor(store, input.customer.id, pm) : 'fail');
  // Checkout creates the subscription only once payment went through, so it is born active.
  sub.status = expected === 'fail' ? 'incomplete' : 'active';
  const period = currentPeriod(sub);
  const invoice = createInvoice(store, {
    customer: input.customer,
    subscription: sub,
    billingReason: 'subscription_create',
    lines: fullPriceLines(store, sub, period),
    period: { start: period.start, end: period.start },
  });
  sub.latest_invoice = invoice.id;
  store.emit('customer.subscription.created', sub); // after the invoice, so `latest_invoice` is set
  const { result } = collectInvoice(store, invoice, pm, expected);
  return { subscription: sub, invoice, result };
}

export function paymentMethodFor(store: Store, sub: Stripe.Subscription): Stripe.PaymentMethod | null {
  const customer = store.get('customer', idOf(sub.customer) ?? '', 'customer');
  const pmId = defaultPaymentMethodId(customer, idOf(sub.default_payment_method));
  return pmId ? (store.tryGet('payment_method', pmId) ?? null) : null;
}

/** Ends a subscription now (or at `endedAt`, e.g. the period end for cancel_at_period_end). */
export function endSubscription(
  store: Store,
  sub: Stripe.Subscription,
  opts: {
    endedAt?: number;
    comment?: string | null;
    feedback?: Stripe.Subscription.CancellationDetails.Feedback | null;
  } = {},
): Stripe.Subscription {
  if (sub.status === 'canceled') throw invalidRequest(`This subscription (${sub.id}) has already been canceled.`);
  const before = structuredClone(sub);
  const now = store.now();
  Object.assign(sub, {
    status: 'canceled',
    canceled_at: sub.canceled_at ?? now,
    ended_at: opts.endedAt ?? now,
    pending_update: null,
  });
  sub.cancellation_details = {
    comment: opts.comment ?? sub.cancellation_details?.comment ?? null,
    feedback: opts.feedback ?? sub.cancellation_details?.feedback ?? null,
    feedback_option: null,
    reason: 'cancellation_requested',
  };
  store.subExtra(sub.id).pendingItems = null;
  cancelScheduleOf(store, sub);
  store.emit('customer.subscription.deleted', sub, previousAttributes(before, sub));
  return sub;
}

/** A schedule cannot outlive its subscription: cancelling the subscription cancels the schedule. */
function cancelScheduleOf(store: Store, sub: Stripe.Subscription): void {
  const schedule = store.tryGet('subscription_schedule', idOf(sub.schedule) ?? '');
  if (!schedule || (schedule.status !== 'active' && schedule.status !== 'not_started')) return;
  schedule.status = 'canceled';
  schedule.canceled_at = store.now();
  schedule.current_phase = null;
  store.emit('subscription_schedule.canceled', schedule);
}

// ---- API ----

export function apiCreateSubscription(store: Store, p: Params): Stripe.Subscription {
  const customer = store.get('customer', p.reqStr('customer'), 'customer');
  const items = parseNewItems(store, p);
  const pmId = p.str('default_payment_method') ?? defaultPaymentMethodId(customer);
  const { subscription } = startSubscription(store, {
    customer,
    items,
    metadata: initialMetadata(p.metadata()),
    description: p.str('description') ?? null,
    defaultPaymentMethod: pmId,
  });
  return subscription;
}

function parseNewItems(store: Store, p: Params): ItemInput[] {
  const items = p.list('items');
  if (items.length === 0) throw missingParam('items');
  return items.map((item) => ({
    price: store.get('price', item.reqStr('price'), item.name('price')),
    quantity: item.int('quantity') ?? 1,
  }));
}

export function apiCancelSubscription(store: Store, id: string, p: Params): Stripe.Subscription {
  const sub = store.get('subscription', id);
  const details = p.obj('cancellation_details');
  return endSubscription(store, sub, {
    comment: details?.nullableStr('comment'),
    feedback:
      (details?.nullableStr('feedback') as Stripe.Subscription.CancellationDetails.Feedback | null | undefined) ?? null,
  });
}

const LISTED_BY_DEFAULT = (s: Stripe.Subscription): boolean =>
  s.status !== 'canceled' && s.status !== 'incomplete_expired';

export function apiListSubscriptions(store: Store, p: Params): Stripe.ApiList<Stripe.Subscription> {
  const customer = p.str('customer');
  const status = p.str('status');
  const price = p.str('price');
  const created = createdFilter(p);
  const items = store
    .all('subscription')
    .filter(
      (s) =>
        (!customer || s.customer === customer) &&
        (status === 'all' || (status ? s.status === status : LISTED_BY_DEFAULT(s))) &&
        (!price || s.items.data.some((i) => i.price.id === price)) &&
        created(s.created),
    );
  return paginate(items, p, '/v1/subscriptions');
}

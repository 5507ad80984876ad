import type Stripe from 'stripe';
import { invalidRequest } from '../errors';
import { mergeMetadata, type Params } from '../form';
import { newId } from '../ids';
import { idOf, previousAttributes, type PendingLine, type Store } from '../store';
import { prorate, timeLeft, type Period } from '../billing-time';
import { toDate } from '../clock';
import { productName } from './catalog';
import { collectInvoice, createInvoice, voidInvoice, type LineDraft } from './invoices';
import { declineError } from './payments';
import {
  buildItem,
  checkSameInterval,
  currentPeriod,
  paymentMethodFor,
  recurrenceOf,
  type ItemInput,
} from './subscriptions';

/**
 * Plan changes. A price or quantity change is prorated over the rest of the current period:
 * a credit line for the unused time on the old price and a debit line for the remaining time on
 * the new one (see `prorate` for rounding). `always_invoice` bills that difference now with
 * `billing_reason: subscription_update`; `create_prorations` holds it for the next renewal.
 */
export type ProrationBehavior = 'always_invoice' | 'create_prorations' | 'none';
export type PaymentBehavior =
  'allow_incomplete' | 'default_incomplete' | 'error_if_incomplete' | 'pending_if_incomplete';

interface ItemChange {
  next: ItemInput[];
  lines: LineDraft[];
}

const PENDING_UPDATE_TTL = 23 * 60 * 60;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function day(unix: number): string {
  const d = toDate(unix);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function label(store: Store, price: Stripe.Price, quantity: number): string {
  return quantity === 1 ? productName(store, price) : `${quantity} × ${productName(store, price)}`;
}

/** The two proration lines (credit old, debit new) for one item between `at` and the period end. */
function prorationLines(
  store: Store,
  old: ItemInput | null,
  next: ItemInput | null,
  period: Period,
  at: number,
  itemId: string,
): LineDraft[] {
  const { remaining, length } = timeLeft(period, at);
  const linePeriod = { start: Math.max(at, period.start), end: period.end };
  const lines: LineDraft[] = [];
  const add = (item: ItemInput, sign: 1 | -1, text: string): void => {
    lines.push({
      price: item.price,
      quantity: item.quantity,
      amount: prorate(sign * (item.price.unit_amount ?? 0) * item.quantity, remaining, length),
      description: `${text} ${label(store, item.price, item.quantity)} after ${day(linePeriod.start)}`,
      period: linePeriod,
      subscriptionItemId: itemId,
      invoiceItemId: newId('ii'),
    });
  };
  if (old) add(old, -1, 'Unused time on');
  if (next) add(next, 1, 'Remaining time on');
  return lines;
}

function existingItems(sub: Stripe.Subscription): ItemInput[] {
  return sub.items.data.map((i) => ({ id: i.id, price: i.price, quantity: i.quantity ?? 1 }));
}

/** Reads `items[n][id|price|quantity|deleted]` into the new item set plus its proration lines. */
function parseItemChange(store: Store, sub: Stripe.Subscription, p: Params, at: number): ItemChange | null {
  const params = p.list('items');
  if (params.length === 0) return null;
  const period = currentPeriod(sub);
  const next = existingItems(sub);
  const lines: LineDraft[] = [];
  for (const item of params) {
    const id = item.str('id');
    const index = id ? next.findIndex((n) => n.id === id) : -1;
    if (id && index < 0)
      throw invalidRequest(`No such subscription item: '${id}'`, item.name('id'), 'resource_missing');
    const old = index >= 0 ? (next[index] as ItemInput) : null;
    if (item.bool('deleted')) {
      if (!old) throw invalidRequest('You must provide an item id to delete.', item.name('deleted'));
      next.splice(index, 1);
      lines.push(...prorationLines(store, old, null, period, at, old.id ?? ''));
      continue;
    }
    const priceId = item.str('price');
    const price = priceId ? store.get('price', priceId, item.name('price')) : old?.price;
    if (!price) throw invalidRequest('You must specify a price for a new subscription item.', item.name('price'));
    const updated: ItemInput = {
      id: old?.id ?? newId('si', 14),
      price,
      quantity: item.int('quantity') ?? old?.quantity ?? 1,
    };
    if (old && old.price.id === updated.price.id && old.quantity === updated.quantity) continue;
    if (old) next[index] = updated;
    else next.push(updated);
    lines.push(...prorationLines(store, old, updated, period, at, updated.id ?? ''));
  }
  if (lines.length === 0) return null;
  checkSameCadence(sub, next);
  return { next, lines };
}

/**
 * The change from the current items to `target`, matched by position (schedule phases list items in
 * the same order as the subscription). Null when nothing differs.
 */
export function diffItems(store: Store, sub: Stripe.Subscription, target: ItemInput[], at: number): ItemChange | null {
  const period = currentPeriod(sub);
  const current = existingItems(sub);
  const next: ItemInput[] = target.map((item, i) => ({ ...item, id: current[i]?.id ?? newId('si', 14) }));
  const lines: LineDraft[] = [];
  for (let i = 0; i < Math.max(current.length, next.length); i++) {
    const old = current[i] ?? null;
    const updated = next[i] ?? null;
    if (old && updated && old.price.id === updated.price.id && old.quantity === updated.quantity) continue;
    lines.push(...prorationLines(store, old, updated, period, at, (updated ?? old)?.id ?? ''));
  }
  if (lines.length === 0) return null;
  checkSameCadence(sub, next);
  return { next, lines };
}

/** Interval changes would reset the billing cycle; the credits product never needs them. */
function checkSameCadence(sub: Stripe.Subscription, next: ItemInput[]): void {
  const current = sub.items.data[0];
  const rec = checkSameInterval(next);
  const was = current ? recurrenceOf(current.price) : rec;
  if (rec.interval !== was.interval || rec.interval_count !== was.interval_count) {
    throw invalidRequest(
      'Changing the billing interval of a subscription is not supported by the local Stripe server.',
      'items',
    );
  }
}

export function setItems(store: Store, sub: Stripe.Subscription, items: ItemInput[]): void {
  const period = currentPeriod(sub);
  const created = new Map(sub.items.data.map((i) => [i.id, i.created]));
  sub.items.data = items.map((input) => {
    const item = buildItem(store, sub.id, input, period);
    item.created = created.get(item.id) ?? item.created;
    return item;
  });
}

interface ChangeOptions {
  proration: ProrationBehavior;
  payment: PaymentBehavior;
  at: number;
}

/** Applies an item change with the requested proration and payment behaviour. */
export function applyItemChange(store: Store, sub: Stripe.Subscription, change: ItemChange, opts: ChangeOptions): void {
  if (opts.proration === 'none') return setItems(store, sub, change.next);
  if (opts.proration === 'create_prorations') {
    store.subExtra(sub.id).pendingLines.push(...change.lines.map(toPendingLine));
    return setItems(store, sub, change.next);
  }
  const customer = store.get('customer', idOf(sub.customer) ?? '', 'customer');
  const invoice = createInvoice(store, {
    customer,
    subscription: sub,
    billingReason: 'subscription_update',
    lines: change.lines,
    period: { start: opts.at, end: opts.at },
  });
  const previousLatest = sub.latest_invoice;
  sub.latest_invoice = invoice.id;
  const { result, charge, pi } = collectInvoice(store, invoice, paymentMethodFor(store, sub));
  if (result !== 'failed') return setItems(store, sub, change.next);
  onFailedChange(store, sub, change, invoice, opts, () => {
    sub.latest_invoice = previousLatest;
    voidInvoice(store, invoice);
    if (charge && pi) throw declineError(store, pi, charge);
    throw invalidRequest('This customer has no attached payment source or default payment method.');
  });
}

function toPendingLine(line: LineDraft): PendingLine {
  return {
    invoiceItemId: line.invoiceItemId ?? newId('ii'),
    price: line.price,
    quantity: line.quantity,
    amount: line.amount,
    description: line.description,
    period: line.period,
    subscriptionItemId: line.subscriptionItemId,
  };
}

function onFailedChange(
  store: Store,
  sub: Stripe.Subscription,
  change: ItemChange,
  invoice: Stripe.Invoice,
  opts: ChangeOptions,
  rejectChange: () => never,
): void {
  if (opts.payment === 'error_if_incomplete') rejectChange();
  if (opts.payment === 'pending_if_incomplete') {
    // The subscription keeps its current items until the invoice is paid (Stripe "pending updates").
    const period = currentPeriod(sub);
    const items = change.next.map((input) => buildItem(store, sub.id, input, period));
    store.subExtra(sub.id).pendingItems = { invoiceId: invoice.id, items };
    sub.pending_update = {
      billing_cycle_anchor: null,
      cancel_at_period_end: null,
      discount: null,
      discounts: null,
      expires_at: opts.at + PENDING_UPDATE_TTL,
      metadata: null,
      subscription_items: structuredClone(items),
      trial_end: null,
      trial_from_plan: null,
    } satisfies Stripe.Subscription.PendingUpdate;
    return;
  }
  setItems(store, sub, change.next);
  sub.status = 'past_due';
}

/**
 * Subscription bookkeeping once one of its invoices is paid late (invoices.pay, a settled bank
 * debit): apply a pending update waiting for it and leave past_due/incomplete.
 */
export function afterInvoicePaid(store: Store, invoice: Stripe.Invoice): void {
  const subId = idOf(invoice.parent?.subscription_details?.subscription);
  const sub = subId ? store.tryGet('subscription', subId) : undefined;
  if (!sub || sub.status === 'canceled') return;
  const before = structuredClone(sub);
  const extra = store.subExtra(sub.id);
  const pending = extra.pendingItems;
  if (pending && pending.invoiceId === invoice.id) {
    sub.items.data = pending.items;
    extra.pendingItems = null;
    sub.pending_update = null;
    store.emit('customer.subscription.pending_update_applied', sub, previousAttributes(before, sub));
  }
  const stillOpen = store
    .all('invoice')
    .some((i) => i.status === 'open' && idOf(i.parent?.subscription_details?.subscription) === sub.id);
  if ((sub.status === 'past_due' || sub.status === 'incomplete') && !stillOpen) sub.status = 'active';
  const prev = previousAttributes(before, sub);
  if (Object.keys(prev).length > 0) store.emit('customer.subscription.updated', sub, prev);
}

// ---- API ----

const PRORATION: readonly ProrationBehavior[] = ['always_invoice', 'create_prorations', 'none'];
const PAYMENT: readonly PaymentBehavior[] = [
  'allow_incomplete',
  'default_incomplete',
  'error_if_incomplete',
  'pending_if_incomplete',
];
const ALLOWED_WHEN_CANCELED = new Set(['metadata', 'cancellation_details', 'expand']);

export function apiUpdateSubscription(store: Store, id: string, p: Params): Stripe.Subscription {
  const sub = store.get('subscription', id);
  if (sub.status === 'canceled' && p.keys().some((k) => !ALLOWED_WHEN_CANCELED.has(k))) {
    throw invalidRequest('A canceled subscription can only update its cancellation_details and metadata.');
  }
  const before = structuredClone(sub);
  const at = prorationDate(store, sub, p);
  const change = parseItemChange(store, sub, p, at);
  if (change) {
    applyItemChange(store, sub, change, {
      proration: p.oneOf('proration_behavior', PRORATION) ?? 'create_prorations',
      payment: p.oneOf('payment_behavior', PAYMENT) ?? 'allow_incomplete',
      at,
    });
  }
  applyPlainFields(store, sub, p);
  const prev = previousAttributes(before, sub);
  if (Object.keys(prev).length > 0) store.emit('customer.subscription.updated', sub, prev);
  return sub;
}

/** Prorations are computed at the injected clock's "now" unless `proration_date` pins the moment. */
function prorationDate(store: Store, sub: Stripe.Subscription, p: Params): number {
  const explicit = p.int('proration_date');
  if (explicit === undefined) return store.now();
  const period = currentPeriod(sub);
  if (explicit < period.start || explicit > period.end) {
    throw invalidRequest('proration_date must be within the current period of the subscription.', 'proration_date');
  }
  return explicit;
}

function applyPlainFields(store: Store, sub: Stripe.Subscription, p: Params): void {
  sub.metadata = mergeMetadata(sub.metadata, p.metadata());
  if (p.has('description')) sub.description = p.nullableStr('description') ?? null;
  if (p.has('default_payment_method')) {
    const pmId = p.nullableStr('default_payment_method') ?? null;
    if (pmId) store.get('payment_method', pmId, 'default_payment_method');
    sub.default_payment_method = pmId;
  }
  const details = p.obj('cancellation_details');
  if (details?.has('comment'))
    sub.cancellation_details = { ...cancellationDetails(sub), comment: details.nullableStr('comment') ?? null };
  if (p.has('cancel_at_period_end') || p.has('cancel_at')) applyCancelAt(store, sub, p);
}

function cancellationDetails(sub: Stripe.Subscription): Stripe.Subscription.CancellationDetails {
  return sub.cancellation_details ?? { comment: null, feedback: null, feedback_option: null, reason: null };
}

/** `cancel_at_period_end` / `cancel_at`: the subscription stays active until then (see advance). */
function applyCancelAt(store: Store, sub: Stripe.Subscription, p: Params): void {
  if (sub.schedule) {
    throw invalidRequest(
      `The subscription is managed by the subscription schedule \`${idOf(sub.schedule)}\`, and updating any cancelation behavior directly is not allowed. Please update the schedule instead.`,
    );
  }
  const atPeriodEnd = p.bool('cancel_at_period_end');
  const cancelAt = atPeriodEnd ? currentPeriod(sub).end : atPeriodEnd === false ? null : (p.int('cancel_at') ?? null);
  sub.cancel_at_period_end = atPeriodEnd ?? false;
  sub.cancel_at = cancelAt;
  sub.canceled_at = cancelAt === null ? null : store.now();
  sub.cancellation_details = {
    ...cancellationDetails(sub),
    reason: cancelAt === null ? null : 'cancellation_requested',
  };
}

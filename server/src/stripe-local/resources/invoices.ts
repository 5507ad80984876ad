import type Stripe from 'stripe';
import { invalidRequest } from '../errors';
import type { Params } from '../form';
import { newId } from '../ids';
import { createdFilter, embeddedList, paginate } from '../list';
import { idOf, type Store } from '../store';
import { decimal } from '../decimal';
import { createPaymentIntent, confirmPayment, declineError, outcomeFor, type Outcome } from './payments';

/**
 * Subscription invoices: built finalized (`open`), then paid through a PaymentIntent linked by an
 * InvoicePayment, since API version basil has no `invoice.payment_intent` / `invoice.charge`.
 */
export interface LineDraft {
  price: Stripe.Price;
  quantity: number;
  amount: number;
  description: string;
  period: { start: number; end: number };
  subscriptionItemId: string;
  /** Set for proration lines, which Stripe backs by an invoice item. */
  invoiceItemId?: string;
}

export interface NewInvoice {
  customer: Stripe.Customer;
  subscription: Stripe.Subscription;
  billingReason: Stripe.Invoice.BillingReason;
  lines: LineDraft[];
  period: { start: number; end: number };
}

export type PaymentResult = 'paid' | 'failed' | 'processing';

const RETRY_DELAY = 3 * 24 * 60 * 60;

const DESCRIPTIONS: Partial<Record<Stripe.Invoice.BillingReason, string>> = {
  subscription_create: 'Subscription creation',
  subscription_cycle: 'Subscription cycle',
  subscription_update: 'Subscription update',
};

function buildLine(draft: LineDraft, invoiceId: string, subscriptionId: string): Stripe.InvoiceLineItem {
  const proration = draft.invoiceItemId !== undefined;
  const unit = draft.quantity > 0 ? draft.amount / draft.quantity : 0;
  return {
    id: newId('il'),
    object: 'line_item',
    amount: draft.amount,
    currency: draft.price.currency,
    description: draft.description,
    discount_amounts: [],
    discountable: !proration,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    parent: {
      type: 'subscription_item_details',
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: draft.invoiceItemId ?? null,
        proration,
        proration_details: { credited_items: null },
        subscription: subscriptionId,
        subscription_item: draft.subscriptionItemId,
      },
    },
    period: { ...draft.period },
    pretax_credit_amounts: [],
    pricing: {
      type: 'price_details',
      price_details: { price: draft.price.id, product: idOf(draft.price.product) ?? '' },
      unit_amount_decimal: decimal(Number.isInteger(unit) ? String(unit) : unit.toFixed(10).replace(/0+$/, '')),
    },
    quantity: draft.quantity,
    quantity_decimal: decimal(String(draft.quantity)),
    subscription: subscriptionId,
    subtotal: draft.amount,
    taxes: [],
  };
}

function nextNumber(customer: Stripe.Customer): string {
  const seq = customer.next_invoice_sequence ?? 1;
  customer.next_invoice_sequence = seq + 1;
  return `${customer.invoice_prefix ?? 'LOCAL'}-${String(seq).padStart(4, '0')}`;
}

/**
 * A finalized invoice. The customer's balance is applied like Stripe: credit (negative balance)
 * reduces what is due, and a negative total (a downgrade credited immediately) becomes credit.
 */
export function createInvoice(store: Store, input: NewInvoice): Stripe.Invoice {
  const id = newId('in');
  const now = store.now();
  const { customer, subscription } = input;
  const lines = input.lines.map((l) => buildLine(l, id, subscription.id));
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  const startingBalance = customer.balance;
  const afterBalance = total + startingBalance;
  const amountDue = Math.max(0, afterBalance);
  customer.balance = Math.min(0, afterBalance);
  const invoice: Stripe.Invoice = {
    id,
    object: 'invoice',
    account_country: 'US',
    account_name: 'Local Stripe',
    account_tax_ids: null,
    amount_due: amountDue,
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: amountDue,
    amount_shipping: 0,
    application: null,
    attempt_count: 0,
    attempted: false,
    auto_advance: true,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: input.billingReason,
    collection_method: 'charge_automatically',
    created: now,
    currency: subscription.currency,
    custom_fields: null,
    customer: customer.id,
    customer_account: null,
    customer_address: null,
    customer_email: customer.email,
    customer_name: customer.name ?? null,
    customer_phone: null,
    customer_shipping: null,
    customer_tax_exempt: 'none',
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: now,
    ending_balance: customer.balance,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: `${store.publicUrl()}/invoices/${id}`,
    invoice_pdf: null,
    issuer: { type: 'self' },
    last_finalization_error: null,
    latest_revision: null,
    lines: embeddedList(lines, `/v1/invoices/${id}/lines`),
    livemode: false,
    metadata: {},
    next_payment_attempt: amountDue > 0 ? now : null,
    number: nextNumber(customer),
    on_behalf_of: null,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { metadata: { ...subscription.metadata }, subscription: subscription.id },
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: input.period.end,
    period_start: input.period.start,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: startingBalance,
    statement_descriptor: null,
    status: 'open',
    status_transitions: { finalized_at: now, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: customer.test_clock ?? null,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: now,
  };
  store.insert(invoice);
  store.emit('invoice.created', invoice);
  store.emit('invoice.finalized', invoice);
  return invoice;
}

function markPaid(store: Store, invoice: Stripe.Invoice): void {
  const now = store.now();
  Object.assign(invoice, {
    status: 'paid',
    amount_paid: invoice.amount_due,
    amount_remaining: 0,
    next_payment_attempt: null,
  });
  invoice.status_transitions.paid_at = now;
  for (const payment of invoicePayments(store, invoice.id)) {
    if (payment.status === 'open' && isSucceeded(store, payment)) {
      payment.status = 'paid';
      payment.amount_paid = payment.amount_requested;
      payment.status_transitions.paid_at = now;
      store.emit('invoice_payment.paid', payment);
    }
  }
  store.emit('invoice.paid', invoice);
  store.emit('invoice.payment_succeeded', invoice);
}

function isSucceeded(store: Store, payment: Stripe.InvoicePayment): boolean {
  const pi = store.tryGet('payment_intent', idOf(payment.payment.payment_intent) ?? '');
  return pi?.status === 'succeeded';
}

function markFailed(store: Store, invoice: Stripe.Invoice): void {
  invoice.next_payment_attempt = store.now() + RETRY_DELAY;
  store.emit('invoice.payment_failed', invoice);
}

function createInvoicePayment(store: Store, invoice: Stripe.Invoice, pi: Stripe.PaymentIntent): Stripe.InvoicePayment {
  for (const earlier of invoicePayments(store, invoice.id)) earlier.is_default = false;
  return store.insert({
    id: newId('inpay'),
    object: 'invoice_payment',
    amount_paid: null,
    amount_requested: pi.amount,
    created: store.now(),
    currency: pi.currency,
    invoice: invoice.id,
    is_default: true,
    livemode: false,
    payment: { type: 'payment_intent', payment_intent: pi.id },
    status: 'open',
    status_transitions: { canceled_at: null, paid_at: null },
  } satisfies Stripe.InvoicePayment);
}

export function invoicePayments(store: Store, invoiceId: string): Stripe.InvoicePayment[] {
  return store.all('invoice_payment').filter((p) => p.invoice === invoiceId);
}

/**
 * One collection attempt. `outcome` is decided by the caller (checkout "pay later" processes,
 * a failing customer's card fails); without a payment method the attempt fails like in Stripe.
 */
export function collectInvoice(
  store: Store,
  invoice: Stripe.Invoice,
  pm: Stripe.PaymentMethod | null,
  outcome?: Outcome,
): { result: PaymentResult; charge: Stripe.Charge | null; pi: Stripe.PaymentIntent | null } {
  if (invoice.amount_due === 0) {
    markPaid(store, invoice);
    return { result: 'paid', charge: null, pi: null };
  }
  invoice.attempt_count += 1;
  invoice.attempted = true;
  if (!pm) {
    markFailed(store, invoice);
    return { result: 'failed', charge: null, pi: null };
  }
  const customerId = idOf(invoice.customer);
  const pi = createPaymentIntent(store, {
    amount: invoice.amount_due,
    currency: invoice.currency,
    customer: customerId,
    paymentMethod: pm.id,
    description: (invoice.billing_reason && DESCRIPTIONS[invoice.billing_reason]) ?? null,
  });
  createInvoicePayment(store, invoice, pi);
  const charge = confirmPayment(store, pi, pm, outcome ?? outcomeFor(store, customerId, pm));
  if (charge.status === 'succeeded') markPaid(store, invoice);
  else if (charge.status === 'failed') markFailed(store, invoice);
  const result: PaymentResult =
    charge.status === 'succeeded' ? 'paid' : charge.status === 'failed' ? 'failed' : 'processing';
  return { result, charge, pi };
}

/** Completes a processing (bank debit) invoice payment, success or failure. */
export function finishInvoicePayment(store: Store, invoice: Stripe.Invoice, success: boolean): void {
  if (success) markPaid(store, invoice);
  else markFailed(store, invoice);
}

/** The invoice whose payment is `piId`, if any. */
export function invoiceOfPaymentIntent(store: Store, piId: string): Stripe.Invoice | undefined {
  const payment = store.all('invoice_payment').find((p) => idOf(p.payment.payment_intent) === piId);
  return payment ? store.tryGet('invoice', idOf(payment.invoice) ?? '') : undefined;
}

export function voidInvoice(store: Store, invoice: Stripe.Invoice): Stripe.Invoice {
  if (invoice.status !== 'open')
    throw invalidRequest(`You can only void open invoices; this invoice is ${invoice.status}.`);
  invoice.status = 'void';
  invoice.amount_remaining = 0;
  invoice.next_payment_attempt = null;
  invoice.status_transitions.voided_at = store.now();
  store.emit('invoice.voided', invoice);
  return invoice;
}

// ---- API ----

export type AfterInvoicePaid = (invoice: Stripe.Invoice) => void;

/**
 * POST /v1/invoices/:id/pay. On success the subscription side (past_due → active, pending update)
 * is handled by `afterPaid`; a decline answers 402 like Stripe.
 */
export function apiPayInvoice(store: Store, id: string, p: Params, afterPaid: AfterInvoicePaid): Stripe.Invoice {
  const invoice = store.get('invoice', id);
  if (invoice.status === 'paid') throw invalidRequest('Invoice is already paid', undefined, 'invoice_already_paid');
  if (invoice.status !== 'open')
    throw invalidRequest(`You can only pay open invoices; this invoice is ${invoice.status}.`);
  if (p.bool('paid_out_of_band')) {
    markPaid(store, invoice);
    afterPaid(invoice);
    return invoice;
  }
  const pm = paymentMethodForInvoice(store, invoice, p.str('payment_method'));
  if (!pm) {
    throw invalidRequest('This customer has no attached payment source or default payment method.');
  }
  const { result, charge, pi } = collectInvoice(store, invoice, pm);
  if (result === 'failed' && charge && pi) throw declineError(store, pi, charge);
  if (result === 'paid') afterPaid(invoice);
  return invoice;
}

function paymentMethodForInvoice(
  store: Store,
  invoice: Stripe.Invoice,
  explicit?: string,
): Stripe.PaymentMethod | null {
  if (explicit) return store.get('payment_method', explicit, 'payment_method');
  const subId = idOf(invoice.parent?.subscription_details?.subscription);
  const sub = subId ? store.tryGet('subscription', subId) : undefined;
  const customer = store.get('customer', idOf(invoice.customer) ?? '', 'customer');
  const pmId = idOf(sub?.default_payment_method) ?? idOf(customer.invoice_settings.default_payment_method);
  return pmId ? (store.tryGet('payment_method', pmId) ?? null) : null;
}

export function apiListInvoices(store: Store, p: Params): Stripe.ApiList<Stripe.Invoice> {
  const customer = p.str('customer');
  const subscription = p.str('subscription');
  const status = p.str('status');
  const created = createdFilter(p);
  const items = store
    .all('invoice')
    .filter(
      (inv) =>
        (!customer || inv.customer === customer) &&
        (!subscription || inv.parent?.subscription_details?.subscription === subscription) &&
        (!status || inv.status === status) &&
        created(inv.created),
    );
  return paginate(items, p, '/v1/invoices');
}

export function apiListInvoiceLines(store: Store, id: string, p: Params): Stripe.ApiList<Stripe.InvoiceLineItem> {
  const invoice = store.get('invoice', id);
  return paginate(invoice.lines.data, p, `/v1/invoices/${id}/lines`);
}

export function apiListInvoicePayments(store: Store, p: Params): Stripe.ApiList<Stripe.InvoicePayment> {
  const invoice = p.str('invoice');
  const piId = p.obj('payment')?.str('payment_intent');
  const items = store
    .all('invoice_payment')
    .filter((x) => (!invoice || x.invoice === invoice) && (!piId || idOf(x.payment.payment_intent) === piId));
  return paginate(items, p, '/v1/invoice_payments');
}

/** `expand[]=payments` on an invoice. */
export function paymentsOfInvoice(store: Store, invoiceId: string): Stripe.ApiList<Stripe.InvoicePayment> {
  return embeddedList(invoicePayments(store, invoiceId), `/v1/invoice_payments?invoice=${invoiceId}`);
}

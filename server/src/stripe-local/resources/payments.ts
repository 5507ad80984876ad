import type Stripe from 'stripe';
import { cardDeclined, DECLINE_MESSAGE, invalidRequest } from '../errors';
import { initialMetadata, mergeMetadata, type Params } from '../form';
import { newId, newSecret } from '../ids';
import { createdFilter, paginate } from '../list';
import { idOf, previousAttributes, type Store } from '../store';

/**
 * PaymentIntents and Charges. Every money movement (checkout, invoices, off-session top-ups) goes
 * through `confirmPayment`, so charges, events and the "failing card" switch behave the same everywhere.
 */
export type Outcome = 'succeed' | 'fail' | 'process';

export interface NewPaymentIntent {
  amount: number;
  currency: string;
  customer: string | null;
  paymentMethod: string | null;
  metadata?: Record<string, string>;
  description?: string | null;
  paymentMethodTypes?: string[];
  setupFutureUsage?: Stripe.PaymentIntent.SetupFutureUsage | null;
}

export function createPaymentIntent(store: Store, input: NewPaymentIntent): Stripe.PaymentIntent {
  const id = newId('pi');
  const pi: Stripe.PaymentIntent = {
    id,
    object: 'payment_intent',
    allowed_payment_method_types: null,
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic',
    client_secret: newSecret(id),
    confirmation_method: 'automatic',
    created: store.now(),
    currency: input.currency,
    customer: input.customer,
    customer_account: null,
    description: input.description ?? null,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata ?? {},
    next_action: null,
    on_behalf_of: null,
    payment_method: input.paymentMethod,
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: input.paymentMethodTypes ?? ['card'],
    payment_record: null,
    processing: null,
    receipt_email: null,
    review: null,
    setup_future_usage: input.setupFutureUsage ?? null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: input.paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
    transfer_data: null,
    transfer_group: null,
  };
  store.insert(pi);
  store.emit('payment_intent.created', pi);
  return pi;
}

function methodDetails(pm: Stripe.PaymentMethod): Stripe.Charge.PaymentMethodDetails {
  if (pm.us_bank_account) {
    const bank = pm.us_bank_account;
    return {
      type: 'us_bank_account',
      us_bank_account: {
        account_holder_type: bank.account_holder_type,
        account_type: bank.account_type,
        bank_name: bank.bank_name,
        fingerprint: bank.fingerprint,
        last4: bank.last4,
        mandate: undefined,
        payment_reference: null,
        routing_number: bank.routing_number,
      },
    } as Stripe.Charge.PaymentMethodDetails;
  }
  const c = pm.card;
  return {
    type: 'card',
    card: {
      amount_authorized: null,
      authorization_code: null,
      brand: c?.brand ?? 'visa',
      checks: { address_line1_check: null, address_postal_code_check: 'pass', cvc_check: 'pass' },
      country: c?.country ?? 'US',
      electronic_commerce_indicator: null,
      exp_month: c?.exp_month ?? 12,
      exp_year: c?.exp_year ?? 2030,
      fingerprint: c?.fingerprint ?? null,
      funding: c?.funding ?? 'credit',
      installments: null,
      last4: c?.last4 ?? '4242',
      mandate: null,
      network: 'visa',
      network_transaction_id: null,
      regulated_status: 'unregulated',
      three_d_secure: null,
      transaction_link_id: null,
      wallet: null,
    },
  };
}

const OUTCOMES: Record<'succeeded' | 'failed' | 'pending', Stripe.Charge.Outcome> = {
  succeeded: {
    advice_code: null,
    network_advice_code: null,
    network_decline_code: null,
    network_status: 'approved_by_network',
    reason: null,
    risk_level: 'normal',
    risk_score: 20,
    seller_message: 'Payment complete.',
    type: 'authorized',
  },
  failed: {
    advice_code: 'try_again_later',
    network_advice_code: null,
    network_decline_code: null,
    network_status: 'declined_by_network',
    reason: 'generic_decline',
    risk_level: 'normal',
    risk_score: 20,
    seller_message: 'The bank did not return any further details with this decline.',
    type: 'issuer_declined',
  },
  pending: {
    advice_code: null,
    network_advice_code: null,
    network_decline_code: null,
    network_status: 'approved_by_network',
    reason: null,
    risk_level: 'not_assessed',
    seller_message: 'Payment is processing.',
    type: 'authorized',
  },
};

function createCharge(
  store: Store,
  pi: Stripe.PaymentIntent,
  pm: Stripe.PaymentMethod,
  status: Stripe.Charge.Status,
): Stripe.Charge {
  const failed = status === 'failed';
  const id = newId('ch');
  return store.insert({
    id,
    object: 'charge',
    amount: pi.amount,
    amount_captured: status === 'succeeded' ? pi.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: status === 'succeeded' ? newId('txn') : null,
    billing_details: pm.billing_details,
    calculated_statement_descriptor: 'LOCAL STRIPE',
    captured: status === 'succeeded',
    created: store.now(),
    currency: pi.currency,
    customer: pi.customer,
    description: pi.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: failed ? 'card_declined' : null,
    failure_message: failed ? DECLINE_MESSAGE : null,
    fraud_details: {},
    livemode: false,
    metadata: { ...pi.metadata },
    on_behalf_of: null,
    outcome: OUTCOMES[status === 'succeeded' ? 'succeeded' : failed ? 'failed' : 'pending'],
    paid: status === 'succeeded',
    payment_intent: pi.id,
    payment_method: pm.id,
    payment_method_details: methodDetails(pm),
    receipt_email: null,
    receipt_number: null,
    receipt_url: `${store.publicUrl()}/receipts/${id}`,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status,
    transfer_data: null,
    transfer_group: null,
  } satisfies Stripe.Charge);
}

function lastPaymentError(charge: Stripe.Charge, pm: Stripe.PaymentMethod): Stripe.PaymentIntent.LastPaymentError {
  return {
    type: 'card_error',
    code: 'card_declined',
    decline_code: 'generic_decline',
    doc_url: 'https://stripe.com/docs/error-codes/card-declined',
    message: DECLINE_MESSAGE,
    charge: charge.id,
    payment_method: structuredClone(pm),
  };
}

/** Runs one payment attempt on `pi` with `pm` and records the charge and events for the outcome. */
export function confirmPayment(
  store: Store,
  pi: Stripe.PaymentIntent,
  pm: Stripe.PaymentMethod,
  outcome: Outcome,
): Stripe.Charge {
  pi.payment_method = pm.id;
  pi.payment_method_types = [pm.type];
  if (outcome === 'succeed') return succeed(store, pi, createCharge(store, pi, pm, 'pending'), true);
  if (outcome === 'process') {
    const charge = createCharge(store, pi, pm, 'pending');
    pi.status = 'processing';
    pi.latest_charge = charge.id;
    store.emit('charge.pending', charge);
    store.emit('payment_intent.processing', pi);
    return charge;
  }
  return fail(store, pi, createCharge(store, pi, pm, 'pending'), pm);
}

function succeed(store: Store, pi: Stripe.PaymentIntent, charge: Stripe.Charge, fresh: boolean): Stripe.Charge {
  Object.assign(charge, {
    status: 'succeeded',
    paid: true,
    captured: true,
    amount_captured: charge.amount,
    balance_transaction: newId('txn'),
    outcome: OUTCOMES.succeeded,
  });
  Object.assign(pi, {
    status: 'succeeded',
    amount_received: pi.amount,
    latest_charge: charge.id,
    last_payment_error: null,
  });
  if (!fresh) store.emit('charge.updated', charge);
  store.emit('charge.succeeded', charge);
  store.emit('payment_intent.succeeded', pi);
  return charge;
}

function fail(store: Store, pi: Stripe.PaymentIntent, charge: Stripe.Charge, pm: Stripe.PaymentMethod): Stripe.Charge {
  Object.assign(charge, {
    status: 'failed',
    paid: false,
    failure_code: 'card_declined',
    failure_message: DECLINE_MESSAGE,
    outcome: OUTCOMES.failed,
  });
  Object.assign(pi, {
    status: 'requires_payment_method',
    latest_charge: charge.id,
    last_payment_error: lastPaymentError(charge, pm),
  });
  store.emit('charge.failed', charge);
  store.emit('payment_intent.payment_failed', pi);
  return charge;
}

/** Finishes a `processing` (bank debit) payment. */
export function settlePayment(store: Store, pi: Stripe.PaymentIntent, success: boolean): Stripe.Charge {
  if (pi.status !== 'processing')
    throw invalidRequest(`PaymentIntent ${pi.id} is not processing (status: ${pi.status}).`);
  const charge = store.get('charge', idOf(pi.latest_charge) ?? '', 'charge');
  const pm = store.get('payment_method', idOf(pi.payment_method) ?? '', 'payment_method');
  return success ? succeed(store, pi, charge, false) : fail(store, pi, charge, pm);
}

/** Off-session and renewal payments fail for customers switched to a failing card. */
export function outcomeFor(store: Store, customerId: string | null, pm: Stripe.PaymentMethod): Outcome {
  if (customerId && store.failingCustomers.has(customerId)) return 'fail';
  return pm.type === 'card' || pm.type === 'us_bank_account' ? 'succeed' : 'fail';
}

/** The 402 Stripe answers when a synchronous confirmation is declined. */
export function declineError(store: Store, pi: Stripe.PaymentIntent, charge: Stripe.Charge): Error {
  const pm = store.tryGet('payment_method', idOf(pi.payment_method) ?? '');
  return cardDeclined({
    charge: charge.id,
    paymentIntent: structuredClone(pi),
    paymentMethod: pm ? structuredClone(pm) : undefined,
  });
}

// ---- API ----

const MINIMUM_AMOUNT = 50;

export function apiCreatePaymentIntent(store: Store, p: Params): Stripe.PaymentIntent {
  const amount = p.reqInt('amount');
  const currency = p.reqStr('currency').toLowerCase();
  if (amount < MINIMUM_AMOUNT)
    throw invalidRequest(`Amount must be at least $0.50 ${currency}`, 'amount', 'amount_too_small');
  const customer = p.str('customer') ? store.get('customer', p.reqStr('customer'), 'customer').id : null;
  const pmId = p.str('payment_method') ?? null;
  if (pmId) checkPaymentMethodOwner(store, pmId, customer);
  const confirm = p.bool('confirm') ?? false;
  if (p.has('off_session') && !confirm) {
    throw invalidRequest('You can only pass in `off_session` when `confirm` is set to true.', 'off_session');
  }
  if (confirm && !pmId) throw missingPaymentMethod();
  const pi = createPaymentIntent(store, {
    amount,
    currency,
    customer,
    paymentMethod: pmId,
    metadata: initialMetadata(p.metadata()),
    description: p.str('description') ?? null,
    paymentMethodTypes: p.strList('payment_method_types').length ? p.strList('payment_method_types') : undefined,
    setupFutureUsage: p.oneOf('setup_future_usage', ['on_session', 'off_session'] as const) ?? null,
  });
  if (confirm) confirmOrThrow(store, pi);
  return pi;
}

function missingPaymentMethod(): Error {
  return invalidRequest(
    "You cannot confirm this PaymentIntent because it's missing a payment method. " +
      'You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.',
    'payment_method',
    'payment_intent_unexpected_state',
  );
}

function checkPaymentMethodOwner(store: Store, pmId: string, customer: string | null): void {
  const pm = store.get('payment_method', pmId, 'payment_method');
  if (pm.customer && pm.customer !== customer) {
    throw invalidRequest(
      customer
        ? `The provided PaymentMethod belongs to a different customer (${idOf(pm.customer)}).`
        : `The provided PaymentMethod ${pm.id} is attached to a Customer, so you must also pass \`customer\`.`,
      'payment_method',
    );
  }
}

function confirmOrThrow(store: Store, pi: Stripe.PaymentIntent): void {
  const pm = store.get('payment_method', idOf(pi.payment_method) ?? '', 'payment_method');
  const charge = confirmPayment(store, pi, pm, outcomeFor(store, idOf(pi.customer), pm));
  if (charge.status === 'failed') throw declineError(store, pi, charge);
}

export function apiConfirmPaymentIntent(store: Store, id: string, p: Params): Stripe.PaymentIntent {
  const pi = store.get('payment_intent', id);
  if (pi.status !== 'requires_payment_method' && pi.status !== 'requires_confirmation') {
    throw invalidRequest(
      `This PaymentIntent's status is ${pi.status}, but it must be requires_payment_method or requires_confirmation to be confirmed.`,
      undefined,
      'payment_intent_unexpected_state',
    );
  }
  const pmId = p.str('payment_method');
  if (pmId) {
    checkPaymentMethodOwner(store, pmId, idOf(pi.customer));
    pi.payment_method = pmId;
  }
  if (!pi.payment_method) throw missingPaymentMethod();
  confirmOrThrow(store, pi);
  return pi;
}

export function apiUpdatePaymentIntent(store: Store, id: string, p: Params): Stripe.PaymentIntent {
  const pi = store.get('payment_intent', id);
  pi.metadata = mergeMetadata(pi.metadata, p.metadata());
  if (p.has('description')) pi.description = p.nullableStr('description') ?? null;
  if (p.has('amount')) {
    if (pi.status === 'succeeded' || pi.status === 'processing')
      throw invalidRequest('This PaymentIntent can no longer be updated.', 'amount');
    pi.amount = p.reqInt('amount');
  }
  return pi; // Stripe has no payment_intent.updated event.
}

export function apiCancelPaymentIntent(store: Store, id: string, p: Params): Stripe.PaymentIntent {
  const pi = store.get('payment_intent', id);
  if (pi.status === 'succeeded' || pi.status === 'canceled') {
    throw invalidRequest(
      `You cannot cancel this PaymentIntent because it has a status of ${pi.status}.`,
      undefined,
      'payment_intent_unexpected_state',
    );
  }
  pi.status = 'canceled';
  pi.canceled_at = store.now();
  pi.cancellation_reason =
    p.oneOf('cancellation_reason', ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'] as const) ?? null;
  store.emit('payment_intent.canceled', pi);
  return pi;
}

export function apiListPaymentIntents(store: Store, p: Params): Stripe.ApiList<Stripe.PaymentIntent> {
  const customer = p.str('customer');
  const created = createdFilter(p);
  const items = store.all('payment_intent').filter((x) => (!customer || x.customer === customer) && created(x.created));
  return paginate(items, p, '/v1/payment_intents');
}

export function apiListCharges(store: Store, p: Params): Stripe.ApiList<Stripe.Charge> {
  const customer = p.str('customer');
  const pi = p.str('payment_intent');
  const created = createdFilter(p);
  const items = store
    .all('charge')
    .filter((x) => (!customer || x.customer === customer) && (!pi || x.payment_intent === pi) && created(x.created));
  return paginate(items, p, '/v1/charges');
}

export function apiUpdateCharge(store: Store, id: string, p: Params): Stripe.Charge {
  const charge = store.get('charge', id);
  const before = structuredClone(charge);
  charge.metadata = mergeMetadata(charge.metadata, p.metadata());
  if (p.has('description')) charge.description = p.nullableStr('description') ?? null;
  store.emit('charge.updated', charge, previousAttributes(before, charge));
  return charge;
}

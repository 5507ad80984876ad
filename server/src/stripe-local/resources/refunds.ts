import type Stripe from 'stripe';
import { invalidRequest, missingParam } from '../errors';
import { initialMetadata, type Params } from '../form';
import { newId } from '../ids';
import { createdFilter, paginate } from '../list';
import { idOf, type Store } from '../store';
import { formatMoney } from '../money';

export interface RefundRequest {
  amount?: number;
  reason?: Stripe.Refund.Reason | null;
  metadata?: Record<string, string>;
}

const DAY = 24 * 60 * 60;

/** Refunds a succeeded charge (fully by default), with Stripe's checks and events. */
export function refundCharge(store: Store, charge: Stripe.Charge, req: RefundRequest): Stripe.Refund {
  checkRefundable(charge);
  const remaining = charge.amount - charge.amount_refunded;
  const amount = req.amount ?? remaining;
  if (amount <= 0) throw invalidRequest('Invalid positive integer', 'amount');
  if (amount > remaining) {
    throw invalidRequest(
      `Refund amount (${formatMoney(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatMoney(remaining, charge.currency)})`,
      'amount',
      'amount_too_large',
    );
  }
  const refund = store.insert(buildRefund(store, charge, amount, req));
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  store.emit('refund.created', refund);
  store.emit('charge.refunded', charge, previous);
  return refund;
}

function checkRefundable(charge: Stripe.Charge): void {
  if (charge.status !== 'succeeded') {
    throw invalidRequest(
      `Charge ${charge.id} has not succeeded and cannot be refunded.`,
      'charge',
      'charge_not_refundable',
    );
  }
  if (charge.disputed) {
    throw invalidRequest(
      `Charge ${charge.id} has been charged back; cannot issue a refund.`,
      'charge',
      'charge_disputed',
    );
  }
  if (charge.refunded) {
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, 'charge', 'charge_already_refunded');
  }
}

function buildRefund(store: Store, charge: Stripe.Charge, amount: number, req: RefundRequest): Stripe.Refund {
  const isCard = charge.payment_method_details?.type === 'card';
  return {
    id: newId('re'),
    object: 'refund',
    amount,
    balance_transaction: newId('txn'),
    charge: charge.id,
    created: store.now(),
    currency: charge.currency,
    customer: charge.customer,
    customer_account: null,
    destination_details: isCard
      ? {
          type: 'card',
          card: { reference_status: 'pending', reference_type: 'acquirer_reference_number', type: 'refund' },
        }
      : { type: charge.payment_method_details?.type ?? 'card' },
    metadata: req.metadata ?? {},
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason: req.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
}

/** The charge that paid a payment intent (a top-up, or an invoice's payment). */
function succeededCharge(store: Store, paymentIntentId: string): Stripe.Charge {
  const pi = store.get('payment_intent', paymentIntentId, 'payment_intent');
  const latest = idOf(pi.latest_charge);
  if (pi.status !== 'succeeded' || !latest) {
    throw invalidRequest(
      `This PaymentIntent (${pi.id}) does not have a successful charge to refund.`,
      'payment_intent',
    );
  }
  return store.get('charge', latest, 'payment_intent');
}

/** A dashboard refund from a payment's page, by payment intent (full when `amount` is omitted). */
export function refundPaymentIntent(store: Store, paymentIntentId: string, amount?: number): Stripe.Refund {
  return refundCharge(store, succeededCharge(store, paymentIntentId), { amount });
}

export function apiCreateRefund(store: Store, p: Params): Stripe.Refund {
  let charge: Stripe.Charge;
  const chargeId = p.str('charge');
  const piId = p.str('payment_intent');
  if (chargeId) charge = store.get('charge', chargeId, 'charge');
  else if (piId) charge = succeededCharge(store, piId);
  else throw missingParam('charge');
  return refundCharge(store, charge, {
    amount: p.int('amount'),
    reason: p.oneOf('reason', ['duplicate', 'fraudulent', 'requested_by_customer'] as const) ?? null,
    metadata: initialMetadata(p.metadata()),
  });
}

export function apiListRefunds(store: Store, p: Params): Stripe.ApiList<Stripe.Refund> {
  const charge = p.str('charge');
  const pi = p.str('payment_intent');
  const created = createdFilter(p);
  const items = store
    .all('refund')
    .filter((r) => (!charge || r.charge === charge) && (!pi || r.payment_intent === pi) && created(r.created));
  return paginate(items, p, '/v1/refunds');
}

export function refundsOfCharge(store: Store, chargeId: string): Stripe.ApiList<Stripe.Refund> {
  const data = store.all('refund').filter((r) => r.charge === chargeId);
  return { object: 'list', data, has_more: false, url: `/v1/charges/${chargeId}/refunds` };
}

// ---- disputes ----

const EMPTY_EVIDENCE: Stripe.Dispute.Evidence = {
  access_activity_log: null,
  billing_address: null,
  cancellation_policy: null,
  cancellation_policy_disclosure: null,
  cancellation_rebuttal: null,
  customer_communication: null,
  customer_email_address: null,
  customer_name: null,
  customer_purchase_ip: null,
  customer_signature: null,
  duplicate_charge_documentation: null,
  duplicate_charge_explanation: null,
  duplicate_charge_id: null,
  enhanced_evidence: {},
  product_description: null,
  receipt: null,
  refund_policy: null,
  refund_policy_disclosure: null,
  refund_refusal_explanation: null,
  service_date: null,
  service_documentation: null,
  shipping_address: null,
  shipping_carrier: null,
  shipping_date: null,
  shipping_documentation: null,
  shipping_tracking_number: null,
  uncategorized_file: null,
  uncategorized_text: null,
};

const DISPUTE_FEE = 1500;

/** The balance transaction a dispute moves: funds withdrawn when it opens, reinstated when it is won. */
function disputeTransaction(
  store: Store,
  dispute: Stripe.Dispute,
  direction: 'withdrawn' | 'reinstated',
): Stripe.BalanceTransaction {
  const now = store.now();
  const withdrawn = direction === 'withdrawn';
  const amount = withdrawn ? -dispute.amount : dispute.amount;
  const fee = withdrawn ? DISPUTE_FEE : 0;
  return {
    id: newId('txn'),
    object: 'balance_transaction',
    amount,
    available_on: now,
    balance_type: 'payments',
    created: now,
    currency: dispute.currency,
    description: `Chargeback ${withdrawn ? 'withdrawal' : 'reversal'} for ${idOf(dispute.charge)}`,
    exchange_rate: null,
    fee,
    fee_details: withdrawn
      ? [{ amount: fee, application: null, currency: dispute.currency, description: 'Dispute fee', type: 'stripe_fee' }]
      : [],
    net: amount - fee,
    reporting_category: withdrawn ? 'dispute' : 'dispute_reversal',
    source: dispute.id,
    status: 'available',
    type: 'adjustment',
  };
}

/**
 * A chargeback as the card network would open it: the disputed amount is what was not refunded unless given
 * (a customer may dispute a payment that was already refunded). Like Stripe: `charge.dispute.created`, then
 * `charge.dispute.funds_withdrawn` with the withdrawal on the dispute's balance transactions.
 */
export function openDispute(
  store: Store,
  chargeId: string,
  opts: { amount?: number; reason?: string } = {},
): Stripe.Dispute {
  const charge = store.get('charge', chargeId, 'charge');
  if (charge.status !== 'succeeded')
    throw invalidRequest(`Charge ${charge.id} did not succeed and cannot be disputed.`, 'charge');
  if (charge.disputed) throw invalidRequest(`Charge ${charge.id} is already disputed.`, 'charge');
  const amount = opts.amount ?? charge.amount - charge.amount_refunded;
  if (!Number.isSafeInteger(amount) || amount <= 0 || amount > charge.amount)
    throw invalidRequest(`A dispute amount must be from 1 to ${charge.amount}.`, 'amount');
  const now = store.now();
  const dispute: Stripe.Dispute = store.insert({
    id: newId('dp'),
    object: 'dispute',
    amount,
    balance_transactions: [],
    charge: charge.id,
    created: now,
    currency: charge.currency,
    enhanced_eligibility_types: [],
    evidence: structuredClone(EMPTY_EVIDENCE),
    evidence_details: {
      due_by: now + 21 * DAY,
      enhanced_eligibility: {},
      has_evidence: false,
      past_due: false,
      submission_count: 0,
      submission_method: 'not_submitted',
    },
    intended_submission_method: null,
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    network_reason_code: '10.4',
    payment_intent: charge.payment_intent,
    reason: opts.reason ?? 'fraudulent',
    status: 'needs_response',
  } satisfies Stripe.Dispute);
  charge.disputed = true;
  store.emit('charge.dispute.created', dispute);
  dispute.balance_transactions.push(disputeTransaction(store, dispute, 'withdrawn'));
  store.emit('charge.dispute.funds_withdrawn', dispute);
  return dispute;
}

/**
 * Ends a dispute: `won` gives the money back to the merchant (`charge.dispute.closed`, then
 * `charge.dispute.funds_reinstated`), `lost` keeps it with the cardholder (`charge.dispute.closed` only).
 */
export function closeDispute(store: Store, disputeId: string, status: 'won' | 'lost'): Stripe.Dispute {
  const dispute = store.get('dispute', disputeId, 'dispute');
  if (dispute.status === 'won' || dispute.status === 'lost')
    throw invalidRequest(`Dispute ${dispute.id} is already closed.`);
  const previous = { status: dispute.status };
  dispute.status = status;
  store.emit('charge.dispute.closed', dispute, previous);
  if (status === 'won') {
    dispute.balance_transactions.push(disputeTransaction(store, dispute, 'reinstated'));
    store.emit('charge.dispute.funds_reinstated', dispute);
  }
  return dispute;
}

export function apiListDisputes(store: Store, p: Params): Stripe.ApiList<Stripe.Dispute> {
  const charge = p.str('charge');
  const pi = p.str('payment_intent');
  const items = store
    .all('dispute')
    .filter((d) => (!charge || d.charge === charge) && (!pi || d.payment_intent === pi));
  return paginate(items, p, '/v1/disputes');
}

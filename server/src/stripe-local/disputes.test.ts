import type Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chargeOfInvoice, createCatalog, startHarness, type Harness } from './test-harness';

/** Refunds and disputes of subscription invoices, and a dispute's life, with the events Stripe sends. */
let h: Harness;
let catalog: Awaited<ReturnType<typeof createCatalog>>;

beforeAll(async () => {
  h = await startHarness();
  catalog = await createCatalog(h.stripe);
});
afterAll(() => h.stop());
beforeEach(async () => {
  await h.local.controls.flush();
  h.receiver.clear();
});

/** A Pro subscription paid through Checkout, and the charge of its first invoice. */
async function subscribed(): Promise<{ sub: Stripe.Subscription; charge: Stripe.Charge }> {
  const customer = await h.stripe.customers.create({ email: 'owner@example.com' });
  const session = await h.stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customer.id,
    line_items: [{ price: catalog.pro.id, quantity: 1 }],
    success_url: 'https://app.example/ok',
  });
  const done = await h.local.controls.payCheckout(session.id);
  const sub = await h.stripe.subscriptions.retrieve(String(done.subscription));
  const charge = await chargeOfInvoice(h.stripe, String(sub.latest_invoice));
  h.receiver.clear();
  return { sub, charge };
}

const disputeEvents = () => h.receiver.types().filter((t) => t.startsWith('charge.dispute.'));

describe('refunds of an invoice payment', () => {
  it('refundPayment refunds the payment intent of an invoice: refund.created and charge.refunded', async () => {
    const { charge } = await subscribed();
    const refund = await h.local.controls.refundPayment(String(charge.payment_intent), 1450);
    expect(refund).toMatchObject({ amount: 1450, charge: charge.id, payment_intent: charge.payment_intent });
    expect(h.receiver.types()).toEqual(['refund.created', 'charge.refunded']);
    expect(h.receiver.ofType('charge.refunded')[0]?.data.object).toMatchObject({
      amount_refunded: 1450,
      refunded: false,
    });
    await expect(h.local.controls.refundPayment('pi_unknown')).rejects.toMatchObject({ statusCode: 404 });
  });
});

describe('a dispute, opened and closed', () => {
  it('opening withdraws the funds: created, then funds_withdrawn with its balance transaction', async () => {
    const { charge } = await subscribed();
    const dispute = await h.local.controls.openDispute(charge.id);
    expect(disputeEvents()).toEqual(['charge.dispute.created', 'charge.dispute.funds_withdrawn']);
    const [withdrawn] = h.receiver.ofType('charge.dispute.funds_withdrawn');
    expect(withdrawn?.data.object.balance_transactions).toEqual([
      expect.objectContaining({ amount: -2900, fee: 1500, net: -4400, reporting_category: 'dispute' }),
    ]);
    expect((await h.stripe.disputes.retrieve(dispute.id)).status).toBe('needs_response');
  });

  it('won: closed with status won, then funds_reinstated; the status reads won afterwards', async () => {
    const { charge } = await subscribed();
    const dispute = await h.local.controls.openDispute(charge.id);
    h.receiver.clear();
    await h.local.controls.closeDispute(dispute.id, 'won');
    expect(disputeEvents()).toEqual(['charge.dispute.closed', 'charge.dispute.funds_reinstated']);
    expect(h.receiver.ofType('charge.dispute.closed')[0]?.data).toMatchObject({
      object: { status: 'won' },
      previous_attributes: { status: 'needs_response' },
    });
    const reinstated = h.receiver.ofType('charge.dispute.funds_reinstated')[0]?.data.object;
    expect(reinstated?.balance_transactions.map((t) => [t.amount, t.reporting_category])).toEqual([
      [-2900, 'dispute'],
      [2900, 'dispute_reversal'],
    ]);
    expect((await h.stripe.disputes.retrieve(dispute.id)).status).toBe('won');
    await expect(h.local.controls.closeDispute(dispute.id, 'lost')).rejects.toMatchObject({ statusCode: 400 });
  });

  it('lost: closed only, and the funds stay withdrawn', async () => {
    const { charge } = await subscribed();
    const dispute = await h.local.controls.openDispute(charge.id);
    h.receiver.clear();
    await h.stripe.disputes.close(dispute.id);
    await h.local.controls.flush();
    expect(disputeEvents()).toEqual(['charge.dispute.closed']);
    expect((await h.stripe.disputes.retrieve(dispute.id)).balance_transactions).toHaveLength(1);
  });

  it('a refunded payment can still be disputed, for an amount the cardholder names', async () => {
    const { charge } = await subscribed();
    await h.local.controls.refundCharge(charge.id);
    await expect(h.local.controls.openDispute(charge.id)).rejects.toMatchObject({ statusCode: 400 });
    const dispute = await h.local.controls.openDispute(charge.id, 2900);
    expect(dispute).toMatchObject({ amount: 2900, charge: charge.id, payment_intent: charge.payment_intent });
    await expect(h.local.controls.openDispute(charge.id, 100)).rejects.toMatchObject({ statusCode: 400 });
  });
});

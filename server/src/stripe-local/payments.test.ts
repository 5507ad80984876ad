import Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCatalog, startHarness, type Harness } from './test-harness';

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

/** A customer who bought a top-up through Checkout and let it save the card, as the app's top-ups do. */
async function buyer(): Promise<{ customer: Stripe.Customer; charge: Stripe.Charge; pm: string }> {
  const customer = await h.stripe.customers.create({ email: 'buyer@example.com' });
  const session = await h.stripe.checkout.sessions.create({
    mode: 'payment',
    customer: customer.id,
    line_items: [{ price: catalog.topup.id, quantity: 2 }],
    payment_intent_data: { metadata: { workspace: 'ws_9' }, setup_future_usage: 'off_session' },
    success_url: 'https://app.example/ok',
  });
  const paid = await h.local.controls.payCheckout(session.id);
  const pi = await h.stripe.paymentIntents.retrieve(String(paid.payment_intent), { expand: ['latest_charge'] });
  h.receiver.clear();
  return { customer, charge: pi.latest_charge as Stripe.Charge, pm: String(pi.payment_method) };
}

function autoTopUp(customer: Stripe.Customer, pm: string, key?: string) {
  return h.stripe.paymentIntents.create(
    {
      amount: 2000,
      currency: 'usd',
      customer: customer.id,
      payment_method: pm,
      off_session: true,
      confirm: true,
      metadata: { workspace: 'ws_9', kind: 'auto_topup' },
    },
    key ? { idempotencyKey: key } : undefined,
  );
}

describe('off-session payment intents (auto top-up)', () => {
  it('succeed with the saved card and emit payment_intent.succeeded and charge.succeeded', async () => {
    const { customer } = await buyer();
    // Checkout attaches the card but, as on Stripe, does not make it the default: list it.
    const saved = (await h.stripe.customers.retrieve(customer.id)) as Stripe.Customer;
    expect(saved.invoice_settings.default_payment_method).toBeNull();
    const [card] = (await h.stripe.customers.listPaymentMethods(customer.id, { type: 'card' })).data;
    const pm = card!.id;
    const pi = await autoTopUp(customer, pm);
    expect(pi).toMatchObject({ status: 'succeeded', amount_received: 2000, metadata: { kind: 'auto_topup' } });
    await h.local.controls.flush();
    const [succeeded] = h.receiver.ofType('payment_intent.succeeded');
    expect(succeeded?.data.object.id).toBe(pi.id);
    expect(h.receiver.ofType('charge.succeeded')[0]?.data.object).toMatchObject({
      payment_intent: pi.id,
      amount: 2000,
    });
  });

  it('fail with a card_declined StripeCardError and payment_intent.payment_failed when the card fails', async () => {
    const { customer, pm } = await buyer();
    await h.local.controls.setCardFailing(customer.id, true);
    const err = await autoTopUp(customer, pm).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeCardError);
    const cardError = err as Stripe.errors.StripeCardError;
    expect(cardError).toMatchObject({ statusCode: 402, code: 'card_declined', decline_code: 'generic_decline' });
    expect(cardError.payment_intent?.status).toBe('requires_payment_method');
    await h.local.controls.flush();
    const [failed] = h.receiver.ofType('payment_intent.payment_failed');
    expect(failed?.data.object.last_payment_error?.code).toBe('card_declined');
    expect(h.receiver.ofType('payment_intent.succeeded')).toHaveLength(0);
  });

  it('refuses a payment method of another customer and a confirm without one', async () => {
    const { pm } = await buyer();
    const other = await h.stripe.customers.create({ email: 'other@example.com' });
    await expect(autoTopUp(other, pm)).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      param: 'payment_method',
    });
    await expect(
      h.stripe.paymentIntents.create({
        amount: 2000,
        currency: 'usd',
        customer: other.id,
        confirm: true,
        off_session: true,
      }),
    ).rejects.toMatchObject({ type: 'StripeInvalidRequestError', code: 'payment_intent_unexpected_state' });
  });

  it('replays a decline for the same idempotency key instead of charging again', async () => {
    const { customer, pm } = await buyer();
    await h.local.controls.setCardFailing(customer.id, true);
    const first = await autoTopUp(customer, pm, 'auto-topup-1').catch((e: Stripe.errors.StripeCardError) => e);
    const second = await autoTopUp(customer, pm, 'auto-topup-1').catch((e: Stripe.errors.StripeCardError) => e);
    expect((first as Stripe.errors.StripeCardError).payment_intent?.id).toBe(
      (second as Stripe.errors.StripeCardError).payment_intent?.id,
    );
    const list = await h.stripe.paymentIntents.list({ customer: customer.id });
    expect(list.data.filter((pi) => pi.metadata.kind === 'auto_topup')).toHaveLength(1);
  });
});

describe('refunds', () => {
  it('partial then full refund through the API: charge.refunded carries amount_refunded', async () => {
    const { charge } = await buyer();
    const first = await h.stripe.refunds.create({ charge: charge.id, amount: 1500 });
    expect(first).toMatchObject({ object: 'refund', amount: 1500, charge: charge.id, status: 'succeeded' });
    await h.stripe.refunds.create({ charge: charge.id });
    await h.local.controls.flush();
    const refunded = h.receiver.ofType('charge.refunded').map((e) => e.data.object);
    expect(refunded.map((c) => [c.amount_refunded, c.refunded])).toEqual([
      [1500, false],
      [4000, true],
    ]);
    expect(h.receiver.ofType('charge.refunded')[0]?.data.previous_attributes).toEqual({
      amount_refunded: 0,
      refunded: false,
    });
    expect(h.receiver.ofType('refund.created')).toHaveLength(2);
    await expect(h.stripe.refunds.create({ charge: charge.id })).rejects.toMatchObject({
      code: 'charge_already_refunded',
    });
  });

  it('rejects a refund larger than what is left', async () => {
    const { charge } = await buyer();
    await expect(h.stripe.refunds.create({ charge: charge.id, amount: 4001 })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      code: 'amount_too_large',
    });
  });

  it('a dashboard refund (control) sends charge.refunded and refund.created', async () => {
    const { charge } = await buyer();
    const refund = await h.local.controls.refundCharge(charge.id, 1000);
    expect(refund.amount).toBe(1000);
    expect(h.receiver.ofType('charge.refunded')[0]?.data.object.amount_refunded).toBe(1000);
    expect(h.receiver.ofType('refund.created')[0]?.data.object.id).toBe(refund.id);
    const refunds = await h.stripe.refunds.list({ charge: charge.id });
    expect(refunds.data.map((r) => r.id)).toEqual([refund.id]);
  });
});

describe('disputes', () => {
  it('openDispute sends charge.dispute.created for the charge, which then cannot be refunded', async () => {
    const { charge } = await buyer();
    const dispute = await h.local.controls.openDispute(charge.id);
    expect(dispute.id).toMatch(/^dp_/);
    const [created] = h.receiver.ofType('charge.dispute.created');
    expect(created?.data.object).toMatchObject({ charge: charge.id, amount: 4000, status: 'needs_response' });
    expect((await h.stripe.charges.retrieve(charge.id)).disputed).toBe(true);
    await expect(h.stripe.refunds.create({ charge: charge.id })).rejects.toMatchObject({ code: 'charge_disputed' });
    const closed = await h.local.controls.closeDispute(dispute.id, 'lost');
    expect(closed.status).toBe('lost');
    expect(h.receiver.ofType('charge.dispute.closed')).toHaveLength(1);
  });
});

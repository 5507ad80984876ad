import type Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCatalog, startHarness, type Harness } from './test-harness';

const START = '2026-01-01T00:00:00Z';
const PERIOD_START = Date.UTC(2026, 0, 1) / 1000;
const PERIOD_END = Date.UTC(2026, 1, 1) / 1000;
const LENGTH = PERIOD_END - PERIOD_START;

let h: Harness;
let catalog: Awaited<ReturnType<typeof createCatalog>>;

beforeAll(async () => {
  h = await startHarness({ start: START });
  catalog = await createCatalog(h.stripe);
});
afterAll(() => h.stop());
beforeEach(() => h.clock.set(START));

/** A customer subscribed through Checkout, as the app does it. */
async function subscribe(price: Stripe.Price): Promise<{ customer: Stripe.Customer; sub: Stripe.Subscription }> {
  const customer = await h.stripe.customers.create({ email: 'owner@example.com' });
  const session = await h.stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customer.id,
    line_items: [{ price: price.id, quantity: 1 }],
    subscription_data: { metadata: { workspace: 'ws_1' } },
    success_url: 'https://app.example/ok',
  });
  const done = await h.local.controls.payCheckout(session.id);
  h.receiver.clear();
  return { customer, sub: await h.stripe.subscriptions.retrieve(String(done.subscription)) };
}

function upgrade(sub: Stripe.Subscription, price: Stripe.Price, extra: Partial<Stripe.SubscriptionUpdateParams> = {}) {
  return h.stripe.subscriptions.update(sub.id, {
    items: [{ id: sub.items.data[0]?.id, price: price.id }],
    proration_behavior: 'always_invoice',
    payment_behavior: 'pending_if_incomplete',
    ...extra,
  });
}

/** Stripe-style: each proration line rounded to the cent on its own, total = sum of lines. */
const expectedProration = (from: number, to: number, remaining: number): number =>
  Math.round((to * remaining) / LENGTH) - Math.round((from * remaining) / LENGTH);

describe('upgrade through subscriptions.update (always_invoice)', () => {
  const points: Array<[string, number]> = [
    ['at the period start', 0],
    ['after 10 days', 10 * 86400],
    ['half way', LENGTH / 2],
    ['with one hour left', LENGTH - 3600],
  ];

  for (const [label, elapsed] of points) {
    it(`bills the prorated difference ${label}`, async () => {
      const { sub } = await subscribe(catalog.pro);
      h.clock.set(new Date((PERIOD_START + elapsed) * 1000));
      const updated = await upgrade(sub, catalog.growth);
      await h.local.controls.flush();
      const [paid] = h.receiver.ofType('invoice.paid');
      const invoice = paid?.data.object;
      const expected = expectedProration(2900, 4900, LENGTH - elapsed);
      expect(invoice).toMatchObject({
        billing_reason: 'subscription_update',
        status: 'paid',
        total: expected,
        amount_paid: expected,
      });
      expect(invoice?.lines.data.map((l) => l.amount)).toEqual([
        -Math.round((2900 * (LENGTH - elapsed)) / LENGTH),
        Math.round((4900 * (LENGTH - elapsed)) / LENGTH),
      ]);
      const newLine = invoice?.lines.data[1];
      expect(newLine?.pricing?.price_details?.price).toBe(catalog.growth.id);
      expect(newLine?.parent?.subscription_item_details?.proration).toBe(true);
      expect(newLine?.period).toEqual({ start: PERIOD_START + elapsed, end: PERIOD_END });
      expect(updated.items.data[0]?.price.id).toBe(catalog.growth.id);
      expect(updated.items.data[0]?.current_period_end).toBe(PERIOD_END);
      expect(h.receiver.types()).toContain('customer.subscription.updated');
    });
  }

  it('Pro → Agency ten days in: 21/31 of the $60 difference, line by line', async () => {
    const { sub } = await subscribe(catalog.pro);
    h.clock.set('2026-01-11T00:00:00Z');
    await upgrade(sub, catalog.agency);
    await h.local.controls.flush();
    // 8900 × 21/31 = 6029.03 → 6029; 2900 × 21/31 = 1964.52 → 1965; 6029 − 1965 = 4064
    expect(h.receiver.ofType('invoice.paid')[0]?.data.object.amount_paid).toBe(4064);
  });

  it('with a failing card and pending_if_incomplete, keeps the old price until the invoice is paid', async () => {
    const { customer, sub } = await subscribe(catalog.pro);
    h.clock.set('2026-01-16T12:00:00Z');
    await h.local.controls.setCardFailing(customer.id, true);
    const updated = await upgrade(sub, catalog.growth);
    await h.local.controls.flush();
    expect(updated.items.data[0]?.price.id).toBe(catalog.pro.id);
    expect(updated.pending_update?.subscription_items?.[0]?.price.id).toBe(catalog.growth.id);
    expect(h.receiver.ofType('invoice.payment_failed')).toHaveLength(1);
    expect(h.receiver.ofType('invoice.paid')).toHaveLength(0);

    await h.local.controls.setCardFailing(customer.id, false);
    const invoice = await h.stripe.invoices.pay(String(updated.latest_invoice));
    expect(invoice.status).toBe('paid');
    const after = await h.stripe.subscriptions.retrieve(sub.id);
    expect(after.items.data[0]?.price.id).toBe(catalog.growth.id);
    expect(after.pending_update).toBeNull();
  });

  it('with error_if_incomplete, a decline is a StripeCardError and nothing changes', async () => {
    const { customer, sub } = await subscribe(catalog.pro);
    await h.local.controls.setCardFailing(customer.id, true);
    await expect(upgrade(sub, catalog.growth, { payment_behavior: 'error_if_incomplete' })).rejects.toMatchObject({
      type: 'StripeCardError',
      code: 'card_declined',
    });
    expect((await h.stripe.subscriptions.retrieve(sub.id)).items.data[0]?.price.id).toBe(catalog.pro.id);
  });

  it('create_prorations holds the difference for the renewal invoice', async () => {
    const { sub } = await subscribe(catalog.pro);
    h.clock.set(new Date((PERIOD_START + LENGTH / 2) * 1000));
    await upgrade(sub, catalog.growth, { proration_behavior: 'create_prorations' });
    await h.local.controls.flush();
    expect(h.receiver.ofType('invoice.paid')).toHaveLength(0);
    h.clock.set(new Date(PERIOD_END * 1000));
    await h.local.controls.advanceSubscription(sub.id);
    const invoice = h.receiver.ofType('invoice.paid')[0]?.data.object;
    expect(invoice?.billing_reason).toBe('subscription_cycle');
    expect(invoice?.total).toBe(-1450 + 2450 + 4900);
  });
});

describe('renewal (advanceSubscription)', () => {
  it('moves to the next month, invoices subscription_cycle and pays it', async () => {
    const { sub } = await subscribe(catalog.pro);
    h.clock.set(new Date(PERIOD_END * 1000));
    const renewed = await h.local.controls.advanceSubscription(sub.id);
    expect(renewed.items.data[0]).toMatchObject({
      current_period_start: PERIOD_END,
      current_period_end: Date.UTC(2026, 2, 1) / 1000,
    });
    expect(h.receiver.types()).toEqual(
      expect.arrayContaining(['invoice.paid', 'invoice.payment_succeeded', 'customer.subscription.updated']),
    );
    const invoice = h.receiver.ofType('invoice.paid')[0]?.data.object;
    expect(invoice).toMatchObject({ billing_reason: 'subscription_cycle', amount_paid: 2900 });
    expect(invoice?.lines.data[0]?.pricing?.price_details?.price).toBe(catalog.pro.id);
    expect(invoice?.lines.data[0]?.period).toEqual({ start: PERIOD_END, end: Date.UTC(2026, 2, 1) / 1000 });
    const updated = h.receiver.ofType('customer.subscription.updated')[0];
    expect(updated?.data.previous_attributes).toHaveProperty('items');
  });

  it('keeps month-end anchors (Jan 31 → Feb 28 → Mar 31)', async () => {
    h.clock.set('2026-01-31T10:00:00Z');
    const { sub } = await subscribe(catalog.pro);
    const first = await h.local.controls.advanceSubscription(sub.id);
    const second = await h.local.controls.advanceSubscription(sub.id);
    const day = (unix: number | undefined) => new Date((unix ?? 0) * 1000).toISOString();
    expect(day(first.items.data[0]?.current_period_start)).toBe('2026-02-28T10:00:00.000Z');
    expect(day(second.items.data[0]?.current_period_start)).toBe('2026-03-31T10:00:00.000Z');
  });

  it('with a failing card: invoice.payment_failed, past_due, and recovery through invoices.pay', async () => {
    const { customer, sub } = await subscribe(catalog.pro);
    await h.local.controls.setCardFailing(customer.id, true);
    const renewed = await h.local.controls.advanceSubscription(sub.id);
    expect(renewed.status).toBe('past_due');
    const failed = h.receiver.ofType('invoice.payment_failed')[0]?.data.object;
    expect(failed).toMatchObject({ billing_reason: 'subscription_cycle', status: 'open', attempt_count: 1 });
    expect(h.receiver.ofType('invoice.paid')).toHaveLength(0);
    await expect(h.stripe.invoices.pay(String(failed?.id))).rejects.toMatchObject({ type: 'StripeCardError' });

    await h.local.controls.setCardFailing(customer.id, false);
    await h.stripe.invoices.pay(String(failed?.id));
    expect((await h.stripe.subscriptions.retrieve(sub.id)).status).toBe('active');
  });

  it('cancel_at_period_end: the subscription is deleted at the renewal', async () => {
    const { sub } = await subscribe(catalog.pro);
    const updated = await h.stripe.subscriptions.update(sub.id, { cancel_at_period_end: true });
    expect(updated).toMatchObject({ cancel_at_period_end: true, cancel_at: PERIOD_END, status: 'active' });
    const ended = await h.local.controls.advanceSubscription(sub.id);
    expect(ended).toMatchObject({ status: 'canceled', ended_at: PERIOD_END });
    expect(h.receiver.ofType('customer.subscription.deleted')).toHaveLength(1);
    expect(h.receiver.ofType('invoice.paid')).toHaveLength(0);
  });
});

describe('downgrade with a subscription schedule', () => {
  it('applies the lower price at the next renewal, then releases the schedule', async () => {
    const { sub } = await subscribe(catalog.growth);
    const schedule = await h.stripe.subscriptionSchedules.create({ from_subscription: sub.id });
    expect(schedule).toMatchObject({ status: 'active', subscription: sub.id, end_behavior: 'release' });
    const current = schedule.phases[0];
    expect(current).toMatchObject({ start_date: PERIOD_START, end_date: PERIOD_END });
    const updated = await h.stripe.subscriptionSchedules.update(schedule.id, {
      end_behavior: 'release',
      phases: [
        {
          items: [{ price: catalog.growth.id, quantity: 1 }],
          start_date: current?.start_date,
          end_date: current?.end_date,
        },
        { items: [{ price: catalog.pro.id, quantity: 1 }], duration: { interval: 'month', interval_count: 1 } },
      ],
    });
    expect(updated.phases[1]).toMatchObject({ start_date: PERIOD_END, end_date: Date.UTC(2026, 2, 1) / 1000 });
    expect((await h.stripe.subscriptions.retrieve(sub.id)).items.data[0]?.price.id).toBe(catalog.growth.id);

    h.receiver.clear();
    const renewed = await h.local.controls.advanceSubscription(sub.id);
    expect(renewed.items.data[0]?.price.id).toBe(catalog.pro.id);
    const invoice = h.receiver.ofType('invoice.paid')[0]?.data.object;
    expect(invoice).toMatchObject({ billing_reason: 'subscription_cycle', amount_paid: 2900 });
    expect(invoice?.lines.data[0]?.pricing?.price_details?.price).toBe(catalog.pro.id);

    const again = await h.local.controls.advanceSubscription(sub.id);
    expect(again.schedule).toBeNull();
    expect((await h.stripe.subscriptionSchedules.retrieve(schedule.id)).status).toBe('released');
  });

  it('end_behavior cancel ends the subscription after the last phase', async () => {
    const { sub } = await subscribe(catalog.agency);
    const schedule = await h.stripe.subscriptionSchedules.create({ from_subscription: sub.id });
    await h.stripe.subscriptionSchedules.update(schedule.id, {
      end_behavior: 'cancel',
      phases: [
        { items: [{ price: catalog.agency.id }], start_date: PERIOD_START, end_date: PERIOD_END },
        { items: [{ price: catalog.growth.id }], duration: { interval: 'month' } },
      ],
    });
    expect((await h.local.controls.advanceSubscription(sub.id)).items.data[0]?.price.id).toBe(catalog.growth.id);
    const ended = await h.local.controls.advanceSubscription(sub.id);
    expect(ended.status).toBe('canceled');
    expect((await h.stripe.subscriptionSchedules.retrieve(schedule.id)).status).toBe('completed');
    expect(h.receiver.ofType('customer.subscription.deleted')).toHaveLength(1);
  });

  it('releasing the schedule keeps the current price', async () => {
    const { sub } = await subscribe(catalog.growth);
    const schedule = await h.stripe.subscriptionSchedules.create({ from_subscription: sub.id });
    const released = await h.stripe.subscriptionSchedules.release(schedule.id);
    expect(released).toMatchObject({ status: 'released', released_subscription: sub.id });
    const after = await h.stripe.subscriptions.retrieve(sub.id);
    expect(after.schedule).toBeNull();
    await expect(h.stripe.subscriptionSchedules.release(schedule.id)).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
    });
  });
});

describe('cancel', () => {
  it('DELETE /v1/subscriptions/:id ends it now with customer.subscription.deleted', async () => {
    const { sub } = await subscribe(catalog.pro);
    h.clock.set('2026-01-05T00:00:00Z');
    const canceled = await h.stripe.subscriptions.cancel(sub.id, { prorate: false });
    expect(canceled).toMatchObject({ status: 'canceled', canceled_at: h.clock.unix(), ended_at: h.clock.unix() });
    await h.local.controls.flush();
    const [deleted] = h.receiver.ofType('customer.subscription.deleted');
    expect(deleted?.data.object).toMatchObject({ id: sub.id, status: 'canceled' });
    await expect(h.stripe.subscriptions.cancel(sub.id)).rejects.toMatchObject({ type: 'StripeInvalidRequestError' });
    const listed = await h.stripe.subscriptions.list({ customer: String(sub.customer) });
    expect(listed.data).toHaveLength(0);
  });

  it('refund within 14 days: find the charge through the invoice payment and refund it', async () => {
    const { sub } = await subscribe(catalog.pro);
    const payments = await h.stripe.invoicePayments.list({ invoice: String(sub.latest_invoice) });
    const pi = await h.stripe.paymentIntents.retrieve(String(payments.data[0]?.payment.payment_intent));
    const refund = await h.stripe.refunds.create({ payment_intent: pi.id });
    expect(refund).toMatchObject({ amount: 2900, charge: pi.latest_charge, status: 'succeeded' });
    await h.stripe.subscriptions.cancel(sub.id);
    await h.local.controls.flush();
    expect(h.receiver.ofType('charge.refunded')[0]?.data.object).toMatchObject({
      amount_refunded: 2900,
      refunded: true,
    });
    expect(h.receiver.ofType('customer.subscription.deleted')).toHaveLength(1);
  });
});

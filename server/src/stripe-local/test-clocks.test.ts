import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog, startHarness, type Harness } from './test-harness';

// The server's own clock stays here; only the test clock moves.
const WALL = '2026-03-10T12:00:00Z';
const DAY = 86_400;
const JAN_1 = Date.UTC(2026, 0, 1) / 1000;
const FEB_1 = Date.UTC(2026, 1, 1) / 1000;
const MAR_1 = Date.UTC(2026, 2, 1) / 1000;

let h: Harness;
let catalog: Awaited<ReturnType<typeof createCatalog>>;

beforeAll(async () => {
  h = await startHarness({ start: WALL });
  catalog = await createCatalog(h.stripe);
});
afterAll(() => h.stop());

async function ready(id: string): Promise<Stripe.TestHelpers.TestClock> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const clock = await h.stripe.testHelpers.testClocks.retrieve(id);
    if (clock.status === 'ready' || Date.now() > deadline) return clock;
  }
}

/** A customer on a new test clock at Jan 1, subscribed to Pro through Checkout. */
async function subscribedOnClock(): Promise<{ clock: Stripe.TestHelpers.TestClock; sub: Stripe.Subscription }> {
  const clock = await h.stripe.testHelpers.testClocks.create({ frozen_time: JAN_1, name: 'renewals' });
  const customer = await h.stripe.customers.create({ name: 'On a clock', test_clock: clock.id });
  const session = await h.stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customer.id,
    line_items: [{ price: catalog.pro.id, quantity: 1 }],
    success_url: 'https://app.example/ok',
  });
  const done = await h.local.controls.payCheckout(session.id);
  h.receiver.clear();
  return { clock, sub: await h.stripe.subscriptions.retrieve(String(done.subscription)) };
}

describe('test clocks (the Stripe API through the stripe library)', () => {
  it('creates, retrieves, lists and deletes a clock with Stripe’s shapes', async () => {
    const created = await h.stripe.testHelpers.testClocks.create({ frozen_time: JAN_1, name: 'shapes' });
    expect(created).toMatchObject({
      object: 'test_helpers.test_clock',
      frozen_time: JAN_1,
      name: 'shapes',
      status: 'ready',
      livemode: false,
      status_details: {},
    });
    expect(created.id).toMatch(/^clock_/);
    expect(created.deletes_after).toBe(created.created + 30 * DAY);
    expect(await h.stripe.testHelpers.testClocks.retrieve(created.id)).toEqual(created);
    const listed = await h.stripe.testHelpers.testClocks.list({ limit: 100 });
    expect(listed.data.map((c) => c.id)).toContain(created.id);

    const deleted = await h.stripe.testHelpers.testClocks.del(created.id);
    expect(deleted).toEqual({ id: created.id, object: 'test_helpers.test_clock', deleted: true });
    await expect(h.stripe.testHelpers.testClocks.retrieve(created.id)).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      code: 'resource_missing',
    });
  });

  it('dates a clock customer’s objects at the frozen time, not the server’s', async () => {
    const { clock, sub } = await subscribedOnClock();
    const customer = await h.stripe.customers.retrieve(String(sub.customer));
    expect(customer).toMatchObject({ test_clock: clock.id, created: JAN_1 });
    expect(sub).toMatchObject({ test_clock: clock.id, start_date: JAN_1, status: 'active' });
    expect(sub.items.data[0]).toMatchObject({ current_period_start: JAN_1, current_period_end: FEB_1 });
    const listed = await h.stripe.customers.list({ test_clock: clock.id });
    expect(listed.data.map((c) => c.id)).toEqual([customer.id]);
  });

  it('advances through every period end passed: renewal invoices paid, with the events of a real renewal', async () => {
    const { clock, sub } = await subscribedOnClock();
    const answer = await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: MAR_1 });
    expect(answer.status).toBe('advancing');
    expect(answer.status_details.advancing?.target_frozen_time).toBe(MAR_1);
    const done = await ready(clock.id);
    expect(done).toMatchObject({ status: 'ready', frozen_time: MAR_1, status_details: {} });
    await h.local.controls.flush();

    const renewed = await h.stripe.subscriptions.retrieve(sub.id);
    expect(renewed.items.data[0]).toMatchObject({ current_period_start: MAR_1 });
    const invoices = await h.stripe.invoices.list({ subscription: sub.id, limit: 10 });
    const cycles = invoices.data.filter((i) => i.billing_reason === 'subscription_cycle');
    expect(cycles.map((i) => [i.status, i.created, i.lines.data[0]?.period.start]).reverse()).toEqual([
      ['paid', FEB_1, FEB_1],
      ['paid', MAR_1, MAR_1],
    ]);

    const types = h.receiver.types();
    expect(types[0]).toBe('test_helpers.test_clock.advancing');
    expect(types.at(-1)).toBe('test_helpers.test_clock.ready');
    expect(types.filter((t) => t === 'invoice.paid')).toHaveLength(2);
    expect(types.filter((t) => t === 'invoice.payment_succeeded')).toHaveLength(2);
    const updates = h.receiver.ofType('customer.subscription.updated');
    expect(updates.map((e) => e.data.object.items.data[0]?.current_period_start)).toEqual([FEB_1, MAR_1]);
    expect(updates[0]?.data.previous_attributes).toHaveProperty('items');
    // Events of a clock's objects carry the clock's time.
    expect(h.receiver.ofType('invoice.paid').map((e) => e.created)).toEqual([FEB_1, MAR_1]);
  });

  it('carries out a cancellation at the period end, and applies a scheduled downgrade at the renewal', async () => {
    const cancelling = await subscribedOnClock();
    await h.stripe.subscriptions.update(cancelling.sub.id, { cancel_at_period_end: true });
    const downgrading = await subscribedOnClock();
    const growth = await h.stripe.subscriptions.update(downgrading.sub.id, {
      items: [{ id: downgrading.sub.items.data[0]?.id, price: catalog.growth.id }],
      proration_behavior: 'none',
    });
    const schedule = await h.stripe.subscriptionSchedules.create({ from_subscription: growth.id });
    await h.stripe.subscriptionSchedules.update(schedule.id, {
      phases: [
        { items: [{ price: catalog.growth.id }], start_date: JAN_1, end_date: FEB_1 },
        { items: [{ price: catalog.pro.id }], end_date: MAR_1 },
      ],
    });
    h.receiver.clear();

    for (const { clock } of [cancelling, downgrading]) {
      await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: FEB_1 + DAY });
      await ready(clock.id);
    }
    await h.local.controls.flush();

    const ended = await h.stripe.subscriptions.retrieve(cancelling.sub.id);
    expect(ended).toMatchObject({ status: 'canceled', ended_at: FEB_1 });
    expect(h.receiver.ofType('customer.subscription.deleted').map((e) => e.data.object.id)).toEqual([
      cancelling.sub.id,
    ]);
    const downgraded = await h.stripe.subscriptions.retrieve(downgrading.sub.id);
    expect(downgraded.items.data[0]?.price.id).toBe(catalog.pro.id);
    const renewal = await h.stripe.invoices.retrieve(String(downgraded.latest_invoice));
    expect(renewal).toMatchObject({ billing_reason: 'subscription_cycle', status: 'paid', amount_paid: 2900 });
  });

  it('refuses to go back, to go too far, or to move a clock that does not exist, changing nothing', async () => {
    const { clock } = await subscribedOnClock();
    await expect(h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: JAN_1 })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      param: 'frozen_time',
    });
    // Two monthly intervals at most (Jan 1 → Mar 1).
    await expect(h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: MAR_1 + 1 })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      param: 'frozen_time',
    });
    await expect(
      h.stripe.testHelpers.testClocks.advance('clock_missing', { frozen_time: MAR_1 }),
    ).rejects.toMatchObject({ code: 'resource_missing' });
    expect(await h.stripe.testHelpers.testClocks.retrieve(clock.id)).toMatchObject({
      frozen_time: JAN_1,
      status: 'ready',
    });
    await expect(h.stripe.customers.create({ test_clock: 'clock_missing' })).rejects.toMatchObject({
      code: 'resource_missing',
      param: 'test_clock',
    });
  });
});

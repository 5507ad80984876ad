import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { STATE_VERSION } from './persistence';
import { createCatalog, startHarness, type Harness } from './test-harness';

const START = '2026-01-01T00:00:00Z';
const FEB = Date.UTC(2026, 1, 1) / 1000;
const MAR = Date.UTC(2026, 2, 1) / 1000;
const APR = Date.UTC(2026, 3, 1) / 1000;

let dir: string;
const running: Harness[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stripe-local-state-'));
});
afterEach(async () => {
  for (const h of running.splice(0)) await h.stop();
  vi.restoreAllMocks();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(statePath: string, at = START): Promise<Harness> {
  const h = await startHarness({ start: at, statePath });
  running.push(h);
  return h;
}

async function stop(h: Harness): Promise<void> {
  running.splice(running.indexOf(h), 1);
  await h.stop();
}

interface SavedState {
  version: number;
  objects: Array<{ id: string }>;
  events: unknown[];
  failingCustomers: string[];
}

function readState(path: string): SavedState {
  return JSON.parse(readFileSync(path, 'utf8')) as SavedState;
}

/** Waits for a debounced write; generous, since the machine may be busy. */
function onDisk(check: () => void): Promise<void> {
  return vi.waitFor(check, { timeout: 5000, interval: 20 });
}

function offSession(h: Harness, customer: string, pm: string, key: string) {
  return h.stripe.paymentIntents.create(
    {
      amount: 2000,
      currency: 'usd',
      customer,
      payment_method: pm,
      off_session: true,
      confirm: true,
      metadata: { kind: 'auto_topup' },
    },
    { idempotencyKey: key },
  );
}

describe('statePath', () => {
  it('keeps customers, subscriptions, schedules, payments and events across restarts', async () => {
    const statePath = join(dir, 'nested', 'state.json');
    const first = await start(statePath);
    const catalog = await createCatalog(first.stripe);

    // A plan bought through Checkout: the card is saved to the customer and pays the subscription.
    const customer = await first.stripe.customers.create({ email: 'owner@example.com' });
    const session = await first.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: catalog.growth.id, quantity: 1 }],
      subscription_data: { metadata: { workspace: 'ws_1' } },
      success_url: 'https://app.example/ok',
    });
    const subId = String((await first.local.controls.payCheckout(session.id)).subscription);
    const pm = String((await first.stripe.subscriptions.retrieve(subId)).default_payment_method);
    // An automatic top-up with the saved card, and a downgrade to Pro planned for the renewal.
    const topUp = await offSession(first, customer.id, pm, 'topup-1');
    const schedule = await first.stripe.subscriptionSchedules.create({ from_subscription: subId });
    await first.stripe.subscriptionSchedules.update(schedule.id, {
      end_behavior: 'release',
      phases: [
        { items: [{ price: catalog.growth.id }], start_date: Date.UTC(2026, 0, 1) / 1000, end_date: FEB },
        { items: [{ price: catalog.pro.id }], duration: { interval: 'month', interval_count: 1 } },
      ],
    });
    // A second customer whose card is switched to failing.
    const other = await first.stripe.customers.create({ email: 'other@example.com' });
    const otherSession = await first.stripe.checkout.sessions.create({
      mode: 'payment',
      customer: other.id,
      line_items: [{ price: catalog.topup.id, quantity: 1 }],
      payment_intent_data: { setup_future_usage: 'off_session' },
      success_url: 'https://app.example/ok',
    });
    await first.local.controls.payCheckout(otherSession.id);
    await first.local.controls.setCardFailing(other.id, true);
    await first.local.controls.flush();

    const subBefore = await first.stripe.subscriptions.retrieve(subId);
    const customerBefore = await first.stripe.customers.retrieve(customer.id);
    const eventsBefore = await first.stripe.events.list({ limit: 100 });
    expect(eventsBefore.has_more).toBe(false);
    await stop(first);
    expect(readState(statePath).version).toBe(STATE_VERSION);
    expect(existsSync(`${statePath}.tmp`)).toBe(false);

    const second = await start(statePath, new Date(FEB * 1000).toISOString());
    expect(await second.stripe.subscriptions.retrieve(subId)).toEqual(subBefore);
    const customerAfter = (await second.stripe.customers.retrieve(customer.id)) as Stripe.Customer;
    expect(customerAfter).toEqual(customerBefore);
    expect((await second.stripe.customers.listPaymentMethods(customer.id)).data.map((m) => m.id)).toEqual([pm]);
    expect((await second.stripe.events.list({ limit: 100 })).data.map((e) => e.id)).toEqual(
      eventsBefore.data.map((e) => e.id),
    );
    expect((await second.stripe.checkout.sessions.listLineItems(session.id)).data[0]?.price?.id).toBe(
      catalog.growth.id,
    );
    expect((await second.stripe.prices.list({ lookup_keys: ['plan_pro'] })).data.map((p) => p.id)).toEqual([
      catalog.pro.id,
    ]);

    // The same idempotency key is still answered with the first payment, not a second charge.
    const retried = await offSession(second, customer.id, pm, 'topup-1');
    expect(retried.id).toBe(topUp.id);
    expect((await second.stripe.charges.list({ payment_intent: topUp.id })).data).toHaveLength(1);
    const otherPm = (await second.stripe.paymentMethods.list({ customer: other.id })).data[0]?.id ?? '';
    await expect(offSession(second, other.id, otherPm, 'topup-2')).rejects.toBeInstanceOf(
      Stripe.errors.StripeCardError,
    );

    // The renewal applies the scheduled phase and charges the saved card; the events are signed.
    const renewed = await second.local.controls.advanceSubscription(subId);
    expect(renewed.items.data[0]).toMatchObject({
      price: { id: catalog.pro.id },
      current_period_start: FEB,
      current_period_end: MAR,
    });
    expect(second.receiver.rejected).toEqual([]);
    const invoice = second.receiver.ofType('invoice.paid')[0]?.data.object;
    expect(invoice).toMatchObject({ billing_reason: 'subscription_cycle', amount_paid: 2900 });
    expect(invoice?.parent?.subscription_details?.subscription).toBe(subId);
    expect(second.receiver.ofType('subscription_schedule.updated')).toHaveLength(1);
    const payment = (await second.stripe.invoicePayments.list({ invoice: invoice?.id ?? '' })).data[0];
    const renewalPi = await second.stripe.paymentIntents.retrieve(String(payment?.payment.payment_intent));
    expect(renewalPi).toMatchObject({ status: 'succeeded', payment_method: pm });

    // Refunds and disputes work on charges made before the restart.
    const refund = await second.local.controls.refundCharge(String(topUp.latest_charge));
    expect(refund).toMatchObject({ amount: 2000, payment_intent: topUp.id });
    const firstInvoice = await second.stripe.invoices.retrieve(String(subBefore.latest_invoice), {
      expand: ['payments'],
    });
    const firstPi = await second.stripe.paymentIntents.retrieve(
      String(firstInvoice.payments?.data[0]?.payment.payment_intent),
    );
    const dispute = await second.local.controls.openDispute(String(firstPi.latest_charge));
    expect(dispute).toMatchObject({ amount: 4900, status: 'needs_response' });
    expect(second.receiver.types()).toEqual(expect.arrayContaining(['charge.refunded', 'charge.dispute.created']));
    expect(second.receiver.rejected).toEqual([]);
    const eventsSecond = await second.stripe.events.list({ limit: 100 });
    expect(eventsSecond.has_more).toBe(false);
    await stop(second);

    // What happened on the reloaded server is kept too: the next renewal is March → April.
    const third = await start(statePath, new Date(MAR * 1000).toISOString());
    expect((await third.stripe.events.list({ limit: 100 })).data.map((e) => e.id)).toEqual(
      eventsSecond.data.map((e) => e.id),
    );
    expect((await third.stripe.disputes.retrieve(dispute.id)).status).toBe('needs_response');
    const again = await third.local.controls.advanceSubscription(subId);
    expect(again.items.data[0]).toMatchObject({ current_period_start: MAR, current_period_end: APR });
    expect(again.schedule).toBeNull();
    expect((await third.stripe.subscriptionSchedules.retrieve(schedule.id)).status).toBe('released');
    expect(third.receiver.ofType('invoice.paid')[0]?.data.object.amount_paid).toBe(2900);
    expect(third.receiver.rejected).toEqual([]);
  });

  it('saves each change shortly after it happens, also those that emit no event', async () => {
    const statePath = join(dir, 'running.json');
    const h = await start(statePath);
    const customer = await h.stripe.customers.create({ email: 'early@example.com' });
    await onDisk(() => {
      expect(existsSync(statePath) && readState(statePath).objects.map((o) => o.id)).toEqual([customer.id]);
    });
    const price = await h.stripe.prices.create({ currency: 'usd', unit_amount: 2000, product_data: { name: 'Pack' } });
    await onDisk(() => expect(readState(statePath).objects.map((o) => o.id)).toContain(price.id));
    const events = readState(statePath).events.length;
    // Neither a checkout session nor the failing-card switch emits an event.
    const session = await h.stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [{ price: price.id }],
      success_url: 'https://app.example/ok',
    });
    await onDisk(() => expect(readState(statePath).objects.map((o) => o.id)).toContain(session.id));
    await h.local.controls.setCardFailing(customer.id, true);
    await onDisk(() => expect(readState(statePath).failingCustomers).toEqual([customer.id]));
    expect(readState(statePath).events).toHaveLength(events);
  });

  const unusable: Array<[string, string]> = [
    ['truncated JSON', '{"version":1,"objects":[{"id":"cus_1"'],
    ['an unknown version', JSON.stringify({ version: 99, objects: [] })],
    [
      'a malformed object list',
      JSON.stringify({
        version: 1,
        objects: [{ id: 'x', object: 'spaceship' }],
        events: [],
        failingCustomers: [],
        checkoutExtra: {},
        subscriptionExtra: {},
        idempotency: {},
      }),
    ],
  ];
  for (const [label, content] of unusable) {
    it(`starts empty from a file with ${label}, says so once and keeps the file aside`, async () => {
      const statePath = join(dir, `bad-${label.replace(/\W+/g, '-')}.json`);
      writeFileSync(statePath, content);
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      const h = await start(statePath);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]?.[0])).toContain(statePath);
      expect((await h.stripe.customers.list()).data).toEqual([]);
      expect((await h.stripe.events.list()).data).toEqual([]);

      const customer = await h.stripe.customers.create({ email: 'fresh@example.com' });
      await stop(h);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(readFileSync(`${statePath}.corrupt`, 'utf8')).toBe(content);
      expect(readState(statePath).objects.map((o) => o.id)).toEqual([customer.id]);
    });
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import { ManualClock } from '@hero/server/src/platform/clock';
import { signUp, type Account } from '../support/accounts';
import {
  balanceOf,
  capturingEvents,
  invoicePayment,
  liveGrants,
  sendSigned,
  settled,
  stripeControls,
} from '../support/billing';
import { gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

/**
 * Stripe does not deliver events in order. For a realistic sequence, the real signed events are captured from
 * the local Stripe (delivery off), then delivered to the app's webhook route in every order; each order must
 * end in the same state (plan, status, period, balance, live grants) as the sequence applied as it happened.
 * Each order gets its own workspace and its own run of the sequence, so every event id is new to the app.
 */
const T0 = new Date('2026-11-01T00:00:00Z');
/** The second sequence starts after the first has ended, so the shared clock only moves forward. */
const T1 = new Date('2027-02-01T00:00:00Z');
const DAY = 86_400_000;
const clock = new ManualClock(T0);
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    clock,
    // Nothing but the test delivers the captured events: the reconciler must not apply them on its own.
    env: { SESSION_TTL_DAYS: '365', STRIPE_RECONCILE_INTERVAL_MS: '86400000' },
  });
});
afterAll(() => server?.stop());

const stripe = () => server.services.stripe!.stripe;

/** Every order of `items`. */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

async function endState(a: Account) {
  const { billing } = await gqlOk(
    server.url,
    '{ billing { status plan { code } scheduledPlan { code } currentPeriodStart currentPeriodEnd cancelAtPeriodEnd } }',
    {},
    a.token,
  );
  return { billing, balance: await balanceOf(server, a.token), grants: await liveGrants(server, a.workspaceId) };
}

async function subscribe(a: Account, plan: string): Promise<Stripe.Subscription> {
  const { subscribe: session } = await gqlOk(
    server.url,
    'mutation($i: ChangePlanInput!) { subscribe(input: $i) { id } }',
    { i: { plan, idempotencyKey: uniqueKey('sub') } },
    a.token,
  );
  const paid = await stripeControls(server).payCheckout(session.id);
  return stripe().subscriptions.retrieve(paid.subscription as string);
}

/** An upgrade as the app asks Stripe for one (the app itself cannot while it has seen none of the events). */
async function upgrade(sub: Stripe.Subscription, plan: string): Promise<void> {
  const price = server.services.stripe!.prices.planPriceId(server.services.plans.get(plan));
  await stripe().subscriptions.update(sub.id, {
    items: [{ id: sub.items.data[0]!.id, price }],
    proration_behavior: 'always_invoice',
    payment_behavior: 'pending_if_incomplete',
  });
}

/** Cancel within 14 days, as the app does it: refund the paid invoice, then end the subscription now. */
async function cancelWithRefund(sub: Stripe.Subscription): Promise<void> {
  const { paymentIntentId } = await invoicePayment(server, sub.latest_invoice as string);
  await stripe().refunds.create({ payment_intent: paymentIntentId });
  await stripe().subscriptions.cancel(sub.id, { prorate: false });
}

interface Scenario {
  name: string;
  /** The sequence, run against Stripe at its own times (each step's events are sent before the next step). */
  run(a: Account): Promise<void>;
  /** The captured events whose order is permuted (five: 120 orders). */
  permuted(events: Stripe.Event[]): Stripe.Event[];
  /** Events the app acts on that are not permuted: delivered first, so that all of the permuted ones arrive late. */
  early(events: Stripe.Event[]): Stripe.Event[];
  /** What the sequence must end in, in every order. */
  expected: { billing: Record<string, unknown>; balance: Record<string, string> };
}

const invoiceReason = (e: Stripe.Event) => (e.data.object as Stripe.Invoice).billing_reason;
const label = (e: Stripe.Event) => (e.type === 'invoice.paid' ? `invoice.paid (${invoiceReason(e)})` : e.type);
const one = (events: Stripe.Event[], test: (e: Stripe.Event) => boolean): Stripe.Event => {
  const found = events.filter(test);
  if (found.length !== 1) throw new Error(`expected one event, found ${found.length}`);
  return found[0]!;
};

const scenarios: Scenario[] = [
  {
    name: 'subscribe to Pro, upgrade to Growth on day 3, renew on day 30',
    async run(a) {
      clock.set(T0);
      const sub = await subscribe(a, 'pro');
      clock.set(new Date(T0.getTime() + 3 * DAY));
      await upgrade(sub, 'growth');
      await stripeControls(server).flush();
      clock.set(new Date(sub.items.data[0]!.current_period_end * 1000));
      await stripeControls(server).advanceSubscription(sub.id);
    },
    // The subscription's own events and the three paid invoices. The checkout's completion and the renewal's
    // subscription update carry the newest state (as the paid invoices do, since the app reads the subscription
    // then), so they go first and every permuted event arrives after them: 7! orders would add little.
    permuted: (events) => [
      one(events, (e) => e.type === 'customer.subscription.created'),
      one(events, (e) => e.type === 'invoice.paid' && invoiceReason(e) === 'subscription_create'),
      one(
        events,
        (e) =>
          e.type === 'customer.subscription.updated' &&
          (e.data.object as Stripe.Subscription).items.data[0]!.current_period_start === T0.getTime() / 1000,
      ),
      one(events, (e) => e.type === 'invoice.paid' && invoiceReason(e) === 'subscription_update'),
      one(events, (e) => e.type === 'invoice.paid' && invoiceReason(e) === 'subscription_cycle'),
    ],
    early: (events) => [
      one(events, (e) => e.type === 'checkout.session.completed'),
      one(
        events,
        (e) =>
          e.type === 'customer.subscription.updated' &&
          (e.data.object as Stripe.Subscription).items.data[0]!.current_period_start > T0.getTime() / 1000,
      ),
    ],
    expected: {
      billing: {
        status: 'ACTIVE',
        plan: { code: 'growth' },
        scheduledPlan: null,
        currentPeriodStart: '2026-12-01T00:00:00.000Z',
        currentPeriodEnd: '2027-01-01T00:00:00.000Z',
        cancelAtPeriodEnd: false,
      },
      balance: { available: '50', planAllocation: '50', purchased: '0', reserved: '0', deficit: '0' },
    },
  },
  {
    name: 'subscribe to Pro, cancel on day 5 with the refund of the 14-day rule',
    async run(a) {
      clock.set(T1);
      const sub = await subscribe(a, 'pro');
      clock.set(new Date(T1.getTime() + 5 * DAY));
      await cancelWithRefund(sub);
    },
    // Every event of the sequence that the app acts on.
    permuted: (events) => [
      one(events, (e) => e.type === 'customer.subscription.created'),
      one(events, (e) => e.type === 'invoice.paid'),
      one(events, (e) => e.type === 'checkout.session.completed'),
      one(events, (e) => e.type === 'charge.refunded'),
      one(events, (e) => e.type === 'customer.subscription.deleted'),
    ],
    early: () => [],
    expected: {
      billing: {
        status: 'CANCELED',
        plan: { code: 'pro' },
        scheduledPlan: null,
        currentPeriodStart: '2027-02-01T00:00:00.000Z',
        currentPeriodEnd: '2027-03-01T00:00:00.000Z',
        cancelAtPeriodEnd: false,
      },
      balance: { available: '0', planAllocation: '0', purchased: '0', reserved: '0', deficit: '0' },
    },
  },
];

/** Runs `work` on every item, `width` at a time. */
async function inPool<T>(width: number, items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

describe(`Stripe events in any order end in the same state (${dbKind()})`, () => {
  it.each(scenarios)(
    '$name',
    async (scenario) => {
      // As it happened: each event delivered when Stripe sent it.
      const live = await signUp(server.url, 'in-order');
      await scenario.run(live);
      await settled(server);
      const reference = await endState(live);
      expect(reference).toMatchObject(scenario.expected);

      // One workspace and one run of the sequence per order, captured first: each run moves the shared clock.
      const orders = permutations([0, 1, 2, 3, 4]);
      const owners: Account[] = [];
      await inPool(2, orders, async () => void owners.push(await signUp(server.url, 'any-order')));
      const runs: { owner: Account; events: Stripe.Event[]; order: string }[] = [];
      for (const [n, order] of orders.entries()) {
        const owner = owners[n]!;
        const events = await capturingEvents(server, () => scenario.run(owner));
        const permuted = scenario.permuted(events);
        expect(permuted).toHaveLength(order.length);
        runs.push({
          owner,
          events: [...scenario.early(events), ...order.map((i) => permuted[i]!)],
          order: order.map((i) => label(permuted[i]!)).join(' → '),
        });
      }
      // Every run ended at the sequence's last moment, where the reference was read.
      const wrong: string[] = [];
      await inPool(3, runs, async (run) => {
        for (const event of run.events) await sendSigned(server, event);
        const state = await endState(run.owner);
        if (JSON.stringify(state) !== JSON.stringify(reference)) wrong.push(`${run.order}: ${JSON.stringify(state)}`);
      });
      expect(runs).toHaveLength(120);
      expect(wrong, `orders ending elsewhere than ${JSON.stringify(reference)}`).toEqual([]);
    },
    300_000,
  );
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import { ManualClock } from '@hero/server/src/platform/clock';
import { signUp, type Account } from '../support/accounts';
import { balanceOf, settled, stripeControls, subscribePaid } from '../support/billing';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

const START = new Date('2026-11-01T00:00:00Z');
const DAY_MS = 86_400_000;
const clock = new ManualClock(START);
let server: TestServer;

beforeAll(async () => {
  // Sessions outlive the months this file moves through; keys are kept for a week, so a retry days later still counts.
  server = await startTestServer({ clock, env: { SESSION_TTL_DAYS: '365', IDEMPOTENCY_KEY_TTL_HOURS: '168' } });
});
afterAll(() => server?.stop());

const stripe = (): Stripe => server.services.stripe!.stripe;
const BILLING = `{ billing { status plan { code } scheduledPlan { code } currentPeriodEnd cancelAtPeriodEnd allocationGranted } }`;
const billing = async (a: Account) => (await gqlOk(server.url, BILLING, {}, a.token)).billing;
const CHANGE_PLAN =
  'mutation($i: ChangePlanInput!) { changePlan(input: $i) { kind status prorationCredits fromPlan { code } toPlan { code } effectiveAt } }';
const changePlan = (a: Account, plan: string, idempotencyKey = uniqueKey('plan')) =>
  gql(server.url, CHANGE_PLAN, { i: { plan, idempotencyKey } }, a.token);
const SUBSCRIBE = 'mutation($i: ChangePlanInput!) { subscribe(input: $i) { id url } }';
const cancelScheduled = (a: Account) =>
  gql(server.url, 'mutation { cancelScheduledPlanChange { scheduledPlan { code } } }', {}, a.token);
const cancelSubscription = (a: Account) =>
  gql(server.url, 'mutation { cancelSubscription { refunded endsAt } }', {}, a.token);

const subscriptionOf = (a: Account): Stripe.Subscription =>
  stripeControls(server)
    .events()
    .filter(
      (e) =>
        e.type === 'customer.subscription.created' &&
        (e.data.object as Stripe.Subscription).metadata?.workspaceId === a.workspaceId,
    )
    .map((e) => e.data.object as Stripe.Subscription)[0]!;

async function newSubscriber(plan: string): Promise<Account> {
  clock.set(START);
  const a = await signUp(server.url, `edge-${plan}`);
  await subscribePaid(server, a.token, plan);
  return a;
}

/** Moves time to the period end and lets Stripe renew. */
async function renew(a: Account): Promise<void> {
  const { currentPeriodEnd } = await billing(a);
  clock.set(new Date(currentPeriodEnd));
  await stripeControls(server).advanceSubscription(subscriptionOf(a).id);
  await settled(server);
}

async function scheduleDowngrade(a: Account, plan: string): Promise<void> {
  const r = await changePlan(a, plan);
  expect(r.errors).toBeUndefined();
  expect(r.data?.changePlan).toMatchObject({ kind: 'DOWNGRADE', status: 'SCHEDULED' });
  await settled(server);
  expect((await billing(a)).scheduledPlan).toEqual({ code: plan });
}

const invoicesOf = async (a: Account) =>
  (await stripe().invoices.list({ subscription: subscriptionOf(a).id, limit: 100 })).data.length;

describe(`plan changes that meet a scheduled downgrade (${dbKind()})`, () => {
  it('an upgrade replaces a scheduled downgrade: nothing stays scheduled and the renewal keeps the new plan', async () => {
    const a = await newSubscriber('growth');
    clock.set(new Date(START.getTime() + 5 * DAY_MS));
    await scheduleDowngrade(a, 'pro');

    const up = await changePlan(a, 'agency');
    expect(up.errors).toBeUndefined();
    expect(up.data?.changePlan).toMatchObject({ kind: 'UPGRADE', fromPlan: { code: 'growth' } });
    await settled(server);
    expect(await billing(a)).toMatchObject({ plan: { code: 'agency' }, scheduledPlan: null });
    expect((await stripe().subscriptions.retrieve(subscriptionOf(a).id)).schedule).toBeNull();

    await renew(a);
    expect(await billing(a)).toMatchObject({ plan: { code: 'agency' }, scheduledPlan: null, allocationGranted: '100' });
    expect((await balanceOf(server, a.token)).planAllocation).toBe('100');
  });

  it('after such an upgrade, a new downgrade can be scheduled and cancelled', async () => {
    const a = await newSubscriber('growth');
    clock.set(new Date(START.getTime() + 5 * DAY_MS));
    await scheduleDowngrade(a, 'pro');
    expect((await changePlan(a, 'agency')).errors).toBeUndefined();
    await settled(server);

    clock.set(new Date(START.getTime() + 8 * DAY_MS));
    await scheduleDowngrade(a, 'growth');
    const cancelled = await cancelScheduled(a);
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data?.cancelScheduledPlanChange).toEqual({ scheduledPlan: null });
    await settled(server);
    await renew(a);
    expect(await billing(a)).toMatchObject({ plan: { code: 'agency' }, scheduledPlan: null });
  });

  it('a scheduled downgrade whose schedule was released in Stripe (dashboard) can still be cancelled or replaced', async () => {
    const a = await newSubscriber('agency');
    await scheduleDowngrade(a, 'growth');
    const scheduleId = (await stripe().subscriptions.retrieve(subscriptionOf(a).id)).schedule as string;
    await stripe().subscriptionSchedules.release(scheduleId);
    await settled(server);

    await scheduleDowngrade(a, 'pro');
    expect((await cancelScheduled(a)).errors).toBeUndefined();
    expect((await billing(a)).scheduledPlan).toBeNull();

    await scheduleDowngrade(a, 'growth');
    await stripe().subscriptionSchedules.release(
      (await stripe().subscriptions.retrieve(subscriptionOf(a).id)).schedule as string,
    );
    expect((await cancelScheduled(a)).errors).toBeUndefined();
    expect((await billing(a)).scheduledPlan).toBeNull();
    expect(codeOf(await cancelScheduled(a))).toBe('PLAN_CHANGE_NOT_ALLOWED');
  });

  it('cancelling after day 14 with a downgrade scheduled ends the plan at the period end and drops the downgrade', async () => {
    const a = await newSubscriber('growth');
    clock.set(new Date(START.getTime() + 10 * DAY_MS));
    await scheduleDowngrade(a, 'pro');
    clock.set(new Date(START.getTime() + 20 * DAY_MS));

    const r = await cancelSubscription(a);
    expect(r.errors).toBeUndefined();
    expect(r.data?.cancelSubscription).toEqual({ refunded: false, endsAt: '2026-12-01T00:00:00.000Z' });
    await settled(server);
    expect(await billing(a)).toMatchObject({
      status: 'ACTIVE',
      plan: { code: 'growth' },
      cancelAtPeriodEnd: true,
      scheduledPlan: null,
    });

    // A downgrade while the plan is ending means nothing: refused, and resuming still works.
    expect(codeOf(await changePlan(a, 'pro'))).toBe('PLAN_CHANGE_NOT_ALLOWED');
    await gqlOk(server.url, 'mutation { resumeSubscription { cancelAtPeriodEnd } }', {}, a.token);
    await settled(server);
    expect(await billing(a)).toMatchObject({ cancelAtPeriodEnd: false, scheduledPlan: null });
    await renew(a);
    expect(await billing(a)).toMatchObject({ status: 'ACTIVE', plan: { code: 'growth' }, allocationGranted: '50' });
  });

  it('cancelling after day 14 with a downgrade scheduled and not resuming ends the plan at the renewal', async () => {
    const a = await newSubscriber('agency');
    await scheduleDowngrade(a, 'growth');
    clock.set(new Date(START.getTime() + 16 * DAY_MS));
    expect((await cancelSubscription(a)).errors).toBeUndefined();
    await settled(server);
    await renew(a);
    expect(await billing(a)).toMatchObject({ status: 'CANCELED', scheduledPlan: null });
    expect((await balanceOf(server, a.token)).planAllocation).toBe('0');
  });
});

describe(`retrying plan changes with the same idempotency key (${dbKind()})`, () => {
  it('a retried upgrade returns the first answer and invoices nothing more; other input is IDEMPOTENCY_KEY_REUSED', async () => {
    const a = await newSubscriber('pro');
    clock.set(new Date(START.getTime() + 3 * DAY_MS));
    const key = uniqueKey('upgrade');
    const first = await changePlan(a, 'growth', key);
    expect(first.errors).toBeUndefined();
    await settled(server);
    const invoices = await invoicesOf(a);
    const balance = await balanceOf(server, a.token);

    clock.set(new Date(START.getTime() + 4 * DAY_MS));
    const again = await changePlan(a, 'growth', key);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(codeOf(await changePlan(a, 'agency', key))).toBe('IDEMPOTENCY_KEY_REUSED');
    await settled(server);
    expect(await invoicesOf(a)).toBe(invoices);
    expect(await balanceOf(server, a.token)).toEqual(balance);
    expect((await billing(a)).plan).toEqual({ code: 'growth' });
  });

  it('a retried downgrade returns the first answer, also once the renewal applied it', async () => {
    const a = await newSubscriber('agency');
    clock.set(new Date(START.getTime() + 25 * DAY_MS));
    const key = uniqueKey('down');
    const first = await changePlan(a, 'pro', key);
    expect(first.errors).toBeUndefined();
    await settled(server);
    const again = await changePlan(a, 'pro', key);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(codeOf(await changePlan(a, 'growth', key))).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await billing(a)).scheduledPlan).toEqual({ code: 'pro' });

    await renew(a);
    expect((await billing(a)).plan).toEqual({ code: 'pro' });
    const late = await changePlan(a, 'pro', key);
    expect(late.errors).toBeUndefined();
    expect(late.data).toEqual(first.data);
  });

  it('a retried subscribe returns the first checkout after it was paid; other input is IDEMPOTENCY_KEY_REUSED', async () => {
    clock.set(START);
    const a = await signUp(server.url, 'edge-subscribe');
    const key = uniqueKey('subscribe');
    const first = await gqlOk(server.url, SUBSCRIBE, { i: { plan: 'pro', idempotencyKey: key } }, a.token);
    await stripeControls(server).payCheckout(first.subscribe.id);
    await settled(server);
    expect((await billing(a)).plan).toEqual({ code: 'pro' });

    const again = await gql(server.url, SUBSCRIBE, { i: { plan: 'pro', idempotencyKey: key } }, a.token);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first);
    const other = await gql(server.url, SUBSCRIBE, { i: { plan: 'growth', idempotencyKey: key } }, a.token);
    expect(codeOf(other)).toBe('IDEMPOTENCY_KEY_REUSED');
    // A new key still meets the rule that a workspace with a plan changes it instead.
    expect(
      codeOf(await gql(server.url, SUBSCRIBE, { i: { plan: 'growth', idempotencyKey: uniqueKey() } }, a.token)),
    ).toBe('PLAN_CHANGE_NOT_ALLOWED');
  });

  it('a refused change leaves no trace: its key may be used again', async () => {
    const a = await newSubscriber('growth');
    const key = uniqueKey('refused');
    expect(codeOf(await changePlan(a, 'growth', key))).toBe('PLAN_CHANGE_NOT_ALLOWED');
    const r = await changePlan(a, 'pro', key);
    expect(r.errors).toBeUndefined();
    expect(r.data?.changePlan).toMatchObject({ kind: 'DOWNGRADE' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { ensureCatalog } from '@hero/server/src/modules/billing/stripe/stripe-gateway';
import { PlansCatalog } from '@hero/server/src/modules/plans/plans.catalog';
import { DEFAULT_PLANS } from '@hero/server/src/platform/config';
import { createStripeLocal, type StripeLocal } from '@hero/server/src/stripe-local';
import { signUp, type Account } from '../support/accounts';
import { spend as spendOnce } from '../support/holds';
import { balanceOf, settled, subscribePaid } from '../support/billing';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { micro, transactions } from '../support/product';
import { startTestServer, type TestServer } from '../support/server';

const CLOCK = '{ demoClock { now daysAhead nextRenewalAt } }';
const ADVANCE = 'mutation($i: AdvanceDemoClockInput!) { advanceDemoClock(input: $i) { now daysAhead nextRenewalAt } }';
const BILLING = '{ billing { status renewsAt currentPeriodStart currentPeriodEnd refundableUntil cancelAtPeriodEnd } }';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** An owner whose Stripe customer lives on a test clock (what command 1 does for the demo), on Pro. */
async function ownerOnClock(name: string): Promise<Account> {
  const owner = await signUp(server.url, name);
  await server.services.demoClock.attach(owner.workspaceId);
  await subscribePaid(server, owner.token, 'pro');
  return owner;
}

const spend = (owner: Account, amount: string): Promise<void> =>
  spendOnce(server.url, owner.token, amount, 'Campaign set-up');

const advance = async (owner: Account, input: Record<string, unknown>) => {
  const r = await gqlOk(server.url, ADVANCE, { i: input }, owner.token);
  await settled(server);
  return r.advanceDemoClock as { now: string; daysAhead: number; nextRenewalAt: string | null };
};

describe('the demo clock on the local Stripe', () => {
  it('puts the customer on a Stripe test clock, readable through the stripe library', async () => {
    const owner = await ownerOnClock('clock-shapes');
    const stripe = server.services.stripe!.stripe;
    const customers = await stripe.customers.list({ limit: 100 });
    const customer = customers.data.find((c) => c.metadata.workspaceId === owner.workspaceId)!;
    expect(customer.test_clock).toMatch(/^clock_/);
    const clock = await stripe.testHelpers.testClocks.retrieve(String(customer.test_clock));
    expect(clock).toMatchObject({ object: 'test_helpers.test_clock', status: 'ready', livemode: false });
    expect(Math.abs(clock.frozen_time * 1000 - Date.now())).toBeLessThan(60_000);
    const [sub] = (await stripe.subscriptions.list({ customer: customer.id })).data;
    expect(sub?.test_clock).toBe(clock.id);

    const { demoClock } = await gqlOk(server.url, CLOCK, {}, owner.token);
    expect(demoClock.daysAhead).toBe(0);
    const { billing } = await gqlOk(server.url, BILLING, {}, owner.token);
    expect(demoClock.nextRenewalAt).toBe(billing.currentPeriodEnd);
  });

  it('advances through a renewal: the new allocation is granted and the old remainder expires (SPEC credit rules)', async () => {
    const owner = await ownerOnClock('clock-renewal');
    await spend(owner, '5');
    const before = (await gqlOk(server.url, BILLING, {}, owner.token)).billing;

    const moved = await advance(owner, { toNextRenewal: true });
    // At the period end (plus the moment the request took).
    const movedTo = new Date(moved.now).getTime() - new Date(before.currentPeriodEnd).getTime();
    expect(movedTo).toBeGreaterThanOrEqual(0);
    expect(movedTo).toBeLessThan(60_000);
    expect(moved.daysAhead).toBeGreaterThanOrEqual(29);

    const after = (await gqlOk(server.url, BILLING, {}, owner.token)).billing;
    expect(after.currentPeriodStart).toBe(before.currentPeriodEnd);
    expect(new Date(after.currentPeriodEnd).getTime()).toBeGreaterThan(new Date(before.currentPeriodEnd).getTime());
    expect(after.renewsAt).toBe(after.currentPeriodEnd);
    expect(moved.nextRenewalAt).toBe(after.currentPeriodEnd);

    const balance = await balanceOf(server, owner.token);
    expect(micro(balance.available!)).toBe(20_000_000);
    const grants = await transactions(server.url, owner.token, ['GRANT']);
    expect(grants.map((g) => g.description)).toContain('Renewal: Pro plan, 20 credits for the period');
    const expiries = await transactions(server.url, owner.token, ['EXPIRY']);
    expect(expiries.map((e) => micro(e.amount))).toEqual([-15_000_000]);

    // Stripe saw the same renewal: a paid subscription_cycle invoice dated at the period end.
    const stripe = server.services.stripe!.stripe;
    const invoices = await stripe.invoices.list({ limit: 100 });
    const cycle = invoices.data.find(
      (i) =>
        i.billing_reason === 'subscription_cycle' &&
        i.parent?.subscription_details?.metadata?.workspaceId === owner.workspaceId,
    );
    expect(cycle).toMatchObject({ status: 'paid', created: new Date(before.currentPeriodEnd).getTime() / 1000 });
  });

  it('runs the 14-day refund window on the workspace’s time, and ends a cancelled plan at the period end', async () => {
    const owner = await ownerOnClock('clock-window');
    await advance(owner, { days: 13 });
    const inside = (await gqlOk(server.url, BILLING, {}, owner.token)).billing;
    expect(inside.refundableUntil).not.toBeNull();

    await advance(owner, { days: 2 });
    const outside = (await gqlOk(server.url, BILLING, {}, owner.token)).billing;
    expect(outside.refundableUntil).toBeNull();

    const { cancelSubscription } = await gqlOk(
      server.url,
      'mutation { cancelSubscription { refunded endsAt } }',
      {},
      owner.token,
    );
    expect(cancelSubscription).toEqual({ refunded: false, endsAt: outside.currentPeriodEnd });
    await settled(server);

    await advance(owner, { toNextRenewal: true });
    const ended = (await gqlOk(server.url, BILLING, {}, owner.token)).billing;
    expect(ended).toMatchObject({ status: 'CANCELED', renewsAt: null });
    expect(micro((await balanceOf(server, owner.token)).available!)).toBe(0);
  });

  it('expires a hold left unsettled once the workspace’s time passes its lifetime', async () => {
    const owner = await ownerOnClock('clock-holds');
    await gqlOk(
      server.url,
      'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }',
      { i: { amount: '2', description: 'Keyword research', idempotencyKey: uniqueKey('reserve') } },
      owner.token,
    );
    expect(micro((await balanceOf(server, owner.token)).reserved!)).toBe(2_000_000);
    await advance(owner, { days: 1 });
    expect(micro((await balanceOf(server, owner.token)).reserved!)).toBe(0);
    const released = await transactions(server.url, owner.token, ['RELEASE']);
    expect(released.map((t) => t.description)).toContain('Hold expired unsettled: Keyword research');
  });

  it('refuses bad input, other roles and workspaces without a clock with stable codes, changing nothing', async () => {
    const owner = await ownerOnClock('clock-input');
    const before = (await gqlOk(server.url, CLOCK, {}, owner.token)).demoClock;
    for (const input of [{ days: 0 }, { days: 61 }, { days: 3, toNextRenewal: true }, {}]) {
      expect(codeOf(await gql(server.url, ADVANCE, { i: input }, owner.token))).toBe('BAD_USER_INPUT');
    }
    expect((await gqlOk(server.url, CLOCK, {}, owner.token)).demoClock.daysAhead).toBe(before.daysAhead);

    const plain = await signUp(server.url, 'no-clock');
    expect((await gqlOk(server.url, CLOCK, {}, plain.token)).demoClock).toBeNull();
    expect(codeOf(await gql(server.url, ADVANCE, { i: { days: 1 } }, plain.token))).toBe('NOT_FOUND');
  });
});

describe('against real Stripe (keys configured)', () => {
  let stripe: StripeLocal;
  let real: TestServer;

  beforeAll(async () => {
    // A Stripe-compatible endpoint reached with a secret key, as production reaches Stripe.
    stripe = createStripeLocal({ webhookSecret: 'whsec_real' });
    await stripe.listen();
    // The catalog as scripts/stripe-setup.sh creates it in a Stripe account.
    const client = new Stripe('sk_test_real', { ...stripe.clientOptions(), maxNetworkRetries: 0 });
    await ensureCatalog(
      client,
      { TOPUP_PACK_CREDITS: 20, TOPUP_PACK_PRICE_CENTS: 2000 },
      new PlansCatalog(DEFAULT_PLANS).plans,
    );
    real = await startTestServer({
      env: { STRIPE_SECRET_KEY: 'sk_test_real', STRIPE_WEBHOOK_SECRET: 'whsec_real', STRIPE_API_URL: stripe.url },
    });
  });
  afterAll(async () => {
    await real?.stop();
    await stripe?.close();
  });

  it('has no demo clock and refuses to move time with DEMO_ONLY', async () => {
    const owner = await signUp(real.url, 'real-owner');
    expect((await gqlOk(real.url, CLOCK, {}, owner.token)).demoClock).toBeNull();
    const r = await gql(real.url, ADVANCE, { i: { days: 1 } }, owner.token);
    expect(codeOf(r)).toBe('DEMO_ONLY');
    await expect(real.services.demoClock.attach(owner.workspaceId)).rejects.toMatchObject({ code: 'DEMO_ONLY' });
  });
});

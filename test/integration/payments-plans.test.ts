import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@hero/server/src/platform/clock';
import { upgradeProration } from '@hero/server/src/modules/billing/core/proration';
import { addTeammate, signUp, type Account } from '../support/accounts';
import { balanceOf, buyPacks, settled, stripeControls, subscribePaid } from '../support/billing';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

const START = new Date('2026-11-01T00:00:00Z');
const clock = new ManualClock(START);
let server: TestServer;

beforeAll(async () => {
  // Sessions outlive the months this file moves through.
  server = await startTestServer({ clock, env: { SESSION_TTL_DAYS: '365' } });
});
afterAll(() => server?.stop());

const BILLING = `{ billing { status plan { code } scheduledPlan { code } currentPeriodStart currentPeriodEnd renewsAt cancelAtPeriodEnd allocationGranted refundableUntil notices { kind message } } }`;
const billing = async (a: Account) => (await gqlOk(server.url, BILLING, {}, a.token)).billing;
const changePlan = (a: Account, plan: string) =>
  gql(
    server.url,
    'mutation($i: ChangePlanInput!) { changePlan(input: $i) { kind status prorationCredits fromPlan { code } toPlan { code } effectiveAt } }',
    { i: { plan, idempotencyKey: uniqueKey('plan') } },
    a.token,
  );
const history = async (a: Account) =>
  (
    await gqlOk(server.url, '{ transactions(first: 100) { edges { node { type amount description } } } }', {}, a.token)
  ).transactions.edges.map((e: any) => e.node);
const subscriptionId = (a: Account) =>
  stripeControls(server)
    .events()
    .filter(
      (e) =>
        e.type === 'customer.subscription.created' && (e.data.object as any).metadata?.workspaceId === a.workspaceId,
    )
    .map((e) => (e.data.object as { id: string }).id)[0]!;

async function newSubscriber(plan: string, at: Date): Promise<Account> {
  clock.set(at);
  const a = await signUp(server.url, `sub-${plan}`);
  await subscribePaid(server, a.token, plan);
  return a;
}

/** Moves time to the end of the period and lets Stripe renew (paid or failed). */
async function renew(a: Account): Promise<void> {
  const { currentPeriodEnd } = await billing(a);
  clock.set(new Date(currentPeriodEnd));
  await stripeControls(server).advanceSubscription(subscriptionId(a));
  await settled(server);
}

describe(`plans through the local Stripe (${dbKind()})`, () => {
  it('subscribing grants the full allocation once the first invoice is paid', async () => {
    const a = await newSubscriber('pro', START);
    expect(await billing(a)).toMatchObject({
      status: 'ACTIVE',
      plan: { code: 'pro' },
      allocationGranted: '20',
      cancelAtPeriodEnd: false,
    });
    expect(await balanceOf(server, a.token)).toMatchObject({ available: '20', planAllocation: '20', purchased: '0' });
  });

  it.each([
    ['at the start', 0],
    ['in the middle', 15 * 86_400_000],
    ['in the last hour', 30 * 86_400_000 - 3_600_000],
  ])('an upgrade %s grants (new − old) × time left, to the micro-credit', async (_name, offsetMs) => {
    const a = await newSubscriber('pro', START);
    const { currentPeriodStart, currentPeriodEnd } = await billing(a);
    const changedAt = new Date(START.getTime() + offsetMs);
    clock.set(changedAt);
    const expected = upgradeProration({
      fromPlan: { name: 'Pro', creditsMicro: 20_000_000 },
      toPlan: { name: 'Growth', creditsMicro: 50_000_000 },
      periodStart: new Date(currentPeriodStart),
      periodEnd: new Date(currentPeriodEnd),
      changedAt,
    });
    const independent = Math.floor(
      (30_000_000 * ((new Date(currentPeriodEnd).getTime() - changedAt.getTime()) / 1000)) /
        ((new Date(currentPeriodEnd).getTime() - new Date(currentPeriodStart).getTime()) / 1000),
    );
    expect(expected.grantMicro).toBe(independent);
    const r = await changePlan(a, 'growth');
    expect(r.data?.changePlan).toMatchObject({
      kind: 'UPGRADE',
      status: 'PENDING_PAYMENT',
      fromPlan: { code: 'pro' },
      toPlan: { code: 'growth' },
    });
    await settled(server);
    const balance = await balanceOf(server, a.token);
    expect(Math.round(Number(balance.planAllocation) * 1e6)).toBe(20_000_000 + expected.grantMicro);
    expect((await billing(a)).plan.code).toBe('growth');
    const proration = (await history(a)).find((e: any) => e.description.startsWith('Upgrade Pro → Growth'));
    expect(proration.description).toBe(expected.description);
  });

  it('a downgrade is scheduled, changes nothing now, and takes effect at renewal', async () => {
    const a = await newSubscriber('growth', START);
    clock.set(new Date(START.getTime() + 10 * 86_400_000));
    const r = await changePlan(a, 'pro');
    expect(r.data?.changePlan).toMatchObject({
      kind: 'DOWNGRADE',
      status: 'SCHEDULED',
      effectiveAt: '2026-12-01T00:00:00.000Z',
    });
    await settled(server);
    expect(await billing(a)).toMatchObject({ plan: { code: 'growth' }, scheduledPlan: { code: 'pro' } });
    expect((await balanceOf(server, a.token)).planAllocation).toBe('50');
    await renew(a);
    expect(await billing(a)).toMatchObject({ plan: { code: 'pro' }, scheduledPlan: null, allocationGranted: '20' });
    expect(await balanceOf(server, a.token)).toMatchObject({ planAllocation: '20' });
  });

  it('renewals expire the old remainder, grant the new allocation, and leave purchased credits alone', async () => {
    const a = await newSubscriber('pro', START);
    await stripeControls(server).payCheckout(await buyPacks(server, a.token, 1));
    await settled(server);
    const spend = await gqlOk(
      server.url,
      'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }',
      { i: { amount: '5', description: 'work', idempotencyKey: uniqueKey() } },
      a.token,
    );
    await gqlOk(
      server.url,
      'mutation($i: SettleHoldInput!) { settleHold(input: $i) { status } }',
      { i: { holdId: spend.reserveCredits.id, actual: '5', idempotencyKey: uniqueKey() } },
      a.token,
    );
    expect(await balanceOf(server, a.token)).toMatchObject({ planAllocation: '15', purchased: '20' });
    for (let period = 1; period <= 3; period++) {
      await renew(a);
      expect(await balanceOf(server, a.token), `period ${period}`).toMatchObject({
        planAllocation: '20',
        purchased: '20',
        available: '40',
      });
    }
    const entries = (await history(a)).reverse().map((e: any) => `${e.type} ${e.amount}`);
    expect(entries).toEqual([
      'GRANT 20',
      'GRANT 20',
      'HOLD -5',
      'CHARGE 0',
      'EXPIRY -15',
      'GRANT 20',
      'EXPIRY -20',
      'GRANT 20',
      'EXPIRY -20',
      'GRANT 20',
    ]);
  });

  it('a failed renewal grants nothing, tells the workspace, and a later paid retry grants', async () => {
    const a = await newSubscriber('pro', START);
    const customer = (
      stripeControls(server)
        .events()
        .find((e) => e.type === 'customer.subscription.created' && (e.data.object as any).id === subscriptionId(a))!
        .data.object as any
    ).customer;
    await stripeControls(server).setCardFailing(customer, true);
    await renew(a);
    const b = await billing(a);
    expect(b.status).toBe('PAST_DUE');
    expect(b.notices).toEqual([expect.objectContaining({ kind: 'PAYMENT_FAILED' })]);
    expect((await balanceOf(server, a.token)).planAllocation).toBe('0');
    // Partners hear of it in the event feed (and so by webhook), once.
    const { events } = await gqlOk(
      server.url,
      'query { events(after: 0, first: 100) { nodes { type data } } }',
      {},
      a.token,
    );
    const failures = events.nodes.filter((e: { type: string }) => e.type === 'payment.failed');
    expect(failures).toHaveLength(1);

    // Stripe retries the invoice once the card works again: the period's allocation arrives then.
    await stripeControls(server).setCardFailing(customer, false);
    const stripe = server.services.stripe!.stripe;
    const failed = (await stripe.invoices.list({ subscription: subscriptionId(a), status: 'open' })).data[0]!;
    await stripe.invoices.pay(failed.id!);
    await settled(server);
    const after = await billing(a);
    expect(after).toMatchObject({ status: 'ACTIVE', notices: [] });
    expect((await balanceOf(server, a.token)).planAllocation).toBe('20');
  });

  it('cancel within 14 days refunds, ends the plan now and revokes the allocation; purchased credits stay', async () => {
    const a = await newSubscriber('pro', START);
    await stripeControls(server).payCheckout(await buyPacks(server, a.token, 1));
    await settled(server);
    clock.set(new Date(START.getTime() + 5 * 86_400_000));
    expect((await billing(a)).refundableUntil).toBe('2026-11-15T00:00:00.000Z');
    const r = await gqlOk(server.url, 'mutation { cancelSubscription { refunded } }', {}, a.token);
    expect(r.cancelSubscription.refunded).toBe(true);
    await settled(server);
    expect(await billing(a)).toMatchObject({ status: 'CANCELED', renewsAt: null });
    expect(await balanceOf(server, a.token)).toMatchObject({ planAllocation: '0', purchased: '20', available: '20' });
    const refunds = stripeControls(server)
      .events()
      .filter((e) => e.type === 'charge.refunded');
    expect(refunds.length).toBeGreaterThan(0);
  });

  it('after 14 days, cancel takes effect at the period end and keeps the credits until then', async () => {
    const a = await newSubscriber('pro', START);
    clock.set(new Date(START.getTime() + 20 * 86_400_000));
    const r = await gqlOk(server.url, 'mutation { cancelSubscription { refunded endsAt } }', {}, a.token);
    expect(r.cancelSubscription).toEqual({ refunded: false, endsAt: '2026-12-01T00:00:00.000Z' });
    await settled(server);
    expect(await billing(a)).toMatchObject({ status: 'ACTIVE', cancelAtPeriodEnd: true, renewsAt: null });
    expect((await balanceOf(server, a.token)).planAllocation).toBe('20');
    await gqlOk(server.url, 'mutation { resumeSubscription { cancelAtPeriodEnd } }', {}, a.token);
    expect((await billing(a)).cancelAtPeriodEnd).toBe(false);
  });

  it("the customer portal link opens Stripe's portal for this customer", async () => {
    const a = await newSubscriber('pro', START);
    const { billingPortalUrl } = await gqlOk(server.url, 'mutation { billingPortalUrl }', {}, a.token);
    const page = await fetch(billingPortalUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/invoice/i);
  });

  it('bad plan changes: unknown, same plan, no plan, member → stable codes and nothing sent to Stripe', async () => {
    const a = await newSubscriber('pro', START);
    const before = stripeControls(server).events().length;
    expect(codeOf(await changePlan(a, 'platinum'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await changePlan(a, 'pro'))).toBe('PLAN_CHANGE_NOT_ALLOWED');
    const none = await signUp(server.url, 'noplan');
    expect(codeOf(await changePlan(none, 'growth'))).toBe('PLAN_CHANGE_NOT_ALLOWED');
    const mate = await addTeammate(server.url, a);
    expect(codeOf(await changePlan(mate, 'growth'))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, 'mutation { cancelSubscription { refunded } }', {}, mate.token))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(
        await gql(
          server.url,
          'mutation($i: PurchaseCreditsInput!) { purchaseCredits(input: $i) { id } }',
          { i: { packs: 1, idempotencyKey: uniqueKey() } },
          mate.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(stripeControls(server).events().length).toBe(before);
    expect(
      codeOf(
        await gql(
          server.url,
          'mutation($i: ChangePlanInput!) { subscribe(input: $i) { id } }',
          { i: { plan: 'growth', idempotencyKey: uniqueKey() } },
          a.token,
        ),
      ),
    ).toBe('PLAN_CHANGE_NOT_ALLOWED');
  });

  it('bad pack counts: 0, negative, fractional, huge → BAD_USER_INPUT and nothing sent to Stripe', async () => {
    const a = await signUp(server.url, 'packs');
    const before = stripeControls(server).events().length;
    for (const packs of [0, -1, 51, 1_000_000, 2 ** 31]) {
      const r = await gql(
        server.url,
        'mutation($i: PurchaseCreditsInput!) { purchaseCredits(input: $i) { id } }',
        { i: { packs, idempotencyKey: uniqueKey() } },
        a.token,
      );
      expect(codeOf(r), String(packs)).toBe('BAD_USER_INPUT');
    }
    for (const packs of [1.5, '2', null]) {
      const r = await gql(
        server.url,
        'mutation($i: PurchaseCreditsInput!) { purchaseCredits(input: $i) { id } }',
        { i: { packs, idempotencyKey: uniqueKey() } },
        a.token,
      );
      expect(codeOf(r), String(packs)).toBe('BAD_USER_INPUT');
    }
    expect(stripeControls(server).events().length).toBe(before);
    const key = uniqueKey('same');
    const first = await gqlOk(
      server.url,
      'mutation($i: PurchaseCreditsInput!) { purchaseCredits(input: $i) { id url } }',
      { i: { packs: 2, idempotencyKey: key } },
      a.token,
    );
    const again = await gqlOk(
      server.url,
      'mutation($i: PurchaseCreditsInput!) { purchaseCredits(input: $i) { id url } }',
      { i: { packs: 2, idempotencyKey: key } },
      a.token,
    );
    expect(again).toEqual(first);
    const reused = await gql(
      server.url,
      'mutation($i: PurchaseCreditsInput!) { purchaseCredits(input: $i) { id } }',
      { i: { packs: 3, idempotencyKey: key } },
      a.token,
    );
    expect(codeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

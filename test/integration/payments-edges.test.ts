import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import { TopUpPurchase } from '@hero/server/src/modules/billing/billing.entities';
import { ManualClock } from '@hero/server/src/platform/clock';
import { signUp, type Account } from '../support/accounts';
import {
  balanceOf,
  buyPacks,
  capturingEvents,
  checkoutCharge,
  deliverInOrder,
  invoicePayment,
  settled,
  stripeControls,
  subscribePaid,
} from '../support/billing';
import { gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

/**
 * Money edges of refunds, disputes and top-up payments, driven through the local Stripe and the app's real
 * webhook route: per payment, refunds and disputes together take back at most what it granted; a won dispute
 * gives back what it took; plan invoices are reversed too; a top-up grants what was paid and priced.
 */
const START = new Date('2026-11-01T00:00:00Z');
const clock = new ManualClock(START);
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    clock,
    env: { SESSION_TTL_DAYS: '365', STRIPE_RECONCILE_INTERVAL_MS: '86400000' },
  });
});
afterAll(() => server?.stop());

const history = async (a: Account) =>
  (
    await gqlOk(
      server.url,
      '{ transactions(first: 100) { edges { node { type amount deficitChange description details { json } } } } }',
      {},
      a.token,
    )
  ).transactions.edges
    .map((e: any) => e.node)
    .reverse();

const spend = async (a: Account, credits: string) => {
  const hold = await gqlOk(
    server.url,
    'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }',
    { i: { amount: credits, description: 'work', idempotencyKey: uniqueKey() } },
    a.token,
  );
  await gqlOk(
    server.url,
    'mutation($i: SettleHoldInput!) { settleHold(input: $i) { status } }',
    { i: { holdId: hold.reserveCredits.id, actual: credits, idempotencyKey: uniqueKey() } },
    a.token,
  );
};

async function topUp(packs: number): Promise<{ owner: Account; chargeId: string }> {
  clock.set(START);
  const owner = await signUp(server.url, 'payer');
  const sessionId = await buyPacks(server, owner.token, packs);
  await stripeControls(server).payCheckout(sessionId);
  await settled(server);
  return { owner, chargeId: await checkoutCharge(server, sessionId) };
}

const eventsOf = (events: Stripe.Event[], disputeId: string) =>
  events.filter((e) => e.type.startsWith('charge.dispute.') && (e.data.object as { id: string }).id === disputeId);

async function subscriber(plan: string): Promise<Account> {
  clock.set(START);
  const owner = await signUp(server.url, `sub-${plan}`);
  await subscribePaid(server, owner.token, plan);
  return owner;
}

/** The invoices Stripe made for the workspace's subscription, oldest first. */
async function invoicesOf(a: Account): Promise<Stripe.Invoice[]> {
  const stripe = server.services.stripe!.stripe;
  const customer = (await server.services.workspaces.workspace(a.workspaceId)).stripeCustomerId!;
  return (await stripe.invoices.list({ customer, limit: 100 })).data.reverse();
}

describe(`refunds and disputes of one top-up take its credits once (${dbKind()})`, () => {
  it('a $20 top-up refunded $20, then disputed $20, takes 20 credits in total, not 40', async () => {
    const { owner, chargeId } = await topUp(1);
    await stripeControls(server).refundCharge(chargeId);
    await stripeControls(server).openDispute(chargeId, 2000);
    await settled(server);
    expect(await balanceOf(server, owner.token)).toMatchObject({ available: '0', purchased: '0', deficit: '0' });
    const reversals = (await history(owner)).filter((e: any) => e.type === 'REFUND');
    expect(reversals.map((e: any) => [e.amount, e.deficitChange, e.description])).toEqual([
      ['-20', '0', 'Refund of $20.00 on a top-up: 20.00 credits removed'],
    ]);
  });

  it('a dispute after a half refund takes the other half, and a second refund of nothing takes nothing', async () => {
    const { owner, chargeId } = await topUp(2);
    await stripeControls(server).refundCharge(chargeId, 2000);
    await settled(server);
    expect((await balanceOf(server, owner.token)).purchased).toBe('20');
    await stripeControls(server).openDispute(chargeId, 4000);
    await settled(server);
    expect(await balanceOf(server, owner.token)).toMatchObject({ available: '0', deficit: '0' });
  });

  it('a won dispute gives back what it took, once, even when its events are delivered again', async () => {
    const { owner, chargeId } = await topUp(2);
    await spend(owner, '30');
    const dispute = await stripeControls(server).openDispute(chargeId);
    await settled(server);
    expect(await balanceOf(server, owner.token)).toMatchObject({ available: '0', purchased: '0', deficit: '30' });
    await stripeControls(server).closeDispute(dispute.id, 'won');
    await settled(server);
    expect(await balanceOf(server, owner.token)).toMatchObject({ available: '10', purchased: '10', deficit: '0' });
    for (const event of eventsOf(stripeControls(server).events(), dispute.id))
      await stripeControls(server).redeliver(event.id);
    await settled(server);
    expect(await balanceOf(server, owner.token)).toMatchObject({ available: '10', purchased: '10', deficit: '0' });
    const grants = (await history(owner)).filter((e: any) => e.type === 'GRANT').map((e: any) => e.description);
    expect(grants).toEqual([
      'Bought 40 credits for $40.00 (Top-up #1: 2 packs of 20)',
      'Dispute won: 40.00 credits of Top-up #1 given back',
    ]);
  });

  it('a dispute lost keeps what it took; one won after a refund gives back only its own part', async () => {
    const lost = await topUp(1);
    const d1 = await stripeControls(server).openDispute(lost.chargeId);
    await stripeControls(server).closeDispute(d1.id, 'lost');
    await settled(server);
    expect((await balanceOf(server, lost.owner.token)).available).toBe('0');

    const won = await topUp(2);
    await stripeControls(server).refundCharge(won.chargeId, 3000); // 30 of 40 credits
    const d2 = await stripeControls(server).openDispute(won.chargeId, 4000); // only 10 were left to take
    await settled(server);
    expect((await balanceOf(server, won.owner.token)).available).toBe('0');
    await stripeControls(server).closeDispute(d2.id, 'won');
    await settled(server);
    expect(await balanceOf(server, won.owner.token)).toMatchObject({ available: '10', deficit: '0' });
  });

  it('a dispute whose close is delivered before its opening takes and gives back, as in order', async () => {
    const { owner, chargeId } = await topUp(1);
    let disputeId = '';
    const events = await capturingEvents(server, async () => {
      disputeId = (await stripeControls(server).openDispute(chargeId)).id;
      await stripeControls(server).closeDispute(disputeId, 'won');
    });
    await deliverInOrder(server, eventsOf(events, disputeId).reverse());
    expect(await balanceOf(server, owner.token)).toMatchObject({ available: '20', deficit: '0' });
    expect((await history(owner)).map((e: any) => `${e.type} ${e.amount}`)).toEqual([
      'GRANT 20',
      'REFUND -20',
      'GRANT 20',
    ]);
  });
});

describe(`refunds and disputes of plan invoices take back what remains of their grant (${dbKind()})`, () => {
  it('a dashboard refund of half a subscription invoice takes back half its allocation', async () => {
    const owner = await subscriber('pro');
    const [first] = await invoicesOf(owner);
    const { paymentIntentId } = await invoicePayment(server, first!.id!);
    await stripeControls(server).refundPayment(paymentIntentId, 1450);
    await settled(server);
    expect(await balanceOf(server, owner.token)).toMatchObject({ planAllocation: '10', deficit: '0' });
    const refund = (await history(owner)).find((e: any) => e.type === 'REFUND');
    expect(refund).toMatchObject({
      amount: '-10',
      description: 'Refund of $14.50 on an invoice (Pro allocation): up to 10.00 credits of what remains taken back',
    });
  });

  it('never more than remains: spent allocation credits are not owed back', async () => {
    const owner = await subscriber('pro');
    await spend(owner, '15');
    const [first] = await invoicesOf(owner);
    const { chargeId } = await invoicePayment(server, first!.id!);
    await stripeControls(server).refundCharge(chargeId);
    await stripeControls(server).openDispute(chargeId, 2900);
    await settled(server);
    expect(await balanceOf(server, owner.token)).toMatchObject({ available: '0', planAllocation: '0', deficit: '0' });
  });

  it('a dispute of an upgrade invoice takes its proration; won, it comes back expiring at the period end', async () => {
    const owner = await subscriber('pro');
    clock.set(new Date('2026-11-16T00:00:00Z')); // 15 of 30 days left: 15 credits for Pro → Growth
    await gqlOk(
      server.url,
      'mutation($i: ChangePlanInput!) { changePlan(input: $i) { kind } }',
      { i: { plan: 'growth', idempotencyKey: uniqueKey('up') } },
      owner.token,
    );
    await settled(server);
    expect((await balanceOf(server, owner.token)).planAllocation).toBe('35');
    const upgrade = (await invoicesOf(owner)).find((i) => i.billing_reason === 'subscription_update')!;
    const { chargeId } = await invoicePayment(server, upgrade.id!);
    const dispute = await stripeControls(server).openDispute(chargeId);
    await settled(server);
    expect((await balanceOf(server, owner.token)).planAllocation).toBe('20');
    await stripeControls(server).closeDispute(dispute.id, 'won');
    await settled(server);
    expect((await balanceOf(server, owner.token)).planAllocation).toBe('35');
    const back = (await history(owner)).at(-1);
    expect(back).toMatchObject({
      type: 'GRANT',
      amount: '15',
      description: 'Dispute won: 15.00 credits of Upgrade to Growth given back',
    });
    clock.set(new Date('2026-12-01T00:00:00Z'));
    expect((await balanceOf(server, owner.token)).planAllocation).toBe('0');
  });
});

describe(`a top-up grants what was paid and priced, and flags what disagrees (${dbKind()})`, () => {
  const stripe = () => server.services.stripe!.stripe;
  const notices = async (a: Account) =>
    (await gqlOk(server.url, '{ billing { notices { kind message } } }', {}, a.token)).billing.notices;

  it('malformed packs metadata: the 3 packs the checkout priced and the buyer paid, and a mismatch on record', async () => {
    clock.set(START);
    const owner = await signUp(server.url, 'tampered');
    const customer = await server.services.payments.ensureCustomer(owner.workspaceId);
    const metadata = { workspaceId: owner.workspaceId, kind: 'topup', packs: 'lots' };
    const session = await stripe().checkout.sessions.create({
      mode: 'payment',
      customer,
      line_items: [{ price: server.services.stripe!.prices.topUpPriceId, quantity: 3 }],
      metadata,
      payment_intent_data: { metadata },
      success_url: 'https://app.example/ok',
    });
    await stripeControls(server).payCheckout(session.id);
    await settled(server);
    expect(await balanceOf(server, owner.token)).toMatchObject({ purchased: '60' });
    const [grant] = (await history(owner)).filter((e: any) => e.type === 'GRANT');
    expect(grant.description).toBe('Bought 60 credits for $60.00 (Top-up #1: 3 packs of 20)');
    expect(JSON.parse(grant.details.json)).toMatchObject({ mismatch: 'metadata packs "lots" is not a pack count' });
    // The purchase is flagged where support lists payments to sort out.
    const flagged = await server.services.orm.em
      .fork()
      .find(TopUpPurchase, { workspace: owner.workspaceId, mismatch: { $ne: null } });
    expect(flagged.map((p) => [p.packs, p.amountCents, p.mismatch])).toEqual([
      [3, 6000, 'metadata packs "lots" is not a pack count'],
    ]);
    expect(await notices(owner)).toEqual([
      {
        kind: 'PAYMENT_MISMATCH',
        message: expect.stringMatching(
          /^A top-up payment of \$60\.00 did not match its order, so 60 credits were added/,
        ),
      },
    ]);
  });

  it('an automatic payment of $30 that claims 5 packs grants the one pack it paid for', async () => {
    clock.set(START);
    const owner = await signUp(server.url, 'claims');
    const sessionId = await buyPacks(server, owner.token, 1);
    await stripeControls(server).payCheckout(sessionId);
    await settled(server);
    const paid = await stripe().checkout.sessions.retrieve(sessionId, { expand: ['payment_intent'] });
    const pm = (paid.payment_intent as Stripe.PaymentIntent).payment_method as string;
    await stripe().paymentIntents.create({
      amount: 3000,
      currency: 'usd',
      customer: paid.customer as string,
      payment_method: pm,
      off_session: true,
      confirm: true,
      metadata: { workspaceId: owner.workspaceId, kind: 'auto_topup', packs: '5' },
    });
    await settled(server);
    expect((await balanceOf(server, owner.token)).purchased).toBe('40');
    const auto = (await history(owner)).filter((e: any) => e.type === 'GRANT').at(-1);
    expect(auto.description).toBe('Automatically bought 20 credits for $30.00 (Auto top-up #2: 1 pack of 20)');
    expect(JSON.parse(auto.details.json).mismatch).toBe(
      'metadata asked for 5 packs, 1 were paid for; $30.00 received for 1 pack(s) of 20 credits at $20.00',
    );
    expect((await notices(owner)).map((n: any) => n.kind)).toEqual(['PAYMENT_MISMATCH']);
  });
});

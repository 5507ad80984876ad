import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../support/accounts';
import { balanceOf, buyPacks, settled, stripeControls } from '../support/billing';
import { gqlOk } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe(`top-ups through the local Stripe (${dbKind()})`, () => {
  it('pay on checkout → exactly +20 credits per pack, once, even with 5 concurrent redeliveries', async () => {
    const owner = await signUp(server.url, 'buyer');
    const sessionId = await buyPacks(server, owner.token, 2);
    expect((await balanceOf(server, owner.token)).purchased).toBe('0');
    await stripeControls(server).payCheckout(sessionId);
    await settled(server);
    expect(await balanceOf(server, owner.token)).toMatchObject({ available: '40', purchased: '40' });
    const completed = stripeControls(server)
      .events()
      .filter((e) => e.type === 'checkout.session.completed' && (e.data.object as { id: string }).id === sessionId);
    expect(completed).toHaveLength(1);
    await Promise.all(Array.from({ length: 5 }, () => stripeControls(server).redeliver(completed[0]!.id)));
    await settled(server);
    expect(await balanceOf(server, owner.token)).toMatchObject({ available: '40', purchased: '40' });
    const { transactions } = await gqlOk(
      server.url,
      '{ transactions(filter: { types: [GRANT] }) { edges { node { description amount } } } }',
      {},
      owner.token,
    );
    expect(transactions.edges.map((e: any) => e.node)).toEqual([
      { description: 'Bought 40 credits for $40.00 (Top-up #1: 2 packs of 20)', amount: '40' },
    ]);
  });

  it('a declined payment grants nothing', async () => {
    const owner = await signUp(server.url, 'declined');
    await stripeControls(server).declineCheckout(await buyPacks(server, owner.token, 1));
    await settled(server);
    expect((await balanceOf(server, owner.token)).available).toBe('0');
  });

  it('an async payment grants only when it succeeds', async () => {
    const owner = await signUp(server.url, 'bank');
    const ok = await buyPacks(server, owner.token, 1);
    await stripeControls(server).payCheckoutLater(ok);
    await settled(server);
    expect((await balanceOf(server, owner.token)).available).toBe('0');
    await stripeControls(server).settleAsyncPayment(ok, true);
    await settled(server);
    expect((await balanceOf(server, owner.token)).available).toBe('20');

    const bad = await buyPacks(server, owner.token, 3);
    await stripeControls(server).payCheckoutLater(bad);
    await stripeControls(server).settleAsyncPayment(bad, false);
    await settled(server);
    expect((await balanceOf(server, owner.token)).available).toBe('20');
  });

  it('a refund of a partly spent top-up removes only what remains; the rest is a deficit', async () => {
    const owner = await signUp(server.url, 'refunded');
    await stripeControls(server).payCheckout(await buyPacks(server, owner.token, 1));
    await settled(server);
    const hold = await gqlOk(
      server.url,
      'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }',
      { i: { amount: '15', description: 'big job', idempotencyKey: `spend-${owner.workspaceId}` } },
      owner.token,
    );
    await gqlOk(
      server.url,
      'mutation($i: SettleHoldInput!) { settleHold(input: $i) { status } }',
      { i: { holdId: hold.reserveCredits.id, actual: '15', idempotencyKey: `settle-${owner.workspaceId}` } },
      owner.token,
    );
    const charge = stripeControls(server)
      .events()
      .filter((e) => e.type === 'charge.succeeded')
      .map((e) => e.data.object as { id: string; customer: string })
      .at(-1)!;
    await stripeControls(server).refundCharge(charge.id);
    await settled(server);
    expect(await balanceOf(server, owner.token)).toMatchObject({ available: '0', purchased: '0', deficit: '15' });
  });

  it('a dispute on an unspent top-up removes its credits', async () => {
    const owner = await signUp(server.url, 'disputed');
    await stripeControls(server).payCheckout(await buyPacks(server, owner.token, 2));
    await settled(server);
    const charge = stripeControls(server)
      .events()
      .filter((e) => e.type === 'charge.succeeded')
      .map((e) => e.data.object as { id: string })
      .at(-1)!;
    await stripeControls(server).openDispute(charge.id, 2000);
    await settled(server);
    expect(await balanceOf(server, owner.token)).toMatchObject({ available: '20', purchased: '20', deficit: '0' });
  });
});

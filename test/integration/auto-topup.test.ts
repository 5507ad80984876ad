import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Account } from '../support/accounts';
import { balanceOf, buyPacks, settled, stripeControls } from '../support/billing';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const AUTO = 'mutation($i: AutoTopUpInput!) { updateAutoTopUp(input: $i) { enabled threshold packs monthlyCapPacks } }';
const spend = async (a: Account, amount: string) => {
  const { reserveCredits } = await gqlOk(
    server.url,
    'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }',
    { i: { amount, description: 'work', idempotencyKey: uniqueKey() } },
    a.token,
  );
  await gqlOk(
    server.url,
    'mutation($i: SettleHoldInput!) { settleHold(input: $i) { status } }',
    { i: { holdId: reserveCredits.id, actual: amount, idempotencyKey: uniqueKey() } },
    a.token,
  );
};
const autoPurchases = (a: Account) =>
  stripeControls(server)
    .events()
    .filter(
      (e) =>
        e.type === 'payment_intent.succeeded' &&
        (e.data.object as any).metadata?.kind === 'auto_topup' &&
        (e.data.object as any).metadata?.workspaceId === a.workspaceId,
    );

async function customerWithCard(): Promise<Account> {
  const a = await signUp(server.url, 'auto');
  // Saves the card to the customer, as Stripe's Checkout does, without making it the default.
  await stripeControls(server).payCheckout(await buyPacks(server, a.token, 1));
  await settled(server);
  return a;
}

describe(`auto top-up (${dbKind()})`, () => {
  it('fires once per crossing under concurrent charges, and respects its monthly cap', async () => {
    const a = await customerWithCard();
    await gqlOk(server.url, AUTO, { i: { enabled: true, threshold: '5', packs: 1, monthlyCapPacks: 2 } }, a.token);
    // 20 available; 8 concurrent charges of 2 cross 5 once.
    await Promise.all(Array.from({ length: 8 }, () => spend(a, '2')));
    await settled(server);
    expect(autoPurchases(a)).toHaveLength(1);
    expect((await balanceOf(server, a.token)).available).toBe('24');
    // Second crossing.
    await Promise.all(Array.from({ length: 10 }, () => spend(a, '2')));
    await settled(server);
    expect(autoPurchases(a)).toHaveLength(2);
    expect((await balanceOf(server, a.token)).available).toBe('24');
    // Third crossing: the cap of 2 packs this month is reached.
    await Promise.all(Array.from({ length: 10 }, () => spend(a, '2')));
    await settled(server);
    expect(autoPurchases(a)).toHaveLength(2);
    expect((await balanceOf(server, a.token)).available).toBe('4');
  });

  it('a declined card turns it off and tells the owner', async () => {
    const a = await customerWithCard();
    await gqlOk(server.url, AUTO, { i: { enabled: true, threshold: '5', packs: 1, monthlyCapPacks: 5 } }, a.token);
    const customer = (
      stripeControls(server)
        .events()
        .find(
          (e) =>
            e.type === 'checkout.session.completed' && (e.data.object as any).metadata?.workspaceId === a.workspaceId,
        )!.data.object as any
    ).customer;
    await stripeControls(server).setCardFailing(customer, true);
    await spend(a, '16');
    await settled(server);
    const { billing } = await gqlOk(
      server.url,
      '{ billing { autoTopUp { enabled } notices { kind message } } }',
      {},
      a.token,
    );
    expect(billing.autoTopUp.enabled).toBe(false);
    // The saved card was tried and declined (not "no saved card": Checkout saved it to the customer).
    expect(billing.notices).toEqual([
      expect.objectContaining({ kind: 'AUTO_TOPUP_DISABLED', message: expect.stringContaining('declined') }),
    ]);
    expect((await balanceOf(server, a.token)).available).toBe('4');
  });

  it('rejects bad settings', async () => {
    const a = await signUp(server.url, 'auto-bad');
    for (const i of [
      { enabled: true, threshold: '0', packs: 1, monthlyCapPacks: 1 },
      { enabled: true, threshold: '5', packs: 0, monthlyCapPacks: 1 },
      { enabled: true, threshold: '5', packs: 2, monthlyCapPacks: 1 },
      { enabled: true, threshold: '-5', packs: 1, monthlyCapPacks: 1 },
      { enabled: true, threshold: '5', packs: 51, monthlyCapPacks: 100 },
    ]) {
      expect(codeOf(await gql(server.url, AUTO, { i }, a.token)), JSON.stringify(i)).toBe('BAD_USER_INPUT');
    }
  });
});

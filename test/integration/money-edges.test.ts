import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, signUp, type Account } from '../support/accounts';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { balance } from '../support/product';
import { release as releaseHold, reserve as reserveHold, settleHold } from '../support/holds';
import { dbKind, startTestServer, type TestServer } from '../support/server';

/**
 * The ledger's money edges as a partner meets them through the API (SPEC rule 6): a deficit is paid at once from
 * credits that become free, and a settle cannot name an unbounded cost.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const reserve = (owner: Account, amount: string) => reserveHold(server.url, owner.token, amount, 'partner task');
const settle = (owner: Account, holdId: string, actual: string) => settleHold(server.url, owner.token, holdId, actual);
const release = (owner: Account, holdId: string) => releaseHold(server.url, owner.token, holdId);

const holdStatus = async (owner: Account, id: string) =>
  (await gqlOk(server.url, 'query($id: ID!) { hold(id: $id) { status } }', { id }, owner.token)).hold.status;

describe(`money edges through the API (${dbKind()})`, () => {
  it('4 credits, two holds of 2, one settles at 2.4, the other is released: 1.6 left and nothing owed', async () => {
    const owner = await signUp(server.url, 'deficit-at-once');
    await fund(server.url, owner.workspaceId, '4');
    const a = await reserve(owner, '2');
    const b = await reserve(owner, '2');
    expect((await settle(owner, a, '2.4')).errors).toBeUndefined();
    expect(await balance(server.url, owner.token)).toMatchObject({ available: '0', deficit: '0.4', reserved: '2' });

    await release(owner, b);
    expect(await balance(server.url, owner.token)).toMatchObject({ available: '1.6', deficit: '0', reserved: '0' });
    const { transactions } = await gqlOk(
      server.url,
      '{ transactions(first: 1) { edges { node { type deficitChange description } } } }',
      {},
      owner.token,
    );
    expect(transactions.edges[0].node).toMatchObject({ type: 'DEFICIT_REPAYMENT', deficitChange: '-0.4' });
  });

  it('a settle beyond the overrun allowance is refused and the hold stays open', async () => {
    const owner = await signUp(server.url, 'overrun-bound');
    await fund(server.url, owner.workspaceId, '10');
    const tiny = await reserve(owner, '0.000001');

    const r = await settle(owner, tiny, '1000000');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.extensions).toMatchObject({ field: 'actual', maxActual: '1.000001' });
    expect(await holdStatus(owner, tiny)).toBe('ACTIVE');
    expect(await balance(server.url, owner.token)).toMatchObject({ available: '9.999999', deficit: '0' });

    // Within the allowance it settles, once.
    expect((await settle(owner, tiny, '1.000001')).data).toMatchObject({
      settleHold: { status: 'SETTLED', charged: '1.000001' },
    });
    expect(await balance(server.url, owner.token)).toMatchObject({ available: '8.999999', deficit: '0' });
  });

  it('no sequence of overruns can drive the deficit toward 2^53: each refused settle changes nothing', async () => {
    const owner = await signUp(server.url, 'no-overflow');
    await fund(server.url, owner.workspaceId, '1');
    const holds = [await reserve(owner, '0.5'), await reserve(owner, '0.5')];
    for (const id of holds) expect(codeOf(await settle(owner, id, '1000000000'))).toBe('BAD_USER_INPUT');
    for (const id of holds) expect((await settle(owner, id, '1.5')).errors).toBeUndefined();
    // Two holds of 0.5 overran by the 1-credit allowance each: 2 owed, the most any two holds can book.
    expect(await balance(server.url, owner.token)).toMatchObject({ available: '0', deficit: '2', reserved: '0' });
    const next = await gql(
      server.url,
      'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }',
      { i: { amount: '0.000001', description: 'more', idempotencyKey: uniqueKey('r') } },
      owner.token,
    );
    expect(codeOf(next)).toBe('INSUFFICIENT_CREDITS');
  });
});

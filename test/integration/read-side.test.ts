import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, signUp, type Account } from '../support/accounts';
import { codeOf, gql, gqlOk } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let owner: Account;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.url, 'reader');
});
afterAll(() => server?.stop());

describe(`the read side over HTTP (${dbKind()})`, () => {
  it('answers healthz with the database kind', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: dbKind() });
  });

  it('lists the default plans from configuration', async () => {
    const { plans } = await gqlOk(server.url, '{ plans { code name creditsPerPeriod priceCents currency } }');
    expect(plans).toEqual([
      { code: 'pro', name: 'Pro', creditsPerPeriod: '20', priceCents: 2900, currency: 'usd' },
      { code: 'growth', name: 'Growth', creditsPerPeriod: '50', priceCents: 4900, currency: 'usd' },
      { code: 'agency', name: 'Agency', creditsPerPeriod: '100', priceCents: 8900, currency: 'usd' },
    ]);
  });

  it('shows a new workspace at zero, out of credits, with no plan', async () => {
    const { balance, billing } = await gqlOk(
      server.url,
      '{ balance { available planAllocation purchased reserved deficit outOfCredits renewsAt version } billing { status plan { code } renewsAt } }',
      {},
      owner.token,
    );
    expect(balance).toEqual({
      available: '0',
      planAllocation: '0',
      purchased: '0',
      reserved: '0',
      deficit: '0',
      outOfCredits: true,
      renewsAt: null,
      version: 0,
    });
    expect(billing).toEqual({ status: 'NONE', plan: null, renewsAt: null });
  });

  it('refuses every private query without a session', async () => {
    for (const query of [
      '{ viewer { user { id } } }',
      '{ balance { available } }',
      '{ transactions { edges { cursor } } }',
      '{ billing { status } }',
    ]) {
      const r = await gql(server.url, query);
      expect(codeOf(r), query).toBe('UNAUTHENTICATED');
    }
  });

  it('pages the history newest first with cursors and filters', async () => {
    const account = await signUp(server.url, 'pager');
    for (let i = 0; i < 5; i++) await fund(server.url, account.workspaceId, `${i + 1}`);
    const q = `query($first: Int, $after: String, $filter: TransactionFilter) {
      transactions(first: $first, after: $after, filter: $filter) {
        edges { cursor node { sequence type amount description splits { grantLabel amount } } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    const first = await gqlOk(server.url, q, { first: 2 }, account.token);
    expect(first.transactions.edges.map((e: any) => e.node.amount)).toEqual(['5', '4']);
    expect(first.transactions.pageInfo.hasNextPage).toBe(true);
    const second = await gqlOk(
      server.url,
      q,
      { first: 10, after: first.transactions.pageInfo.endCursor },
      account.token,
    );
    expect(second.transactions.edges.map((e: any) => e.node.amount)).toEqual(['3', '2', '1']);
    expect(second.transactions.pageInfo.hasNextPage).toBe(false);
    expect(second.transactions.edges[0].node.splits).toEqual([{ grantLabel: 'Support credit', amount: '3' }]);
    const holds = await gqlOk(server.url, q, { filter: { types: ['HOLD'] } }, account.token);
    expect(holds.transactions.edges).toEqual([]);
    const future = await gqlOk(server.url, q, { filter: { from: '2999-01-01T00:00:00Z' } }, account.token);
    expect(future.transactions.edges).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, signUp, type Account } from '../support/accounts';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

/** Two workspaces; every operation tried with the other's ids and tokens returns nothing of the other. */
let server: TestServer;
let alice: Account;
let bob: Account;
let aliceHold: string;

beforeAll(async () => {
  server = await startTestServer();
  alice = await signUp(server.url, 'alice');
  bob = await signUp(server.url, 'bob');
  await fund(server.url, alice.workspaceId, '10');
  await fund(server.url, bob.workspaceId, '3');
  aliceHold = (
    await gqlOk(
      server.url,
      'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }',
      { i: { amount: '2', description: "alice's secret task", idempotencyKey: uniqueKey() } },
      alice.token,
    )
  ).reserveCredits.id;
});
afterAll(() => server?.stop());

describe(`workspace isolation (${dbKind()})`, () => {
  it('each sees only their own balance and history', async () => {
    const a = await gqlOk(
      server.url,
      '{ balance { available reserved } transactions { edges { node { description } } } }',
      {},
      alice.token,
    );
    const b = await gqlOk(
      server.url,
      '{ balance { available reserved } transactions { edges { node { description } } } }',
      {},
      bob.token,
    );
    expect(a.balance).toEqual({ available: '8', reserved: '2' });
    expect(b.balance).toEqual({ available: '3', reserved: '0' });
    expect(JSON.stringify(b)).not.toContain('secret');
  });

  it("another workspace's hold is NOT_FOUND for reading, settling and releasing, and stays untouched", async () => {
    expect(
      codeOf(await gql(server.url, 'query($id: ID!) { hold(id: $id) { id } }', { id: aliceHold }, bob.token)),
    ).toBe('NOT_FOUND');
    const settle = await gql(
      server.url,
      'mutation($i: SettleHoldInput!) { settleHold(input: $i) { id } }',
      { i: { holdId: aliceHold, actual: '0', idempotencyKey: uniqueKey() } },
      bob.token,
    );
    expect(codeOf(settle)).toBe('NOT_FOUND');
    const release = await gql(
      server.url,
      'mutation($i: ReleaseHoldInput!) { releaseHold(input: $i) { id } }',
      { i: { holdId: aliceHold, idempotencyKey: uniqueKey() } },
      bob.token,
    );
    expect(codeOf(release)).toBe('NOT_FOUND');
    const { hold } = await gqlOk(
      server.url,
      'query($id: ID!) { hold(id: $id) { status } }',
      { id: aliceHold },
      alice.token,
    );
    expect(hold.status).toBe('ACTIVE');
  });

  it("a cursor from another workspace's history reveals nothing", async () => {
    const { transactions } = await gqlOk(
      server.url,
      '{ transactions(first: 1) { pageInfo { endCursor } } }',
      {},
      alice.token,
    );
    const r = await gqlOk(
      server.url,
      'query($after: String) { transactions(after: $after) { edges { node { description } } } }',
      { after: transactions.pageInfo.endCursor },
      bob.token,
    );
    expect(JSON.stringify(r)).not.toContain('secret');
  });

  it('switching to a workspace one does not belong to is NOT_FOUND', async () => {
    const r = await gql(
      server.url,
      'mutation($w: ID!) { switchWorkspace(workspaceId: $w) }',
      { w: alice.workspaceId },
      bob.token,
    );
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect((await gqlOk(server.url, '{ viewer { workspace { id } } }', {}, bob.token)).viewer.workspace.id).toBe(
      bob.workspaceId,
    );
  });

  it('members and API keys list only the own workspace', async () => {
    const { members } = await gqlOk(server.url, '{ members { email } }', {}, bob.token);
    expect(members.map((m: { email: string }) => m.email)).toEqual([bob.email]);
  });

  it('support audit is refused to members', async () => {
    const r = await gql(
      server.url,
      'query($w: ID!) { workspaceAudit(workspaceId: $w) { entries } }',
      { w: alice.workspaceId },
      bob.token,
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('a forged token or key is UNAUTHENTICATED', async () => {
    for (const token of ['forged', `${alice.token}x`, 'hmk_forged_key']) {
      expect(codeOf(await gql(server.url, '{ balance { available } }', {}, token))).toBe('UNAUTHENTICATED');
    }
  });
});

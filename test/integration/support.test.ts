import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, supportToken } from '../support/accounts';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe(`support staff (${dbKind()})`, () => {
  it('audit any workspace and adjust it with a reason; every action is recorded and shown in its history', async () => {
    const customer = await signUp(server.url, 'customer');
    const support = await supportToken(server.url);
    const { workspaceAudit } = await gqlOk(
      server.url,
      'query($w: ID!) { workspaceAudit(workspaceId: $w) { replayMatches entries balance { available } } }',
      { w: customer.workspaceId },
      support,
    );
    expect(workspaceAudit).toEqual({ replayMatches: true, entries: 0, balance: { available: '0' } });
    const adjusted = await gqlOk(
      server.url,
      'mutation($i: AdjustCreditsInput!) { adjustCredits(input: $i) { available } }',
      {
        i: {
          workspaceId: customer.workspaceId,
          amount: '2.5',
          direction: 'CREDIT',
          reason: 'Refund for a failed campaign run',
          idempotencyKey: uniqueKey(),
        },
      },
      support,
    );
    expect(adjusted.adjustCredits.available).toBe('2.5');
    const { transactions } = await gqlOk(
      server.url,
      '{ transactions { edges { node { type actorKind description } } } }',
      {},
      customer.token,
    );
    expect(transactions.edges[0].node).toEqual({
      type: 'ADJUSTMENT',
      actorKind: 'SUPPORT',
      description: 'Support adjustment +2.5: Refund for a failed campaign run',
    });
    const { supportActions } = await gqlOk(
      server.url,
      'query($w: ID!) { supportActions(workspaceId: $w) { kind reason } }',
      { w: customer.workspaceId },
      support,
    );
    expect(supportActions).toHaveLength(2);
    expect(supportActions).toEqual(
      expect.arrayContaining([
        { kind: 'ADJUST', reason: 'Refund for a failed campaign run' },
        { kind: 'AUDIT', reason: null },
      ]),
    );
    expect(
      codeOf(
        await gql(
          server.url,
          'query($w: ID!) { supportActions(workspaceId: $w) { kind } }',
          { w: customer.workspaceId },
          customer.token,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('an adjustment answers with the balance it left, and a retry with its key gets that same answer', async () => {
    const customer = await signUp(server.url, 'retried');
    const support = await supportToken(server.url);
    const ADJUST = 'mutation($i: AdjustCreditsInput!) { adjustCredits(input: $i) { available reserved version } }';
    const input = {
      workspaceId: customer.workspaceId,
      amount: '4',
      direction: 'CREDIT',
      reason: 'Goodwill credit',
      idempotencyKey: uniqueKey('adjust'),
    };
    const first = (await gqlOk(server.url, ADJUST, { i: input }, support)).adjustCredits;
    expect(first).toMatchObject({ available: '4', reserved: '0' });
    const again = { ...input, amount: '1', idempotencyKey: uniqueKey('adjust') };
    const second = (await gqlOk(server.url, ADJUST, { i: again }, support)).adjustCredits;
    expect(second).toMatchObject({ available: '5', version: first.version + 1 });
    // The first key again: its own answer, not today's balance, and nothing moves.
    expect((await gqlOk(server.url, ADJUST, { i: input }, support)).adjustCredits).toEqual(first);
    const { balance } = await gqlOk(server.url, '{ balance { available } }', {}, customer.token);
    expect(balance.available).toBe('5');
  });
});

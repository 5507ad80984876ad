import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, signUp, type Account } from '../support/accounts';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let owner: Account;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.url, 'idem');
  await fund(server.url, owner.workspaceId, '100');
});
afterAll(() => server?.stop());

const RESERVE = 'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id amount status } }';
const SETTLE = 'mutation($i: SettleHoldInput!) { settleHold(input: $i) { id status charged } }';
const balance = async () =>
  (await gqlOk(server.url, '{ balance { available reserved version } }', {}, owner.token)).balance;

describe(`idempotency keys (${dbKind()})`, () => {
  it('50 concurrent identical requests move credits once and return the same answer', async () => {
    const before = await balance();
    const input = { amount: '1.5', description: 'retry storm', idempotencyKey: uniqueKey('storm') };
    const results = await Promise.all(
      Array.from({ length: 50 }, () => gql(server.url, RESERVE, { i: input }, owner.token)),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(50).fill(undefined));
    const ids = new Set(results.map((r) => r.data!.reserveCredits.id));
    expect(ids.size).toBe(1);
    const after = await balance();
    expect(after.reserved).toBe('1.5');
    expect(after.version).toBe(before.version + 1);
  });

  it('a retried settle charges once', async () => {
    const hold = (
      await gqlOk(
        server.url,
        RESERVE,
        { i: { amount: '2', description: 'once', idempotencyKey: uniqueKey() } },
        owner.token,
      )
    ).reserveCredits.id;
    const input = { holdId: hold, actual: '1.25', idempotencyKey: uniqueKey('settle') };
    const before = await balance();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => gql(server.url, SETTLE, { i: input }, owner.token)),
    );
    expect(results.every((r) => r.data?.settleHold.charged === '1.25')).toBe(true);
    expect((await balance()).version).toBe(before.version + 1);
  });

  it('the same key with different parameters is IDEMPOTENCY_KEY_REUSED and changes nothing', async () => {
    const key = uniqueKey('reuse');
    await gqlOk(server.url, RESERVE, { i: { amount: '1', description: 'first', idempotencyKey: key } }, owner.token);
    const before = await balance();
    const r = await gql(
      server.url,
      RESERVE,
      { i: { amount: '2', description: 'first', idempotencyKey: key } },
      owner.token,
    );
    expect(codeOf(r)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await balance()).toEqual(before);
  });

  it('keys are per workspace: another workspace may use the same key', async () => {
    const other = await signUp(server.url, 'idem-other');
    await fund(server.url, other.workspaceId, '5');
    const key = uniqueKey('shared');
    await gqlOk(server.url, RESERVE, { i: { amount: '1', description: 'mine', idempotencyKey: key } }, owner.token);
    const r = await gql(
      server.url,
      RESERVE,
      { i: { amount: '3', description: 'theirs', idempotencyKey: key } },
      other.token,
    );
    expect(r.data?.reserveCredits.amount).toBe('3');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, signUp, supportToken, type Account } from '../support/accounts';
import { gql, gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTwoProcesses, type ServerProcess, type TwoProcesses } from '../support/server';

/**
 * SPEC rule 5 across processes: balance B, 3·B/c concurrent holds of c sent to two server
 * processes on one database. Exactly floor(B/c) succeed; the rest are INSUFFICIENT_CREDITS.
 */
let servers: TwoProcesses | undefined;
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  servers = await startTwoProcesses('double_spend');
  ({ a, b } = servers);
}, 120_000);

afterAll(() => servers?.stop());

const RESERVE = 'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id amount } }';

async function race(owner: Account, count: number, amount: string) {
  const results = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      gql(
        (i % 2 ? a : b).url,
        RESERVE,
        { i: { amount, description: 'race', idempotencyKey: uniqueKey('race') } },
        owner.token,
      ),
    ),
  );
  return {
    ok: results.filter((r) => r.data?.reserveCredits).length,
    refused: results.filter((r) => r.errors?.[0]?.extensions?.code === 'INSUFFICIENT_CREDITS').length,
    other: results.filter((r) => !r.data?.reserveCredits && r.errors?.[0]?.extensions?.code !== 'INSUFFICIENT_CREDITS'),
    statuses: new Set(results.map((r) => r.status)),
  };
}

describe(`no double spend across two server processes (${dbKind()})`, () => {
  it.each([
    { balance: '10', cost: '1', expected: 10 },
    { balance: '7.5', cost: '2', expected: 3 },
    { balance: '1', cost: '0.333333', expected: 3 },
  ])('balance $balance, holds of $cost: exactly $expected succeed', async ({ balance, cost, expected }) => {
    const owner = await signUp(a.url, 'racer');
    await fund(a.url, owner.workspaceId, balance);
    const attempts = Math.max(3 * expected, 12);
    const r = await race(owner, attempts, cost);
    expect(r.other).toEqual([]);
    expect(r.statuses.has(500)).toBe(false);
    expect(r.ok).toBe(expected);
    expect(r.refused).toBe(attempts - expected);

    const { balance: after } = await gqlOk(b.url, '{ balance { available reserved } }', {}, owner.token);
    const micro = (s: string) => Math.round(Number(s) * 1e6);
    expect(micro(after.reserved)).toBe(expected * micro(cost));
    expect(micro(after.available)).toBe(micro(balance) - expected * micro(cost));

    const { workspaceAudit } = await gqlOk(
      a.url,
      'query($w: ID!) { workspaceAudit(workspaceId: $w) { replayMatches mismatches entries } }',
      { w: owner.workspaceId },
      await supportToken(a.url),
    );
    expect(workspaceAudit).toEqual({ replayMatches: true, mismatches: [], entries: 1 + expected });
  });
});

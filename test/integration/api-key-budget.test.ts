import { ManualClock } from '@hero/server/src/platform/clock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTeammate, fund, signUp, supportToken, type Account } from '../support/accounts';
import { codeOf, gql, gqlOk, uniqueKey, type GqlResult } from '../support/gql';
import { settleHold } from '../support/holds';
import {
  dbKind,
  startTestServer,
  startTwoProcesses,
  type ServerProcess,
  type TestServer,
  type TwoProcesses,
} from '../support/server';

/**
 * A partner key's monthly budget (calendar months, UTC): a hold made with the key that would pass it is refused
 * with INSUFFICIENT_CREDITS naming the budget, decided together with the balance, so it holds exactly under
 * concurrency; active holds count at their amount, settled ones at their cost, released ones nothing.
 */
const KEY_FIELDS = 'id name monthlyBudget spentThisMonth budgetResetsAt revokedAt';
const RESERVE = 'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id amount status } }';

const createKey = async (url: string, owner: Account, monthlyBudget?: string | null) =>
  (
    await gqlOk(
      url,
      `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { ${KEY_FIELDS} } } }`,
      { i: { name: 'Partner', scopes: ['FEATURES_RUN', 'USAGE_READ'], monthlyBudget } },
      owner.token,
    )
  ).createApiKey as { secret: string; apiKey: Record<string, any> };

const reserve = (url: string, token: string, amount: string, ttlSeconds?: number): Promise<GqlResult> =>
  gql(
    url,
    RESERVE,
    { i: { amount, description: 'partner job', idempotencyKey: uniqueKey('hold'), ttlSeconds } },
    token,
  );

const keyOf = async (url: string, owner: Account, id: string) =>
  ((await gqlOk(url, `{ apiKeys { ${KEY_FIELDS} } }`, {}, owner.token)).apiKeys as any[]).find((k) => k.id === id);

const setBudget = (url: string, token: string, id: string, monthlyBudget: string | null) =>
  gql(
    url,
    `mutation($i: SetApiKeyBudgetInput!) { setApiKeyBudget(input: $i) { ${KEY_FIELDS} } }`,
    { i: { id, monthlyBudget } },
    token,
  );

async function race(urls: string[], secret: string, count: number, amount: string) {
  const results = await Promise.all(
    Array.from({ length: count }, (_, i) => reserve(urls[i % urls.length]!, secret, amount)),
  );
  const refused = results.filter((r) => codeOf(r) === 'INSUFFICIENT_CREDITS');
  return {
    ok: results.filter((r) => r.data?.reserveCredits).length,
    refused,
    other: results.filter((r) => !r.data?.reserveCredits && codeOf(r) !== 'INSUFFICIENT_CREDITS'),
  };
}

const micro = (s: string) => Math.round(Number(s) * 1e6);

describe(`API key budgets (${dbKind()})`, () => {
  // The last day of a month, late: the next month is one step of the clock away.
  const clock = new ManualClock(new Date('2026-11-30T22:00:00Z'));
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a key with a 1-credit monthly budget and 50 concurrent 0.1-credit holds gets exactly 10', async () => {
    const owner = await signUp(server.url, 'budget');
    await fund(server.url, owner.workspaceId, '100');
    const { secret, apiKey } = await createKey(server.url, owner, '1');
    expect(apiKey).toMatchObject({
      monthlyBudget: '1',
      spentThisMonth: '0',
      budgetResetsAt: '2026-12-01T00:00:00.000Z',
    });

    const r = await race([server.url], secret, 50, '0.1');
    expect(r.other.map((x) => x.errors)).toEqual([]);
    expect(r.ok).toBe(10);
    expect(r.refused).toHaveLength(40);
    const refusal = r.refused[0]!.errors![0]!;
    expect(refusal.message).toMatch(/monthly budget of 1 credits/);
    expect(refusal.extensions).toMatchObject({
      code: 'INSUFFICIENT_CREDITS',
      budget: '1',
      spentThisMonth: '1',
      resetsAt: '2026-12-01T00:00:00.000Z',
      required: '0.1',
      available: '99',
    });

    expect(await keyOf(server.url, owner, apiKey.id)).toMatchObject({ monthlyBudget: '1', spentThisMonth: '1' });
    // The budget is the key's, not the workspace's: the balance still serves everyone else.
    const { balance } = await gqlOk(server.url, '{ balance { available reserved } }', {}, owner.token);
    expect(balance).toEqual({ available: '99', reserved: '1' });
    expect((await reserve(server.url, owner.token, '5')).data?.reserveCredits.status).toBe('ACTIVE');
    const other = await createKey(server.url, owner);
    expect((await reserve(server.url, other.secret, '2')).data?.reserveCredits.status).toBe('ACTIVE');
    expect(await keyOf(server.url, owner, other.apiKey.id)).toMatchObject({ monthlyBudget: null, spentThisMonth: '2' });
    expect(await keyOf(server.url, owner, apiKey.id)).toMatchObject({ spentThisMonth: '1' });
  });

  it('settling below the hold frees budget; a release frees all of it; an overrun counts in full', async () => {
    const owner = await signUp(server.url, 'settle');
    await fund(server.url, owner.workspaceId, '20');
    const { secret, apiKey } = await createKey(server.url, owner, '1');
    const a = (await reserve(server.url, secret, '0.6')).data!.reserveCredits.id;
    const b = (await reserve(server.url, secret, '0.4')).data!.reserveCredits.id;
    expect(codeOf(await reserve(server.url, secret, '0.000001'))).toBe('INSUFFICIENT_CREDITS');

    // Settled at 0.25 of 0.6: the key counts 0.25 + 0.4, so 0.35 is free again, and not a µcr more.
    expect((await settleHold(server.url, secret, a, '0.25')).errors).toBeUndefined();
    expect(await keyOf(server.url, owner, apiKey.id)).toMatchObject({ spentThisMonth: '0.65' });
    expect(codeOf(await reserve(server.url, secret, '0.350001'))).toBe('INSUFFICIENT_CREDITS');
    const c = (await reserve(server.url, secret, '0.35')).data!.reserveCredits.id;
    expect(await keyOf(server.url, owner, apiKey.id)).toMatchObject({ spentThisMonth: '1' });

    // Released: nothing counts.
    await gqlOk(
      server.url,
      'mutation($i: ReleaseHoldInput!) { releaseHold(input: $i) { status } }',
      { i: { holdId: b, idempotencyKey: uniqueKey('release') } },
      secret,
    );
    expect(await keyOf(server.url, owner, apiKey.id)).toMatchObject({ spentThisMonth: '0.6' });

    // Settled above the hold (within the overrun allowance): the actual cost counts, even past the budget.
    expect((await settleHold(server.url, secret, c, '1.2')).errors).toBeUndefined();
    expect(await keyOf(server.url, owner, apiKey.id)).toMatchObject({ spentThisMonth: '1.45' });
    const refused = await reserve(server.url, secret, '0.1');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INSUFFICIENT_CREDITS', spentThisMonth: '1.45' });

    // Raised by an admin: holds are decided against the new budget at once.
    expect((await setBudget(server.url, owner.token, apiKey.id, '2')).data?.setApiKeyBudget).toMatchObject({
      monthlyBudget: '2',
      spentThisMonth: '1.45',
    });
    expect((await reserve(server.url, secret, '0.55')).data?.reserveCredits.status).toBe('ACTIVE');
    expect(codeOf(await reserve(server.url, secret, '0.000001'))).toBe('INSUFFICIENT_CREDITS');
    // Removed: no cap, the count goes on.
    expect((await setBudget(server.url, owner.token, apiKey.id, null)).data?.setApiKeyBudget).toMatchObject({
      monthlyBudget: null,
      spentThisMonth: '2',
    });
    expect((await reserve(server.url, secret, '3')).data?.reserveCredits.status).toBe('ACTIVE');
    expect(await keyOf(server.url, owner, apiKey.id)).toMatchObject({ spentThisMonth: '5' });
  });

  it('a new calendar month (UTC) starts the count again; a hold settled later counts in the month it was made', async () => {
    clock.set(new Date('2026-11-30T23:30:00Z'));
    const owner = await signUp(server.url, 'month');
    await fund(server.url, owner.workspaceId, '20');
    const { secret, apiKey } = await createKey(server.url, owner, '1');
    const late = (await reserve(server.url, secret, '1', 86_400)).data!.reserveCredits.id;
    expect(codeOf(await reserve(server.url, secret, '0.1'))).toBe('INSUFFICIENT_CREDITS');

    clock.set(new Date('2026-12-01T00:10:00Z'));
    expect(await keyOf(server.url, owner, apiKey.id)).toMatchObject({
      spentThisMonth: '0',
      budgetResetsAt: '2027-01-01T00:00:00.000Z',
    });
    // November's hold, settled in December below its amount: November's count changes, not December's.
    expect((await settleHold(server.url, secret, late, '0.5')).errors).toBeUndefined();
    expect(await keyOf(server.url, owner, apiKey.id)).toMatchObject({ spentThisMonth: '0' });
    const holds = await Promise.all(Array.from({ length: 4 }, () => reserve(server.url, secret, '0.25')));
    expect(holds.every((h) => h.data?.reserveCredits.status === 'ACTIVE')).toBe(true);
    const refused = await reserve(server.url, secret, '0.01');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      budget: '1',
      spentThisMonth: '1',
      resetsAt: '2027-01-01T00:00:00.000Z',
    });
  });

  it('budgets: owners and admins only, validated, per workspace; a refused change changes nothing', async () => {
    const owner = await signUp(server.url, 'valid');
    const stranger = await signUp(server.url, 'stranger');
    const { secret, apiKey } = await createKey(server.url, owner, '5');

    for (const bad of ['0', '-1', '1.0000001', 'ten']) {
      const r = await gql(
        server.url,
        'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
        { i: { name: 'Bad', scopes: ['FEATURES_RUN'], monthlyBudget: bad } },
        owner.token,
      );
      expect(codeOf(r), bad).toBe('BAD_USER_INPUT');
      expect(codeOf(await setBudget(server.url, owner.token, apiKey.id, bad)), bad).toBe('BAD_USER_INPUT');
    }
    const listed = (await gqlOk(server.url, `{ apiKeys { ${KEY_FIELDS} } }`, {}, owner.token)).apiKeys as any[];
    expect(listed.map((k) => k.name)).toEqual(['Partner']);
    expect(listed[0]).toMatchObject({ monthlyBudget: '5' });

    // Another workspace's owner, the key itself, and no one signed in cannot see or change it.
    expect(codeOf(await setBudget(server.url, stranger.token, apiKey.id, '100'))).toBe('NOT_FOUND');
    expect(((await gqlOk(server.url, `{ apiKeys { id } }`, {}, stranger.token)).apiKeys as any[]).length).toBe(0);
    expect(codeOf(await setBudget(server.url, secret, apiKey.id, '100'))).toBe('FORBIDDEN');
    const mate = await addTeammate(server.url, owner);
    expect(codeOf(await setBudget(server.url, mate.token, apiKey.id, '100'))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, `{ apiKeys { id } }`, {}, mate.token))).toBe('FORBIDDEN');
    expect(codeOf(await setBudget(server.url, '', apiKey.id, '100'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await setBudget(server.url, owner.token, 'not-an-id', '1'))).toBe('BAD_USER_INPUT');

    await gqlOk(server.url, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: apiKey.id }, owner.token);
    expect(codeOf(await setBudget(server.url, owner.token, apiKey.id, '1'))).toBe('CONFLICT');
    expect(await keyOf(server.url, owner, apiKey.id)).toMatchObject({ monthlyBudget: '5' });

    // Support's view of the ledger agrees with what was written.
    const { workspaceAudit } = await gqlOk(
      server.url,
      'query($w: ID!) { workspaceAudit(workspaceId: $w) { replayMatches } }',
      { w: owner.workspaceId },
      await supportToken(server.url),
    );
    expect(workspaceAudit.replayMatches).toBe(true);
  });
});

describe(`API key budgets across two server processes (${dbKind()})`, () => {
  let servers: TwoProcesses | undefined;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    servers = await startTwoProcesses('key_budget');
    ({ a, b } = servers);
  }, 120_000);
  afterAll(() => servers?.stop());

  it('50 concurrent 0.1-credit holds on two processes against a 1-credit budget: exactly 10', async () => {
    const owner = await signUp(a.url, 'two');
    await fund(a.url, owner.workspaceId, '100');
    const { secret, apiKey } = await createKey(a.url, owner, '1');
    const r = await race([a.url, b.url], secret, 50, '0.1');
    expect(r.other.map((x) => x.errors)).toEqual([]);
    expect(r.ok).toBe(10);
    expect(r.refused).toHaveLength(40);
    expect(await keyOf(b.url, owner, apiKey.id)).toMatchObject({ spentThisMonth: '1' });
    const { balance } = await gqlOk(b.url, '{ balance { available reserved } }', {}, owner.token);
    expect(micro(balance.reserved)).toBe(1_000_000);
    expect(micro(balance.available)).toBe(99_000_000);
  });
});

import { parseCredits } from '@hero/server/src/modules/ledger/core';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, signUp, type Account } from '../support/accounts';
import { subscribePaid } from '../support/billing';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { BALANCE_FIELDS, Watcher, watchBalance, type LiveBalance } from '../support/live';
import { dbKind, startTestServer, type TestServer } from '../support/server';

let server: TestServer;
const watchers: Watcher<unknown>[] = [];
const track = <T>(w: Watcher<T>): Watcher<T> => {
  watchers.push(w as Watcher<unknown>);
  return w;
};

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await Promise.all(watchers.map((w) => w.stop()));
  await server?.stop();
});

const balanceOf = async (account: Account): Promise<LiveBalance> =>
  (await gqlOk<{ balance: LiveBalance }>(server.url, `{ balance { ${BALANCE_FIELDS} } }`, {}, account.token)).balance;

async function reserve(account: Account, amount: string): Promise<string> {
  const { reserveCredits } = await gqlOk<{ reserveCredits: { id: string } }>(
    server.url,
    `mutation($input: ReserveCreditsInput!) { reserveCredits(input: $input) { id } }`,
    { input: { amount, description: 'Live test', idempotencyKey: uniqueKey('hold') } },
    account.token,
  );
  return reserveCredits.id;
}

async function settle(account: Account, holdId: string, actual: string): Promise<void> {
  await gqlOk(
    server.url,
    `mutation($input: SettleHoldInput!) { settleHold(input: $input) { id } }`,
    { input: { holdId, actual, idempotencyKey: uniqueKey('settle') } },
    account.token,
  );
}

/** available + reserved is the same for every state of a workspace that only holds and releases. */
const funds = (b: LiveBalance) => parseCredits(b.available) + parseCredits(b.reserved);

const closeCode = (ended: { error?: unknown }) => (ended.error as { code?: number } | undefined)?.code;

async function createKey(owner: Account, scopes: string[]): Promise<{ id: string; secret: string }> {
  const { createApiKey } = await gqlOk<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
    server.url,
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`,
    { input: { name: `live ${scopes.join(' ')}`, scopes } },
    owner.token,
  );
  return { id: createApiKey.apiKey.id, secret: createApiKey.secret };
}

describe(`live balance over graphql-ws (${dbKind()})`, () => {
  it('sends the current balance at once, then the exact balance after each charge', async () => {
    const owner = await signUp(server.url, 'live');
    await fund(server.url, owner.workspaceId, '20');
    const watcher = track(watchBalance(server.url, owner.token));
    const initial = await watcher.message(() => true, 'the initial balance');
    expect(initial).toEqual(await balanceOf(owner));
    expect(initial.available).toBe('20');

    const holdId = await reserve(owner, '1.5');
    const afterHold = await balanceOf(owner);
    expect(afterHold).toMatchObject({ available: '18.5', reserved: '1.5' });
    expect(await watcher.message((m) => m.version === afterHold.version, 'the hold')).toEqual(afterHold);

    await settle(owner, holdId, '0.25');
    const afterSettle = await balanceOf(owner);
    expect(afterSettle).toMatchObject({ available: '19.75', reserved: '0' });
    expect(await watcher.message((m) => m.version === afterSettle.version, 'the settle')).toEqual(afterSettle);

    const versions = watcher.messages.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('never sends one workspace the balance of another', async () => {
    const mine = await signUp(server.url, 'mine');
    const theirs = await signUp(server.url, 'theirs');
    await fund(server.url, mine.workspaceId, '10');
    await fund(server.url, theirs.workspaceId, '7');
    const watcher = track(watchBalance(server.url, mine.token));
    await watcher.message((m) => m.available === '10', 'the funded balance');

    const before = watcher.messages.length;
    for (let i = 0; i < 5; i++) await reserve(theirs, '1');
    await reserve(mine, '2');
    const final = await balanceOf(mine);
    await watcher.message((m) => m.version === final.version, 'my own hold');
    expect(watcher.messages.length).toBe(before + 1);
    for (const m of watcher.messages) expect(funds(m)).toBe(10_000_000);
    expect(watcher.latest).toEqual(final);
  });

  it('streams new ledger entries in sequence for the history page', async () => {
    const owner = await signUp(server.url, 'history');
    await fund(server.url, owner.workspaceId, '5');
    const page = '{ transactions(first: 10) { edges { node { sequence type amount reservedChange description } } } }';
    const loaded = (await gqlOk(server.url, page, {}, owner.token)).transactions.edges.map((e: any) => e.node);
    const newest = loaded[0].sequence as number;
    const watcher = track(
      new Watcher<{ sequence: number; type: string; amount: string; reservedChange: string; description: string }>(
        server.url,
        owner.token,
        `subscription { transactionAdded(after: ${newest}) { sequence type amount reservedChange description } }`,
      ).start(),
    );
    const holdId = await reserve(owner, '2');
    await settle(owner, holdId, '0.5');
    const { transactions } = await gqlOk(server.url, page, {}, owner.token);
    const expected = transactions.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.sequence > newest)
      .reverse();
    expect(expected.length).toBeGreaterThanOrEqual(2);
    await watcher.until((w) => w.messages.length >= expected.length, 'every new entry');
    expect(watcher.messages).toEqual(expected);
    expect(watcher.messages[0]).toMatchObject({ type: 'HOLD', amount: '-2', reservedChange: '2' });

    const refused = track(
      new Watcher(server.url, owner.token, 'subscription { transactionAdded(after: -1) { sequence } }').start(),
    );
    expect(await refused.end()).toEqual({ complete: true });
    expect((refused.errors[0] as { extensions?: { code?: string } }).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pushes the renewal date a new plan brings with its allocation, then keeps it with each charge', async () => {
    const owner = await signUp(server.url, 'renews');
    const fields = `${BALANCE_FIELDS} renewsAt`;
    const current = async () =>
      (
        await gqlOk<{ balance: LiveBalance & { renewsAt: string | null } }>(
          server.url,
          `{ balance { ${fields} } }`,
          {},
          owner.token,
        )
      ).balance;
    const watcher = track(
      new Watcher<LiveBalance & { renewsAt: string | null }>(
        server.url,
        owner.token,
        `subscription { balanceChanged { ${fields} } }`,
      ).start(),
    );
    expect(await watcher.message(() => true, 'the initial balance')).toEqual(await current());
    expect(watcher.latest?.renewsAt).toBeNull();

    await subscribePaid(server, owner.token, 'pro');
    const subscribed = await current();
    expect(subscribed.renewsAt).not.toBeNull();
    expect(await watcher.message((m) => m.version === subscribed.version, 'the allocation')).toEqual(subscribed);

    await reserve(owner, '1');
    const charged = await current();
    expect(await watcher.message((m) => m.version === charged.version, 'the hold')).toEqual(charged);
    expect(charged.renewsAt).toBe(subscribed.renewsAt);
  });

  it('refuses a connection without a token or with a bad one (4401)', async () => {
    for (const token of [null, 'not-a-real-token', 'x'.repeat(600)]) {
      const ended = await track(watchBalance(server.url, token)).end();
      expect(closeCode(ended), String(token).slice(0, 20)).toBe(4401);
    }
  });

  it('refuses a signed-out session at connect, and closes an open connection once it is signed out', async () => {
    const owner = await signUp(server.url, 'leaver');
    const open = track(watchBalance(server.url, owner.token));
    await open.message(() => true, 'the initial balance');
    await gqlOk(server.url, 'mutation { signOut }', {}, owner.token);

    expect(closeCode(await track(watchBalance(server.url, owner.token)).end())).toBe(4401);

    await server.live.revalidate();
    expect(closeCode(await open.end())).toBe(4401);
  });

  it('serves API keys with billing:read, refuses keys without it (4403) and revoked keys (4401)', async () => {
    const owner = await signUp(server.url, 'partner');
    await fund(server.url, owner.workspaceId, '3');
    const reader = await createKey(owner, ['BILLING_READ']);
    const usageOnly = await createKey(owner, ['USAGE_READ']);

    const keyWatcher = track(watchBalance(server.url, reader.secret));
    expect(await keyWatcher.message(() => true, 'the balance for the key')).toEqual(await balanceOf(owner));

    const refused = await track(watchBalance(server.url, usageOnly.secret)).end();
    expect(closeCode(refused)).toBe(4403);
    expect((refused.error as { reason: string }).reason).toMatch(/billing:read/);

    await gqlOk(server.url, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: reader.id }, owner.token);
    expect(closeCode(await track(watchBalance(server.url, reader.secret)).end())).toBe(4401);
    await server.live.revalidate();
    expect(closeCode(await keyWatcher.end())).toBe(4401);
  });

  it('accepts the session cookie only from a page of its own origin', async () => {
    const owner = await signUp(server.url, 'cookie');
    const withHeaders = (origin: string) =>
      class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: `hero_session=${owner.token}`, origin } });
        }
      };
    const own = track(watchBalance(server.url, null, { webSocketImpl: withHeaders(server.url) }));
    expect(await own.message(() => true, 'the balance')).toEqual(await balanceOf(owner));
    const foreign = track(watchBalance(server.url, null, { webSocketImpl: withHeaders('https://evil.example') }));
    expect(closeCode(await foreign.end())).toBe(4401);
  });

  it('serves only subscriptions over WebSocket, within the query limits', async () => {
    const owner = await signUp(server.url, 'wsops');
    const ask = async (query: string) => {
      const w = track(new Watcher(server.url, owner.token, query).start());
      const ended = await w.end();
      return (ended.error as Array<{ extensions?: { code?: string } }>)[0]?.extensions?.code;
    };
    expect(await ask('{ balance { available } }')).toBe('BAD_REQUEST');
    expect(await ask('mutation { signOut }')).toBe('BAD_REQUEST');
    expect(await ask('subscription { balanceChanged { nope } }')).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await ask('subscription { balanceChanged { available ')).toBe('GRAPHQL_PARSE_FAILED');
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: available`).join(' ');
    expect(await ask(`subscription { balanceChanged { ${aliases} } }`)).toBe('GRAPHQL_VALIDATION_FAILED');
    // The session is still valid: a query over WebSocket did not sign it out.
    expect((await gql(server.url, '{ balance { available } }', {}, owner.token)).errors).toBeUndefined();
  });

  it('says over HTTP that subscriptions live on WebSocket', async () => {
    const owner = await signUp(server.url, 'httpsub');
    const r = await gql(server.url, 'subscription { balanceChanged { available } }', {}, owner.token);
    expect(r.data?.balanceChanged ?? null).toBeNull();
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/WebSocket/);
  });

  it('limits subscriptions per connection and keeps serving the ones within the limit', async () => {
    const owner = await signUp(server.url, 'many');
    await fund(server.url, owner.workspaceId, '4');
    const first = track(watchBalance(server.url, owner.token, { lazy: false }));
    await first.message(() => true, 'the first balance');
    const { client } = first;
    const results: Array<{ data?: unknown; error?: unknown }> = [];
    await Promise.all(
      Array.from({ length: 20 }, () => {
        const r: { data?: unknown; error?: unknown } = {};
        results.push(r);
        return new Promise<void>((resolve) => {
          client.subscribe(
            { query: `subscription { balanceChanged { ${BALANCE_FIELDS} } }` },
            {
              next: (v) => {
                r.data ??= v.data;
                resolve();
              },
              error: (e) => {
                r.error = e;
                resolve();
              },
              complete: () => resolve(),
            },
          );
        });
      }),
    );
    const refused = results.filter((r) => r.error);
    expect(results.filter((r) => r.data)).toHaveLength(19);
    expect(refused).toHaveLength(1);
    expect((refused[0]!.error as Array<{ extensions: { code: string } }>)[0]!.extensions.code).toBe('RATE_LIMITED');
    await reserve(owner, '1');
    const now = await balanceOf(owner);
    expect(await first.message((m) => m.version === now.version, 'the charge')).toEqual(now);
  });

  it('closes every socket with 1001 on shutdown, so clients reconnect elsewhere', async () => {
    const other = await startTestServer();
    try {
      const owner = await signUp(other.url, 'shutdown');
      const watcher = track(watchBalance(other.url, owner.token));
      await watcher.message(() => true, 'the balance');
      expect(other.live.connections()).toBe(1);
      await other.stop();
      expect(closeCode(await watcher.end())).toBe(1001);
    } finally {
      await other.stop().catch(() => undefined);
    }
  });
});

import { parseCredits } from '@hero/server/src/modules/ledger/core';
import type { LedgerChange } from '@hero/server/src/platform/bus';
import { PgBus } from '@hero/server/src/platform/bus/pg-bus';
import { createLogger } from '@hero/server/src/platform/logger';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, signUp, type Account } from '../support/accounts';
import { gqlOk, uniqueKey } from '../support/gql';
import { BALANCE_FIELDS, watchBalance, type LiveBalance, type Watcher } from '../support/live';
import { createScratchDatabase, type ScratchDatabase } from '../support/pg-harness';
import { dbKind, spawnServer, type ServerProcess } from '../support/server';

const onPostgres = dbKind() === 'postgresql';

let scratch: ScratchDatabase;
let a: ServerProcess;
let b: ServerProcess;
const extra: ServerProcess[] = [];
const watchers: Watcher[] = [];

const balanceAt = async (url: string, account: Account): Promise<LiveBalance> =>
  (await gqlOk<{ balance: LiveBalance }>(url, `{ balance { ${BALANCE_FIELDS} } }`, {}, account.token)).balance;

async function reserve(url: string, account: Account, amount: string): Promise<void> {
  await gqlOk(
    url,
    `mutation($input: ReserveCreditsInput!) { reserveCredits(input: $input) { id } }`,
    { input: { amount, description: 'Live burst', idempotencyKey: uniqueKey('burst') } },
    account.token,
  );
}

function watch(...args: Parameters<typeof watchBalance>): Watcher {
  const w = watchBalance(...args);
  watchers.push(w);
  return w;
}

/** Every watcher reaches `expected`, with versions only ever growing on the way. */
async function allReach(list: Watcher[], expected: LiveBalance): Promise<void> {
  await Promise.all(list.map((w) => w.until((x) => x.latest?.version === expected.version, `v${expected.version}`)));
  for (const w of list) {
    expect(w.latest).toEqual(expected);
    const versions = w.messages.map((m) => m.version);
    for (let i = 1; i < versions.length; i++) expect(versions[i]!).toBeGreaterThan(versions[i - 1]!);
  }
}

/** Holds move credits from available to reserved: their sum is a workspace's fingerprint. */
const fingerprint = (m: LiveBalance) => parseCredits(m.available) + parseCredits(m.reserved);

describe.skipIf(!onPostgres)(
  'live balance across server processes (PostgreSQL only: on SQLite one process serves one database file, so there is no other instance to hear from)',
  () => {
    beforeAll(async () => {
      scratch = await createScratchDatabase('live_multi');
      a = await spawnServer(scratch.url); // runs the migrations
      b = await spawnServer(scratch.url);
    });
    afterAll(async () => {
      await Promise.all(watchers.map((w) => w.stop()));
      await Promise.all([a, b, ...extra].filter(Boolean).map((s) => s.stop('SIGKILL')));
      await scratch?.drop();
    });

    it('a client on instance A receives the exact balance after a charge made on B', async () => {
      const owner = await signUp(a.url, 'cross');
      await fund(a.url, owner.workspaceId, '20');
      const onA = watch(a.url, owner.token);
      await onA.message((m) => m.available === '20', 'the funded balance');
      await reserve(b.url, owner, '2.5');
      const expected = await balanceAt(b.url, owner);
      expect(expected).toMatchObject({ available: '17.5', reserved: '2.5' });
      expect(await onA.message((m) => m.version === expected.version, 'the charge made on B')).toEqual(expected);
    });

    it('200 subscribers over both instances end on the database balance after a burst, with no foreign message', async () => {
      const funding = ['100', '101', '102', '103'];
      const holds = ['0.25', '0.5', '0.75', '1'];
      const owners = await Promise.all(funding.map((_, i) => signUp(a.url, `burst${i}`)));
      await Promise.all(owners.map((o, i) => fund(a.url, o.workspaceId, funding[i]!)));
      const groups = owners.map((o) => Array.from({ length: 50 }, (_, j) => watch(j % 2 ? b.url : a.url, o.token)));
      await Promise.all(
        groups.flatMap((g, i) => g.map((w) => w.message((m) => m.available === funding[i], 'the funded balance'))),
      );

      await Promise.all(
        owners.flatMap((o, i) => Array.from({ length: 30 }, (_, k) => reserve(k % 2 ? a.url : b.url, o, holds[i]!))),
      );

      for (const [i, owner] of owners.entries()) {
        const expected = await balanceAt(b.url, owner);
        expect(parseCredits(expected.reserved)).toBe(30 * parseCredits(holds[i]!));
        await allReach(groups[i]!, expected);
        for (const w of groups[i]!) {
          for (const m of w.messages) expect(fingerprint(m)).toBe(parseCredits(funding[i]!));
        }
      }
    });

    it('recovers when the LISTEN connections are cut', async () => {
      const owner = await signUp(a.url, 'relisten');
      await fund(a.url, owner.workspaceId, '9');
      const onA = watch(a.url, owner.token);
      const onB = watch(b.url, owner.token);
      await Promise.all([onA, onB].map((w) => w.message((m) => m.available === '9', 'the funded balance')));

      const admin = new pg.Client({ connectionString: scratch.url });
      await admin.connect();
      try {
        const cut = await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity
            where application_name = 'hero-bus-listen' and datname = current_database()`,
        );
        expect(cut.rowCount).toBe(2);
      } finally {
        await admin.end();
      }

      for (const amount of ['1', '2']) {
        await reserve(b.url, owner, amount);
        await allReach([onA, onB], await balanceAt(a.url, owner));
      }
    });

    it('after instance A dies, its clients reconnect to B or to a restarted A and resync', async () => {
      const owner = await signUp(b.url, 'failover');
      await fund(b.url, owner.workspaceId, '50');
      const port = new URL(a.url).port;
      const retry = {
        retryAttempts: 1_000,
        shouldRetry: () => true,
        retryWait: () => new Promise<void>((resolve) => setTimeout(resolve, 100 + Math.random() * 100)),
      };
      // Like clients behind a round-robin address: a failed attempt moves on to the next instance.
      const failingOver = Array.from({ length: 10 }, () => {
        let attempt = 0;
        const targets = [a.url, b.url];
        return watch(() => targets[attempt++ % targets.length]!, owner.token, retry);
      });
      const pinned = Array.from({ length: 10 }, () => watch(a.url, owner.token, retry));
      const all = [...failingOver, ...pinned];
      await Promise.all(all.map((w) => w.message((m) => m.available === '50', 'the funded balance')));

      await a.stop('SIGKILL');
      await reserve(b.url, owner, '4');
      const whileDown = await balanceAt(b.url, owner);
      await allReach(failingOver, whileDown);

      const restarted = await spawnServer(scratch.url, { PORT: port });
      extra.push(restarted);
      await allReach(pinned, whileDown);

      await reserve(restarted.url, owner, '5');
      await allReach(all, await balanceAt(b.url, owner));
      for (const w of all) expect(w.connected).toBeGreaterThanOrEqual(2);
      expect((await balanceAt(restarted.url, owner)).available).toBe('41');
    });
  },
);

describe.skipIf(!onPostgres)('the PostgreSQL bus between two instances', () => {
  let scratch: ScratchDatabase;
  let a: PgBus;
  let b: PgBus;
  const channels = { channel: 'test_ledger', authChannel: 'test_auth', configChannel: 'test_config' };
  const logger = createLogger({ LOG_LEVEL: 'warn', LOG_PRETTY: false });

  beforeAll(async () => {
    scratch = await createScratchDatabase('bus_echo');
    [a, b] = await Promise.all([
      PgBus.start(scratch.url, logger, channels),
      PgBus.start(scratch.url, logger, channels),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await scratch?.drop();
  });

  /** Resolves with the first change `bus` hears that `pick` accepts. */
  const heard = (bus: PgBus, pick: (c: LedgerChange) => boolean) =>
    new Promise<LedgerChange>((resolve) => {
      const stop = bus.subscribe((c) => {
        if (!pick(c)) return;
        stop();
        resolve(c);
      });
    });

  it('each instance hears every change once: its own when it publishes it, the other’s when it is notified', async () => {
    const onA: LedgerChange[] = [];
    const onB: LedgerChange[] = [];
    const stops = [a.subscribe((c) => onA.push(c)), b.subscribe((c) => onB.push(c))];
    try {
      const first = { workspaceId: 'echo-workspace', version: 1 };
      const reachedB = heard(b, (c) => c.version === 1);
      a.publish(first);
      await reachedB;
      // PostgreSQL delivers notifications in commit order: once A hears B's change, its own came back, if ever.
      const reachedA = heard(a, (c) => c.version === 2);
      b.publish({ workspaceId: 'echo-workspace', version: 2 });
      await reachedA;
      expect(onA.map((c) => c.version)).toEqual([1, 2]);
      expect(onB.map((c) => c.version)).toEqual([1, 2]);
    } finally {
      for (const stop of stops) stop();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, signUp, supportToken, type Account } from '../support/accounts';
import { gql, uniqueKey } from '../support/gql';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { micro } from '../support/product';
import { dbKind, spawnServer, type ServerProcess } from '../support/server';

const onPostgres = dbKind() === 'postgresql';

const WORKSPACES = 4;
const WORKERS = 8;
/** Settles acknowledged before PostgreSQL is stopped, so the stop lands in the middle of the load. */
const SETTLES_BEFORE_STOP = 24;
/** Operations each worker runs once PostgreSQL is back, to show the servers recovered. */
const OPS_AFTER_RESTART = 3;
/** Bounds the load whatever happens. */
const MAX_OPS_PER_WORKER = 150;
const RETRY_ROUNDS = 5;

const FUNDING = '1000';
const HOLD = '2';
const ACTUAL = '1';
const GRANT = '3';

const RESERVE = 'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }';
const SETTLE = 'mutation($i: SettleHoldInput!) { settleHold(input: $i) { id status } }';
const ADJUST = 'mutation($i: AdjustCreditsInput!) { adjustCredits(input: $i) { available } }';
const HOLD_STATE = 'query($id: ID!) { hold(id: $id) { amount charged status } }';
const AUDIT = `query($w: ID!) { workspaceAudit(workspaceId: $w) {
  granted replayMatches mismatches balance { available reserved deficit } } }`;

type Outcome<T> = { ok: true; data: T } | { ok: false; code: string };

/** One mutation: its data, or the code it failed with (NETWORK when no answer came at all). */
async function call<T>(url: string, query: string, input: object, token: string): Promise<Outcome<T>> {
  try {
    const r = await gql<T>(url, query, { i: input }, token);
    if (r.errors?.length || !r.data) return { ok: false, code: String(r.errors?.[0]?.extensions?.code) };
    return { ok: true, data: r.data };
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
}

/** A hold and its settle, each with its own key, so either can be retried after an unknown outcome. */
interface Pair {
  account: Account;
  holdKey: string;
  settleKey: string;
  holdId: string | null;
  settled: boolean;
}

interface Grant {
  account: Account;
  key: string;
  acknowledged: boolean;
}

/**
 * Hold + settle pairs and support grants from several workers, alternating between the servers.
 * It records what each server acknowledged; any failure but UNAVAILABLE is unexpected.
 */
class LedgerLoad {
  readonly pairs: Pair[] = [];
  readonly grants: Grant[] = [];
  readonly unexpected: string[] = [];
  /** Operations the outage cut off: their outcome is unknown until retried. */
  unavailable = 0;
  private settles = 0;
  private settlesWanted = Number.POSITIVE_INFINITY;
  private onSettles: () => void = () => undefined;
  private paused: Promise<void> = Promise.resolve();
  private resumeLoad: () => void = () => undefined;
  private restarted = false;

  constructor(
    private readonly servers: ServerProcess[],
    private readonly accounts: Account[],
    private readonly support: string,
  ) {}

  run(workers: number): Promise<void> {
    return Promise.all(Array.from({ length: workers }, (_, n) => this.worker(n))).then(() => undefined);
  }

  /** Resolves once `count` settles have been acknowledged in all. */
  settled(count: number): Promise<void> {
    this.settlesWanted = count;
    return new Promise((resolve) => (this.onSettles = resolve));
  }

  /** Workers start nothing new until `resume` (what is in flight runs on). */
  pause(): void {
    this.paused = new Promise((resolve) => (this.resumeLoad = resolve));
  }

  /** Workers run a few more operations each, then stop. */
  resume(): void {
    this.restarted = true;
    this.resumeLoad();
  }

  /** Retries every operation whose outcome is unknown, with its key, as a client would. */
  async retryUnknown(rounds: number): Promise<void> {
    for (let round = 1; round <= rounds; round++) {
      const url = this.servers[round % this.servers.length]!.url;
      for (const pair of this.pairs.filter((p) => !p.settled)) await this.holdAndSettle(url, pair);
      for (const grant of this.grants.filter((g) => !g.acknowledged)) await this.grant(url, grant);
    }
  }

  private async worker(n: number): Promise<void> {
    const account = this.accounts[n % this.accounts.length]!;
    let afterRestart = 0;
    for (let i = 0; i < MAX_OPS_PER_WORKER && afterRestart < OPS_AFTER_RESTART; i++) {
      await this.paused;
      if (this.restarted) afterRestart++;
      const url = this.servers[(n + i) % this.servers.length]!.url;
      if (i % 4 === 3) {
        const grant: Grant = { account, key: uniqueKey('grant'), acknowledged: false };
        this.grants.push(grant);
        await this.grant(url, grant);
      } else {
        const pair: Pair = {
          account,
          holdKey: uniqueKey('hold'),
          settleKey: uniqueKey('settle'),
          holdId: null,
          settled: false,
        };
        this.pairs.push(pair);
        await this.holdAndSettle(url, pair);
      }
    }
  }

  private async holdAndSettle(url: string, pair: Pair): Promise<void> {
    if (!pair.holdId) {
      const held = await call<{ reserveCredits: { id: string } }>(
        url,
        RESERVE,
        { amount: HOLD, description: 'Durability load', idempotencyKey: pair.holdKey },
        pair.account.token,
      );
      if (!this.expected(held, 'reserveCredits')) return;
      pair.holdId = held.data.reserveCredits.id;
    }
    const settled = await call(
      url,
      SETTLE,
      { holdId: pair.holdId, actual: ACTUAL, idempotencyKey: pair.settleKey },
      pair.account.token,
    );
    if (!this.expected(settled, 'settleHold')) return;
    pair.settled = true;
    if (++this.settles >= this.settlesWanted) this.onSettles();
  }

  private async grant(url: string, grant: Grant): Promise<void> {
    const input = {
      workspaceId: grant.account.workspaceId,
      amount: GRANT,
      direction: 'CREDIT',
      reason: 'Durability load grant',
      idempotencyKey: grant.key,
    };
    if (this.expected(await call(url, ADJUST, input, this.support), 'adjustCredits')) grant.acknowledged = true;
  }

  private expected<T>(outcome: Outcome<T>, what: string): outcome is { ok: true; data: T } {
    if (!outcome.ok && outcome.code === 'UNAVAILABLE') this.unavailable++;
    else if (!outcome.ok) this.unexpected.push(`${what}: ${outcome.code}`);
    return outcome.ok;
  }
}

describe.skipIf(!onPostgres)(
  'acknowledged writes survive an immediate stop of PostgreSQL (PostgreSQL only: it crashes a private, durable cluster)',
  () => {
    let cluster: PgCluster;
    let databaseUrl: string;
    const servers: ServerProcess[] = [];
    let accounts: Account[] = [];
    let support: string;

    beforeAll(async () => {
      cluster = await startPgCluster();
      databaseUrl = await cluster.createDatabase('durability');
      servers.push(...(await Promise.all([spawnServer(databaseUrl), spawnServer(databaseUrl)])));
      accounts = await Promise.all(
        Array.from({ length: WORKSPACES }, (_, i) => signUp(servers[i % 2]!.url, `durable${i}`)),
      );
      support = await supportToken(servers[0]!.url);
      for (const account of accounts) await fund(servers[0]!.url, account.workspaceId, FUNDING);
    });
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop('SIGKILL')));
      await cluster?.destroy();
    });

    it('every acknowledged hold, settle and grant is there after restart, and no partial operation is visible', async () => {
      const load = new LedgerLoad(servers, accounts, support);
      const loaded = load.settled(SETTLES_BEFORE_STOP);
      const running = load.run(WORKERS);
      await loaded;

      // Crash PostgreSQL under load: no checkpoint, every process gone at once, requests in flight.
      await cluster.stopImmediately();
      load.pause();
      try {
        for (const server of servers) await expectUnavailable(server, accounts[0]!);
      } finally {
        await cluster.start();
        load.resume();
      }
      await running;
      expect(load.unavailable, 'operations the outage cut off').toBeGreaterThan(0);

      await load.retryUnknown(RETRY_ROUNDS);
      expect(load.unexpected).toEqual([]);
      expect(load.pairs.filter((p) => !p.settled)).toEqual([]);
      expect(load.grants.filter((g) => !g.acknowledged)).toEqual([]);

      // Every acknowledged hold is there, settled exactly as acknowledged.
      for (const pair of load.pairs) {
        const r = await gql(servers[0]!.url, HOLD_STATE, { id: pair.holdId }, pair.account.token);
        expect(r.errors, `hold ${pair.holdId}`).toBeUndefined();
        expect(r.data?.hold).toEqual({ amount: HOLD, charged: ACTUAL, status: 'SETTLED' });
      }
      // Each workspace holds exactly what its acknowledged operations add up to, and its entries replay to it.
      for (const account of accounts) {
        const settles = load.pairs.filter((p) => p.account === account).length;
        const grants = load.grants.filter((g) => g.account === account).length;
        const r = await gql(servers[1]!.url, AUDIT, { w: account.workspaceId }, support);
        expect(r.errors).toBeUndefined();
        const audit = r.data!.workspaceAudit;
        expect(audit.mismatches).toEqual([]);
        expect(audit.replayMatches).toBe(true);
        expect(micro(audit.granted)).toBe(micro(FUNDING) + grants * micro(GRANT));
        expect(micro(audit.balance.available)).toBe(micro(FUNDING) + grants * micro(GRANT) - settles * micro(ACTUAL));
        expect(audit.balance).toMatchObject({ reserved: '0', deficit: '0' });
      }
    });

    it('the server warns at start when PostgreSQL may lose acknowledged writes, and only then', async () => {
      const durabilityWarnings = async (env: Record<string, string>) => {
        const lines: string[] = [];
        const server = await spawnServer(databaseUrl, env, { onOutput: (line) => lines.push(line) });
        await server.stop();
        return lines.filter((l) => l.includes('a crash can lose writes'));
      };
      const settings = ['fsync', 'synchronous_commit', 'full_page_writes'];
      expect(await durabilityWarnings({ NODE_ENV: 'development' })).toEqual([]);

      for (const setting of settings) await cluster.query(`alter system set ${setting} = off`);
      await cluster.query('select pg_reload_conf()');
      try {
        const [warning, ...more] = await durabilityWarnings({ NODE_ENV: 'development' });
        expect(more).toEqual([]);
        expect(JSON.parse(warning!)).toMatchObject({ level: 40, settings });
        // Tests run on throwaway clusters with all three off on purpose: no noise there.
        expect(await durabilityWarnings({ NODE_ENV: 'test' })).toEqual([]);
      } finally {
        for (const setting of settings) await cluster.query(`alter system reset ${setting}`);
        await cluster.query('select pg_reload_conf()');
      }
    });
  },
);

/** While the database is down, a server answers reads and writes alike with UNAVAILABLE. */
async function expectUnavailable(server: ServerProcess, account: Account): Promise<void> {
  const read = await gql(server.url, '{ balance { available } }', {}, account.token);
  expect(read.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
  const write = await call(
    server.url,
    RESERVE,
    { amount: HOLD, description: 'While down', idempotencyKey: uniqueKey('down') },
    account.token,
  );
  expect(write).toEqual({ ok: false, code: 'UNAVAILABLE' });
}

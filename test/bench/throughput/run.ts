/**
 * Benchmarks 1-5 of QUALITY.md ("ratios measured side by side, in one run"), each rate next to its
 * baseline measured in the same run on the same machine:
 *
 *  1. `{ __typename }` through the full server  vs  a bare node:http server sending the same JSON
 *  2. the `balance` query (bearer session)      vs  benchmark 1's trivial query
 *  3. hold + settle over 1,000 workspaces        vs  the trivial query
 *  4. hold + settle over 1,000 workspaces        vs  pgbench running the SQL the server sends per pair
 *  5. hold + settle on one hot workspace         vs  pgbench on one conditional UPDATE; zero overdrafts
 *  9. the server's CPU per pair                  vs  its CPU per trivial request (at most 10×)
 *
 * The server runs as it ships, one process (BENCH_PROCESSES=N runs HERO_PROCESSES=N, sharing the
 * port; the CPU is then that of all of them). On a machine whose cores the database and the load
 * generator share, one process does more pairs per second than one per core (docs/benchmarks.md).
 * Benchmark 4's pgbench script is made in each run from the statements the server sent for a captured
 * pair (script.ts) and written to hold-settle.pgbench.
 *
 * The servers run as their own processes; autocannon (in this process) and pgbench use the same
 * number of connections. Prints the figures and writes docs/benchmarks-throughput.md (BENCH_OUT).
 *
 * Run: `bash scripts/bench.sh` (installs, starts a throwaway PostgreSQL, runs this, stops it). Needs
 * DATABASE_URL (a PostgreSQL superuser), PG_BIN (pgbench) and HERO_PG_DIR (the throwaway cluster:
 * its log gives the SQL capture, and its settings are changed for the run). Options by env:
 * BENCH_SECONDS (8), BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (32), BENCH_WORKSPACES (1000),
 * BENCH_DURABLE (1; 0 keeps the cluster's fsync-off test settings), BENCH_OUT ('-': no file),
 * BENCH_PROCESSES (server processes; default 1), BENCH_COMMAND (the command line the report shows).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import pg from 'pg';
import { parseCredits } from '@hero/server/src/modules/ledger/core';
import { fund, signUp } from '../../support/accounts';
import { createScratchDatabase } from '../../support/pg-harness';
import { spawnServer, type ServerProcess } from '../../support/server';
import { CpuMeter } from './cpu';
import {
  CHARGE,
  CHARGE_MICRO,
  HOLD_MUTATION,
  SETTLE_MUTATION,
  PairCounts,
  drainPairs,
  postRequest,
  runPairs,
  type BenchAccount,
  type LoadSettings,
} from './load';
import { profilePairs } from './profile';
import { renderReport, type LedgerTotals, type Measured, type OverdraftCheck, type Report } from './report';
import { holdSettleScript } from './script';
import {
  captureStatements,
  pgbench,
  readScript,
  scriptStatements,
  setSystem,
  showSettings,
  type Captured,
} from './sql';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SETTINGS: LoadSettings = {
  connections: num('BENCH_CONNECTIONS', 32),
  seconds: num('BENCH_SECONDS', 8),
  warmupSeconds: num('BENCH_WARMUP_SECONDS', 2),
};
const PGBENCH_THREADS = 2;
const WORKSPACES = num('BENCH_WORKSPACES', 1_000);
const PROCESSES = num('BENCH_PROCESSES', 1);
/** Benchmark 4: most statements a pair may send. */
const MAX_PAIR_STATEMENTS = 8;
/** Benchmark 9: most server CPU per pair, in trivial requests' worth. */
const MAX_PAIR_CPU = 10;
const SPREAD_FUNDING = '100';
const HOT_FUNDING = '100000';
/** The drain run's balance: exactly 100 holds of 0.01 fit. */
const DRAIN_FUNDING = '1';
const PROFILE_SECONDS = 6;
const repo = join(__dirname, '..', '..', '..');
const OUT = process.env.BENCH_OUT ?? join(repo, 'docs', 'benchmarks-throughput.md');
const HOLD_SETTLE_SCRIPT = join(__dirname, 'hold-settle.pgbench');
const HOT_SCRIPT = join(__dirname, 'hot-update.pgbench');

const TRIVIAL = JSON.stringify({ query: '{ __typename }' });
const BALANCE = JSON.stringify({
  query: '{ balance { available planAllocation purchased reserved deficit outOfCredits renewsAt version } }',
});

function log(message: string): void {
  process.stdout.write(`[bench] ${message}\n`);
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await run(items[i]!, i);
      }
    }),
  );
  return out;
}

async function graphql<T>(url: string, token: string, query: string, variables: unknown): Promise<T> {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(`request failed: ${JSON.stringify(body)}`);
  return body.data;
}

async function reserveOnce(url: string, a: BenchAccount, idempotencyKey: string): Promise<string> {
  const data = await graphql<{ reserveCredits: { id: string } }>(url, a.token, HOLD_MUTATION, {
    input: { amount: CHARGE, description: 'Benchmark', idempotencyKey },
  });
  return data.reserveCredits.id;
}

async function settleOnce(url: string, a: BenchAccount, holdId: string, idempotencyKey: string): Promise<void> {
  await graphql(url, a.token, SETTLE_MUTATION, { input: { holdId, actual: CHARGE, idempotencyKey } });
}

async function onePair(url: string, a: BenchAccount): Promise<void> {
  const key = `bench-warm-${Date.now()}`;
  await settleOnce(url, a, await reserveOnce(url, a, `${key}-hold`), `${key}-settle`);
}

/** One GraphQL request on a connection of its own, closed after the answer. */
function graphqlOnNewConnection<T>(url: string, token: string, query: string, variables: unknown): Promise<T> {
  const body = JSON.stringify({ query, variables });
  return new Promise<T>((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
          connection: 'close',
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const parsed = JSON.parse(text) as { data?: T; errors?: unknown[] };
          if (!parsed.data || parsed.errors?.length) reject(new Error(`request failed: ${text}`));
          else resolve(parsed.data);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * What each server process keeps in memory per workspace (alert rules, auto top-up settings: loaded on the
 * first ledger change a process sees for the workspace, then kept for minutes) is there in a server that has
 * been running, but not in one started a minute ago. One pair per workspace, one request at a time, each on a
 * new connection: node:cluster hands new connections to the processes in turn, so the hold and the settle of
 * a pair land on two different processes and every process has seen every workspace before the measurements.
 */
async function warmEveryProcess(url: string, accounts: BenchAccount[]): Promise<void> {
  for (const [i, a] of accounts.entries()) {
    const key = `bench-cache-warm-${i}-${Date.now()}`;
    const data = await graphqlOnNewConnection<{ reserveCredits: { id: string } }>(url, a.token, HOLD_MUTATION, {
      input: { amount: CHARGE, description: 'Benchmark', idempotencyKey: `${key}-hold` },
    });
    await graphqlOnNewConnection(url, a.token, SETTLE_MUTATION, {
      input: { holdId: data.reserveCredits.id, actual: CHARGE, idempotencyKey: `${key}-settle` },
    });
  }
}

async function startPlainServer(body: string): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'plain-server.ts')], {
    cwd: join(repo, 'server'),
    env: { ...process.env, BENCH_BODY: body },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const msg = JSON.parse(line) as { url?: string };
      if (msg.url) resolve(msg.url);
    });
    child.once('exit', (code) => reject(new Error(`plain server exited with ${code}`)));
  });
  return {
    url,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** One statement, so one snapshot: everything the zero-overdraft checks need about a workspace. */
async function ledgerTotals(db: pg.Client, workspaceId: string): Promise<LedgerTotals> {
  const r = await db.query<Record<keyof LedgerTotals, string>>(
    `select
       (select coalesce(sum(original_micro), 0) from credit_grant where workspace_id = $1) as "granted",
       (select coalesce(sum(remaining_micro), 0) from credit_grant where workspace_id = $1) as "remaining",
       (select min(remaining_micro) from credit_grant where workspace_id = $1) as "lowestGrant",
       (select held_micro from credit_account where workspace_id = $1) as "heldOnAccount",
       (select deficit_micro from credit_account where workspace_id = $1) as "deficit",
       (select coalesce(sum(amount_micro), 0) from credit_hold
         where workspace_id = $1 and status = 'ACTIVE') as "activeHeld",
       (select coalesce(sum(actual_micro), 0) from credit_hold
         where workspace_id = $1 and status = 'SETTLED') as "charged",
       (select count(*) from credit_hold where workspace_id = $1) as "holds",
       (select count(*) from credit_hold where workspace_id = $1 and status = 'SETTLED') as "settled",
       (select count(*) from ledger_entry where workspace_id = $1 and type = 'CHARGE') as "chargeEntries"`,
    [workspaceId],
  );
  return Object.fromEntries(Object.entries(r.rows[0]!).map(([k, v]) => [k, Number(v)])) as unknown as LedgerTotals;
}

/**
 * The ledger of a workspace after its pair runs, read once the server has stopped (a graceful stop
 * finishes the requests in flight, so nothing moves any more): no balance below zero, every
 * micro-credit funded is remaining, charged or reserved, one CHARGE entry per settled hold.
 */
async function checkOverdrafts(
  label: string,
  db: pg.Client,
  account: BenchAccount,
  fundedMicro: number,
  counts: PairCounts[],
  connections: number,
  expectDrained: boolean,
): Promise<OverdraftCheck> {
  const totals = await ledgerTotals(db, account.workspaceId);
  const sum = (f: (c: PairCounts) => number) => counts.reduce((a, c) => a + f(c), 0);
  const seen = {
    holds: sum((c) => c.holds),
    settles: sum((c) => c.settles),
    insufficient: sum((c) => c.insufficient),
    serverErrors: sum((c) => c.serverErrors),
    otherErrors: sum((c) => c.otherErrorCount()),
  };
  const available = totals.remaining - totals.deficit;
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  expect(totals.granted === fundedMicro, `granted ${totals.granted} µcr, funded ${fundedMicro}`);
  expect(available >= 0 && totals.lowestGrant >= 0, `a negative balance (${available} µcr)`);
  expect(totals.deficit === 0, `a deficit of ${totals.deficit} µcr`);
  expect(
    available === fundedMicro - totals.charged - totals.activeHeld,
    `available ${available} µcr ≠ funded − charged − reserved (${fundedMicro - totals.charged - totals.activeHeld})`,
  );
  expect(totals.heldOnAccount === totals.activeHeld, 'the account’s reserved total ≠ its active holds');
  expect(totals.charged === totals.settled * CHARGE_MICRO, 'a settle charged other than 0.01');
  expect(totals.chargeEntries === totals.settled, 'not exactly one CHARGE entry per settled hold');
  // The client misses the answers still on the wire when a run stops (at most one per connection).
  expect(
    seen.settles <= totals.settled && totals.settled <= seen.settles + connections * counts.length,
    `${seen.settles} settles answered, ${totals.settled} in the ledger`,
  );
  expect(seen.serverErrors === 0, `${seen.serverErrors} answers with HTTP 5xx`);
  const codes = new Map<string, { n: number; message: string }>();
  for (const c of counts) {
    for (const [code, n] of c.otherErrors) {
      const seenCode = codes.get(code) ?? { n: 0, message: c.messages.get(code) ?? '' };
      seenCode.n += n;
      codes.set(code, seenCode);
    }
  }
  const listed = [...codes].map(([code, { n, message }]) => `${n} ${code} ("${message}")`).join(', ');
  expect(seen.otherErrors === 0, `${seen.otherErrors} errors other than INSUFFICIENT_CREDITS: ${listed}`);
  if (expectDrained) {
    const fit = Math.floor(fundedMicro / CHARGE_MICRO);
    expect(totals.holds === fit, `${totals.holds} holds placed where ${fit} fit`);
    expect(available === 0, `not drained: ${available} µcr left`);
    expect(seen.insufficient > 0, 'no INSUFFICIENT_CREDITS although the balance ran out');
  }
  return { label, fundedMicro, availableMicro: available, totals, counts: seen, problems };
}

const httpErrors = (r: autocannon.Result) =>
  r.non2xx + r.errors + r.timeouts ? `${r.non2xx} non-2xx, ${r.errors} socket errors, ${r.timeouts} timeouts` : 'none';

const pairErrors = (c: PairCounts) => {
  const parts = [
    c.insufficient ? `${c.insufficient} INSUFFICIENT_CREDITS` : '',
    c.serverErrors ? `${c.serverErrors} HTTP 5xx` : '',
    ...[...c.otherErrors].map(([code, n]) => `${n} ${code}`),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'none';
};

async function main(): Promise<void> {
  const baseUrl = process.env.DATABASE_URL;
  const pgBin = process.env.PG_BIN;
  if (!baseUrl?.startsWith('postgres') || !pgBin) {
    throw new Error('DATABASE_URL (PostgreSQL) and PG_BIN are needed: run `bash scripts/bench.sh`');
  }
  const pgDir = process.env.HERO_PG_DIR;
  const pgLog = pgDir ? join(pgDir, 'postgres.log') : undefined;
  const started = new Date();
  const loadStart = loadavg();
  // The throwaway cluster runs with fsync off, for tests. Production commits wait for the WAL flush,
  // as did the baselines QUALITY.md quotes, so the measurements do too (BENCH_DURABLE=0: as it is).
  if (pgDir && process.env.BENCH_DURABLE !== '0') {
    await setSystem(baseUrl, { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' });
  }
  const durability = await showSettings(baseUrl, ['fsync', 'synchronous_commit', 'full_page_writes']);
  const scratch = await createScratchDatabase('bench', baseUrl);
  let server: ServerProcess | undefined;
  let plain: Awaited<ReturnType<typeof startPlainServer>> | undefined;
  const db = new pg.Client({ connectionString: scratch.url });
  try {
    // The webhook worker polls the database every second whatever the load; no endpoint exists here, and
    // its polls would land in the capture of a pair's statements.
    // The background sweep (abandoned holds, ended grants, alerts of up to 200 workspaces) runs every 30 s by
    // default whatever the load: here once an hour, so neither a capture nor a measurement meets it.
    server = await spawnServer(scratch.url, {
      HERO_PROCESSES: String(PROCESSES),
      WEBHOOK_WORKER: 'false',
      SWEEP_INTERVAL_MS: '3600000',
    });
    const url = server.url;
    await db.connect();
    const pgVersion = (await db.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]!.v;
    log(`server ${url}, database ${scratch.url}`);

    const trivialAnswer = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: TRIVIAL,
    });
    const trivialBody = await trivialAnswer.text();
    if (trivialAnswer.status !== 200 || !trivialBody.includes('__typename')) {
      throw new Error(`the trivial query failed: ${trivialAnswer.status} ${trivialBody}`);
    }
    plain = await startPlainServer(trivialBody);
    const serverPid = server.child.pid;
    const plainPid = plain.child.pid;
    const cpu = new CpuMeter(
      { server: () => serverPid, plain: () => plainPid },
      // with HERO_PROCESSES > 1 the server processes are the children of this one
      pgDir ? join(pgDir, 'data', 'postmaster.pid') : undefined,
    );

    // ——— accounts ———
    const t0 = Date.now();
    const names = Array.from({ length: WORKSPACES + 2 }, (_, i) => `bench${i}`);
    const accounts: BenchAccount[] = await inBatches(names, 8, (name) => signUp(url, name));
    const spread = accounts.slice(0, WORKSPACES);
    const hot = accounts[WORKSPACES]!;
    const drain = accounts[WORKSPACES + 1]!;
    await inBatches(spread, 16, (a) => fund(url, a.workspaceId, SPREAD_FUNDING));
    await fund(url, hot.workspaceId, HOT_FUNDING);
    await fund(url, drain.workspaceId, DRAIN_FUNDING);
    const tWarm = Date.now();
    await warmEveryProcess(url, spread);
    log(`every server process saw a pair of every workspace in ${((Date.now() - tWarm) / 1000).toFixed(1)} s`);
    // pgbench finds the n-th workspace, its session's token hash and its grant through this table (script.ts).
    await db.query(
      'create table bench_ws (n int primary key, workspace_id uuid not null, token_hash varchar(64) not null, grant_id uuid)',
    );
    await db.query(
      `insert into bench_ws (n, workspace_id, token_hash, grant_id)
       select w.n, w.id, w.h, (select g.id from credit_grant g where g.workspace_id = w.id and g.remaining_micro > 0
         order by g.created_at limit 1)
       from unnest($1::int[], $2::uuid[], $3::text[]) as w(n, id, h)`,
      [
        spread.map((_, i) => i + 1),
        spread.map((a) => a.workspaceId),
        spread.map((a) => createHash('sha256').update(a.token).digest('hex')),
      ],
    );
    await db.query('create table bench_hot (id int primary key, balance bigint not null)');
    await db.query('insert into bench_hot values (1, 9000000000000000)');
    await db.query('analyze');
    log(`${accounts.length} workspaces signed up and funded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // ——— the SQL of one pair and of one balance query, as PostgreSQL receives it ———
    let pairSql: { name: string; statements: Captured[] }[] | null = null;
    let balanceSql: Captured[] | null = null;
    let pairScript: { defines: Record<string, string> } | null = null;
    if (pgLog && existsSync(pgLog)) {
      const account = spread[0]!;
      // One pair first, so that what the server keeps in memory (credentials, prepared statements) is there.
      await onePair(url, account);
      const keys: string[] = [];
      let holdId = '';
      const reserve = await captureStatements(scratch.url, pgLog, async () => {
        const key = `bench-capture-hold-${Date.now()}`;
        keys.push(key);
        holdId = await reserveOnce(url, account, key);
      });
      const settle = await captureStatements(scratch.url, pgLog, async () => {
        const key = `bench-capture-settle-${Date.now()}`;
        keys.push(key);
        await settleOnce(url, account, holdId, key);
      });
      pairSql = [
        { name: 'reserveCredits', statements: reserve },
        { name: 'settleHold', statements: settle },
      ];
      balanceSql = await captureStatements(scratch.url, pgLog, async () => {
        const r = await autocannon({
          url,
          connections: 1,
          requests: [postRequest(BALANCE, () => account.token)],
          amount: 1,
        });
        if (r['2xx'] !== 1) throw new Error('the captured balance query failed');
      });
      const grant = await db.query<{ grant_id: string }>('select grant_id from bench_ws where n = 1');
      const generated = holdSettleScript(pairSql, {
        workspaceId: account.workspaceId,
        grantId: grant.rows[0]!.grant_id,
        holdId,
        keys,
        chargeMicro: CHARGE_MICRO,
      });
      writeFileSync(HOLD_SETTLE_SCRIPT, generated.script);
      pairScript = generated;
      log(`captured ${reserve.length} + ${settle.length} statements per pair; wrote ${HOLD_SETTLE_SCRIPT}`);
    }

    // ——— measurements ———
    const settings = `${SETTINGS.connections} connections, ${SETTINGS.warmupSeconds} s warm-up + ${SETTINGS.seconds} s`;
    const results: Measured[] = [];
    const run = async (what: string, work: () => Promise<Measured>) => {
      log(`${what} (${settings}) …`);
      const m = await work();
      results.push(m);
      log(`  ${m.rate.toFixed(0)} ${m.unit}${m.p99Ms !== undefined ? `, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms` : ''}`);
      return m;
    };

    const http = (name: string, target: string, body: string, token?: () => string) =>
      run(name, async () => {
        const requests = [postRequest(body, token)];
        const opts = { url: target, connections: SETTINGS.connections, requests, timeout: 30 };
        await autocannon({ ...opts, duration: SETTINGS.warmupSeconds });
        const before = cpu.snapshot();
        const r = await autocannon({ ...opts, duration: SETTINGS.seconds });
        return {
          name,
          unit: 'req/s',
          rate: r.requests.total / r.duration,
          operations: r.requests.total,
          seconds: r.duration,
          p50Ms: r.latency.p50,
          p99Ms: r.latency.p99,
          errors: httpErrors(r),
          cpu: cpu.since(before),
        };
      });

    /** Every pair counted on a workspace, warm-up included, for the ledger checks. */
    const pairCounts = new Map<string, PairCounts[]>();
    const pairs = (name: string, pick: () => BenchAccount) =>
      run(name, async () => {
        const warm = await runPairs(url, pick, { ...SETTINGS, seconds: SETTINGS.warmupSeconds });
        const before = cpu.snapshot();
        const m = await runPairs(url, pick, SETTINGS);
        pairCounts.set(name, [warm.counts, m.counts]);
        return {
          name,
          unit: 'pairs/s',
          rate: m.rate,
          operations: m.counts.settles,
          seconds: m.result.duration,
          p50Ms: m.result.latency.p50,
          p99Ms: m.result.latency.p99,
          errors: pairErrors(m.counts),
          cpu: cpu.since(before),
        };
      });

    /** `written`: how many rows one run of the script adds, counted after the runs (a write that applied nothing would not). */
    const sqlBench = (
      name: string,
      script: string,
      defines?: Record<string, string>,
      mode?: 'prepared',
      written?: { count: () => Promise<number>; perRun: number },
    ) =>
      run(name, async () => {
        const opts = { script, clients: SETTINGS.connections, threads: PGBENCH_THREADS, defines, mode };
        const rowsBefore = await written?.count();
        const warm = await pgbench(join(pgBin, 'pgbench'), scratch.url, { ...opts, seconds: SETTINGS.warmupSeconds });
        const before = cpu.snapshot();
        const r = await pgbench(join(pgBin, 'pgbench'), scratch.url, { ...opts, seconds: SETTINGS.seconds });
        const problems: string[] = [];
        if (r.failed || r.aborted) {
          problems.push(
            `${r.failed} failed${r.aborted ? `, a client stopped on an error (${r.firstError ?? 'not shown'})` : ''}`,
          );
        }
        if (written && rowsBefore !== undefined) {
          const rows = (await written.count()) - rowsBefore;
          const expected = (warm.transactions + r.transactions) * written.perRun;
          if (rows !== expected) problems.push(`${rows} rows written where ${expected} were expected`);
        }
        return {
          name,
          unit: 'tx/s',
          rate: r.tps,
          operations: r.transactions,
          seconds: SETTINGS.seconds,
          p50Ms: undefined,
          p99Ms: undefined,
          meanMs: r.latencyMs,
          errors: problems.length ? problems.join('; ') : 'none',
          cpu: cpu.since(before),
        };
      });

    const randomSpread = () => spread[Math.floor(Math.random() * spread.length)]!;
    const plainRun = await http('plain node:http, same JSON', plain.url, TRIVIAL);
    const trivial = await http('`{ __typename }` through the server', url, TRIVIAL);
    const balance = await http('`balance` query, bearer session', url, BALANCE, () => randomSpread().token);
    const spreadRun = await pairs(`hold + settle, ${WORKSPACES.toLocaleString('en-US')} workspaces`, randomSpread);
    const spreadSql = await sqlBench(
      `pgbench: the server’s SQL per pair, ${WORKSPACES.toLocaleString('en-US')} workspaces`,
      HOLD_SETTLE_SCRIPT,
      { workspaces: String(WORKSPACES), clients: String(SETTINGS.connections), ...pairScript?.defines },
      'prepared',
      {
        // One HOLD and one CHARGE entry per run of the script.
        count: async () =>
          Number(
            (
              await db.query<{ n: string }>(
                `select count(*) as n from ledger_entry where idempotency_key like 'pgbench-%'`,
              )
            ).rows[0]!.n,
          ),
        perRun: 2,
      },
    );
    const hotRun = await pairs('hold + settle, one hot workspace', () => hot);
    const hotSql = await sqlBench('pgbench: one conditional UPDATE, one row', HOT_SCRIPT);

    log(`drain: one workspace with ${DRAIN_FUNDING} credit, ${SETTINGS.connections} connections until refused …`);
    const drainCounts = await drainPairs(url, drain, { connections: SETTINGS.connections, maxSeconds: 30 });
    log(`  ${drainCounts.settles} pairs, ${drainCounts.insufficient} INSUFFICIENT_CREDITS`);
    await server.stop();
    const overdrafts = [
      await checkOverdrafts(
        'hot workspace after its runs (balance to spare)',
        db,
        hot,
        parseCredits(HOT_FUNDING),
        pairCounts.get(hotRun.name)!,
        SETTINGS.connections,
        false,
      ),
      await checkOverdrafts(
        `drain: ${DRAIN_FUNDING} credit, pairs of 0.01 until refused`,
        db,
        drain,
        parseCredits(DRAIN_FUNDING),
        [drainCounts],
        SETTINGS.connections,
        true,
      ),
    ];
    for (const c of overdrafts) {
      log(`${c.label}: ${c.problems.length ? `PROBLEMS: ${c.problems.join('; ')}` : 'every check holds'}`);
    }
    const zeroOverdrafts = overdrafts.every((c) => !c.problems.length);

    log(`profile: hold + settle, ${WORKSPACES} workspaces, against a server started with --cpu-prof …`);
    const profile = await profilePairs(scratch.url, spread, { ...SETTINGS, seconds: PROFILE_SECONDS }, (at) =>
      warmEveryProcess(at, spread),
    );
    for (const p of profile.shares.slice(0, 4)) log(`  ${(p.share * 100).toFixed(0)}% ${p.group}`);

    const report: Report = {
      started,
      finished: new Date(),
      command: process.env.BENCH_COMMAND ?? 'bash scripts/bench.sh',
      machine: {
        nproc: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        postgres: pgVersion,
        durability,
        loadStart,
        loadEnd: loadavg(),
      },
      settings: { ...SETTINGS, pgbenchThreads: PGBENCH_THREADS, workspaces: WORKSPACES, processes: PROCESSES },
      results,
      ratios: [
        { n: 1, what: trivial, baseline: plainRun, target: 0.2, stretch: 0.3 },
        { n: 2, what: balance, baseline: trivial, target: 0.5 },
        { n: 3, what: spreadRun, baseline: trivial, target: 0.1 },
        {
          n: 4,
          what: spreadRun,
          baseline: spreadSql,
          target: 0.5,
          alsoNeeds: {
            what: `≤ ${MAX_PAIR_STATEMENTS} statements per pair`,
            ok: pairSql !== null && pairSql.flatMap((q) => q.statements).length <= MAX_PAIR_STATEMENTS,
          },
        },
        {
          n: 5,
          what: hotRun,
          baseline: hotSql,
          target: 0.3,
          // QUALITY.md: at least 1 with batching (several commands of the workspace per commit).
          stretch: 1,
          alsoNeeds: { what: 'zero overdrafts', ok: zeroOverdrafts },
        },
      ],
      overdrafts,
      profile,
      sql: { pair: pairSql, balance: balanceSql, script: scriptStatements(readScript(HOLD_SETTLE_SCRIPT)) },
      cpuTarget: { n: 9, what: spreadRun, baseline: trivial, max: MAX_PAIR_CPU },
    };
    for (const r of report.ratios) {
      const also = r.alsoNeeds ? `; ${r.alsoNeeds.what}: ${r.alsoNeeds.ok ? 'yes' : 'NO'}` : '';
      log(
        `#${r.n} ${(r.what.rate / r.baseline.rate).toFixed(3)} (target ≥ ${r.target}${also}): ${r.what.name} / ${r.baseline.name}`,
      );
    }
    if (pairSql) log(`#4 statements per pair: ${pairSql.map((q) => `${q.statements.length} (${q.name})`).join(' + ')}`);
    const c = report.cpuTarget;
    const perPair = c.what.cpu.server / Math.max(1, c.what.operations);
    const perTrivial = c.baseline.cpu.server / Math.max(1, c.baseline.operations);
    log(
      `#9 ${(perPair / perTrivial).toFixed(1)}× (target ≤ ${c.max}×): server CPU per pair ${perPair.toFixed(2)} ms / per trivial request ${perTrivial.toFixed(3)} ms`,
    );
    if (OUT !== '-') {
      // Formatted as the repository's `prettier --check .` expects.
      const prettier = await import('prettier');
      const options = (await prettier.resolveConfig(OUT)) ?? {};
      writeFileSync(OUT, await prettier.format(renderReport(report), { ...options, filepath: OUT }));
      log(`wrote ${OUT}`);
    }
  } finally {
    await plain?.stop();
    await server?.stop();
    await db.end().catch(() => undefined);
    await scratch.drop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

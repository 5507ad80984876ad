/**
 * Benchmarks 6 and 7 of QUALITY.md, live balance, in one run on one throwaway PostgreSQL:
 *
 *  7. Latency from a charge to its subscribers: two server processes, 1,000 subscribers over both
 *     (half on each), in two shapes: one workspace watched by 1,000 (each round one charge), and
 *     10 workspaces watched by 100 each (each round 10 concurrent charges). Charges alternate
 *     between the instances. Latency is measured on one wall clock shared by the processes:
 *      - commit → subscriber: from the moment the server published the change, right after its
 *        transaction committed (logged by bench/live-server.ts), to the moment the message with
 *        that version reached the subscriber's process;
 *      - request → subscriber: from just before the charge's HTTP request was sent (an upper bound
 *        that adds the charge's own work and queueing).
 *     Every subscriber must end on the database balance.
 *     The baseline, measured in the same rounds (in turn before and after each charge) with as many
 *     clients in the same pool process, split the same way: two bare `ws` servers
 *     (live-raw-server.ts) broadcasting a message of the same shape to their 1,000 clients; from the
 *     moment a server began its broadcast to the message's arrival. Target: commit → subscriber p99
 *     within 1.3 × the baseline's p99. Also reported: the baseline timed from when a server began
 *     sending to each group (workspace), which leaves out the groups sent before it.
 *  6. Throughput of hold + settle (32 concurrent clients, random workspace among 1,000, random
 *     instance) with live fan-out on (PostgreSQL bus, one subscriber per workspace, 500 per
 *     instance, in a process of their own) and off (in-process bus: no NOTIFY, no subscribers).
 *     Both pairs of servers run side by side and short runs alternate off/on; each on run is
 *     divided by the mean of the off runs next to it, and the median of those is the ratio. The
 *     same is done with CPU time per hold+settle (servers + PostgreSQL, from /proc), which moves
 *     far less than the rate when other work shares the machine.
 *
 * Run: `bash scripts/bench-live.sh` (starts PostgreSQL; see docs/benchmarks.md). Options by env:
 * BENCH_ROUNDS (30), BENCH_SECONDS (6), BENCH_RUNS (8 per mode), BENCH_CONCURRENCY (32), BENCH_MODES
 * (off,on; add `bus` for the PostgreSQL bus without subscribers), BENCH_FANOUT_INSTANCES (2 server
 * instances per mode in benchmark 6; 1 measures the server as it ships), BENCH_WORKSPACES (1000),
 * BENCH_OUT (.tmp/bench/live-latency.json), BENCH_CPU_PROF (a folder: CPU profiles of the servers).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import pg from 'pg';
import { grantStaff } from '../support/accounts';
import { createScratchDatabase } from '../support/pg-harness';
import { spawnServer, type ServerProcess } from '../support/server';
import { now, type FromPool, type PoolSubscriber, type ToPool } from './live-subscribers';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const WARMUP_ROUNDS = 3;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const RUNS = Number(process.env.BENCH_RUNS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
/** Server instances per mode in benchmark 6. */
const FANOUT_INSTANCES = Number(process.env.BENCH_FANOUT_INSTANCES ?? 2);
/** off: in-process bus; bus: PostgreSQL bus, no subscribers (NOTIFY/LISTEN alone); on: bus and subscribers. */
type Mode = 'off' | 'bus' | 'on';
const MODES = (process.env.BENCH_MODES ?? 'off,on').split(',') as Mode[];
const WORKSPACES = Number(process.env.BENCH_WORKSPACES ?? 1_000);
const LATENCY_SHAPES = [
  { workspaces: 1, subscribersEach: 1_000 },
  { workspaces: 10, subscribersEach: 100 },
];
const SUPPORT_EMAIL = 'support@bench.test';
const PASSWORD = 'correct horse battery';
const repo = join(__dirname, '..', '..');
const serverDir = join(repo, 'server');

interface Account {
  token: string;
  workspaceId: string;
}

// ——— servers ———

/** Every process this run started, so that a failed run leaves none behind. */
const children = new Set<ChildProcess>();
function track<T extends { child: ChildProcess }>(started: T): T {
  children.add(started.child);
  started.child.once('exit', () => children.delete(started.child));
  return started;
}

const startInstance = async (databaseUrl: string, fanOut: boolean, commitLog?: string, channel?: string) =>
  track(
    await spawnServer(
      databaseUrl,
      {
        COOKIE_SECURE: 'false',
        BENCH_FANOUT: fanOut ? 'on' : 'off',
        ...(commitLog ? { BENCH_COMMIT_LOG: commitLog } : {}),
        ...(channel ? { BENCH_CHANNEL: channel } : {}),
      },
      {
        entry: join(__dirname, 'live-server.ts'),
        nodeArgs: [
          ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
          '-r',
          'reflect-metadata',
        ],
      },
    ),
  );

async function startPair(
  databaseUrl: string,
  fanOut: boolean,
  opts: { commitLog?: string; channel?: string; instances?: number } = {},
): Promise<ServerProcess[]> {
  const a = await startInstance(databaseUrl, fanOut, opts.commitLog, opts.channel); // migrations run once, here
  if (opts.instances === 1) return [a];
  const b = await startInstance(databaseUrl, fanOut, opts.commitLog, opts.channel);
  return [a, b];
}

// ——— GraphQL over HTTP ———

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

let keyCounter = 0;
const key = (prefix: string) => `${prefix}-${process.pid}-${++keyCounter}`;

async function signUp(url: string, i: number): Promise<Account> {
  const { signUp: auth } = await gql<{ signUp: { token: string } }>(
    url,
    'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
    {
      input: {
        email: `bench${i}-${process.pid}@bench.test`,
        password: PASSWORD,
        name: 'Bench',
        workspaceName: `W${i}`,
      },
    },
  );
  const { viewer } = await gql<{ viewer: { workspace: { id: string } } }>(
    url,
    '{ viewer { workspace { id } } }',
    {},
    auth.token,
  );
  return { token: auth.token, workspaceId: viewer.workspace.id };
}

async function supportToken(url: string): Promise<string> {
  const { signUp: auth } = await gql<{ signUp: { token: string } }>(
    url,
    'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
    { input: { email: SUPPORT_EMAIL, password: PASSWORD, name: 'Support', workspaceName: 'Support' } },
  );
  await grantStaff(url, SUPPORT_EMAIL);
  return auth.token;
}

async function fund(url: string, support: string, workspaceId: string, amount: string): Promise<void> {
  await gql(
    url,
    'mutation($input: AdjustCreditsInput!) { adjustCredits(input: $input) { available } }',
    { input: { workspaceId, amount, direction: 'CREDIT', reason: 'benchmark funding', idempotencyKey: key('fund') } },
    support,
  );
}

async function hold(url: string, token: string, amount: string): Promise<string> {
  const r = await gql<{ reserveCredits: { id: string } }>(
    url,
    'mutation($input: ReserveCreditsInput!) { reserveCredits(input: $input) { id } }',
    { input: { amount, description: 'Benchmark', idempotencyKey: key('hold') } },
    token,
  );
  return r.reserveCredits.id;
}

async function settle(url: string, token: string, holdId: string, actual: string): Promise<void> {
  await gql(
    url,
    'mutation($input: SettleHoldInput!) { settleHold(input: $input) { id } }',
    { input: { holdId, actual, idempotencyKey: key('settle') } },
    token,
  );
}

const balanceOf = async (url: string, token: string) =>
  (await gql<{ balance: { version: number; available: string } }>(url, '{ balance { version available } }', {}, token))
    .balance;

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

// ——— the subscriber pool ———

class Pool {
  private readonly child: ChildProcess;
  private readonly waiters = new Map<string, Array<(msg: FromPool) => void>>();
  private awaitId = 0;

  constructor() {
    this.child = track({
      child: fork(join(__dirname, 'live-subscribers.ts'), [], {
        cwd: serverDir,
        execArgv: ['-r', '@swc-node/register'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    }).child;
    this.child.on('message', (msg: FromPool) => {
      if (msg.type === 'error') {
        console.error(`subscriber pool: ${msg.message}`);
        return;
      }
      const key = msg.type === 'reached' ? `reached:${msg.id}` : msg.type;
      const list = this.waiters.get(key);
      const waiter = list?.shift();
      if (waiter) waiter(msg);
    });
  }

  private request<T extends FromPool>(msg: ToPool, reply: string): Promise<T> {
    return new Promise((resolve) => {
      const list = this.waiters.get(reply) ?? [];
      list.push(resolve as (m: FromPool) => void);
      this.waiters.set(reply, list);
      this.child.send(msg);
    });
  }

  connect(subs: PoolSubscriber[], raw = false) {
    return this.request<Extract<FromPool, { type: 'connected' }>>({ type: 'connect', subs, raw }, 'connected');
  }

  /** Per subscriber, when its first message at or past its workspace's target version arrived. */
  reach(targets: Record<string, number>) {
    const id = ++this.awaitId;
    return this.request<Extract<FromPool, { type: 'reached' }>>({ type: 'await', id, targets }, `reached:${id}`);
  }

  latest() {
    return this.request<Extract<FromPool, { type: 'latest' }>>({ type: 'latest' }, 'latest');
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ type: 'close' } satisfies ToPool);
    await exited;
  }
}

// ——— figures ———

function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function summary(values: number[]) {
  const sorted = [...values].sort((x, y) => x - y);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p90: round(percentile(sorted, 0.9)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

async function checkEndState(pool: Pool, subs: PoolSubscriber[], accounts: Map<string, Account>, url: string) {
  const truth = new Map<string, { version: number; available: string }>();
  for (const key of new Set(subs.map((s) => s.key))) truth.set(key, await balanceOf(url, accounts.get(key)!.token));
  const targets = Object.fromEntries([...truth].map(([k, b]) => [k, b.version]));
  const started = now();
  await pool.reach(targets);
  const catchUpMs = now() - started;
  const { latest, messages, reconnects } = await pool.latest();
  let wrong = 0;
  subs.forEach((s, i) => {
    const expected = truth.get(s.key)!;
    const got = latest[i];
    if (!got || got.version !== expected.version || got.available !== expected.available) wrong += 1;
  });
  return { subscribers: subs.length, onDatabaseBalance: subs.length - wrong, catchUpMs, messages, reconnects };
}

// ——— the phases ———

interface Shape {
  workspaces: number;
  subscribersEach: number;
}

interface Delivery {
  workspaceId: string;
  /** Whether the subscriber is on the instance that made the change (else the bus brought it). */
  sameInstance: boolean;
  version: number;
  sentAt: number;
  respondedAt: number;
  arrivedAt: number;
}

/** The baseline's servers: bare `ws` (live-raw-server.ts), two of them as there are two instances. */
const startRawServers = (databaseUrl: string) =>
  Promise.all(
    [0, 1].map(async () => track(await spawnServer(databaseUrl, {}, { entry: join(__dirname, 'live-raw-server.ts') }))),
  );

/** One broadcast by both bare `ws` servers: when each began it, and began sending to each group, by server URL. */
async function rawBroadcast(rawServers: ServerProcess[], version: number) {
  const stamps = new Map<string, { began: number; stamps: Record<string, number> }>();
  await Promise.all(
    rawServers.map(async (server) => {
      const res = await fetch(`${server.url}/broadcast?version=${version}`, { method: 'POST' });
      stamps.set(server.url, (await res.json()) as { began: number; stamps: Record<string, number> });
    }),
  );
  return stamps;
}

/**
 * Charges and deliveries of one shape, and its baseline: the same pool process also holds as many
 * bare `ws` clients, split the same way over two bare `ws` servers, and every round runs one charge
 * round and one broadcast round (in turn first), so that both see the same load on the machine.
 * Latencies are computed once the commit log is in.
 */
async function latencyRounds(
  servers: ServerProcess[],
  rawServers: ServerProcess[],
  accounts: Account[],
  shape: Shape,
  databaseUrl: string,
) {
  const chosen = accounts.slice(0, shape.workspaces);
  const subs: PoolSubscriber[] = chosen.flatMap((a) =>
    Array.from({ length: shape.subscribersEach }, (_, j) => ({
      key: a.workspaceId,
      url: servers[j % 2]!.url,
      token: a.token,
    })),
  );
  const rawSubs: PoolSubscriber[] = chosen.flatMap((a) =>
    Array.from({ length: shape.subscribersEach }, (_, j) => ({
      key: `raw:${a.workspaceId}`,
      url: rawServers[j % 2]!.url,
      token: '',
    })),
  );
  // The versions each round's subscribers must reach, read from the database: through an instance, the
  // harness's own requests would queue ahead of the pushes it measures.
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const versions = async () => {
    const { rows } = await db.query<{ workspace_id: string; version: number }>(
      'select workspace_id, version from credit_account where workspace_id = any($1::uuid[])',
      [chosen.map((a) => a.workspaceId)],
    );
    return Object.fromEntries(rows.map((r) => [r.workspace_id, Number(r.version)]));
  };
  const pool = new Pool();
  await pool.connect(subs); // first: its subscribers are the pool's first indexes
  await pool.connect(rawSubs, true);
  const deliveries: Delivery[] = [];
  const requests: number[] = [];
  const raw: number[] = [];
  const rawPerGroup: number[] = [];

  const chargeRound = async (round: number) => {
    const sent = new Map<string, { url: string; sentAt: number; respondedAt: number }>();
    await Promise.all(
      chosen.map(async (a, w) => {
        const url = servers[(round + w) % 2]!.url;
        const sentAt = now();
        await hold(url, a.token, '0.01');
        sent.set(a.workspaceId, { url, sentAt, respondedAt: now() });
      }),
    );
    // Every charge of the round has committed: each account now has the version its change left.
    const targets = await versions();
    const { arrivals } = await pool.reach(targets);
    if (round < WARMUP_ROUNDS) return;
    for (const t of sent.values()) requests.push(t.respondedAt - t.sentAt);
    subs.forEach((s, i) => {
      const { url, sentAt, respondedAt } = sent.get(s.key)!;
      deliveries.push({
        workspaceId: s.key,
        sameInstance: s.url === url,
        version: targets[s.key]!,
        sentAt,
        respondedAt,
        arrivedAt: arrivals[i]!,
      });
    });
  };
  const rawRound = async (round: number) => {
    const version = round + 1;
    const stamps = await rawBroadcast(rawServers, version);
    const { arrivals } = await pool.reach(Object.fromEntries(chosen.map((a) => [`raw:${a.workspaceId}`, version])));
    if (round < WARMUP_ROUNDS) return;
    rawSubs.forEach((s, j) => {
      const arrived = arrivals[subs.length + j]!;
      const server = stamps.get(s.url)!;
      raw.push(arrived - server.began);
      rawPerGroup.push(arrived - server.stamps[s.key]!);
    });
  };

  for (let round = 0; round < ROUNDS + WARMUP_ROUNDS; round++) {
    if (round % 2) {
      await rawRound(round);
      await chargeRound(round);
    } else {
      await chargeRound(round);
      await rawRound(round);
    }
  }
  const end = await checkEndState(pool, subs, new Map(chosen.map((a) => [a.workspaceId, a])), servers[1]!.url);
  await pool.close();
  await db.end();
  return { shape, deliveries, requests, raw: summary(raw), rawPerGroup: summary(rawPerGroup), end };
}

/** When each change was published, by `workspaceId:version`, from every server's log. */
function readCommitLog(prefix: string): Map<string, number> {
  const out = new Map<string, number>();
  const dir = dirname(prefix);
  for (const file of readdirSync(dir)) {
    if (!file.startsWith(`${basename(prefix)}.`)) continue;
    const entries = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Array<[string, number, number]>;
    for (const [workspaceId, version, at] of entries) out.set(`${workspaceId}:${version}`, at);
  }
  return out;
}

function latencyFigures(results: Array<Awaited<ReturnType<typeof latencyRounds>>>, commits: Map<string, number>) {
  return results.map(({ shape, deliveries, requests, raw, rawPerGroup, end }) => {
    const bySide = { sameInstance: [] as number[], otherInstance: [] as number[] };
    let unmatched = 0;
    for (const d of deliveries) {
      const committed = commits.get(`${d.workspaceId}:${d.version}`);
      if (committed === undefined) unmatched += 1;
      else bySide[d.sameInstance ? 'sameInstance' : 'otherInstance'].push(d.arrivedAt - committed);
    }
    const commitToSubscriberMs = summary([...bySide.sameInstance, ...bySide.otherInstance]);
    const rawBroadcastMs = raw;
    return {
      shape: `${shape.workspaces} workspace(s) × ${shape.subscribersEach} subscribers`,
      rounds: ROUNDS,
      commitToSubscriberMs,
      /** The same, for subscribers on the instance that made the change and on the other (through the bus). */
      commitToSubscriberSameInstanceMs: summary(bySide.sameInstance),
      commitToSubscriberOtherInstanceMs: summary(bySide.otherInstance),
      rawBroadcastMs,
      /** Target ≤ 1.3. */
      p99OverRawP99: Math.round((commitToSubscriberMs.p99 / rawBroadcastMs.p99) * 100) / 100,
      /**
       * The same baseline timed from when each group's sending began, as though each group's message were a
       * broadcast of its own: the time spent on the groups before it is left out. With one group per server
       * (one workspace) it is the broadcast itself.
       */
      rawPerGroupMs: rawPerGroup,
      p99OverRawPerGroupP99: Math.round((commitToSubscriberMs.p99 / rawPerGroup.p99) * 100) / 100,
      requestToSubscriberMs: summary(deliveries.map((d) => d.arrivedAt - d.sentAt)),
      responseToSubscriberMs: summary(deliveries.map((d) => d.arrivedAt - d.respondedAt)),
      chargeRequestMs: summary(requests),
      unmatchedDeliveries: unmatched,
      end,
    };
  });
}

// ——— CPU accounting: on a shared machine, CPU per operation moves far less than wall-clock rate ———

/** utime + stime of a process in ms (Linux /proc; USER_HZ is 100), or 0 once it is gone. */
function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** The throwaway cluster's processes: children of its postmaster (scripts/lib/postgres.sh sets HERO_PG_DIR). */
function postgresPids(): number[] {
  const dir = process.env.HERO_PG_DIR;
  if (!dir) return [];
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return [];
  }
  const pids: number[] = [postmaster];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster) pids.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

function cpuMeter(serverPids: number[]) {
  const pg = postgresPids();
  const read = () => ({
    servers: serverPids.reduce((sum, pid) => sum + cpuMsOf(pid), 0),
    postgres: pg.reduce((sum, pid) => sum + cpuMsOf(pid), 0),
  });
  const start = read();
  return () => {
    const end = read();
    return { serversMs: end.servers - start.servers, postgresMs: end.postgres - start.postgres };
  };
}

async function loadRun(
  servers: ServerProcess[],
  accounts: Account[],
  seconds: number,
): Promise<{ pairsPerSecond: number; errors: number; cpuMsPerPair: { servers: number; postgres: number } }> {
  const meter = cpuMeter(servers.map((s) => s.child.pid!));
  const deadline = now() + seconds * 1000;
  let pairs = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (now() < deadline) {
        const a = accounts[Math.floor(Math.random() * accounts.length)]!;
        const url = servers[Math.floor(Math.random() * servers.length)]!.url;
        try {
          const id = await hold(url, a.token, '0.02');
          await settle(url, a.token, id, '0.01');
          if (now() <= deadline) pairs += 1;
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const cpu = meter();
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    pairsPerSecond: pairs / seconds,
    errors,
    cpuMsPerPair: { servers: round(cpu.serversMs / pairs), postgres: round(cpu.postgresMs / pairs) },
  };
}

async function throughputPhase(databaseUrl: string, accounts: Account[]) {
  type Run = Awaited<ReturnType<typeof loadRun>> & { mode: Mode };
  // Each mode's pair of servers runs throughout and the load moves between them: a run is a few
  // seconds, not a restart, so many short runs alternate and each is compared with its neighbours.
  const pairs = new Map<Mode, ServerProcess[]>();
  for (const mode of MODES) {
    pairs.set(
      mode,
      await startPair(databaseUrl, mode !== 'off', { channel: `hero_bench_${mode}`, instances: FANOUT_INSTANCES }),
    );
  }
  let pool: Pool | null = null;
  if (pairs.has('on')) {
    const on = pairs.get('on')!;
    pool = new Pool();
    await pool.connect(accounts.map((a, i) => ({ key: a.workspaceId, url: on[i % on.length]!.url, token: a.token })));
  }
  for (const mode of MODES) await loadRun(pairs.get(mode)!, accounts, 3); // warm-up: hot code, full pools
  const runs: Run[] = [];
  for (let r = 0; r < RUNS; r++) {
    for (const mode of MODES) {
      const result = await loadRun(pairs.get(mode)!, accounts, SECONDS);
      runs.push({ mode, ...result });
      console.log(
        `  run ${runs.length}: ${mode.padEnd(3)} ${result.pairsPerSecond.toFixed(1)} hold+settle/s, ` +
          `CPU per hold+settle: servers ${result.cpuMsPerPair.servers} ms, PostgreSQL ${result.cpuMsPerPair.postgres} ms`,
      );
    }
  }
  const delivered = pool ? (await pool.latest()).messages : 0;
  await pool?.close();
  await Promise.all([...pairs.values()].flat().map((s) => s.stop()));

  const median = (xs: number[]) => {
    const s = [...xs].sort((x, y) => x - y);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const of = (mode: Mode, pick: (r: Run) => number) => median(runs.filter((x) => x.mode === mode).map(pick));
  const cpu = (r: Run) => r.cpuMsPerPair.servers + r.cpuMsPerPair.postgres;
  /** Each `mode` run against the mean of the nearest off runs before and after it. */
  const paired = (mode: Mode, value: (run: Run, off: Run) => number) =>
    median(
      runs.flatMap((run, i) => {
        if (run.mode !== mode) return [];
        const before = runs
          .slice(0, i)
          .reverse()
          .find((x) => x.mode === 'off');
        const after = runs.slice(i + 1).find((x) => x.mode === 'off');
        const near = [before, after].filter((x): x is Run => !!x);
        return [near.reduce((sum, off) => sum + value(run, off), 0) / near.length];
      }),
    );
  const modes = Object.fromEntries(
    MODES.map((m) => [
      m,
      {
        medianPairsPerSecond: of(m, (r) => r.pairsPerSecond),
        medianCpuMsPerPair: {
          servers: of(m, (r) => r.cpuMsPerPair.servers),
          postgres: of(m, (r) => r.cpuMsPerPair.postgres),
        },
        ...(m === 'off'
          ? {}
          : {
              /** Hold+settle per second against the neighbouring off runs. */
              rateRatio: round(paired(m, (run, off) => run.pairsPerSecond / off.pairsPerSecond)),
              /** CPU per hold+settle (servers + PostgreSQL) of the off runs over this mode's: the rate ratio when CPU-bound. */
              cpuRatio: round(paired(m, (run, off) => cpu(off) / cpu(run))),
            }),
      },
    ]),
  );
  return { runs, modes, subscribers: pool ? accounts.length : 0, messagesDelivered: delivered };
}

async function main(): Promise<void> {
  const base = process.env.DATABASE_URL;
  if (!base?.startsWith('postgres'))
    throw new Error('DATABASE_URL must point at PostgreSQL (use scripts/bench-live.sh)');
  const scratch = await createScratchDatabase('bench_live', base);
  const started = new Date();
  // Other work on the machine moves every absolute figure; the load average says how much there was.
  const loadAverageAtStart = loadavg();
  try {
    console.log(`setting up ${WORKSPACES} workspaces…`);
    const commitLog = join(mkdtempSync(join(tmpdir(), 'bench-live-')), 'commits');
    let servers = await startPair(scratch.url, true, { commitLog });
    const support = await supportToken(servers[0]!.url);
    const accounts = await inBatches(
      Array.from({ length: WORKSPACES }, (_, i) => i),
      8,
      (i) => signUp(servers[i % 2]!.url, i),
    );
    await inBatches(accounts, 16, (a) => fund(servers[0]!.url, support, a.workspaceId, '100000'));

    console.log('benchmark 7: latency, 1,000 subscribers, and the raw ws baseline…');
    const rounds = [];
    const rawServers = await startRawServers(scratch.url);
    for (const shape of LATENCY_SHAPES)
      rounds.push(await latencyRounds(servers, rawServers, accounts, shape, scratch.url));
    await Promise.all([...servers, ...rawServers].map((s) => s.stop()));
    servers = [];
    const latency = latencyFigures(rounds, readCommitLog(commitLog));
    console.log(JSON.stringify(latency, null, 2));

    console.log(
      `benchmark 6: hold+settle, fan-out off vs on, ${FANOUT_INSTANCES} instance(s) each, ${RUNS} runs each of ${SECONDS}s…`,
    );
    const throughput = await throughputPhase(scratch.url, accounts);
    console.log(JSON.stringify(throughput.modes, null, 2));

    const result = {
      startedAt: started.toISOString(),
      machine: { cpus: cpus().length, node: process.version, loadAverageAtStart, loadAverageAtEnd: loadavg() },
      settings: {
        rounds: ROUNDS,
        seconds: SECONDS,
        runs: RUNS,
        concurrency: CONCURRENCY,
        workspaces: WORKSPACES,
        fanOutInstances: FANOUT_INSTANCES,
      },
      benchmark7: {
        shapes: latency,
        target:
          'commit → subscriber p99 ≤ 1.3 × the p99 of a raw ws broadcast to the same 1,000 clients (from when the ' +
          'broadcast began); every subscriber ends on the database balance',
      },
      benchmark6: { ...throughput, target: 'ratio ≥ 0.95' },
    };
    const out = process.env.BENCH_OUT ?? join(repo, '.tmp', 'bench', 'live-latency.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    for (const shape of latency) {
      console.log(
        `\nbenchmark 7, ${shape.shape}: commit → subscriber p50 ${shape.commitToSubscriberMs.p50} ms, ` +
          `p99 ${shape.commitToSubscriberMs.p99} ms; raw ws p50 ${shape.rawBroadcastMs.p50} ms, ` +
          `p99 ${shape.rawBroadcastMs.p99} ms; p99 / raw p99 = ${shape.p99OverRawP99} (target ≤ 1.3); ` +
          `raw ws timed per group p99 ${shape.rawPerGroupMs.p99} ms (p99 / that = ${shape.p99OverRawPerGroupP99}); ` +
          `request → subscriber p99 ` +
          `${shape.requestToSubscriberMs.p99} ms; ${shape.end.onDatabaseBalance}/${shape.end.subscribers} ` +
          'on the database balance',
      );
    }
    console.log(
      `benchmark 6: on/off = ${throughput.modes.on?.rateRatio} by rate, ${throughput.modes.on?.cpuRatio} by CPU ` +
        'per operation (target ≥ 0.95 by rate)',
    );
    console.log(`wrote ${out}`);
  } finally {
    for (const child of children) child.kill('SIGKILL');
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

import type { CpuParties } from './cpu';
import type { PairProfile } from './profile';
import { shapeOf, type Captured } from './sql';

export interface Measured {
  name: string;
  unit: 'req/s' | 'pairs/s' | 'tx/s';
  rate: number;
  /** What the rate counts: requests, settled pairs, pgbench transactions. */
  operations: number;
  seconds: number;
  p50Ms?: number;
  p99Ms?: number;
  /** pgbench reports a mean latency only. */
  meanMs?: number;
  errors: string;
  cpu: CpuParties;
}

export interface LedgerTotals {
  granted: number;
  remaining: number;
  lowestGrant: number;
  heldOnAccount: number;
  deficit: number;
  activeHeld: number;
  charged: number;
  holds: number;
  settled: number;
  chargeEntries: number;
}

export interface OverdraftCheck {
  label: string;
  fundedMicro: number;
  availableMicro: number;
  totals: LedgerTotals;
  counts: { holds: number; settles: number; insufficient: number; serverErrors: number; otherErrors: number };
  problems: string[];
}

export interface Ratio {
  n: number;
  what: Measured;
  baseline: Measured;
  target: number;
  stretch?: number;
  alsoNeeds?: { what: string; ok: boolean };
}

export interface Report {
  started: Date;
  finished: Date;
  command: string;
  machine: {
    nproc: number;
    cpuModel: string;
    node: string;
    postgres: string;
    durability: Record<string, string>;
    loadStart: number[];
    loadEnd: number[];
  };
  settings: {
    connections: number;
    seconds: number;
    warmupSeconds: number;
    pgbenchThreads: number;
    workspaces: number;
    /** Server processes (HERO_PROCESSES). */
    processes: number;
  };
  results: Measured[];
  ratios: Ratio[];
  overdrafts: OverdraftCheck[];
  profile: PairProfile;
  /** What the server sent for one captured pair (one list per request) and one balance query; the script's statements. */
  sql: { pair: { name: string; statements: Captured[] }[] | null; balance: Captured[] | null; script: string[] };
  /** Benchmark 9: the server's CPU per pair over its CPU per trivial request, at most `max`. */
  cpuTarget: { n: number; what: Measured; baseline: Measured; max: number };
}

// ——— formatting ———

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const fixed = (n: number, digits: number) => n.toFixed(digits);
const pct = (n: number) => `${Math.round(n * 100)}%`;
const credits = (micro: number) => (micro / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 6 });
const ratioOf = (r: Ratio) => r.what.rate / r.baseline.rate;
const cpuPerOp = (m: Measured) =>
  (m.cpu.server + m.cpu.plain + m.cpu.postgres + m.cpu.loadGenerator) / Math.max(1, m.operations);
const cpuRatioOf = (r: Ratio) => cpuPerOp(r.baseline) / cpuPerOp(r.what);
const passes = (r: Ratio) => ratioOf(r) >= r.target && (r.alsoNeeds?.ok ?? true);
/** CPU milliseconds per operation, with the precision the size calls for. */
const perOp = (ms: number, ops: number) => {
  const v = ms / Math.max(1, ops);
  return v >= 10 ? fixed(v, 1) : v >= 1 ? fixed(v, 2) : fixed(v, 3);
};

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function verdict(r: Ratio): string {
  const ratio = ratioOf(r);
  const extra = r.alsoNeeds ? `; ${r.alsoNeeds.what}: ${r.alsoNeeds.ok ? 'yes' : '**no**'}` : '';
  if (!passes(r)) return `**missed**${extra}`;
  return r.stretch && ratio >= r.stretch ? `passes, stretch too${extra}` : `passes${extra}`;
}

// ——— what the captured SQL says ———

const serverCpuTimes = (c: Report['cpuTarget']) =>
  c.what.cpu.server / Math.max(1, c.what.operations) / (c.baseline.cpu.server / Math.max(1, c.baseline.operations));

const texts = (list: Captured[]) => list.map((c) => c.text);

/** The ledger's own statements (load and write, prepared on the driver) and the bus's NOTIFY. */
const LEDGER_PATH = new Set(['hero-ledger-load', 'hero-ledger-write']);
const isNotify = (c: Captured) => shapeOf(c.text) === 'notify';

/** The script against the capture: same statements (as verb + table), in the same order. */
function scriptMatches(pair: string[], script: string[]): { ok: boolean; detail: string } {
  const count = (list: string[]) => {
    const m = new Map<string, number>();
    for (const s of list.map(shapeOf)) m.set(s, (m.get(s) ?? 0) + 1);
    return m;
  };
  const a = count(pair);
  const b = count(script);
  const differences = [...new Set([...a.keys(), ...b.keys()])]
    .filter((k) => a.get(k) !== b.get(k))
    .map((k) => `${k}: server ${a.get(k) ?? 0}, script ${b.get(k) ?? 0}`);
  if (differences.length) return { ok: false, detail: differences.join('; ') };
  const ordered = (list: string[]) => list.map(shapeOf).join(' → ');
  return ordered(pair) === ordered(script)
    ? { ok: true, detail: '' }
    : { ok: false, detail: `order differs:\n  server: ${ordered(pair)}\n  script: ${ordered(script)}` };
}

// ——— the report ———

export function renderReport(r: Report): string {
  const at = (n: number) => r.ratios.find((x) => x.n === n);
  const [plain, trivial, balance] = [at(1)?.baseline, at(1)?.what, at(2)?.what];
  const [spread, spreadSql, hot, hotSql] = [at(4)?.what, at(4)?.baseline, at(5)?.what, at(5)?.baseline];
  const minutes = (r.finished.getTime() - r.started.getTime()) / 60_000;
  const out: string[] = [];
  /** Blocks (paragraphs, tables, lists), a blank line after each. */
  const p = (...blocks: string[]) => {
    for (const b of blocks) out.push(b, '');
  };

  p(
    '# Throughput benchmarks 1-5 and 9: ratios against baselines measured in the same run',
    `Generated by \`${r.command}\` on ${r.started.toISOString().slice(0, 16).replace('T', ' ')} UTC ` +
      `(the run took ${fixed(minutes, 1)} min). Every figure on this page comes from that one run; run the ` +
      'command again to replace the page. The targets are those of QUALITY.md ("Benchmarks: ratios measured ' +
      'side by side, in one run"); benchmarks 6-8 are measured elsewhere.',
  );

  // ——— summary ———
  p(
    '## Results',
    table(
      ['#', 'measured', 'baseline, same run', 'ratio', 'target', 'result', 'ratio of CPU per operation'],
      r.ratios
        .map((x) => [
          String(x.n),
          `${x.what.name}: ${int(x.what.rate)} ${x.what.unit}`,
          `${x.baseline.name}: ${int(x.baseline.rate)} ${x.baseline.unit}`,
          `**${fixed(ratioOf(x), 3)}**`,
          `≥ ${x.target}${x.stretch ? ` (stretch ${x.stretch})` : ''}${x.alsoNeeds ? `, ${x.alsoNeeds.what}` : ''}`,
          verdict(x),
          fixed(cpuRatioOf(x), 3),
        ])
        .concat(
          [r.cpuTarget].map((c) => {
            const x = serverCpuTimes(c);
            return [
              String(c.n),
              `server CPU per pair (${c.what.name}): ${perOp(c.what.cpu.server, c.what.operations)} ms`,
              `server CPU per request (${c.baseline.name}): ${perOp(c.baseline.cpu.server, c.baseline.operations)} ms`,
              `**${fixed(x, 1)}×**`,
              `≤ ${c.max}×`,
              x <= c.max ? 'passes' : '**missed**',
              '—',
            ];
          }),
        ),
    ),
    'A hold + settle pair (`reserveCredits` then `settleHold` of 0.01 credits, each with its own idempotency key, ' +
      'the session token as bearer) counts as one operation. A pgbench transaction is one run of its script. ' +
      'Benchmark 9 divides CPU times, not rates: the server’s (all its processes) per settled pair in the ' +
      'spread run over its CPU per `{ __typename }` request.',
    'The ratio is of the measured rates and is what the targets apply to. The last column is a cross-check ' +
      'that other work on the machine moves less: the baseline’s CPU time per operation over the measured ' +
      'one’s, all parties counted (servers, PostgreSQL, load generator; table below). It is what the rate ' +
      'ratio would be if both sides were limited by CPU alone and could use all of it; it is not, where one ' +
      'side waits on something else (one Node thread, the WAL flush of the hot-row UPDATE).',
  );

  // ——— where ———
  const d = r.machine.durability;
  const otherShares = r.results.map((m) => m.cpu.other / m.cpu.machineCapacity).sort((a, b) => a - b);
  const measuredCpu = r.results.reduce(
    (a, m) => ({ other: a.other + m.cpu.other, capacity: a.capacity + m.cpu.machineCapacity }),
    { other: 0, capacity: 0 },
  );
  p(
    '## Where and how it ran',
    [
      `- **Machine**: ${r.machine.nproc} cores (\`nproc\`), ${r.machine.cpuModel}; Node ${r.machine.node}; ` +
        `PostgreSQL ${r.machine.postgres}. Load average ${fixed(r.machine.loadStart[0]!, 2)} at the start, ` +
        `${fixed(r.machine.loadEnd[0]!, 2)} at the end.`,
      `- **Shared cores**: the machine's ${r.machine.nproc} cores are shared with other work. During this ` +
        `run's measurements other processes used ${pct(measuredCpu.other / measuredCpu.capacity)} of its CPU ` +
        `time (${pct(otherShares[0]!)} to ${pct(otherShares.at(-1)!)} from one measurement to the next; from ` +
        '/proc, per measurement below). The more they use, the lower the absolute rates, which is why they ' +
        'move from run to run. A ratio compares two measurements taken a minute or two apart; when other ' +
        'work differs between the two, the ratio moves too, which the CPU cross-check in the results table ' +
        'largely escapes.',
      `- **PostgreSQL**: the throwaway cluster of \`scripts/lib/postgres.sh\` (one database made for the run), ` +
        `with fsync ${d.fsync}, synchronous_commit ${d.synchronous_commit} and full_page_writes ` +
        `${d.full_page_writes}. The cluster runs with them off for tests; the benchmark turns them back on ` +
        '(`ALTER SYSTEM`, reload) so that commits wait for the WAL flush as in production and in the ' +
        'pgbench figures QUALITY.md quotes. `BENCH_DURABLE=0` keeps them off; the hot-row pgbench baseline ' +
        'is then several times higher.',
      `- **Load**: autocannon 8 through its programmatic API, in the benchmark's own process, ` +
        `${r.settings.connections} connections, ${r.settings.warmupSeconds} s of warm-up (thrown away) then ` +
        `${r.settings.seconds} s measured. pgbench \`-c ${r.settings.connections} ` +
        `-j ${r.settings.pgbenchThreads} -T ${r.settings.seconds}\` after a ${r.settings.warmupSeconds} s warm-up run, ` +
        '`-M prepared` for the server’s SQL (benchmark 4), `-M simple` for the one-row UPDATE (benchmark 5).',
      '- **Servers**: each in its own process, so that the load generator never shares their event loop: the ' +
        'server under test is `server/src/main.ts` started by `spawnServer` (test/support/server.ts) with ' +
        `NODE_ENV=test, LOG_LEVEL=warn and HERO_PROCESSES=${r.settings.processes}: ` +
        (r.settings.processes > 1
          ? `${r.settings.processes} server processes sharing the port through node:cluster, each `
          : 'one server process (the default), ') +
        'with a MikroORM pool of 20 connections and the live-balance bus on PostgreSQL, no subscribers, ' +
        'WEBHOOK_WORKER=false (the outbound-webhook poll, once a second whatever the load, would otherwise ' +
        'land in the capture of a pair’s SQL; no endpoint exists) and SWEEP_INTERVAL_MS=3600000 (the ' +
        'background sweep of abandoned holds, ended grants and the alerts of up to 200 workspaces runs every ' +
        '30 s by default whatever the load; once an hour it stays out of the run). Its CPU is that of all its ' +
        'processes. The ' +
        'baseline is test/bench/throughput/plain-server.ts: `node:http`, one process, reads the request body ' +
        'and answers with the exact bytes the server gives `{ __typename }`.',
      `- **Data**: ${int(r.settings.workspaces)} workspaces signed up through the API and funded with 100 ` +
        'credits each by support adjustments; the spread runs pick one at random per pair (per request for ' +
        '`balance`); one more workspace (100,000 credits) is the hot one, another (1 credit) is drained.',
    ].join('\n'),
  );

  // ——— raw figures ———
  p(
    '## Raw figures',
    table(
      [
        'measurement',
        'rate',
        'operations in the measured run',
        'seconds',
        'latency p50 / p99 (pgbench: mean)',
        'errors',
      ],
      r.results.map((m) => [
        m.name,
        `${int(m.rate)} ${m.unit}`,
        int(m.operations),
        fixed(m.seconds, 2),
        m.p50Ms !== undefined ? `${m.p50Ms} / ${m.p99Ms} ms` : `${fixed(m.meanMs ?? Number.NaN, 1)} ms`,
        m.errors,
      ]),
    ),
  );
  p(
    '### CPU time per operation',
    'Milliseconds of CPU per operation of each row (request, pair, pgbench transaction), by party, from ' +
      '/proc during the measured run: the server (all its processes and threads), the plain server, PostgreSQL ' +
      '(the postmaster and all its backends, the ones that ended included), the load generator (autocannon ' +
      'in this process, or pgbench), and the share of the whole machine other processes used meanwhile.',
    table(
      ['measurement', 'server', 'plain server', 'PostgreSQL', 'load generator', 'machine busy', 'other work'],
      r.results.map((m) => [
        m.name,
        perOp(m.cpu.server, m.operations),
        perOp(m.cpu.plain, m.operations),
        perOp(m.cpu.postgres, m.operations),
        perOp(m.cpu.loadGenerator, m.operations),
        pct(m.cpu.machineBusy / m.cpu.machineCapacity),
        pct(m.cpu.other / m.cpu.machineCapacity),
      ]),
    ),
  );

  // ——— overdrafts ———
  const allOk = r.overdrafts.every((c) => !c.problems.length);
  p(
    '## Zero overdrafts (benchmark 5)',
    'Read from the database after the server stopped (a graceful stop finishes the requests in flight, so ' +
      'nothing moves any more). The hot workspace had balance to spare during its measured and warm-up runs; ' +
      `the drain workspace got 1 credit, exactly 100 holds of 0.01, and ${r.settings.connections} connections ran ` +
      `pairs on it until it had refused ${2 * r.settings.connections} holds. Checked: no grant and no balance ` +
      'below zero, no ' +
      'deficit, available = funded − charged − still reserved, one CHARGE entry per settled hold, every settle ' +
      'answered is in the ledger (plus at most one per connection whose answer was still on the wire when a ' +
      'run stopped), no HTTP 5xx, no error but INSUFFICIENT_CREDITS, and for the drain: exactly 100 holds ' +
      `placed and nothing left. **Result: ${allOk ? 'zero overdrafts, every check holds' : 'PROBLEMS, see below'}.**`,
    table(
      [
        'workspace',
        'funded',
        'charged (settled holds)',
        'still reserved',
        'available',
        'holds placed',
        'pairs answered',
        'INSUFFICIENT_CREDITS',
        'HTTP 5xx',
        'other errors',
        'problems',
      ],
      r.overdrafts.map((c) => [
        c.label,
        credits(c.fundedMicro),
        `${credits(c.totals.charged)} (${int(c.totals.settled)})`,
        credits(c.totals.activeHeld),
        credits(c.availableMicro),
        int(c.totals.holds),
        int(c.counts.settles),
        int(c.counts.insufficient),
        int(c.counts.serverErrors),
        int(c.counts.otherErrors),
        c.problems.length ? c.problems.join('; ') : 'none',
      ]),
    ),
  );

  // ——— the SQL ———
  out.push(...sqlSection(r));

  // ——— reading ———
  const prof = r.profile;
  p(
    '## Where the time goes in hold + settle',
    `A CPU profile of the server (a separate ${fixed(prof.seconds, 0)} s run at the end, against a server ` +
      `started with \`--cpu-prof\`; ${int(prof.pairs)} pairs, ${int(prof.busyMs)} ms of sampled CPU, idle ` +
      'time left out; each sample charged to the innermost of these groups on its stack):',
    table(
      ['share of the server’s CPU', 'spent in'],
      prof.shares.map((s) => [pct(s.share), s.group]),
    ),
  );
  if (r.sql.pair) {
    const all = r.sql.pair.flatMap((q) => q.statements);
    const ledger = all.filter((c) => LEDGER_PATH.has(c.name ?? '')).length;
    const notify = all.filter(isNotify).length;
    const kernel = spread ? spread.cpu.serverKernel / Math.max(1, spread.cpu.server) : 0;
    p(
      `Per pair the server sends PostgreSQL ${all.length} statements ` +
        `(${r.sql.pair.map((q) => `${q.statements.length} for ${q.name}`).join(', ')}): ${ledger} on the ledger’s ` +
        'own path (a request whose account the process remembers at its current version writes at once, ' +
        'version-checked; otherwise it reads first; writes that meet go out together, many accounts per ' +
        `statement and commit, so under load there are fewer than this), ${notify} NOTIFY for live balances ` +
        `(folded together under load), and ${all.length - ledger - notify} after the ` +
        'change, by the checks that run on every committed ledger change (auto top-up, alerts; listed below). ' +
        `In the spread run the server spent ${perOp(spread?.cpu.server ?? 0, spread?.operations ?? 1)} ms of CPU ` +
        `per pair (all its processes), ${pct(kernel)} of it in the kernel by /proc (system calls: sockets), the ` +
        'rest in JavaScript; PostgreSQL spent ' +
        `${perOp(spreadSql?.cpu.postgres ?? 0, spreadSql?.operations ?? 1)} ms per pair running the same SQL from ` +
        `pgbench, ${perOp(spread?.cpu.postgres ?? 0, spread?.operations ?? 1)} ms behind the server.`,
    );
  }
  out.push(...missedSection(r, { plain, trivial, balance, spread, spreadSql, hot, hotSql }));
  return `${out.join('\n').trim()}\n`;
}

function sqlSection(r: Report): string[] {
  const out: string[] = ['## The SQL of a pair, and how benchmark 4’s script is made from it', ''];
  out.push(
    'Each run captures the SQL the server sends: it turns on `log_statement = all` for the cluster ' +
      '(`ALTER SYSTEM`, reload), sends one `reserveCredits`, waits until the log has been quiet for 0.3 s ' +
      '(so that work the request leaves behind after its answer counts too), then likewise one `settleHold` and ' +
      'one `balance` query (after one uncaptured pair, so that what the server keeps in memory is there), turns ' +
      'logging off and reads the new part of the PostgreSQL log, with the parameters of each prepared statement.',
    '',
    'From that capture the run writes `test/bench/throughput/hold-settle.pgbench` (test/bench/throughput/script.ts): ' +
      'the same statements with the same text in the same order, each parameter (or, in the ORM’s plain ' +
      'queries, each literal) replaced by what varies from pair to pair: the workspace (a random one of the ' +
      `${int(r.settings.workspaces)} through a \`bench_ws\` table, n → workspace and its grant; each pgbench client ` +
      'keeps to its own share of them, since it cannot read and decide again when another client’s write made ' +
      'its read stale, as the server does), the hold (md5 of a ' +
      'random `:pair`, the same in the settle), new row ids (`gen_random_uuid()`), idempotency keys (from ' +
      '`:pair`), the write’s versions, held total and deficit (read inside the write from the account row: the ' +
      'server knows them from its memory of the account or from its read), the grant’s new remaining total ' +
      '(from its row) and the entries’ seqs. ' +
      'Everything else is the captured value, passed with `-D`. pgbench runs it with `-M prepared`: the ' +
      'server’s ledger, bus and live-balance statements are prepared on the driver too; its ORM sends the ' +
      'rest as plain queries, which favours the baseline a little. The NOTIFY the server sends on its bus ' +
      'connection is sent by the same pgbench client.',
    '',
  );
  if (!r.sql.pair) {
    out.push('This run could not capture the SQL (no HERO_PG_DIR log), so the script was not made.', '');
    return out;
  }
  const all = r.sql.pair.flatMap((q) => q.statements);
  const match = scriptMatches(texts(all), r.sql.script);
  out.push(
    'The script against the capture (verb and table of each statement, in order): ' +
      (match.ok
        ? '**this run, the script matches the capture.**'
        : `**this run, the script does NOT match the capture; benchmark 4's baseline is stale**: ${match.detail}`),
    '',
    `The ${all.length} statements of one pair in this run, in the order PostgreSQL received them (literals ` +
      'elided; ledger = the ledger’s own path, bus = live balance, after = checks run on every committed change):',
    '',
  );
  let n = 0;
  for (const q of r.sql.pair) {
    out.push(`${q.name}:`, '');
    for (const c of q.statements) {
      const role = LEDGER_PATH.has(c.name ?? '') ? 'ledger' : isNotify(c) ? 'bus' : 'after';
      out.push(`${++n}. ${role}${c.name && c.name !== '<unnamed>' ? ` (\`${c.name}\`)` : ''}: \`${elide(c.text)}\``);
    }
    out.push('');
  }
  if (r.sql.balance) {
    out.push(
      `The \`balance\` query sends ${r.sql.balance.length} statements:`,
      '',
      ...r.sql.balance.map((c, i) => `${i + 1}. \`${elide(c.text)}\``),
      '',
    );
  }
  return out;
}

/** A statement short enough to read: literals and long column lists elided. */
function elide(sql: string): string {
  let s = sql
    .replace(/\s+/g, ' ')
    .replace(/'(?:[^']|'')*'/g, '…')
    .replace(/`/g, "'");
  // A long column list, up to the FROM or VALUES outside any parentheses.
  const head = /^(select|insert into \S+) /i.exec(s);
  if (head) {
    let depth = 0;
    for (let i = head[0].length; i < s.length; i++) {
      const c = s[i];
      if (c === '(') depth += 1;
      else if (c === ')') depth -= 1;
      else if (depth === 0 && /^ (from|values) /i.test(s.slice(i, i + 8))) {
        if (i - head[0].length > 60) s = `${head[1]} …${s.slice(i)}`;
        break;
      }
    }
  }
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

function missedSection(r: Report, m: Record<string, Measured | undefined>): string[] {
  const missed = r.ratios.filter((x) => !passes(x));
  const cpuX = serverCpuTimes(r.cpuTarget);
  const out: string[] = ['## Targets missed, and what would close them', ''];
  if (!missed.length && cpuX <= r.cpuTarget.max) {
    return [...out, 'None: every target of benchmarks 1-5 and 9 was met in this run.', ''];
  }
  const ms = (x: Measured | undefined, party: keyof CpuParties) => (x ? x.cpu[party] / Math.max(1, x.operations) : 0);
  const all = r.sql.pair?.flatMap((q) => q.statements) ?? [];
  const ledger = all.filter((c) => LEDGER_PATH.has(c.name ?? '')).length;
  const notify = all.filter(isNotify).length;
  const after = all.length - ledger - notify;
  const afterShapes = [
    ...new Set(all.filter((c) => !LEDGER_PATH.has(c.name ?? '') && !isNotify(c)).map((c) => shapeOf(c.text))),
  ];
  const serverMs = (x: Measured | undefined) => perOp(ms(x, 'server'), 1);
  for (const x of missed) {
    const head = `- **#${x.n}: ${fixed(ratioOf(x), 3)} against ≥ ${x.target}${x.alsoNeeds ? `, ${x.alsoNeeds.what}: ${x.alsoNeeds.ok ? 'yes' : 'no'}` : ''}.**`;
    if (x.n === 1) {
      out.push(
        `${head} The server spent ${perOp(ms(m.trivial, 'server') * 1000, 1)} µs of CPU per trivial query, the ` +
          `plain server ${perOp(ms(m.plain, 'plain') * 1000, 1)} µs: Fastify's hooks, Apollo's request ` +
          'pipeline and the validation rules run for every request.',
      );
    } else if (x.n === 2) {
      out.push(
        `${head} A \`balance\` request cost the server ${serverMs(m.balance)} ms of CPU against ` +
          `${serverMs(m.trivial)} ms for \`{ __typename }\`, and PostgreSQL ${perOp(ms(m.balance, 'postgres'), 1)} ms ` +
          `for its ${r.sql.balance?.length ?? '?'} statement(s) (listed above): the account's version and renewal ` +
          'date, one statement for all the balance reads that arrive together on a process, the rest from what ' +
          'the process remembers of the account at that version. What is left is the request itself: the bearer ' +
          'session (its hash, then memory), GraphQL resolving eight fields, a longer answer. Answering from memory ' +
          'alone, without the version read, measured about 0.7 in trial runs, but a read on one instance right ' +
          'after a change on another would then show the balance before it (docs/decisions/2026-11-30-ledger-view.md).',
      );
    } else if (x.n === 3) {
      const perPair = ms(m.spread, 'server') + ms(m.spread, 'postgres') + ms(m.spread, 'loadGenerator');
      const needed = (m.trivial?.rate ?? 0) * x.target;
      out.push(
        `${head} A pair is two requests; it cost the server ${serverMs(m.spread)} ms of CPU ` +
          `(${fixed(ms(m.spread, 'server') / Math.max(1e-9, ms(m.trivial, 'server')), 0)}× a trivial query; ` +
          `benchmark 9), PostgreSQL ${perOp(ms(m.spread, 'postgres'), 1)} ms and the load generator ` +
          `${perOp(ms(m.spread, 'loadGenerator'), 1)} ms: ${fixed(perPair, 2)} ms of CPU per pair on ` +
          `${r.machine.nproc} cores, so at most ${int((r.machine.nproc * 1000) / Math.max(1e-9, perPair))} pairs ` +
          `per second even with nothing else running, against the ${int(needed)} the target asks. PostgreSQL's ` +
          'share alone (two durable writes per pair, a read for some) leaves room for about ' +
          `${int((r.machine.nproc * 1000) / Math.max(1e-9, ms(m.spread, 'postgres')))}.`,
      );
    } else if (x.n === 4) {
      out.push(
        `${head} pgbench sends the same ${all.length} statements and PostgreSQL ran them for ` +
          `${perOp(ms(m.spreadSql, 'postgres'), 1)} ms of CPU per pair (pgbench itself ` +
          `${perOp(ms(m.spreadSql, 'loadGenerator'), 1)} ms). Through the server the same pair cost the server ` +
          `${serverMs(m.spread)} ms and PostgreSQL ${perOp(ms(m.spread, 'postgres'), 1)} ms: the server’s CPU per ` +
          `pair is the bottleneck. Of the ${all.length} statements, ${ledger} are the ledger’s own (read, ` +
          `conditional write), ${notify} the NOTIFY, and ${after} come from the checks every committed change ` +
          `starts${after ? ` (${afterShapes.map((sh) => `\`${sh}\``).join(', ')})` : ''}.`,
      );
    } else if (x.n === 5) {
      out.push(
        `${head} The hot workspace ran ${int(m.hot?.rate ?? 0)} pairs/s against ${int(m.spread?.rate ?? 0)} spread ` +
          `over ${int(r.settings.workspaces)} workspaces, at ${serverMs(m.hot)} ms of server CPU per pair ` +
          `(${serverMs(m.spread)} spread): concurrent commands of the workspace on a process are decided together ` +
          'and share one write, and the two processes contend on its version (a batch that loses twelve rounds takes ' +
          'the row lock instead). The baseline is one UPDATE per ' +
          `transaction (${int(m.hotSql?.rate ?? 0)}/s, a WAL flush each).` +
          (x.alsoNeeds && !x.alsoNeeds.ok ? ' **The overdraft checks found problems (above).**' : ''),
      );
    }
  }
  if (cpuX > r.cpuTarget.max) {
    out.push(
      `- **#9: ${fixed(cpuX, 1)}× against ≤ ${r.cpuTarget.max}×.** The server spent ${serverMs(m.spread)} ms of ` +
        `CPU per pair and ${perOp(m.trivial?.cpu.server ?? 0, m.trivial?.operations ?? 1)} ms per trivial request. ` +
        'Per pair it runs two GraphQL mutations, each with its argument validation, idempotency hash, the pure ' +
        'decision, the entry, event and answer rows serialised for the write, the write itself and the NOTIFY, ' +
        'and it hears every other process’s changes from the bus (its own it drops unread). No one part dominates ' +
        '(profile above).',
    );
  }
  const needed = (m.trivial?.rate ?? 0) * (r.ratios.find((x) => x.n === 3)?.target ?? 0.1);
  const budget = (r.machine.nproc * 1000) / Math.max(1e-9, needed);
  const others = ms(m.spread, 'postgres') + ms(m.spread, 'loadGenerator');
  out.push(
    '',
    '### What would close the gap',
    '',
    '1. **#9 and #3, the server’s CPU per pair.** What is left is spread thin: GraphQL’s argument coercion and ' +
      'validation for each mutation, the decision’s rows serialised as JSON for the write, the driver’s ' +
      'protocol work, a NOTIFY per change that every other process parses. Candidates: hearing only the changes of ' +
      'workspaces a process remembers or serves (a channel per shard instead of one), and a compact binary ' +
      'write (arrays per column instead of JSON rows).',
    `2. **#3, the machine.** The target needs server, PostgreSQL and load generator together under ${fixed(budget, 2)} ms ` +
      `of CPU per pair (${r.machine.nproc} cores over the ${int(needed)} pairs per second it asks); PostgreSQL and ` +
      `the load generator alone took ${fixed(others, 2)}, which leaves the server ${fixed(Math.max(0, budget - others), 2)} ms ` +
      'per pair for two GraphQL mutations. Beyond a leaner server, the database’s own share per pair must shrink: ' +
      'larger group commits (more accounts per statement) under more concurrency.',
    ...(missed.some((x) => x.n === 2)
      ? [
          '3. **#2.** The version read is the price of an exact balance on every instance; the rest is the ' +
            'request, which costs what a request costs.',
        ]
      : []),
    '',
  );
  return out;
}

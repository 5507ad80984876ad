import type { CpuParties } from './cpu';
import type { PairProfile } from './profile';
import { shapeOf } from './sql';

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
  settings: { connections: number; seconds: number; warmupSeconds: number; pgbenchThreads: number; workspaces: number };
  results: Measured[];
  ratios: Ratio[];
  overdrafts: OverdraftCheck[];
  profile: PairProfile;
  sql: { pair: string[] | null; balance: string[] | null; script: string[] };
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

interface Request {
  name: string;
  statements: string[];
}

/** The pair's statements, split where the settle request's authentication starts. */
function requestsOf(pair: string[]): Request[] {
  // Each request starts by authenticating: the second statement naming the session table starts settleHold.
  const second = pair.findIndex((sql, i) => i > 0 && /\bauth_session\b/.test(sql));
  const cut = second > 0 ? second : pair.length;
  return [
    { name: 'reserveCredits', statements: pair.slice(0, cut) },
    { name: 'settleHold', statements: pair.slice(cut) },
  ];
}

/** Statements from `SELECT … FOR UPDATE` to COMMIT, the lock's own statement included. */
function whileLocked(statements: string[]): number {
  const shapes = statements.map(shapeOf);
  const lock = shapes.findIndex((s) => s.endsWith('for update'));
  const commit = shapes.indexOf('COMMIT', lock);
  return lock >= 0 && commit > lock ? commit - lock + 1 : 0;
}

/** The script against the capture: same statements (as verb + table), same order but for the ones sent concurrently. */
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
  // The NOTIFY goes out on the bus's own connection and the auto top-up check runs beside the
  // answer's read, so only their count is compared, not their place.
  const ordered = (list: string[]) =>
    list
      .map(shapeOf)
      .filter((s) => s !== 'notify' && s !== 'select auto_topup')
      .join(' → ');
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
    '# Throughput benchmarks 1-5: ratios against baselines measured in the same run',
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
      r.ratios.map((x) => [
        String(x.n),
        `${x.what.name}: ${int(x.what.rate)} ${x.what.unit}`,
        `${x.baseline.name}: ${int(x.baseline.rate)} ${x.baseline.unit}`,
        `**${fixed(ratioOf(x), 3)}**`,
        `≥ ${x.target}${x.stretch ? ` (stretch ${x.stretch})` : ''}${x.alsoNeeds ? `, ${x.alsoNeeds.what}` : ''}`,
        verdict(x),
        fixed(cpuRatioOf(x), 3),
      ]),
    ),
    'A hold + settle pair (`reserveCredits` then `settleHold` of 0.01 credits, each with its own idempotency key, ' +
      'the session token as bearer) counts as one operation. A pgbench transaction is one run of its script.',
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
        `${r.settings.seconds} s measured. pgbench \`-M simple -c ${r.settings.connections} ` +
        `-j ${r.settings.pgbenchThreads} -T ${r.settings.seconds}\` after a ${r.settings.warmupSeconds} s warm-up run.`,
      '- **Servers**: each in its own process, so that the load generator never shares their event loop: the ' +
        'server under test is `server/src/main.ts` started by `spawnServer` (test/support/server.ts) with ' +
        'NODE_ENV=test and LOG_LEVEL=warn, one process, MikroORM pool of 20 connections, live-balance bus ' +
        'on PostgreSQL, no subscribers. The baseline is test/bench/throughput/plain-server.ts: `node:http`, ' +
        'reads the request body and answers with the exact bytes the server gives `{ __typename }`.',
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
      '/proc during the measured run: the server process (all its threads), the plain server, PostgreSQL ' +
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
  const orm = prof.shares.find((s) => s.group.startsWith('MikroORM'))?.share ?? 0;
  const driver = prof.shares.find((s) => s.group.startsWith('pg driver'))?.share ?? 0;
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
    const reqs = requestsOf(r.sql.pair);
    const locked = reqs.map((q) => whileLocked(q.statements));
    const serverMs = spread ? spread.cpu.server / Math.max(1, spread.operations) : Number.NaN;
    p(
      `Per pair the server sends PostgreSQL ${r.sql.pair.length} statements, one round trip each ` +
        `(${reqs.map((q) => `${q.statements.length} for ${q.name}`).join(', ')}); ` +
        `${locked.join(' + ')} of them run while the workspace's account row is locked (from ` +
        '`SELECT … FOR UPDATE` to COMMIT). In the spread run the server spent ' +
        `${perOp(spread?.cpu.server ?? 0, spread?.operations ?? 1)} ms of CPU per pair, about ` +
        `${fixed(serverMs / r.sql.pair.length, 2)} ms per statement, ${pct(orm + driver)} of it in MikroORM, ` +
        'knex and the pg driver. That per-statement cost, times the number of statements, is the main cost of ' +
        'the hold + settle path; PostgreSQL itself spent ' +
        `${perOp(spreadSql?.cpu.postgres ?? 0, spreadSql?.operations ?? 1)} ms per pair running the same SQL ` +
        'from pgbench.',
    );
  }
  out.push(...missedSection(r, { plain, trivial, balance, spread, spreadSql, hot, hotSql }));
  return `${out.join('\n').trim()}\n`;
}

function sqlSection(r: Report): string[] {
  const out: string[] = ['## How the pgbench script of benchmark 4 was derived', ''];
  out.push(
    'The script is `test/bench/throughput/hold-settle.pgbench`. It was written from a capture of the SQL the ' +
      'server sends for one pair: the run turns on `log_statement = all` for the cluster (`ALTER SYSTEM`, ' +
      'reload), sends one `reserveCredits` and one `settleHold` through the same requests the load generator ' +
      'uses, turns logging off and reads the new part of the PostgreSQL log. The script has the same ' +
      'statements in the same order with the same SQL text, in simple-query mode like the server (MikroORM ' +
      'sends literals inline); values the server computes in JavaScript (ids, keys, timestamps, the new ' +
      '`remaining_micro`, `held_micro` and `version`) are computed from the same rows in SQL or with pgbench ' +
      '`\\gset`/`\\set`, so nothing adds a round trip. The session is found by `token_hash` through a ' +
      'sub-select on a `bench_ws` table (n → token hash of the n-th workspace) inside the session query, and ' +
      '`\\set n random(1, 1000)` picks the workspace. The NOTIFY the server sends on its bus connection is ' +
      'sent by the same pgbench client.',
    '',
  );
  if (!r.sql.pair) {
    out.push('This run could not capture the SQL (no HERO_PG_DIR log), so the script was not checked.', '');
    return out;
  }
  const match = scriptMatches(r.sql.pair, r.sql.script);
  out.push(
    `Every run repeats the capture and compares it with the script (verb and table of each statement): ` +
      (match.ok
        ? '**this run, the script matches the capture.**'
        : `**this run, the script does NOT match the capture; benchmark 4's baseline is stale**: ${match.detail}`),
    '',
    'The statements of one pair in this run, in the order PostgreSQL received them (literals elided):',
    '',
  );
  let n = 0;
  for (const q of requestsOf(r.sql.pair)) {
    out.push(`${q.name}:`, '');
    for (const s of q.statements) out.push(`${++n}. \`${elide(s)}\``);
    out.push('');
  }
  if (r.sql.balance) {
    out.push(
      `The \`balance\` query sends ${r.sql.balance.length} statements:`,
      '',
      ...r.sql.balance.map((s, i) => `${i + 1}. \`${elide(s)}\``),
      '',
    );
  }
  return out;
}

const authStatements = (statements: string[] | null) =>
  (statements ?? []).map(shapeOf).filter((s) => s === 'select auth_session' || s === 'select membership').length;

/** Round trips of a pair once its ledger writes are one statement each and the reads 3-4 remove are gone. */
function afterImprovements(pair: string[]): number {
  let left = 0;
  let inTransaction = false;
  for (const shape of pair.map(shapeOf)) {
    if (shape === 'BEGIN') {
      inTransaction = true;
      left += 1;
    } else if (shape === 'COMMIT') {
      inTransaction = false;
    } else if (inTransaction) {
      continue;
    } else if (
      !['select auth_session', 'select membership', 'select credit_hold', 'select auto_topup'].includes(shape)
    ) {
      left += 1;
    }
  }
  return left;
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
  const out: string[] = ['## Targets missed, and why', ''];
  if (!missed.length) return [...out, 'None: every target of benchmarks 1-5 was met in this run.', ''];
  const ms = (x: Measured | undefined, party: keyof CpuParties) => (x ? x.cpu[party] / Math.max(1, x.operations) : 0);
  const pair = r.sql.pair?.length ?? 0;
  const lockedPer = r.sql.pair ? requestsOf(r.sql.pair).map((q) => whileLocked(q.statements)) : [];
  const locked = lockedPer.reduce((a, b) => a + b, 0);
  const serverCore = (x: Measured | undefined) => (x ? x.cpu.server / (x.seconds * 1000) : 0);
  for (const x of missed) {
    const head = `- **#${x.n}: ${fixed(ratioOf(x), 3)} against ≥ ${x.target}.**`;
    if (x.n === 1) {
      out.push(
        `${head} The server spent ${perOp(ms(m.trivial, 'server') * 1000, 1)} µs of CPU per trivial query, the ` +
          `plain server ${perOp(ms(m.plain, 'plain') * 1000, 1)} µs: Fastify's hooks, Apollo's request ` +
          'pipeline and the validation rules run for every request.',
      );
    } else if (x.n === 2) {
      out.push(
        `${head} A \`balance\` request cost the server ${perOp(ms(m.balance, 'server'), 1)} ms of CPU against ` +
          `${perOp(ms(m.trivial, 'server'), 1)} ms for \`{ __typename }\` ` +
          `(${fixed(ms(m.balance, 'server') / Math.max(1e-9, ms(m.trivial, 'server')), 0)}×), and PostgreSQL ` +
          `${perOp(ms(m.balance, 'postgres'), 1)} ms. The difference is its ${r.sql.balance?.length ?? '?'} ` +
          'SQL statements (listed above), each built, sent and read through MikroORM or the pg driver; ' +
          `${authStatements(r.sql.balance)} of them only authenticate the session.`,
      );
    } else if (x.n === 3) {
      out.push(
        `${head} A pair is two requests and ${pair} statements; it cost the server ` +
          `${perOp(ms(m.spread, 'server'), 1)} ms of CPU, ${fixed(ms(m.spread, 'server') / Math.max(1e-9, ms(m.trivial, 'server')), 0)}× ` +
          'a trivial query, most of it in the per-statement work of the ORM and the driver (profile above). ' +
          `The server process used ${fixed(serverCore(m.spread), 2)} cores' worth of CPU during the run` +
          (serverCore(m.spread) >= 0.85
            ? ': its one JavaScript thread was saturated, and one process cannot use the second core.'
            : ', less than one core, because PostgreSQL and other work took their share of the two.'),
      );
    } else if (x.n === 4) {
      out.push(
        `${head} pgbench sends the same ${pair} statements and PostgreSQL ran them for ` +
          `${perOp(ms(m.spreadSql, 'postgres'), 1)} ms of CPU per pair (pgbench itself ` +
          `${perOp(ms(m.spreadSql, 'loadGenerator'), 2)} ms). Through the server, the same pair cost the server ` +
          `${perOp(ms(m.spread, 'server'), 1)} ms and PostgreSQL ${perOp(ms(m.spread, 'postgres'), 1)} ms: the ` +
          'bottleneck is the server process, not the database. The server is one Node process on one core; ' +
          'PostgreSQL spreads its backends over both. (PostgreSQL also spends more per pair behind the server ' +
          'than behind pgbench; the same statements arrive more slowly, so its backends sleep and wake more ' +
          'often between them; that is an explanation, not a measurement.)',
      );
    } else if (x.n === 5) {
      out.push(
        `${head} The hot row is locked for ${locked} round trips per pair through the server's event loop ` +
          `(which is busy with all other requests meanwhile), against one statement for the baseline's ` +
          `UPDATE. Yet the pair rate on the hot workspace (${int(m.hot?.rate ?? 0)}/s) is of the order of the ` +
          `spread rate (${int(m.spread?.rate ?? 0)}/s), and the server's CPU per pair is about the same in both ` +
          `(${perOp(ms(m.hot, 'server'), 1)} and ${perOp(ms(m.spread, 'server'), 1)} ms): the server's CPU ` +
          'per pair, not the lock, sets both today. Once the CPU per pair falls, the round trips under the ' +
          'lock become the limit.' +
          (x.alsoNeeds && !x.alsoNeeds.ok ? ' **The overdraft checks found problems (above).**' : ''),
      );
    }
  }
  out.push(
    '',
    '### What would close the gap',
    '',
    `Ordered by expected effect on hold + settle (${pair} statements per pair today):`,
    '',
    '1. **Take MikroORM off the hot path.** The profile puts most of the server’s CPU in MikroORM, knex and ' +
      'the pg driver, per statement. The live-balance snapshot already runs a named prepared statement straight ' +
      'on the pg driver (ledger.subscriptions.ts); doing the same for the session lookup, the hold reads and the ' +
      'ledger write removes query building, entity hydration and change-set computation, and lets PostgreSQL ' +
      'skip parsing and planning each statement.',
    '2. **One round trip inside the row lock.** Each ledger write is `BEGIN`, the idempotency insert, ' +
      '`SELECT … FOR UPDATE`, reads of grants and the hold, one INSERT or UPDATE per changed row and the ' +
      `idempotency answer, then \`COMMIT\`: ${lockedPer.join(' and ') || 'several'} round trips hold the lock ` +
      '(reserveCredits, settleHold). One statement (a ' +
      'data-modifying CTE, or a PL/pgSQL function that locks, decides and writes) keeps the lock for one round ' +
      'trip; this is what lifts the hot-workspace rate (benchmark 5) once the CPU per pair is down.',
    '3. **Authenticate from memory.** Two statements per request (session with its user, membership) only ' +
      'resolve the bearer token: 4 of a pair’s statements and 2 of the `balance` query’s. A short-lived ' +
      'in-process cache keyed by token hash, emptied on sign-out, revocation and membership changes through the ' +
      'existing bus, removes them.',
    '4. **Do not read back what was just written.** `reserveCredits` and `settleHold` read the hold again after ' +
      'commit and `settleHold` also before its transaction (3 statements per pair); the ledger write already ' +
      'has the row. The auto top-up check reads `auto_topup` after every commit (2 per pair); keep the ' +
      'setting in memory per workspace, invalidated through the bus, and read it only when the balance falls ' +
      'below a threshold.',
    '5. **Use both cores.** One Node process uses at most one core; a second server process (Node cluster, or ' +
      'two behind the proxy) can use what PostgreSQL leaves of the other. On two cores shared with ' +
      'PostgreSQL this helps less than 1-4, which cut the work itself.',
  );
  if (r.sql.pair) {
    const left = afterImprovements(r.sql.pair);
    out.push(
      '',
      `Items 2-4 together take a pair from ${pair} round trips to ${left} (one per ledger write, plus the ` +
        'NOTIFYs after commit), and item 1 makes each of them cheaper.',
    );
  }
  out.push('');
  return out;
}

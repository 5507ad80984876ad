import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import pg from 'pg';

/**
 * A statement reduced to what the comparison needs: verb and first table (`select credit_account`), `write
 * credit_account` for a data-modifying CTE, `notify` for pg_notify.
 */
export function shapeOf(sql: string): string {
  const s = sql.trim().replace(/;$/, '');
  if (/pg_notify/i.test(s)) return 'notify';
  const verb = s.split(/\s+/, 1)[0]!.toLowerCase();
  if (verb === 'begin' || verb === 'commit' || verb === 'rollback') return verb.toUpperCase();
  const table = /\b(?:from|into|update)\s+"?([a-z_][a-z0-9_]*)"?/i.exec(s)?.[1] ?? '?';
  if (verb === 'with') return `write ${table}`;
  return `${verb} ${table}${/\bfor update\b/i.test(s) ? ' for update' : ''}`;
}

/** The SQL statements of a pgbench script, in order (meta-commands and comments left out; one per line). */
export function scriptStatements(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('--') && !line.startsWith('\\'))
    .map((line) => line.replace(/\s*\\[ag]set\b.*$/, '').trim());
}

/**
 * Sets cluster-wide parameters (ALTER SYSTEM) and reloads the configuration, which applies them to
 * open sessions too; returns once a new session sees them. Only for parameters a reload changes.
 */
export async function setSystem(url: string, settings: Record<string, string | null>): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (const [name, value] of Object.entries(settings)) {
      if (!/^[a-z_]+$/.test(name) || (value !== null && !/^[a-z0-9_]+$/.test(value))) throw new Error(`bad ${name}`);
      await admin.query(value === null ? `ALTER SYSTEM RESET ${name}` : `ALTER SYSTEM SET ${name} = '${value}'`);
    }
    await admin.query('SELECT pg_reload_conf()');
  } finally {
    await admin.end();
  }
  // The postmaster rereads the files and signals every backend; a new session then has the values.
  for (let i = 0; ; i++) {
    const shown = await showSettings(url, Object.keys(settings));
    if (Object.entries(settings).every(([name, value]) => value === null || shown[name] === value)) return;
    if (i === 100) throw new Error(`settings not applied: ${JSON.stringify(shown)}`);
  }
}

export async function showSettings(url: string, names: string[]): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ name: string; setting: string }>(
      'select name, setting from pg_settings where name = any($1::text[])',
      [names],
    );
    return Object.fromEntries(r.rows.map((row) => [row.name, row.setting]));
  } finally {
    await c.end();
  }
}

/** A statement as PostgreSQL logged it: its text, the prepared statement's name and its parameters, if any. */
export interface Captured {
  /** The prepared statement's name (`hero-ledger-write`), '<unnamed>', or null for a simple query. */
  name: string | null;
  text: string;
  /** $1, $2, … as logged (NULL as null); empty for a simple query. */
  params: (string | null)[];
}

/**
 * Every statement the server sends PostgreSQL while `run` runs and until the log has been quiet for
 * `quietMs` (work a request leaves behind, after its answer, counts too), in log order: turns on
 * `log_statement = all` for the cluster, runs the work, waits, turns it off and reads the new part of the
 * server log. Nothing else may use the cluster meanwhile.
 */
export async function captureStatements(
  adminUrl: string,
  logFile: string,
  run: () => Promise<void>,
  quietMs = 300,
): Promise<Captured[]> {
  const from = statSync(logFile).size;
  await setSystem(adminUrl, { log_statement: 'all' });
  try {
    await run();
    for (let size = -1; size !== statSync(logFile).size;) {
      size = statSync(logFile).size;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
    }
  } finally {
    await setSystem(adminUrl, { log_statement: null });
  }
  return statementsIn(readFrom(logFile, from)).filter((s) => !isProbe(s.text));
}

/** Ours, or the bus's periodic liveness check of its LISTEN connection: not part of an operation. */
const isProbe = (sql: string) =>
  /^(ALTER SYSTEM|SELECT pg_reload_conf|select name, setting from pg_settings|select 1$)/i.test(sql);

function readFrom(file: string, offset: number): string {
  const size = statSync(file).size;
  const buf = Buffer.alloc(Math.max(0, size - offset));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, buf.length, offset);
  } finally {
    closeSync(fd);
  }
  return buf.toString('utf8');
}

/** `$1 = '…', $2 = NULL` as logged, quotes doubled inside values. */
function parametersOf(detail: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const m of detail.matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g)) {
    out[Number(m[1]) - 1] = m[2] === 'NULL' ? null : m[3]!.replace(/''/g, "'");
  }
  return out;
}

function statementsIn(log: string): Captured[] {
  // Default log_line_prefix '%m [%p] ': "2026-01-01 12:00:00.000 UTC [123] LOG:  statement: …" or
  // "… LOG:  execute <name>: …" then "… DETAIL:  parameters: $1 = '…'"; the further lines of a
  // multi-line statement follow, each starting with a tab.
  const line = /\[(\d+)\] (LOG|DETAIL):\s+(?:statement: |execute ([^:]+): |parameters: )(.*)$/;
  const out: Captured[] = [];
  /** The last statement of each backend, for its DETAIL line. */
  const lastOf = new Map<string, Captured>();
  let open: Captured | null = null;
  for (const text of log.split('\n')) {
    const m = line.exec(text);
    if (m && m[2] === 'LOG') {
      const statement: Captured = { name: m[3] ?? null, text: m[4]!, params: [] };
      out.push(statement);
      lastOf.set(m[1]!, statement);
      open = statement;
    } else if (m && m[2] === 'DETAIL') {
      const statement = lastOf.get(m[1]!);
      if (statement) statement.params = parametersOf(m[4]!);
      open = null;
    } else if (open && text.startsWith('\t')) {
      open.text += ` ${text.trim()}`;
    } else {
      open = null;
    }
  }
  return out;
}

export interface PgbenchRun {
  tps: number;
  transactions: number;
  failed: number;
  latencyMs: number;
  /** Clients that stopped on an error (pgbench keeps the others going). */
  aborted: boolean;
  /** The first error pgbench printed, if any. */
  firstError: string | null;
  output: string;
}

export async function pgbench(
  bin: string,
  url: string,
  opts: {
    script: string;
    clients: number;
    threads: number;
    seconds: number;
    defines?: Record<string, string>;
    /** simple (default): query strings; prepared: each statement parsed and planned once per connection. */
    mode?: 'simple' | 'prepared';
  },
): Promise<PgbenchRun> {
  const args = [
    '-n', // no pgbench_* tables to vacuum
    '-M',
    opts.mode ?? 'simple',
    '-c',
    String(opts.clients),
    '-j',
    String(opts.threads),
    '-T',
    String(opts.seconds),
    '-f',
    opts.script,
    ...Object.entries(opts.defines ?? {}).flatMap(([k, v]) => ['-D', `${k}=${v}`]),
    url,
  ];
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const num = (re: RegExp) => Number(re.exec(output)?.[1] ?? Number.NaN);
  const run: PgbenchRun = {
    tps: num(/tps = ([\d.]+) \(without initial connection time\)/),
    transactions: num(/number of transactions actually processed: (\d+)/),
    failed: num(/number of failed transactions: (\d+)/) || 0,
    latencyMs: num(/latency average = ([\d.]+) ms/),
    aborted: /aborted|error/i.test(output) || code !== 0,
    firstError: output.split('\n').find((line) => /error/i.test(line)) ?? null,
    output,
  };
  if (!Number.isFinite(run.tps)) throw new Error(`pgbench failed (exit ${code}):\n${output}`);
  return run;
}

export const readScript = (path: string) => readFileSync(path, 'utf8');

import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import pg from 'pg';

/** A statement reduced to what the comparison needs: verb and table (`select credit_account for update`). */
export function shapeOf(sql: string): string {
  const s = sql.trim().replace(/;$/, '');
  if (/pg_notify/i.test(s)) return 'notify';
  const verb = s.split(/\s+/, 1)[0]!.toLowerCase();
  if (verb === 'begin' || verb === 'commit' || verb === 'rollback') return verb.toUpperCase();
  const table = /\b(?:from|into|update)\s+"([^"]+)"/i.exec(s)?.[1] ?? '?';
  return `${verb} ${table}${/\bfor update\b/i.test(s) ? ' for update' : ''}`;
}

/** The SQL statements of a pgbench script, in order (meta-commands and comments left out). */
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

/**
 * Every statement the server sends PostgreSQL while `run` runs, in log order: turns on
 * `log_statement = all` for the cluster, runs the work, turns it off again and reads the new part of
 * the server log. Nothing else may use the cluster meanwhile.
 */
export async function captureStatements(
  adminUrl: string,
  logFile: string,
  run: () => Promise<void>,
): Promise<string[]> {
  const from = statSync(logFile).size;
  await setSystem(adminUrl, { log_statement: 'all' });
  try {
    await run();
  } finally {
    await setSystem(adminUrl, { log_statement: null });
  }
  return statementsIn(readFrom(logFile, from)).filter((sql) => !isProbe(sql));
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

function statementsIn(log: string): string[] {
  // Default log_line_prefix '%m [%p] ': "2026-01-01 12:00:00.000 UTC [123] LOG:  statement: …"; the
  // further lines of a multi-line statement follow, each starting with a tab.
  const line = /\[\d+\] LOG:\s+(?:statement|execute [^:]+): (.*)$/;
  const out: string[] = [];
  let open = false;
  for (const text of log.split('\n')) {
    const m = line.exec(text);
    if (m) out.push(m[1]!);
    else if (open && text.startsWith('\t')) out[out.length - 1] += ` ${text.trim()}`;
    open = Boolean(m) || (open && text.startsWith('\t'));
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
  output: string;
}

export async function pgbench(
  bin: string,
  url: string,
  opts: { script: string; clients: number; threads: number; seconds: number; defines?: Record<string, string> },
): Promise<PgbenchRun> {
  const args = [
    '-n', // no pgbench_* tables to vacuum
    '-M',
    'simple', // the server's driver sends plain query strings too
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
    output,
  };
  if (!Number.isFinite(run.tps)) throw new Error(`pgbench failed (exit ${code}):\n${output}`);
  return run;
}

export const readScript = (path: string) => readFileSync(path, 'utf8');

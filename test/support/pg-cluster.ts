/**
 * A private PostgreSQL cluster for tests that stop the database: crash and outage tests. Never the shared
 * one of the test command (scripts/lib/postgres.sh), which other test files use at the same time.
 *
 * It runs durable by default (fsync, synchronous_commit and full_page_writes on): with synchronous_commit
 * off, an immediate stop loses the commits of the last few hundred milliseconds, which PostgreSQL had
 * already acknowledged. A crash test on such a cluster cannot tell that loss from a bug of ours.
 *
 * Binaries and the unprivileged owner are found exactly as postgres.sh finds them: initdb refuses to run
 * as root, so as root every PostgreSQL command runs as the system user `herotest` (created when missing).
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

const OWNER = process.env.HERO_PG_USER ?? 'herotest';
const isRoot = process.getuid?.() === 0;

export const DURABLE_SETTINGS = { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' } as const;

export interface PgCluster {
  readonly port: number;
  readonly dataDir: string;
  /** The URL of a database on this cluster (`postgres` when none is named). */
  url(database?: string): string;
  /** A new empty database; returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** One statement as the superuser, on `database` (default `postgres`). */
  query<R extends pg.QueryResultRow = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
    database?: string,
  ): Promise<R[]>;
  /** `pg_ctl -m immediate stop`: every PostgreSQL process ends at once, like a crash, with no checkpoint. */
  stopImmediately(): Promise<void>;
  /** Starts again on the same data directory and port; returns once connections are accepted (after recovery). */
  start(): Promise<void>;
  running(): boolean;
  /** Stops (if running) and deletes the data directory. Safe to call twice. */
  destroy(): Promise<void>;
}

/** The directory holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPgBin(): string | null {
  const has = (d: string | null | undefined): d is string =>
    !!d && existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl'));
  const candidates = [
    process.env.PG_BIN,
    '/usr/lib/postgresql/15/bin',
    '/usr/pgsql-15/bin',
    '/usr/local/pgsql/bin',
    commandOutput('pg_config', ['--bindir']),
  ];
  const found = candidates.find(has);
  if (found) return found;
  // Any other installed major version, newest first.
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const versioned = majors.map((v) => join(root, v, 'bin')).find(has);
  if (versioned) return versioned;
  const initdb = commandOutput('sh', ['-c', 'command -v initdb']);
  return initdb && has(dirname(initdb)) ? dirname(initdb) : null;
}

/** Starts a fresh cluster on a free 127.0.0.1 port; durable unless `settings` say otherwise. */
export async function startPgCluster(opts: { settings?: Record<string, string> } = {}): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin) throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found; set PG_BIN');
  const owner = isRoot ? ensureOwner() : null;
  // As root the directory lives in /tmp, where the unprivileged owner can reach it.
  const dir = mkdtempSync(join(isRoot ? '/tmp' : tmpdir(), 'hero-pg-private.'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const cluster = new PrivateCluster(bin, dir, owner);
  try {
    await cluster.init();
    await cluster.startOnFreePort(opts.settings ?? {});
  } catch (err) {
    await cluster.destroy();
    throw err;
  }
  return cluster;
}

class PrivateCluster implements PgCluster {
  port = 0;
  private up = false;
  private destroyed = false;
  // A test process that dies without its afterAll must not leave a postmaster behind.
  private readonly onExit = () => {
    if (this.up) this.killPostmaster();
  };

  constructor(
    private readonly bin: string,
    private readonly dir: string,
    private readonly owner: { uid: number; gid: number } | null,
  ) {
    process.once('exit', this.onExit);
  }

  get dataDir(): string {
    return join(this.dir, 'data');
  }

  async init(): Promise<void> {
    // --no-sync: the files initdb writes only have to survive a PostgreSQL crash, and the page cache keeps them.
    const initdb = ['-D', this.dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'];
    await this.asOwner(join(this.bin, 'initdb'), initdb);
    await this.asOwner('mkdir', ['-m', '0700', join(this.dir, 'sock')]);
    this.writeOwned(
      join(this.dataDir, 'pg_hba.conf'),
      ['local all all trust', 'host all all 127.0.0.1/32 trust', ''].join('\n'),
    );
    // Settings in a file of their own, included last: postgresql.auto.conf stays free for ALTER SYSTEM in tests.
    appendFileSync(join(this.dataDir, 'postgresql.conf'), "\ninclude 'hero-test.conf'\n");
  }

  async startOnFreePort(overrides: Record<string, string>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      this.port = await freePort();
      this.writeOwned(join(this.dataDir, 'hero-test.conf'), this.settings(overrides));
      try {
        await this.start();
        return;
      } catch (err) {
        // Most likely the port was taken between picking and binding it: try another.
        if (attempt >= 3) throw new Error(`PostgreSQL did not start:\n${tail(this.logFile)}`, { cause: err });
      }
    }
  }

  url(database = 'postgres'): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async createDatabase(name: string): Promise<string> {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bad database name ${name}`);
    await this.query(`CREATE DATABASE ${name}`);
    return this.url(name);
  }

  async query<R extends pg.QueryResultRow = Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
    database = 'postgres',
  ): Promise<R[]> {
    const client = new pg.Client({ connectionString: this.url(database) });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return (await client.query<R>(sql, params)).rows;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  async stopImmediately(): Promise<void> {
    await this.pgCtl(['-m', 'immediate', '-w', '-t', '60', 'stop']);
    this.up = false;
  }

  async start(): Promise<void> {
    await this.pgCtl(['-l', this.logFile, '-w', '-t', '120', 'start']);
    this.up = true;
  }

  running(): boolean {
    return this.up;
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    process.off('exit', this.onExit);
    if (this.up) await this.stopImmediately().catch(() => this.killPostmaster());
    this.up = false;
    rmSync(this.dir, { recursive: true, force: true });
  }

  private get logFile(): string {
    return join(this.dir, 'postgres.log');
  }

  private settings(overrides: Record<string, string>): string {
    const settings: Record<string, string> = {
      listen_addresses: "'127.0.0.1'",
      port: String(this.port),
      unix_socket_directories: `'${join(this.dir, 'sock')}'`,
      max_connections: '100',
      shared_buffers: '32MB',
      ...DURABLE_SETTINGS,
      logging_collector: 'off',
      log_min_messages: 'warning',
      dynamic_shared_memory_type: 'posix',
      ...overrides,
    };
    return Object.entries(settings)
      .map(([k, v]) => `${k} = ${v}\n`)
      .join('');
  }

  private pgCtl(args: string[]) {
    return this.asOwner(join(this.bin, 'pg_ctl'), ['-D', this.dataDir, ...args]);
  }

  private asOwner(cmd: string, args: string[]) {
    return run(...ownerCommand(cmd, args, this.owner !== null), { cwd: this.dir });
  }

  private writeOwned(file: string, text: string): void {
    writeFileSync(file, text, { mode: 0o600 });
    if (this.owner) chownSync(file, this.owner.uid, this.owner.gid);
  }

  private killPostmaster(): void {
    const pidFile = join(this.dataDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!Number.isInteger(pid) || pid <= 0) return;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** `cmd args` as the cluster's owner: runuser where there is one, else setpriv (as postgres.sh does). */
function ownerCommand(cmd: string, args: string[], asOther: boolean): [string, string[]] {
  if (!asOther) return [cmd, args];
  if (commandOutput('sh', ['-c', 'command -v runuser'])) return ['runuser', ['-u', OWNER, '--', cmd, ...args]];
  return ['setpriv', [`--reuid=${OWNER}`, `--regid=${OWNER}`, '--init-groups', '--', cmd, ...args]];
}

/** The unprivileged owner of test clusters, created as postgres.sh creates it. */
function ensureOwner(): { uid: number; gid: number } {
  const ids = () => ({
    uid: Number(commandOutput('id', ['-u', OWNER])),
    gid: Number(commandOutput('id', ['-g', OWNER])),
  });
  if (commandOutput('id', ['-u', OWNER]) === null) {
    try {
      execFileSync(
        'useradd',
        [
          '--system',
          '--user-group',
          '--no-create-home',
          '--home-dir',
          '/nonexistent',
          '--shell',
          '/usr/sbin/nologin',
          OWNER,
        ],
        { stdio: 'ignore' },
      );
    } catch {
      // Another run may have created it at the same moment; checked below.
    }
    if (commandOutput('id', ['-u', OWNER]) === null) throw new Error(`could not create the system user ${OWNER}`);
  }
  return ids();
}

function commandOutput(cmd: string, args: string[]): string | null {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '@hero/server/src/assemble';
import type { AiProvider } from '@hero/server/src/modules/ai/ai.provider';
import type { Clock } from '@hero/server/src/platform/clock';
import { loadConfig } from '@hero/server/src/platform/config';
import { expectLedgerAudited } from './audit';
import { createScratchDatabase, type ScratchDatabase } from './pg-harness';

/** The support staff account of the test helpers: signed up, then granted the role as an operator does. */
export const SUPPORT_EMAIL = 'support@hero.test';

/** The database behind each server URL, so helpers can act on it as an operator would (staff:grant). */
const databases = new Map<string, string>();
export function databaseOf(url: string): string {
  const databaseUrl = databases.get(url);
  if (!databaseUrl) throw new Error(`no test server at ${url}`);
  return databaseUrl;
}

export const dbKind = (): 'postgresql' | 'sqlite' =>
  process.env.DATABASE_URL?.startsWith('postgres') ? 'postgresql' : 'sqlite';

export interface TestServer extends RunningServer {
  databaseUrl: string;
  stop(): Promise<void>;
}

/** A real server on a free port and a fresh database of the kind under test (DATABASE_URL or SQLite). */
export async function startTestServer(
  opts: { clock?: Clock; env?: Record<string, string>; scratch?: ScratchDatabase; ai?: AiProvider } = {},
): Promise<TestServer> {
  const scratch = opts.scratch ?? (await createScratchDatabase('it'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: scratch.url,
    SERVE_CLIENT: 'false',
    // Each server its own mail folder, so test/support/mail.ts reads only what this server sent.
    MAIL_DIR: mkdtempSync(join(tmpdir(), 'hero-mail-')),
    ...opts.env,
  });
  const server = await startServer(config, { clock: opts.clock, ai: opts.ai });
  databases.set(server.url, scratch.url);
  return {
    ...server,
    databaseUrl: scratch.url,
    async stop() {
      try {
        await expectLedgerAudited(server); // the ledger must agree with the independent auditor after every file
      } finally {
        await server.close();
        if (!opts.scratch) await scratch.drop();
      }
    },
  };
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Two server processes on one new scratch database, as two instances of one deployment. */
export interface TwoProcesses {
  a: ServerProcess;
  b: ServerProcess;
  /** Stops both and drops the database. */
  stop(): Promise<void>;
}

/** Starts TwoProcesses on a scratch database named after `name` (the first runs the migrations). */
export async function startTwoProcesses(name: string, env: Record<string, string> = {}): Promise<TwoProcesses> {
  const scratch = await createScratchDatabase(name);
  const a = await spawnServer(scratch.url, env);
  const b = await spawnServer(scratch.url, env);
  return {
    a,
    b,
    async stop() {
      await Promise.all([a.stop(), b.stop()]);
      await scratch.drop();
    },
  };
}

/**
 * The server as its own OS process (multi-instance and crash tests, benchmarks), on the given database.
 * `entry` replaces src/main.ts (resolved from server/), `nodeArgs` go before the module loader.
 */
export async function spawnServer(
  databaseUrl: string,
  env: Record<string, string> = {},
  /** `onOutput` gets every line the server writes to stdout (its JSON log lines included). */
  opts: { entry?: string; nodeArgs?: string[]; onOutput?: (line: string) => void } = {},
): Promise<ServerProcess> {
  const serverDir = join(__dirname, '..', '..', 'server');
  const args = [...(opts.nodeArgs ?? []), '-r', '@swc-node/register', opts.entry ?? 'src/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      SERVE_CLIENT: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      opts.onOutput?.(line);
      try {
        const msg = JSON.parse(line) as { event?: string; url?: string };
        if (msg.event === 'listening' && msg.url) resolve(msg.url);
      } catch {
        // a log line, not the announcement
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  databases.set(url, databaseUrl);
  return {
    url,
    child,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import { startServer } from './assemble';
import { ConfigError, loadConfig, type Config } from './platform/config';
import { createLogger } from './platform/logger';

/** What a server process tells the primary once it listens (HERO_PROCESSES > 1). */
interface Listening {
  event: 'listening';
  url: string;
  port: number;
}

/** Forced exit when a graceful stop takes longer than this. */
const STOP_GRACE_MS = 10_000;

function announce(url: string, port: number, processes: number): void {
  if (process.stdout.isTTY || process.env.HERO_BANNER === '1') {
    const how = processes > 1 ? ` with ${processes} processes` : '';
    process.stdout.write(`\nHero Marketer is running at ${url}${how}  (GraphQL: ${url}/graphql)\n\n`);
  }
  // One machine-readable line, so scripts and tests know where the server is.
  process.stdout.write(`${JSON.stringify({ event: 'listening', url, port })}\n`);
}

/** One server: the whole process, or one of HERO_PROCESSES under the primary below. */
async function serve(config: Config): Promise<void> {
  const server = await startServer(config);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.services.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), STOP_GRACE_MS).unref();
    await server.close();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  if (cluster.isWorker) {
    // The primary is gone (killed, or it gave up): stop rather than serve on alone.
    process.on('disconnect', () => void stop('primary exited'));
    process.send!({ event: 'listening', url: server.url, port: server.port } satisfies Listening);
  } else {
    announce(server.url, server.port, 1);
  }
}

/**
 * HERO_PROCESSES > 1: this process only forks the servers and watches them. They share the port (node:cluster
 * hands each connection to one of them in turn) and are instances like any other: on PostgreSQL, live balances
 * and credential changes reach all of them over the bus. A server that dies is replaced; SIGTERM or SIGINT
 * stops them all gracefully, then this process.
 */
async function supervise(config: Config): Promise<void> {
  const logger = createLogger(config);
  const count = config.HERO_PROCESSES;
  let stopping = false;
  let ready = false;
  let exitCode = 0;
  const workers = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    workers.add(worker);
    worker.once('exit', (code, signal) => {
      workers.delete(worker);
      if (stopping) {
        if (!workers.size) process.exit(exitCode);
        return;
      }
      if (!ready) {
        // A server that cannot start (database unreachable, migrations failed) would fail again.
        logger.fatal({ code, signal }, 'a server process exited while starting; stopping');
        void stopAll(1);
        return;
      }
      logger.error({ code, signal, pid: worker.process.pid }, 'a server process exited; starting another');
      fork();
    });
    return worker;
  };
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    if (!workers.size) process.exit(exitCode);
    setTimeout(() => process.exit(1), STOP_GRACE_MS + 2_000).unref();
    for (const worker of workers) worker.process.kill('SIGTERM');
  };
  process.on('SIGTERM', () => void stopAll(0));
  process.on('SIGINT', () => void stopAll(0));

  const listening = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Listening>((resolve) => {
          const worker = fork();
          worker.on('message', (message: Listening) => {
            if (message?.event === 'listening') resolve(message);
          });
        }),
    ),
  );
  ready = true;
  const { url, port } = listening[0]!;
  logger.info({ url, processes: count, pids: [...workers].map((w) => w.process.pid) }, 'server processes listening');
  announce(url, port, count);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  if (config.HERO_PROCESSES > 1 && cluster.isPrimary) await supervise(config);
  else await serve(config);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

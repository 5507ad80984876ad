/**
 * The server as the live-balance benchmark runs it: like src/main.ts, plus
 *  - BENCH_FANOUT=off: no PostgreSQL bus (changes stay in-process, no NOTIFY), the baseline of benchmark 6;
 *  - BENCH_CHANNEL: the NOTIFY channel, so that pairs of servers running side by side on one
 *    database do not hear each other;
 *  - BENCH_COMMIT_LOG=<path prefix>: records when each ledger change was published, which is right
 *    after its transaction committed, and writes the log to <prefix>.<pid>.json on exit.
 * Start with `node -r reflect-metadata -r @swc-node/register` from server/.
 */
import { writeFileSync } from 'node:fs';
import { startServer } from '../../server/src/assemble';
import { createBus, LocalBus, PgBus, type Bus } from '../../server/src/platform/bus';
import { loadConfig } from '../../server/src/platform/config';
import { createLogger } from '../../server/src/platform/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const fanOut = process.env.BENCH_FANOUT !== 'off';
  const channel = process.env.BENCH_CHANNEL;
  const inner = !fanOut
    ? new LocalBus()
    : channel && config.database.kind === 'postgresql'
      ? await PgBus.start(config.database.url, logger, { channel })
      : await createBus(config, logger);
  const logPath = process.env.BENCH_COMMIT_LOG;
  const commits: Array<[string, number, number]> = [];
  const bus: Bus = logPath
    ? {
        publish(change) {
          commits.push([change.workspaceId, change.version, performance.timeOrigin + performance.now()]);
          inner.publish(change);
        },
        subscribe: (listener, onGap) => inner.subscribe(listener, onGap),
        publishAuth: (change) => inner.publishAuth(change),
        subscribeAuth: (listener, onGap) => inner.subscribeAuth(listener, onGap),
        publishConfig: (change) => inner.publishConfig(change),
        subscribeConfig: (listener, onGap) => inner.subscribeConfig(listener, onGap),
        close: () => inner.close(),
      }
    : inner;
  const server = await startServer(config, { bus, logger });
  const stop = () =>
    void server
      .close()
      .then(() => inner.close())
      .finally(() => {
        if (logPath) writeFileSync(`${logPath}.${process.pid}.json`, JSON.stringify(commits));
        process.exit(0);
      });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdout.write(`${JSON.stringify({ event: 'listening', url: server.url, port: server.port, fanOut })}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

import type { MikroORM } from '@mikro-orm/core';
import type { FastifyInstance } from 'fastify';
import { openDatabase } from '../db/orm';
import { expireAbandonedHolds, expireEndedGrants } from '../modules/ledger/ledger.service';
import { LocalBus } from './bus/local-bus';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import { createSchema } from './graphql/schema';
import { createHttpServer } from './http';
import { createLogger, type Logger } from './logger';
import { createServices, type Services } from './services';

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  http: FastifyInstance;
  bus: LocalBus;
  /** Runs the background jobs once (tests call it instead of waiting for the interval). */
  sweep(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts everything in order — database and migrations, services, GraphQL over HTTP, background
 * jobs — and returns a handle that stops it all in reverse order.
 */
export async function startServer(
  config: Config,
  opts: { clock?: Clock; logger?: Logger; orm?: MikroORM } = {},
): Promise<RunningServer> {
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? createLogger(config);
  const orm = opts.orm ?? (await openDatabase(config.database));
  const bus = new LocalBus();
  const services = createServices({ config, clock, logger, orm, publisher: bus });
  const http = await createHttpServer(services, await createSchema());
  await http.listen({ port: config.PORT, host: config.HOST });
  const address = http.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST}:${port}`;

  const sweep = async () => {
    await expireAbandonedHolds(orm, services.ledger, clock.now());
    await expireEndedGrants(orm, services.ledger, clock.now());
  };
  let sweeping: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = sweep().catch((err: unknown) => logger.error({ err }, 'background sweep failed'));
  }, config.SWEEP_INTERVAL_MS);
  timer.unref();

  logger.info({ url, database: config.database.kind }, 'server listening');
  return {
    url,
    port,
    services,
    http,
    bus,
    sweep,
    async close() {
      clearInterval(timer);
      await http.close(); // stops accepting, lets in-flight requests finish (Apollo drain plugin)
      await sweeping;
      if (!opts.orm) await orm.close(true);
    },
  };
}

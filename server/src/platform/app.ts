import type { MikroORM } from '@mikro-orm/core';
import type { FastifyInstance } from 'fastify';
import { openDatabase, warnIfNotDurable } from '../db/orm';
import type { AiProvider } from '../modules/ai/ai.provider';
import { createStripeGateway } from '../modules/billing/stripe/stripe-gateway';
import { expireAbandonedHolds, expireEndedGrants } from '../modules/ledger/ledger.service';
import { PlansCatalog } from '../modules/plans/plans.catalog';
import { createBus, type Bus } from './bus';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import { createSchema } from './graphql/schema';
import { attachLiveServer, type LiveServer } from './graphql/ws';
import { createHttpServer } from './http';
import { purgeExpiredIdempotencyRecords } from './idempotency';
import { createLogger, type Logger } from './logger';
import { createServices, type Services } from './services';

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  http: FastifyInstance;
  bus: Bus;
  /** GraphQL subscriptions over WebSocket on the same port. */
  live: LiveServer;
  /** Runs the background jobs once (tests call it instead of waiting for the interval). */
  sweep(): Promise<void>;
  /** Applies Stripe events that were never delivered (runs on an interval too). */
  reconcile(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Starts everything in order — database and migrations, services, GraphQL over HTTP, background
 * jobs — and returns a handle that stops it all in reverse order.
 */
export async function startServer(
  config: Config,
  opts: { clock?: Clock; logger?: Logger; orm?: MikroORM; bus?: Bus; ai?: AiProvider } = {},
): Promise<RunningServer> {
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? createLogger(config);
  const orm = opts.orm ?? (await openDatabase(config.database));
  if (config.NODE_ENV !== 'test') await warnIfNotDurable(orm, config.database.kind, logger);
  const bus = opts.bus ?? (await createBus(config, logger));
  const stripe = await createStripeGateway(config, new PlansCatalog(config.plans), clock, logger);
  const services = createServices({ config, clock, logger, orm, publisher: bus, ai: opts.ai, stripe });
  const schema = await createSchema();
  const http = await createHttpServer(services, schema);
  const live = attachLiveServer(http, services, schema, bus);
  await http.listen({ port: config.PORT, host: config.HOST });
  const address = http.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST}:${port}`;
  stripe.attach(url);

  const sweep = async () => {
    await expireAbandonedHolds(orm, services.ledger, clock.now());
    await expireEndedGrants(orm, services.ledger, clock.now());
    const keyTtlMs = config.IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000;
    await purgeExpiredIdempotencyRecords(orm, clock.now(), keyTtlMs);
    await services.metering.forgetExpiredKeys(clock.now(), keyTtlMs);
  };
  let sweeping: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = sweep().catch((err: unknown) => logger.error({ err }, 'background sweep failed'));
  }, config.SWEEP_INTERVAL_MS);
  timer.unref();
  // Stripe retries deliveries for days; this catches any that never arrive.
  const reconcile = () => services.webhooks!.reconcile(3 * 86_400_000);
  let reconciling: Promise<unknown> = Promise.resolve();
  const reconcileTimer = setInterval(() => {
    reconciling = reconcile().catch((err: unknown) => logger.error({ err }, 'Stripe reconciliation failed'));
  }, config.STRIPE_RECONCILE_INTERVAL_MS);
  reconcileTimer.unref();

  logger.info({ url, database: config.database.kind }, 'server listening');
  return {
    url,
    port,
    services,
    http,
    bus,
    live,
    sweep,
    reconcile,
    async close() {
      const step = async (name: string, run: () => Promise<unknown>) => {
        logger.debug({ step: name }, 'stopping');
        await run();
      };
      clearInterval(timer);
      clearInterval(reconcileTimer);
      // Sockets first: their clients reconnect to another instance meanwhile.
      await step('subscriptions', () => live.close());
      // Stops accepting and lets requests in flight finish (Apollo's drain plugin).
      await step('http', () => http.close());
      await step('background jobs', () => Promise.all([sweeping, reconciling, services.autoTopUp.idle()]));
      await step('local stripe', () => stripe.close());
      if (!opts.bus) await step('bus', () => bus.close()); // after the last request that could publish
      if (!opts.orm) await step('database', () => orm.close(true));
    },
  };
}

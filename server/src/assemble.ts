/**
 * The composition root, run by main.ts (and by the tests, in-process): builds every service from the
 * configuration, then starts the server around them. Nothing under platform/ or modules/ imports this file.
 */
import type { MikroORM } from '@mikro-orm/core';
import type { FastifyInstance } from 'fastify';
import { openDatabase, warnIfNotDurable } from './db/orm';
import { AdAccountsService } from './modules/ad-accounts/ad-accounts.service';
import type { AiProvider } from './modules/ai/ai.provider';
import { createAiProvider } from './modules/ai/create-provider';
import { AlertMailSender } from './modules/alerts/alert-mail';
import { AlertsService } from './modules/alerts/alerts.service';
import { NotificationsService } from './modules/alerts/notifications.service';
import { AuthService } from './modules/auth/auth.service';
import { CredentialLookup } from './modules/auth/credential-lookup';
import { MailQueue, PasswordResetService } from './modules/auth/password-reset.service';
import { SignInThrottle } from './modules/auth/sign-in-throttle';
import { AutoTopUpService } from './modules/billing/auto-top-up.service';
import { BillingEffects } from './modules/billing/billing-effects';
import { BillingService } from './modules/billing/billing.service';
import { PaymentsService } from './modules/billing/payments.service';
import { StripeEventInterpreter } from './modules/billing/stripe/stripe-events';
import { createStripeGateway, type StripeGateway } from './modules/billing/stripe/stripe-gateway';
import { StripeWebhooks } from './modules/billing/stripe/webhooks';
import { CampaignsService } from './modules/campaigns/campaigns.service';
import { DashboardService } from './modules/dashboard/dashboard.service';
import { DemoClockService } from './modules/demo-clock/demo-clock.service';
import { EventsService } from './modules/events/events.service';
import { EventsOutbox } from './modules/events/outbox';
import { WebhookWorker } from './modules/events/webhook-worker';
import { HeroAiService } from './modules/hero-ai/hero-ai.service';
import { HeroAiStreams } from './modules/hero-ai/hero-ai.streams';
import { MICRO_PER_CREDIT } from './modules/ledger/core';
import { LedgerQueries } from './modules/ledger/ledger.queries';
import {
  expireAbandonedHolds,
  expireEndedGrants,
  LedgerService,
  type LedgerPublisher,
} from './modules/ledger/ledger.service';
import { MeteredAi } from './modules/metering/metered-ai';
import { MeteringService } from './modules/metering/metering.service';
import { loadRateCard } from './modules/metering/rate-card.config';
import { PartnersService } from './modules/partners/partners.service';
import { PlansCatalog } from './modules/plans/plans.catalog';
import { UsageQueries } from './modules/usage/usage.queries';
import { ProductsService } from './modules/products/products.service';
import { SupportRequestsService } from './modules/support-requests/support-requests.service';
import { SupportService } from './modules/support/support.service';
import { WorkspacesService } from './modules/workspaces/workspaces.service';
import { AuthCache } from './platform/auth-cache';
import { createBus, type Bus, type ConfigBus } from './platform/bus';
import { systemClock, WorkspaceClock, workspaceClockOf, type Clock } from './platform/clock';
import type { Config } from './platform/config';
import type { RequestServices } from './platform/context';
import { createSchema } from './platform/graphql/schema';
import { attachLiveServer, type LiveServer } from './platform/graphql/ws';
import { createHttpServer } from './platform/http';
import { purgeExpiredIdempotencyRecords } from './platform/idempotency';
import { createLogger, type Logger } from './platform/logger';
import { createDb } from './platform/db';
import { createMailer, type Mailer } from './platform/mail';
import { UnitsOfWork } from './platform/unit-of-work';

/**
 * Every part of the server, built once per process from config, database and clock: what requests may use
 * (RequestServices, platform/context.ts) and what only the server itself runs.
 */
export interface Services extends RequestServices {
  /** The ORM itself: migrations, the audit and tests; the domain reaches the database through `db`. */
  orm: MikroORM;
  /** Opens units of work (one transaction, its outbox events, its after-commit hooks). */
  units: UnitsOfWork;
  /** Mail sent in the background (password reset, sign-in locks): `idle()` waits for it. */
  mailQueue: MailQueue;
  /** Failed sign-ins counted in the database; `close()` on shutdown. */
  signInThrottle: SignInThrottle;
  ai: AiProvider;
  autoTopUp: AutoTopUpService;
  /** Absent where no payment provider is wired (the demo seed). */
  webhooks: StripeWebhooks | null;
  stripe: StripeGateway | null;
  /** Files under MAIL_DIR by default, SMTP with SMTP_URL. */
  mail: Mailer;
  /** Delivers the event outbox to webhook endpoints; startServer starts and stops it. */
  webhookWorker: WebhookWorker;
}

export function createServices(deps: {
  config: Config;
  clock: Clock;
  logger: Logger;
  orm: MikroORM;
  /** Ledger changes and workspace setting changes, to every instance (the bus). */
  publisher: LedgerPublisher & ConfigBus;
  /** Replaces the provider chosen by AI_PROVIDER (tests pass a counting one). */
  ai?: AiProvider;
  stripe?: StripeGateway;
}): Services {
  const { config, clock, logger, orm, publisher } = deps;
  const plans = new PlansCatalog(config.plans);
  const mail = createMailer(config, clock, logger);
  const mailQueue = new MailQueue(mail, logger);
  // One unit of work per request step, webhook or job.
  const units = new UnitsOfWork(orm, () => clock.now(), new EventsOutbox(() => clock.now()));
  // The domain's one door to the database: fresh read views, units of work, the driver for the lean stores.
  const db = createDb(orm, units, config.database.kind);
  const signInThrottle = SignInThrottle.create(db, config.database);
  const security = { throttle: signInThrottle, mail: mailQueue, publicUrl: config.PUBLIC_URL };
  const gateway = () => {
    if (!deps.stripe) throw new Error('no payment provider in this process');
    return deps.stripe;
  };
  // After every committed ledger change: live balance, then the auto top-up check.
  const afterCommit: LedgerPublisher = {
    publish(change) {
      publisher.publish(change);
      if (deps.stripe) autoTopUp.onChange(change);
      alerts.onChange(change);
    },
  };
  const ledger = new LedgerService(db, clock, afterCommit, config.HOLD_TTL_MS, {
    overrun: { percent: config.OVERRUN_ALLOWANCE_PERCENT, minimumMicro: config.OVERRUN_ALLOWANCE_MIN_MICRO },
    optimisticRounds: config.LEDGER_OPTIMISTIC_ROUNDS,
  });
  const autoTopUp = new AutoTopUpService(db, clock, ledger, gateway, config.TOPUP_PACK_PRICE_CENTS, logger, publisher);
  const pack = {
    creditsMicro: config.TOPUP_PACK_CREDITS * MICRO_PER_CREDIT,
    priceCents: config.TOPUP_PACK_PRICE_CENTS,
  };
  const webhooks = deps.stripe
    ? new StripeWebhooks(
        db,
        deps.stripe.stripe,
        deps.stripe.webhookSecret,
        config.STRIPE_WEBHOOK_TOLERANCE_S,
        new StripeEventInterpreter(db, deps.stripe.stripe, deps.stripe.prices, logger),
        new BillingEffects(ledger, pack, () => clock.now()),
        clock,
        logger,
      )
    : null;
  const billing = new BillingService(db, clock, plans, config);
  const alerts = new AlertsService(
    db,
    clock,
    ledger,
    (workspaceId) => billing.renewsAt(workspaceId),
    new UsageQueries(db, config.database.kind),
    new AlertMailSender(db, clock, mail, logger),
    (change) => publisher.publish(change),
    publisher,
    logger,
    config.PUBLIC_URL,
  );

  const ai = deps.ai ?? createAiProvider(config);
  const metering = new MeteringService(db, clock, logger, ledger, loadRateCard(config), config.HOLD_TTL_MS);
  const meteredAi = new MeteredAi(metering, ai);
  const adAccounts = new AdAccountsService(db, clock);
  const products = new ProductsService(db, clock, meteredAi);
  const campaigns = new CampaignsService(db, clock, meteredAi, products, adAccounts);
  const support = new SupportService(
    db,
    () => clock.now(),
    ledger,
    config,
    () => deps.stripe?.stripe ?? null,
  );
  const webhookWorker = new WebhookWorker(db, config.database.kind, clock, logger, {
    pollIntervalMs: config.WEBHOOK_POLL_INTERVAL_MS,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    concurrency: config.WEBHOOK_CONCURRENCY,
    retry: { baseMs: config.WEBHOOK_RETRY_BASE_MS, windowMs: config.WEBHOOK_RETRY_WINDOW_HOURS * 3_600_000 },
  });
  const events = new EventsService(db, clock, config.isProduction, () => webhookWorker.nudge());
  const heroAi = new HeroAiService(db, clock, meteredAi, metering, campaigns, new HeroAiStreams());
  return {
    config,
    clock,
    logger,
    orm,
    db,
    units,
    plans,
    ledger,
    ledgerQueries: new LedgerQueries(db),
    auth: new AuthService(db, clock, ledger, config.SESSION_TTL_DAYS * 86_400_000, security),
    passwordReset: new PasswordResetService(db, clock, mailQueue, signInThrottle, config.PUBLIC_URL),
    mailQueue,
    signInThrottle,
    workspaces: new WorkspacesService(db, clock),
    billing,
    support,
    supportRequests: new SupportRequestsService(db, clock, mail, support, logger, config.PUBLIC_URL),
    partners: new PartnersService(db, clock, config.API_KEY_REQUESTS_PER_MINUTE),
    ai,
    metering,
    adAccounts,
    products,
    campaigns,
    heroAi,
    dashboard: new DashboardService(clock, campaigns, products, adAccounts, heroAi),
    payments: new PaymentsService(db, clock, config, plans, gateway, (workspaceId) => autoTopUp.changed(workspaceId)),
    autoTopUp,
    webhooks,
    stripe: deps.stripe ?? null,
    mail,
    demoClock: new DemoClockService(db, workspaceClockOf(clock), deps.stripe ?? null, webhooks, ledger, logger),
    alerts,
    notifications: new NotificationsService(db, clock, (workspaceId) => alerts.lowBalance(workspaceId)),
    events,
    webhookWorker,
  };
}

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
  const baseClock = opts.clock ?? systemClock;
  // Demo mode (the local Stripe, never in production): a workspace's time can run ahead (demo clock).
  const clock = config.STRIPE_SECRET_KEY ? baseClock : new WorkspaceClock(baseClock);
  const logger = opts.logger ?? createLogger(config);
  const orm = opts.orm ?? (await openDatabase(config.database));
  if (config.NODE_ENV !== 'test') await warnIfNotDurable(orm, config.database.kind, logger);
  const bus = opts.bus ?? (await createBus(config, logger));
  const stripe = await createStripeGateway(config, new PlansCatalog(config.plans), baseClock, logger);
  const services = createServices({ config, clock, logger, orm, publisher: bus, ai: opts.ai, stripe });
  // Sessions and API keys without a query per request; changes to them arrive over the bus.
  const credentials = new CredentialLookup(services.db);
  const authCache = new AuthCache(bus, {
    ttlMs: config.AUTH_CACHE_TTL_MS,
    maxEntries: config.AUTH_CACHE_MAX_ENTRIES,
    changedElsewhere: config.database.kind === 'sqlite' ? () => credentials.changedElsewhere() : undefined,
  });
  for (const service of [services.auth, services.partners, services.passwordReset]) service.useCache(authCache);
  // What this process knows of credit accounts, kept current by every instance's changes on the bus.
  const stopWatching = services.ledger.watch(bus);
  await services.demoClock.load();
  const schema = await createSchema();
  const http = await createHttpServer(services, schema);
  const live = attachLiveServer(http, services, schema, bus);
  services.notifications.attach(bus, logger);
  await http.listen({ port: config.PORT, host: config.HOST });
  const address = http.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST}:${port}`;
  stripe.attach(url);

  const sweep = async () => {
    await services.demoClock.sweepAll(); // workspaces ahead of the wall clock, in their own time
    await expireAbandonedHolds(services.db, services.ledger, clock.now());
    await expireEndedGrants(services.db, services.ledger, clock.now());
    const keyTtlMs = config.IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000;
    await purgeExpiredIdempotencyRecords(orm, clock.now(), keyTtlMs);
    await services.metering.forgetExpiredKeys(clock.now(), keyTtlMs);
    await services.alerts.sweep();
  };
  let sweeping: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = sweep().catch((err: unknown) => logger.error({ err }, 'background sweep failed'));
  }, config.SWEEP_INTERVAL_MS);
  timer.unref();
  // Outbound webhooks: delivers what the event outbox holds, from this instance too unless WEBHOOK_WORKER=false.
  if (config.WEBHOOK_WORKER) services.webhookWorker.start();
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
      services.notifications.detach();
      await step('background jobs', () =>
        Promise.all([sweeping, reconciling, services.autoTopUp.idle(), services.alerts.idle()]),
      );
      await step('webhook deliveries', () => services.webhookWorker.stop());
      await step('local stripe', () => stripe.close());
      authCache.close();
      stopWatching();
      services.autoTopUp.close();
      services.alerts.close();
      if (!opts.bus) await step('bus', () => bus.close()); // after the last request that could publish
      if (!opts.orm) await step('database', () => orm.close(true));
    },
  };
}

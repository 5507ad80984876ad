import type { MikroORM } from '@mikro-orm/core';
import { AdAccountsService } from '../modules/ad-accounts/ad-accounts.service';
import type { AiProvider } from '../modules/ai/ai.provider';
import { createAiProvider } from '../modules/ai/create-provider';
import { AuthService } from '../modules/auth/auth.service';
import { MailQueue, PasswordResetService } from '../modules/auth/password-reset.service';
import { SignInThrottle } from '../modules/auth/sign-in-throttle';
import { AutoTopUpService } from '../modules/billing/auto-top-up.service';
import { BillingEffects } from '../modules/billing/billing-effects';
import { BillingService } from '../modules/billing/billing.service';
import { PaymentsService } from '../modules/billing/payments.service';
import { StripeEventInterpreter } from '../modules/billing/stripe/stripe-events';
import type { StripeGateway } from '../modules/billing/stripe/stripe-gateway';
import { StripeWebhooks } from '../modules/billing/stripe/webhooks';
import { MICRO_PER_CREDIT } from '../modules/ledger/core';
import { CampaignsService } from '../modules/campaigns/campaigns.service';
import { DashboardService } from '../modules/dashboard/dashboard.service';
import { HeroAiService } from '../modules/hero-ai/hero-ai.service';
import { HeroAiStreams } from '../modules/hero-ai/hero-ai.streams';
import { LedgerQueries } from '../modules/ledger/ledger.queries';
import { LedgerService, type LedgerPublisher } from '../modules/ledger/ledger.service';
import { MeteredAi } from '../modules/metering/metered-ai';
import { MeteringService } from '../modules/metering/metering.service';
import { loadRateCard } from '../modules/metering/rate-card.config';
import { PartnersService } from '../modules/partners/partners.service';
import { PlansCatalog } from '../modules/plans/plans.catalog';
import { ProductsService } from '../modules/products/products.service';
import { SupportService } from '../modules/support/support.service';
import { SupportRequestsService } from '../modules/support-requests/support-requests.service';
import { WorkspacesService } from '../modules/workspaces/workspaces.service';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Logger } from './logger';
import { createMailer, type Mailer } from './mail';

/** The composition root: every service, built once per process from config, database and clock. */
export interface Services {
  config: Config;
  clock: Clock;
  logger: Logger;
  orm: MikroORM;
  plans: PlansCatalog;
  ledger: LedgerService;
  ledgerQueries: LedgerQueries;
  auth: AuthService;
  passwordReset: PasswordResetService;
  /** Mail sent in the background (password reset, sign-in locks): `idle()` waits for it. */
  mailQueue: MailQueue;
  /** Failed sign-ins counted in the database; `close()` on shutdown. */
  signInThrottle: SignInThrottle;
  workspaces: WorkspacesService;
  billing: BillingService;
  support: SupportService;
  supportRequests: SupportRequestsService;
  partners: PartnersService;
  ai: AiProvider;
  metering: MeteringService;
  adAccounts: AdAccountsService;
  products: ProductsService;
  campaigns: CampaignsService;
  heroAi: HeroAiService;
  dashboard: DashboardService;
  payments: PaymentsService;
  autoTopUp: AutoTopUpService;
  /** Absent where no payment provider is wired (the demo seed). */
  webhooks: StripeWebhooks | null;
  stripe: StripeGateway | null;
  /** Files under MAIL_DIR by default, SMTP with SMTP_URL. */
  mail: Mailer;
}

export function createServices(deps: {
  config: Config;
  clock: Clock;
  logger: Logger;
  orm: MikroORM;
  publisher: LedgerPublisher;
  /** Replaces the provider chosen by AI_PROVIDER (tests pass a counting one). */
  ai?: AiProvider;
  stripe?: StripeGateway;
}): Services {
  const { config, clock, logger, orm, publisher } = deps;
  const plans = new PlansCatalog(config.plans);
  const mail = createMailer(config, clock, logger);
  const mailQueue = new MailQueue(mail, logger);
  const signInThrottle = SignInThrottle.create(orm, config.database);
  const security = { throttle: signInThrottle, mail: mailQueue, publicUrl: config.PUBLIC_URL };
  const gateway = () => {
    if (!deps.stripe) throw new Error('no payment provider in this process');
    return deps.stripe;
  };
  // After every committed ledger change: live balance, then the auto top-up check.
  const afterCommit: LedgerPublisher = {
    publish(change) {
      publisher.publish(change);
      if (deps.stripe) autoTopUp.onChange(change.workspaceId);
    },
  };
  const ledger = new LedgerService(orm, config.database.kind, clock, afterCommit, config.HOLD_TTL_MS, {
    percent: config.OVERRUN_ALLOWANCE_PERCENT,
    minimumMicro: config.OVERRUN_ALLOWANCE_MIN_MICRO,
  });
  const autoTopUp = new AutoTopUpService(orm, clock, ledger, gateway, config.TOPUP_PACK_PRICE_CENTS, logger);
  const pack = {
    creditsMicro: config.TOPUP_PACK_CREDITS * MICRO_PER_CREDIT,
    priceCents: config.TOPUP_PACK_PRICE_CENTS,
  };
  const webhooks = deps.stripe
    ? new StripeWebhooks(
        orm,
        deps.stripe.stripe,
        deps.stripe.webhookSecret,
        config.STRIPE_WEBHOOK_TOLERANCE_S,
        new StripeEventInterpreter(orm, deps.stripe.stripe, deps.stripe.prices, logger),
        new BillingEffects(ledger, pack, () => clock.now()),
        ledger,
        clock,
        logger,
      )
    : null;
  const billing = new BillingService(orm, clock, plans, config);
  ledger.renewalLookup = (workspaceId) => billing.renewsAt(workspaceId);
  const ai = deps.ai ?? createAiProvider(config);
  const metering = new MeteringService(orm, clock, logger, ledger, loadRateCard(config), config.HOLD_TTL_MS);
  const meteredAi = new MeteredAi(metering, ai);
  const adAccounts = new AdAccountsService(orm, clock);
  const products = new ProductsService(orm, clock, meteredAi);
  const campaigns = new CampaignsService(orm, clock, meteredAi, products, adAccounts);
  const support = new SupportService(
    orm,
    () => clock.now(),
    ledger,
    config,
    () => deps.stripe?.stripe ?? null,
  );
  const heroAi = new HeroAiService(orm, clock, meteredAi, metering, campaigns, new HeroAiStreams());
  return {
    config,
    clock,
    logger,
    orm,
    plans,
    ledger,
    ledgerQueries: new LedgerQueries(orm),
    auth: new AuthService(orm, clock, ledger, config.SESSION_TTL_DAYS * 86_400_000, security),
    passwordReset: new PasswordResetService(orm, clock, mailQueue, signInThrottle, config.PUBLIC_URL),
    mailQueue,
    signInThrottle,
    workspaces: new WorkspacesService(orm, clock),
    billing,
    support,
    supportRequests: new SupportRequestsService(orm, clock, mail, support, logger, config.PUBLIC_URL),
    partners: new PartnersService(orm, clock, config.API_KEY_REQUESTS_PER_MINUTE),
    ai,
    metering,
    adAccounts,
    products,
    campaigns,
    heroAi,
    dashboard: new DashboardService(clock, campaigns, products, adAccounts, heroAi),
    payments: new PaymentsService(orm, clock, config, plans, gateway),
    autoTopUp,
    webhooks,
    stripe: deps.stripe ?? null,
    mail,
  };
}

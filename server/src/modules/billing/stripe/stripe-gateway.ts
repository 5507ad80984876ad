import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { createStripeLocal, type StripeLocal } from '../../../stripe-local';
import type { Clock } from '../../../platform/clock';
import type { Config } from '../../../platform/config';
import type { Logger } from '../../../platform/logger';
import type { Plan, PlansCatalog } from '../../plans/plans.catalog';

/** Lookup keys name our prices in any Stripe account, so ids need not be configured. */
export const planLookupKey = (code: string) => `hero_plan_${code}`;
export const TOPUP_LOOKUP_KEY = 'hero_topup_pack';

export interface PriceBook {
  planPriceId(plan: Plan): string;
  planForPrice(priceId: string): Plan | undefined;
  topUpPriceId: string;
}

export interface StripeGateway {
  stripe: Stripe;
  webhookSecret: string;
  prices: PriceBook;
  /** The in-process Stripe-compatible server when no key is configured. */
  local: StripeLocal | null;
  /** Points the local server's webhooks at the app, once the app listens. */
  attach(appUrl: string): void;
  close(): Promise<void>;
}

/**
 * One code path to Stripe: the real library always. With STRIPE_SECRET_KEY it talks to Stripe; without
 * it, to the project's local Stripe-compatible server started here (refused in production by config).
 */
export async function createStripeGateway(
  config: Config,
  plans: PlansCatalog,
  clock: Clock,
  logger: Logger,
): Promise<StripeGateway> {
  if (config.STRIPE_SECRET_KEY) {
    const stripe = new Stripe(config.STRIPE_SECRET_KEY, {
      maxNetworkRetries: 2,
      appInfo: { name: 'hero-marketer-credits' },
      ...apiHost(config.STRIPE_API_URL),
    });
    const prices = await lookUpPrices(stripe, config, plans);
    return {
      stripe,
      webhookSecret: config.STRIPE_WEBHOOK_SECRET!,
      prices,
      local: null,
      attach: () => {},
      close: async () => {},
    };
  }
  const webhookSecret = `whsec_${randomBytes(24).toString('base64url')}`;
  const local = createStripeLocal({ webhookSecret, now: () => clock.now() });
  await local.listen(config.STRIPE_LOCAL_PORT, '127.0.0.1');
  const stripe = new Stripe('sk_test_local', { ...local.clientOptions(), maxNetworkRetries: 0 });
  const prices = await createLocalCatalog(stripe, config, plans);
  logger.info({ url: local.url }, 'local Stripe-compatible server started (no STRIPE_SECRET_KEY)');
  return {
    stripe,
    webhookSecret,
    prices,
    local,
    attach: (appUrl) => local.setWebhookUrl(`${appUrl}/webhooks/stripe`),
    close: () => local.close(),
  };
}

/** Another Stripe-compatible endpoint (a proxy, or the local server in tests); default Stripe's. */
export function apiHost(url: string | undefined): Partial<Stripe.StripeConfig> {
  if (!url) return {};
  const u = new URL(url);
  const https = u.protocol === 'https:';
  return { host: u.hostname, port: Number(u.port || (https ? 443 : 80)), protocol: https ? 'https' : 'http' };
}

function priceBook(planPrices: Map<string, string>, plans: PlansCatalog, topUpPriceId: string): PriceBook {
  const byPrice = new Map([...planPrices].map(([code, price]) => [price, code]));
  return {
    topUpPriceId,
    planPriceId: (plan) => planPrices.get(plan.code)!,
    planForPrice: (priceId) => {
      const code = byPrice.get(priceId);
      return code ? plans.find(code) : undefined;
    },
  };
}

async function createLocalCatalog(stripe: Stripe, config: Config, plans: PlansCatalog): Promise<PriceBook> {
  const planPrices = new Map<string, string>();
  for (const plan of plans.plans) {
    const product = await stripe.products.create({ name: `${plan.name} plan`, metadata: { plan: plan.code } });
    const price = await stripe.prices.create({
      product: product.id,
      currency: 'usd',
      unit_amount: plan.priceCents,
      recurring: { interval: 'month' },
      lookup_key: planLookupKey(plan.code),
    });
    planPrices.set(plan.code, price.id);
  }
  const pack = await stripe.products.create({ name: `${config.TOPUP_PACK_CREDITS} credits` });
  const topUp = await stripe.prices.create({
    product: pack.id,
    currency: 'usd',
    unit_amount: config.TOPUP_PACK_PRICE_CENTS,
    lookup_key: TOPUP_LOOKUP_KEY,
  });
  return priceBook(planPrices, plans, topUp.id);
}

/** Configured ids win; otherwise the prices created by `scripts/stripe-setup.sh`, found by lookup key. */
async function lookUpPrices(stripe: Stripe, config: Config, plans: PlansCatalog): Promise<PriceBook> {
  const keys = [...plans.plans.map((p) => planLookupKey(p.code)), TOPUP_LOOKUP_KEY];
  const found = await stripe.prices.list({ lookup_keys: keys, active: true, limit: 100 });
  const byKey = new Map(found.data.map((p) => [p.lookup_key, p.id]));
  const planPrices = new Map<string, string>();
  const missing: string[] = [];
  for (const plan of plans.plans) {
    const id = plan.stripePriceId ?? byKey.get(planLookupKey(plan.code));
    if (id) planPrices.set(plan.code, id);
    else missing.push(planLookupKey(plan.code));
  }
  const topUp = config.STRIPE_TOPUP_PRICE_ID ?? byKey.get(TOPUP_LOOKUP_KEY);
  if (!topUp) missing.push(TOPUP_LOOKUP_KEY);
  if (missing.length) {
    throw new Error(
      `Stripe prices not found for ${missing.join(', ')}: run scripts/stripe-setup.sh against this account`,
    );
  }
  return priceBook(planPrices, plans, topUp!);
}

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
  // With a state file the local Stripe keeps customers, subscriptions and events across restarts.
  const local = createStripeLocal({ webhookSecret, now: () => clock.now(), statePath: config.STRIPE_LOCAL_STATE_FILE });
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

/** A price by lookup key: the existing one, or a new product and price. Safe to run again. */
export async function ensurePrice(
  stripe: Stripe,
  lookupKey: string,
  product: { name: string; metadata?: Record<string, string> },
  price: { unitAmount: number; recurring: boolean },
): Promise<{ id: string; created: boolean; unitAmount: number | null }> {
  const existing = (await stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 })).data[0];
  if (existing) return { id: existing.id, created: false, unitAmount: existing.unit_amount };
  const p = await stripe.products.create(
    { name: product.name, metadata: product.metadata ?? {} },
    { idempotencyKey: `setup-product-${lookupKey}` },
  );
  const created = await stripe.prices.create(
    {
      product: p.id,
      currency: 'usd',
      unit_amount: price.unitAmount,
      lookup_key: lookupKey,
      ...(price.recurring ? { recurring: { interval: 'month' as const } } : {}),
    },
    { idempotencyKey: `setup-price-${lookupKey}` },
  );
  return { id: created.id, created: true, unitAmount: price.unitAmount };
}

/** The catalog as `scripts/stripe-setup.sh` creates it: plans and the top-up pack, by lookup key. */
export async function ensureCatalog(
  stripe: Stripe,
  config: Pick<Config, 'TOPUP_PACK_CREDITS' | 'TOPUP_PACK_PRICE_CENTS'>,
  plans: Plan[],
  onPrice: (
    label: string,
    r: { id: string; created: boolean; unitAmount: number | null },
    expectedCents: number,
  ) => void = () => {},
): Promise<{ planPrices: Map<string, string>; topUpPriceId: string }> {
  const planPrices = new Map<string, string>();
  for (const plan of plans) {
    const r = await ensurePrice(
      stripe,
      planLookupKey(plan.code),
      { name: `${plan.name} plan`, metadata: { plan: plan.code } },
      { unitAmount: plan.priceCents, recurring: true },
    );
    onPrice(plan.name, r, plan.priceCents);
    planPrices.set(plan.code, r.id);
  }
  const topUp = await ensurePrice(
    stripe,
    TOPUP_LOOKUP_KEY,
    { name: `${config.TOPUP_PACK_CREDITS} credits` },
    { unitAmount: config.TOPUP_PACK_PRICE_CENTS, recurring: false },
  );
  onPrice('top-up pack', topUp, config.TOPUP_PACK_PRICE_CENTS);
  return { planPrices, topUpPriceId: topUp.id };
}

async function createLocalCatalog(stripe: Stripe, config: Config, plans: PlansCatalog): Promise<PriceBook> {
  const { planPrices, topUpPriceId } = await ensureCatalog(stripe, config, plans.plans);
  return priceBook(planPrices, plans, topUpPriceId);
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

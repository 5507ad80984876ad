/**
 * Creates the products and prices this app sells in a Stripe account (idempotent: existing prices
 * are found by lookup key and kept), then prints the environment lines to run against it.
 *
 *   STRIPE_SECRET_KEY=sk_test_… node -r @swc-node/register src/tools/stripe-setup.ts
 *
 * STRIPE_API_URL points it at another Stripe-compatible server (the local one, in tests).
 */
import Stripe from 'stripe';
import { apiHost, planLookupKey, TOPUP_LOOKUP_KEY } from '../modules/billing/stripe/stripe-gateway';
import { ConfigError, loadConfig } from '../platform/config';

function client(key: string): Stripe {
  return new Stripe(key, apiHost(process.env.STRIPE_API_URL));
}

async function ensurePrice(
  stripe: Stripe,
  lookupKey: string,
  product: { name: string; metadata?: Record<string, string> },
  price: { unitAmount: number; recurring: boolean },
): Promise<{ id: string; created: boolean }> {
  const existing = await stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
  const found = existing.data[0];
  if (found) {
    if (found.unit_amount !== price.unitAmount) {
      console.error(
        `warning: ${lookupKey} exists at ${found.unit_amount} cents, configuration says ${price.unitAmount}; kept as is`,
      );
    }
    return { id: found.id, created: false };
  }
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
  return { id: created.id, created: true };
}

async function run(): Promise<void> {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key) throw new ConfigError(['STRIPE_SECRET_KEY: set it to your test key (sk_test_…) from the Stripe dashboard']);
  if (key.startsWith('sk_live_') && !process.argv.includes('--live')) {
    throw new ConfigError([
      'STRIPE_SECRET_KEY is a live key: pass --live if you really mean to create prices in live mode',
    ]);
  }
  const config = loadConfig({ ...process.env, STRIPE_SECRET_KEY: undefined, NODE_ENV: 'development' });
  const stripe = client(key);
  const plans = [];
  for (const plan of config.plans) {
    const r = await ensurePrice(
      stripe,
      planLookupKey(plan.code),
      { name: `${plan.name} plan`, metadata: { plan: plan.code } },
      { unitAmount: plan.priceCents, recurring: true },
    );
    console.error(`${r.created ? 'created' : 'found  '} ${plan.name}: ${r.id}`);
    plans.push({ ...plan, stripePriceId: r.id });
  }
  const topUp = await ensurePrice(
    stripe,
    TOPUP_LOOKUP_KEY,
    { name: `${config.TOPUP_PACK_CREDITS} credits` },
    { unitAmount: config.TOPUP_PACK_PRICE_CENTS, recurring: false },
  );
  console.error(`${topUp.created ? 'created' : 'found  '} top-up pack: ${topUp.id}`);
  console.log(`STRIPE_SECRET_KEY=${key}`);
  console.log(`STRIPE_TOPUP_PRICE_ID=${topUp.id}`);
  console.log(`PLANS_JSON='${JSON.stringify(plans)}'`);
  console.log(
    '# STRIPE_WEBHOOK_SECRET=whsec_… (from `stripe listen --forward-to http://127.0.0.1:4000/webhooks/stripe`, or the dashboard endpoint)',
  );
}

run().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});

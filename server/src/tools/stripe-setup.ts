/**
 * Creates the products and prices this app sells in a Stripe account (idempotent: existing prices
 * are found by lookup key and kept), then prints the environment lines to run against it.
 *
 *   STRIPE_SECRET_KEY=sk_test_… node -r @swc-node/register src/tools/stripe-setup.ts
 *
 * STRIPE_API_URL points it at another Stripe-compatible server (the local one, in tests).
 */
import Stripe from 'stripe';
import { apiHost, ensureCatalog } from '../modules/billing/stripe/stripe-gateway';
import { PlansCatalog } from '../modules/plans/plans.catalog';
import { ConfigError, loadConfig } from '../platform/config';

function client(key: string): Stripe {
  return new Stripe(key, apiHost(process.env.STRIPE_API_URL));
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
  const report = (label: string, r: { id: string; created: boolean; unitAmount: number | null }, cents: number) => {
    console.error(`${r.created ? 'created' : 'found  '} ${label}: ${r.id}`);
    if (r.unitAmount !== cents)
      console.error(
        `warning: ${label} costs ${r.unitAmount} cents in Stripe, ${cents} in the configuration; kept as is`,
      );
  };
  const { planPrices, topUpPriceId } = await ensureCatalog(
    stripe,
    config,
    new PlansCatalog(config.plans).plans,
    report,
  );
  const plans = config.plans.map((plan) => ({ ...plan, stripePriceId: planPrices.get(plan.code) }));
  const topUp = { id: topUpPriceId };
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

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStripeLocal, type StripeLocal } from '@hero/server/src/stripe-local';
import { signUp } from '../support/accounts';
import { gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer } from '../support/server';

const run = promisify(execFile);
const serverDir = join(__dirname, '..', '..', 'server');
const WEBHOOK_SECRET = 'whsec_setupTestSecret';
let stripe: StripeLocal;

beforeAll(async () => {
  stripe = createStripeLocal({ webhookSecret: WEBHOOK_SECRET });
  await stripe.listen();
});
afterAll(() => stripe?.close());

const setup = (key = 'sk_test_setup') =>
  run(process.execPath, ['-r', '@swc-node/register', 'src/tools/stripe-setup.ts'], {
    cwd: serverDir,
    env: { ...process.env, STRIPE_SECRET_KEY: key, STRIPE_API_URL: stripe.url, DATABASE_URL: '' },
  });

describe(`connecting a Stripe account (${dbKind()})`, () => {
  it('the setup script creates the prices once and prints the environment lines', async () => {
    const first = await setup();
    expect(first.stderr).toMatch(/created Pro: price_/);
    const lines = Object.fromEntries(
      first.stdout
        .split('\n')
        .filter((l) => /^[A-Z_]+=/.test(l))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(lines.STRIPE_TOPUP_PRICE_ID).toMatch(/^price_/);
    const plans = JSON.parse(lines.PLANS_JSON!.slice(1, -1)) as Array<{ code: string; stripePriceId: string }>;
    expect(plans.map((p) => p.code)).toEqual(['pro', 'growth', 'agency']);
    const again = await setup();
    expect(again.stderr).not.toMatch(/created/);
    expect(again.stdout).toBe(first.stdout);
  });

  it('refuses a live key without --live', async () => {
    await expect(setup('sk_live_abc')).rejects.toMatchObject({ stderr: expect.stringMatching(/live key/) });
  });

  it('the app with a secret key finds those prices by lookup key and sells through them', async () => {
    await setup();
    const server = await startTestServer({
      env: { STRIPE_SECRET_KEY: 'sk_test_setup', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: stripe.url },
    });
    try {
      expect(server.services.stripe?.local).toBeNull();
      stripe.setWebhookUrl(`${server.url}/webhooks/stripe`);
      const owner = await signUp(server.url, 'real-key');
      const { purchaseCredits } = await gqlOk(
        server.url,
        'mutation($i: PurchaseCreditsInput!) { purchaseCredits(input: $i) { id } }',
        { i: { packs: 1, idempotencyKey: uniqueKey() } },
        owner.token,
      );
      await stripe.controls.payCheckout(purchaseCredits.id);
      const { balance } = await gqlOk(server.url, '{ balance { purchased } }', {}, owner.token);
      expect(balance.purchased).toBe('20');
    } finally {
      await server.stop();
    }
  });
});

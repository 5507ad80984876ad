import type { StripeLocalControls } from '@hero/server/src/stripe-local';
import { gqlOk, uniqueKey } from './gql';
import type { TestServer } from './server';

/** The local Stripe's controls: what a customer or the Stripe dashboard would do. */
export function stripeControls(server: TestServer): StripeLocalControls {
  const local = server.services.stripe?.local;
  if (!local) throw new Error('the test server has no local Stripe');
  return local.controls;
}

export async function buyPacks(server: TestServer, token: string, packs: number): Promise<string> {
  const { purchaseCredits } = await gqlOk(
    server.url,
    'mutation($i: PurchaseCreditsInput!) { purchaseCredits(input: $i) { id url } }',
    { i: { packs, idempotencyKey: uniqueKey('buy') } },
    token,
  );
  return purchaseCredits.id as string;
}

/** Subscribes through Checkout and pays; resolves once the app has applied Stripe's events. */
export async function subscribePaid(server: TestServer, token: string, plan: string): Promise<void> {
  const { subscribe } = await gqlOk(
    server.url,
    'mutation($i: ChangePlanInput!) { subscribe(input: $i) { id } }',
    { i: { plan, idempotencyKey: uniqueKey('sub') } },
    token,
  );
  await stripeControls(server).payCheckout(subscribe.id);
  await settled(server);
}

/** Waits for every webhook in flight and every auto top-up check (no sleeping). */
export async function settled(server: TestServer): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await stripeControls(server).flush();
    await server.services.autoTopUp.idle();
  }
}

export const balanceOf = async (server: TestServer, token: string) =>
  (await gqlOk(server.url, '{ balance { available planAllocation purchased reserved deficit } }', {}, token))
    .balance as Record<string, string>;

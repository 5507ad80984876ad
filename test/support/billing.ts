import type Stripe from 'stripe';
import { CreditGrant } from '@hero/server/src/modules/ledger/ledger.entities';
import { signatureHeader, type StripeLocalControls } from '@hero/server/src/stripe-local';
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

/** The payment intent and charge that paid a Stripe invoice (linked by an InvoicePayment since API version basil). */
export async function invoicePayment(
  server: TestServer,
  invoiceId: string,
): Promise<{ paymentIntentId: string; chargeId: string }> {
  const stripe = server.services.stripe!.stripe;
  const payments = await stripe.invoicePayments.list({ invoice: invoiceId, status: 'paid', limit: 1 });
  const pi = payments.data[0]?.payment.payment_intent;
  if (!pi) throw new Error(`invoice ${invoiceId} has no paid payment`);
  const intent = await stripe.paymentIntents.retrieve(typeof pi === 'string' ? pi : pi.id);
  const charge = intent.latest_charge;
  return { paymentIntentId: intent.id, chargeId: typeof charge === 'string' ? charge : charge!.id };
}

/** The charge of a paid top-up checkout. */
export async function checkoutCharge(server: TestServer, sessionId: string): Promise<string> {
  const stripe = server.services.stripe!.stripe;
  const session = await stripe.checkout.sessions.retrieve(sessionId, { expand: ['payment_intent'] });
  const charge = (session.payment_intent as Stripe.PaymentIntent).latest_charge;
  return typeof charge === 'string' ? charge : charge!.id;
}

/**
 * Runs `steps` with webhook delivery switched off and returns the events they made, oldest first: real signed
 * Stripe events the app has not seen, to deliver later in any order with `deliverInOrder`.
 */
export async function capturingEvents(server: TestServer, steps: () => Promise<void>): Promise<Stripe.Event[]> {
  await settled(server);
  const seen = stripeControls(server).eventCount();
  server.services.stripe!.local!.setWebhookUrl('');
  try {
    await steps();
    await stripeControls(server).flush();
  } finally {
    server.services.stripe!.attach(server.url);
  }
  return stripeControls(server).events(seen);
}

/** Has the local Stripe deliver stored events to the app's webhook route, each after the one before was answered. */
export async function deliverInOrder(server: TestServer, events: Stripe.Event[]): Promise<void> {
  for (const event of events) {
    const delivery = await stripeControls(server).redeliver(event.id);
    if (delivery.status !== 'succeeded') throw new Error(`${event.type} ${event.id} was not accepted`);
  }
  await settled(server);
}

/** The workspace's grants that still hold credits, in a form to compare: what the balance is made of. */
export async function liveGrants(server: TestServer, workspaceId: string) {
  const now = server.services.clock.now();
  const grants = await server.services.orm.em
    .fork()
    .find(CreditGrant, { workspace: workspaceId, remainingMicro: { $gt: 0 } }, { orderBy: { seq: 'asc' } });
  return grants
    .filter((g) => !g.expiresAt || g.expiresAt > now)
    .map((g) => ({
      source: g.source,
      label: g.label,
      originalMicro: g.originalMicro,
      remainingMicro: g.remainingMicro,
      expiresAt: g.expiresAt?.toISOString() ?? null,
    }));
}

/**
 * Posts a stored Stripe event to the app's webhook route with a fresh signature, as Stripe's own redelivery does;
 * unlike `redeliver`, several workspaces' events can be in flight at once.
 */
export async function sendSigned(server: TestServer, event: Stripe.Event): Promise<void> {
  const body = JSON.stringify(event);
  const signature = signatureHeader(server.services.stripe!.webhookSecret, body, Math.floor(Date.now() / 1000));
  const res = await fetch(`${server.url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body,
  });
  if (res.status !== 200) throw new Error(`${event.type} ${event.id} was answered ${res.status}`);
}

/** The payment of a paid top-up checkout as Stripe has it: its payment intent, charge and the cents received. */
export async function checkoutPayment(
  server: TestServer,
  sessionId: string,
): Promise<{ paymentIntentId: string; chargeId: string; amountCents: number }> {
  const stripe = server.services.stripe!.stripe;
  const session = await stripe.checkout.sessions.retrieve(sessionId, { expand: ['payment_intent'] });
  const intent = session.payment_intent as Stripe.PaymentIntent | null;
  const charge = intent?.latest_charge;
  if (!intent || !charge) throw new Error(`checkout ${sessionId} has no paid payment`);
  return {
    paymentIntentId: intent.id,
    chargeId: typeof charge === 'string' ? charge : charge.id,
    amountCents: intent.amount_received,
  };
}

/** The workspace's Stripe invoices, oldest first (empty before it has a Stripe customer). */
export async function stripeInvoices(server: TestServer, workspaceId: string): Promise<Stripe.Invoice[]> {
  const customer = (await server.services.workspaces.workspace(workspaceId)).stripeCustomerId;
  if (!customer) return [];
  const invoices: Stripe.Invoice[] = [];
  for await (const invoice of server.services.stripe!.stripe.invoices.list({ customer, limit: 100 }))
    invoices.push(invoice);
  return invoices.sort((a, b) => a.created - b.created);
}

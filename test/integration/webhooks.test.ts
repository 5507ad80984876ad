import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import { signatureHeader } from '@hero/server/src/stripe-local';
import { signUp } from '../support/accounts';
import { balanceOf, buyPacks, settled, stripeControls } from '../support/billing';
import { gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const post = (body: string, signature: string | null) =>
  fetch(`${server.url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body,
  });
const now = () => Math.floor(Date.now() / 1000);
const secret = () => server.services.stripe!.webhookSecret;

/** A paid top-up's checkout.session.completed event, taken from the local Stripe, not yet applied here. */
async function paidTopUpEvent(): Promise<{ event: Stripe.Event; token: string }> {
  const owner = await signUp(server.url, 'hooked');
  const sessionId = await buyPacks(server, owner.token, 1);
  server.services.stripe!.local!.setWebhookUrl(''); // deliveries off: the event stays ours to send
  try {
    await stripeControls(server).payCheckout(sessionId);
  } finally {
    server.services.stripe!.attach(server.url);
  }
  const event = stripeControls(server)
    .events()
    .find((e) => e.type === 'checkout.session.completed' && (e.data.object as { id: string }).id === sessionId)!;
  return { event, token: owner.token };
}

describe(`the Stripe webhook route (${dbKind()})`, () => {
  it.each([
    ['no signature', (body: string) => ({ body, sig: null })],
    ['a wrong secret', (body: string) => ({ body, sig: signatureHeader('whsec_wrong', body, now()) })],
    [
      'a tampered body',
      (body: string) => ({ body: body.replace('"paid"', '"paid" '), sig: signatureHeader(secret(), body, now()) }),
    ],
    ['an old timestamp', (body: string) => ({ body, sig: signatureHeader(secret(), body, now() - 3600) })],
    ['a future timestamp', (body: string) => ({ body, sig: signatureHeader(secret(), body, now() + 3600) })],
  ])('%s → 400 and no change', async (_name, make) => {
    const { event, token } = await paidTopUpEvent();
    const { body, sig } = make(JSON.stringify(event));
    const res = await post(body, sig);
    expect(res.status).toBe(400);
    expect((await balanceOf(server, token)).available).toBe('0');
    // The genuine delivery still works afterwards.
    const ok = await post(JSON.stringify(event), signatureHeader(secret(), JSON.stringify(event), now()));
    expect(ok.status).toBe(200);
    expect((await balanceOf(server, token)).available).toBe('20');
  });

  it('one event delivered 5 times concurrently is credited once', async () => {
    const { event, token } = await paidTopUpEvent();
    const body = JSON.stringify(event);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => post(body, signatureHeader(secret(), body, now()))),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const answers = await Promise.all(responses.map((r) => r.json() as Promise<{ duplicate: boolean }>));
    expect(answers.filter((a) => !a.duplicate)).toHaveLength(1);
    expect((await balanceOf(server, token)).purchased).toBe('20');
  });

  it('a refund delivered before its payment ends in the right state', async () => {
    const { event, token } = await paidTopUpEvent();
    const charge = stripeControls(server)
      .events()
      .filter((e) => e.type === 'charge.succeeded')
      .map((e) => e.data.object as { id: string })
      .at(-1)!;
    await stripeControls(server).refundCharge(charge.id, 1000); // half: 10 of 20 credits
    await settled(server);
    expect((await balanceOf(server, token)).purchased).toBe('10');
    const body = JSON.stringify(event);
    await post(body, signatureHeader(secret(), body, now())); // the late payment event changes nothing
    expect(await balanceOf(server, token)).toMatchObject({ purchased: '10', deficit: '0' });
  });

  it('the events of a subscription checkout delivered in reverse order end in the right state', async () => {
    const owner = await signUp(server.url, 'ordered');
    const { subscribe } = await gqlOk(
      server.url,
      'mutation($i: ChangePlanInput!) { subscribe(input: $i) { id } }',
      { i: { plan: 'growth', idempotencyKey: uniqueKey() } },
      owner.token,
    );
    const seen = stripeControls(server).events().length;
    server.services.stripe!.local!.setWebhookUrl('');
    try {
      await stripeControls(server).payCheckout(subscribe.id);
    } finally {
      server.services.stripe!.attach(server.url);
    }
    const events = stripeControls(server).events().slice(seen);
    const types = events.map((e) => e.type);
    expect(types.indexOf('customer.subscription.created')).toBeLessThan(types.indexOf('checkout.session.completed'));
    // Stripe sent the subscription before the checkout's completion; deliver them newest first instead.
    for (const event of [...events].reverse()) await stripeControls(server).redeliver(event.id);
    await settled(server);
    const { billing } = await gqlOk(
      server.url,
      '{ billing { status plan { code } allocationGranted } }',
      {},
      owner.token,
    );
    expect(billing).toEqual({ status: 'ACTIVE', plan: { code: 'growth' }, allocationGranted: '50' });
    expect(await balanceOf(server, owner.token)).toMatchObject({ planAllocation: '50' });
  });

  it('the reconciler applies events that were never delivered', async () => {
    const { token } = await paidTopUpEvent();
    expect((await balanceOf(server, token)).available).toBe('0');
    expect(await server.reconcile()).toBeGreaterThan(0);
    expect((await balanceOf(server, token)).available).toBe('20');
    expect(await server.reconcile()).toBe(0);
  });

  it('events for unknown customers are stored and ignored', async () => {
    const event = {
      id: `evt_unknown_${now()}`,
      object: 'event',
      type: 'checkout.session.completed',
      created: now(),
      data: {
        object: {
          id: 'cs_x',
          object: 'checkout.session',
          customer: 'cus_nobody',
          metadata: {},
          mode: 'payment',
          payment_status: 'paid',
        },
      },
    };
    const body = JSON.stringify(event);
    const res = await post(body, signatureHeader(secret(), body, now()));
    expect(res.status).toBe(200);
  });
});

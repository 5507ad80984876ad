import Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signatureHeader } from './index';
import { startHarness, WEBHOOK_SECRET, WebhookReceiver, type Harness } from './test-harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ start: '2026-03-01T00:00:00Z' });
});
afterAll(() => h.stop());
beforeEach(async () => {
  await h.local.controls.flush();
  h.receiver.clear();
  h.receiver.failWith = null;
});

describe('idempotency keys', () => {
  it('replays the first response for the same key and body', async () => {
    const first = await h.stripe.customers.create({ email: 'idem@example.com' }, { idempotencyKey: 'create-cus-1' });
    const second = await h.stripe.customers.create({ email: 'idem@example.com' }, { idempotencyKey: 'create-cus-1' });
    expect(second.id).toBe(first.id);
    const found = await h.stripe.customers.list({ email: 'idem@example.com' });
    expect(found.data).toHaveLength(1);
    await h.local.controls.flush();
    expect(h.receiver.ofType('customer.created')).toHaveLength(1);
  });

  it('rejects the same key with a different body as StripeIdempotencyError', async () => {
    await h.stripe.customers.create({ email: 'a@example.com' }, { idempotencyKey: 'create-cus-2' });
    const err = await h.stripe.customers
      .create({ email: 'b@example.com' }, { idempotencyKey: 'create-cus-2' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(err).toMatchObject({ statusCode: 400, type: 'StripeIdempotencyError' });
  });

  it('records the key on events caused by the request', async () => {
    await h.stripe.customers.create({ email: 'evt@example.com' }, { idempotencyKey: 'create-cus-3' });
    await h.local.controls.flush();
    const [created] = h.receiver.ofType('customer.created');
    expect(created?.request).toMatchObject({ idempotency_key: 'create-cus-3' });
    expect(created?.request?.id).toMatch(/^req_/);
  });
});

describe('errors', () => {
  it('an unknown id is a 404 resource_missing StripeInvalidRequestError', async () => {
    const err = await h.stripe.customers.retrieve('cus_doesnotexist').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(err).toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
      message: "No such customer: 'cus_doesnotexist'",
    });
    await expect(h.stripe.subscriptions.retrieve('sub_nope')).rejects.toMatchObject({ statusCode: 404 });
    await expect(h.stripe.checkout.sessions.retrieve('cs_test_nope')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('an unknown route is a StripeInvalidRequestError too', async () => {
    await expect(h.stripe.rawRequest('GET', '/v1/terminal/readers')).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 404,
    });
  });

  it('a missing parameter names it', async () => {
    await expect(
      h.stripe.prices.create({ currency: 'usd', unit_amount: 100 } as Stripe.PriceCreateParams),
    ).rejects.toMatchObject({
      code: 'parameter_missing',
      param: 'product',
    });
  });

  it('requires a test secret key and refuses live keys', async () => {
    const live = new Stripe('sk_live_123456789', { ...h.local.clientOptions(), maxNetworkRetries: 0 });
    await expect(live.customers.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const res = await fetch(`${h.local.url}/v1/customers`);
    expect(res.status).toBe(401);
  });
});

describe('catalog', () => {
  it('finds prices by lookup key and enforces unique lookup keys', async () => {
    const product = await h.stripe.products.create({ name: 'Pro' });
    const price = await h.stripe.prices.create({
      product: product.id,
      currency: 'usd',
      unit_amount: 2900,
      recurring: { interval: 'month' },
      lookup_key: 'api_test_pro',
    });
    expect(price).toMatchObject({
      type: 'recurring',
      unit_amount: 2900,
      recurring: { interval: 'month', interval_count: 1 },
    });
    expect(String(price.unit_amount_decimal)).toBe('2900');
    const found = await h.stripe.prices.list({ lookup_keys: ['api_test_pro'], active: true, expand: ['data.product'] });
    expect(found.data.map((p) => p.id)).toEqual([price.id]);
    expect((found.data[0]?.product as Stripe.Product).name).toBe('Pro');
    await expect(
      h.stripe.prices.create({ product: product.id, currency: 'usd', unit_amount: 1, lookup_key: 'api_test_pro' }),
    ).rejects.toMatchObject({ type: 'StripeInvalidRequestError', param: 'lookup_key' });
  });
});

describe('events list', () => {
  it('lists newest first with created[gte], limit and starting_after', async () => {
    h.clock.set('2026-04-01T00:00:00Z');
    const since = h.clock.unix();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      h.clock.set(new Date((since + i * 60) * 1000));
      ids.push((await h.stripe.customers.create({ email: `page${i}@example.com` })).id);
    }
    const page1 = await h.stripe.events.list({ created: { gte: since }, limit: 2, type: 'customer.created' });
    expect(page1.has_more).toBe(true);
    expect(page1.data.map((e) => (e.data.object as Stripe.Customer).id)).toEqual([ids[4], ids[3]]);
    const page2 = await h.stripe.events.list({
      created: { gte: since },
      limit: 2,
      starting_after: page1.data[1]?.id,
      type: 'customer.created',
    });
    expect(page2.data.map((e) => (e.data.object as Stripe.Customer).id)).toEqual([ids[2], ids[1]]);
    const all = await h.stripe.events
      .list({ created: { gte: since }, limit: 2, type: 'customer.*' })
      .autoPagingToArray({ limit: 100 });
    expect(all.filter((e) => e.type === 'customer.created')).toHaveLength(5);
    const one = await h.stripe.events.retrieve(page1.data[0]?.id ?? '');
    expect(one.type).toBe('customer.created');
    expect(one.created).toBe(since + 4 * 60);
  });
});

describe('webhook signatures', () => {
  it('every delivery verifies with constructEvent, even with an injected clock far from now', async () => {
    h.clock.set('2020-01-01T00:00:00Z');
    await h.stripe.customers.create({ email: 'sig@example.com' });
    await h.local.controls.flush();
    expect(h.receiver.rejected).toEqual([]);
    expect(h.receiver.ofType('customer.created')[0]?.created).toBe(Date.UTC(2020, 0, 1) / 1000);
  });

  it('a modified body or the wrong secret fails verification', () => {
    const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'customer.created', data: { object: {} } });
    const header = signatureHeader(WEBHOOK_SECRET, payload, Math.floor(Date.now() / 1000));
    expect(h.stripe.webhooks.constructEvent(payload, header, WEBHOOK_SECRET).id).toBe('evt_1');
    expect(() => h.stripe.webhooks.constructEvent(`${payload} `, header, WEBHOOK_SECRET)).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    expect(() => h.stripe.webhooks.constructEvent(payload, header, 'whsec_other')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  it('a receiver with another secret rejects every delivery, which is recorded as failed', async () => {
    const wrong = new WebhookReceiver('whsec_wrong');
    await wrong.start();
    h.local.setWebhookUrl(wrong.url);
    try {
      const customer = await h.stripe.customers.create({ email: 'wrong@example.com' });
      await h.local.controls.flush();
      expect(wrong.events).toHaveLength(0);
      expect(wrong.rejected[0]).toMatch(/No signatures found/);
      const record = h.local.controls.deliveries().find((d) => d.type === 'customer.created' && d.url === wrong.url);
      expect(record).toMatchObject({ status: 'failed' });
      expect(record?.attempts.map((a) => a.status)).toEqual([400, 400, 400]);
      const stored = await h.stripe.events.list({ type: 'customer.created', limit: 1 });
      expect((stored.data[0]?.data.object as Stripe.Customer).id).toBe(customer.id);
    } finally {
      h.local.setWebhookUrl(h.receiver.url);
      await wrong.stop();
    }
  });
});

describe('delivery', () => {
  it('redeliver sends the same event again (duplicate delivery)', async () => {
    await h.stripe.customers.create({ email: 'dup@example.com' });
    await h.local.controls.flush();
    const [event] = h.receiver.ofType('customer.created');
    const record = await h.local.controls.redeliver(event?.id ?? '');
    expect(record.status).toBe('succeeded');
    expect(h.receiver.events.filter((e) => e.id === event?.id)).toHaveLength(2);
  });

  it('an app that answers 500 gets retries; the event is kept and can be redelivered', async () => {
    h.receiver.failWith = 500;
    await h.stripe.customers.create({ email: 'retry@example.com' });
    await h.local.controls.flush();
    const failed = h.local.controls
      .deliveries()
      .filter((d) => d.status === 'failed' && d.type === 'customer.created')
      .at(-1);
    expect(failed?.attempts).toHaveLength(3);
    h.receiver.failWith = null;
    await h.local.controls.redeliver(failed?.eventId ?? '');
    expect(h.receiver.ofType('customer.created').map((e) => e.id)).toEqual([failed?.eventId]);
  });

  it('controls are reachable over HTTP with a JSON body', async () => {
    const customer = await h.stripe.customers.create({ email: 'http@example.com' });
    const res = await fetch(`${h.local.url}/_local/setCardFailing`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ customerId: customer.id, failing: true }),
    });
    expect(await res.json()).toEqual({ customer: customer.id, failing: true });
    const unknown = await fetch(`${h.local.url}/_local/nope`, { method: 'POST' });
    expect(unknown.status).toBe(400);
    const events = (await (await fetch(`${h.local.url}/_local/events`, { method: 'POST' })).json()) as Stripe.Event[];
    expect(events.some((e) => e.type === 'customer.created')).toBe(true);
  });
});

import type Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCatalog, startHarness, type Harness } from './test-harness';

let h: Harness;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
let customer: Stripe.Customer;

beforeAll(async () => {
  h = await startHarness();
  catalog = await createCatalog(h.stripe);
});
afterAll(() => h.stop());
beforeEach(async () => {
  customer = await h.stripe.customers.create({ email: 'owner@example.com', metadata: { workspace: 'ws_1' } });
  await h.local.controls.flush();
  h.receiver.clear();
});

function topUp(quantity = 2): Promise<Stripe.Checkout.Session> {
  return h.stripe.checkout.sessions.create({
    mode: 'payment',
    customer: customer.id,
    client_reference_id: 'ws_1',
    metadata: { workspace: 'ws_1', packs: String(quantity) },
    line_items: [{ price: catalog.topup.id, quantity }],
    payment_intent_data: { metadata: { workspace: 'ws_1' }, setup_future_usage: 'off_session' },
    success_url: 'https://app.example/billing?session={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://app.example/billing?canceled=1',
  });
}

describe('top-up checkout (mode=payment)', () => {
  it('creates an open session whose url is the local checkout page', async () => {
    const session = await topUp(3);
    expect(session.id).toMatch(/^cs_test_/);
    expect(session).toMatchObject({ status: 'open', payment_status: 'unpaid', amount_total: 6000, currency: 'usd' });
    expect(session.url).toBe(`${h.local.url}/checkout/${session.id}`);
    const items = await h.stripe.checkout.sessions.listLineItems(session.id);
    expect(items.data).toHaveLength(1);
    expect(items.data[0]).toMatchObject({ object: 'item', quantity: 3, amount_total: 6000 });
    expect(items.data[0]?.price?.id).toBe(catalog.topup.id);
  });

  it('pay: succeeded payment intent and charge, saved card, checkout.session.completed paid', async () => {
    const session = await topUp(2);
    await h.local.controls.payCheckout(session.id);
    const [completed] = h.receiver.ofType('checkout.session.completed');
    const obj = completed?.data.object;
    expect(obj).toMatchObject({
      id: session.id,
      status: 'complete',
      payment_status: 'paid',
      client_reference_id: 'ws_1',
    });
    expect(obj?.metadata).toEqual({ workspace: 'ws_1', packs: '2' });
    const pi = await h.stripe.paymentIntents.retrieve(String(obj?.payment_intent));
    expect(pi).toMatchObject({
      status: 'succeeded',
      amount: 4000,
      amount_received: 4000,
      metadata: { workspace: 'ws_1' },
    });
    const charge = await h.stripe.charges.retrieve(String(pi.latest_charge));
    expect(charge).toMatchObject({
      payment_intent: pi.id,
      amount: 4000,
      amount_refunded: 0,
      paid: true,
      metadata: { workspace: 'ws_1' },
    });
    // Saved to the customer only because setup_future_usage asked, and never made the default.
    expect(pi.setup_future_usage).toBe('off_session');
    const saved = await h.stripe.customers.retrieve(customer.id);
    expect((saved as Stripe.Customer).invoice_settings.default_payment_method).toBeNull();
    const cards = await h.stripe.customers.listPaymentMethods(customer.id, { type: 'card' });
    expect(cards.data.map((m) => m.id)).toEqual([pi.payment_method]);
    expect(await h.stripe.paymentMethods.retrieve(String(pi.payment_method))).toMatchObject({
      customer: customer.id,
      card: { last4: '4242' },
    });
    expect(h.receiver.types()).toEqual(expect.arrayContaining(['payment_intent.succeeded', 'charge.succeeded']));
  });

  it('decline: no completion, a failed payment intent, and the session stays payable', async () => {
    const session = await topUp(1);
    await h.local.controls.declineCheckout(session.id);
    expect(h.receiver.ofType('checkout.session.completed')).toHaveLength(0);
    expect(h.receiver.ofType('payment_intent.payment_failed')).toHaveLength(1);
    const after = await h.stripe.checkout.sessions.retrieve(session.id);
    expect(after).toMatchObject({ status: 'open', payment_status: 'unpaid' });
    await h.local.controls.payCheckout(session.id);
    const pi = await h.stripe.paymentIntents.retrieve(String(after.payment_intent));
    expect(pi.status).toBe('succeeded');
  });

  it('saves no card without setup_future_usage, and never a declined one', async () => {
    const declined = await topUp(1);
    await h.local.controls.declineCheckout(declined.id);
    const plain = await h.stripe.checkout.sessions.create({
      mode: 'payment',
      customer: customer.id,
      line_items: [{ price: catalog.topup.id, quantity: 1 }],
      success_url: 'https://app.example/ok',
    });
    await h.local.controls.payCheckout(plain.id);
    expect((await h.stripe.customers.listPaymentMethods(customer.id)).data).toEqual([]);
    expect(h.receiver.ofType('payment_method.attached')).toHaveLength(0);
  });

  it('pay later then async success: completed unpaid, then async_payment_succeeded', async () => {
    const session = await topUp(1);
    await h.local.controls.payCheckoutLater(session.id);
    const [completed] = h.receiver.ofType('checkout.session.completed');
    expect(completed?.data.object).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
    const pi = await h.stripe.paymentIntents.retrieve(String(completed?.data.object.payment_intent));
    expect(pi.status).toBe('processing');
    await h.local.controls.settleAsyncPayment(session.id, true);
    const [succeeded] = h.receiver.ofType('checkout.session.async_payment_succeeded');
    expect(succeeded?.data.object).toMatchObject({ id: session.id, payment_status: 'paid' });
    expect((await h.stripe.paymentIntents.retrieve(pi.id)).status).toBe('succeeded');
  });

  it('pay later then async failure: async_payment_failed and no paid state', async () => {
    const session = await topUp(1);
    await h.local.controls.payCheckoutLater(session.id);
    await h.local.controls.settleAsyncPayment(session.id, false);
    expect(h.receiver.ofType('checkout.session.async_payment_failed')).toHaveLength(1);
    expect(h.receiver.ofType('checkout.session.async_payment_succeeded')).toHaveLength(0);
    const after = await h.stripe.checkout.sessions.retrieve(session.id);
    expect(after.payment_status).toBe('unpaid');
    await expect(h.local.controls.settleAsyncPayment(session.id, true)).rejects.toThrow(
      /no pending asynchronous payment/,
    );
  });

  it('a completed session cannot be paid twice', async () => {
    const session = await topUp(1);
    await h.local.controls.payCheckout(session.id);
    await expect(h.local.controls.payCheckout(session.id)).rejects.toThrow(/not open/);
  });

  it('rejects a recurring price in payment mode like Stripe', async () => {
    await expect(
      h.stripe.checkout.sessions.create({
        mode: 'payment',
        line_items: [{ price: catalog.pro.id, quantity: 1 }],
        success_url: 'https://a.b/ok',
      }),
    ).rejects.toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 400, param: 'line_items[0][price]' });
  });

  it('expire: checkout.session.expired and no longer payable', async () => {
    const session = await topUp(1);
    const expired = await h.stripe.checkout.sessions.expire(session.id);
    expect(expired.status).toBe('expired');
    await h.local.controls.flush();
    expect(h.receiver.ofType('checkout.session.expired')).toHaveLength(1);
    await expect(h.local.controls.payCheckout(session.id)).rejects.toThrow(/not open/);
  });
});

describe('subscription checkout (mode=subscription)', () => {
  it('creates an active subscription and a paid subscription_create invoice for the chosen price', async () => {
    const session = await h.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: catalog.growth.id, quantity: 1 }],
      metadata: { workspace: 'ws_1' },
      subscription_data: { metadata: { workspace: 'ws_1', plan: 'growth' } },
      success_url: 'https://app.example/ok',
    });
    await h.local.controls.payCheckout(session.id);
    expect(h.receiver.types()).toEqual(
      expect.arrayContaining(['customer.subscription.created', 'invoice.paid', 'checkout.session.completed']),
    );
    const [completed] = h.receiver.ofType('checkout.session.completed');
    expect(completed?.data.object).toMatchObject({ mode: 'subscription', payment_status: 'paid' });
    const subId = String(completed?.data.object.subscription);
    const sub = await h.stripe.subscriptions.retrieve(subId);
    expect(sub).toMatchObject({
      status: 'active',
      customer: customer.id,
      metadata: { workspace: 'ws_1', plan: 'growth' },
    });
    const item = sub.items.data[0];
    expect(item?.price.id).toBe(catalog.growth.id);
    expect(item?.current_period_start).toBe(h.clock.unix());
    expect(item?.current_period_end).toBe(Date.UTC(2026, 1, 1) / 1000);

    const [paid] = h.receiver.ofType('invoice.paid');
    const invoice = paid?.data.object;
    expect(invoice).toMatchObject({
      billing_reason: 'subscription_create',
      status: 'paid',
      amount_paid: 4900,
      total: 4900,
    });
    expect(invoice?.parent?.subscription_details).toMatchObject({
      subscription: subId,
      metadata: { workspace: 'ws_1', plan: 'growth' },
    });
    const line = invoice?.lines.data[0];
    expect(line?.pricing?.price_details?.price).toBe(catalog.growth.id);
    expect(line).toMatchObject({
      amount: 4900,
      period: { start: item?.current_period_start, end: item?.current_period_end },
    });
    expect(sub.latest_invoice).toBe(invoice?.id);
  });

  it('links the invoice to its payment intent and charge through invoice payments', async () => {
    const session = await h.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: catalog.pro.id, quantity: 1 }],
      success_url: 'https://app.example/ok',
    });
    await h.local.controls.payCheckout(session.id);
    const retrieved = await h.stripe.checkout.sessions.retrieve(session.id, {
      expand: ['line_items', 'invoice.payments'],
    });
    expect(retrieved.line_items?.data[0]?.price?.id).toBe(catalog.pro.id);
    const invoice = retrieved.invoice as Stripe.Invoice;
    const payment = invoice.payments?.data[0];
    expect(payment).toMatchObject({ status: 'paid', amount_paid: 2900, payment: { type: 'payment_intent' } });
    const pi = await h.stripe.paymentIntents.retrieve(String(payment?.payment.payment_intent), {
      expand: ['latest_charge'],
    });
    expect((pi.latest_charge as Stripe.Charge).amount).toBe(2900);
  });

  it('pay later: the first invoice stays open until the bank debit settles', async () => {
    const session = await h.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: catalog.pro.id, quantity: 1 }],
      success_url: 'https://app.example/ok',
    });
    await h.local.controls.payCheckoutLater(session.id);
    expect(h.receiver.ofType('invoice.paid')).toHaveLength(0);
    const [completed] = h.receiver.ofType('checkout.session.completed');
    expect(completed?.data.object.payment_status).toBe('unpaid');
    await h.local.controls.settleAsyncPayment(session.id, true);
    const [paid] = h.receiver.ofType('invoice.paid');
    expect(paid?.data.object.billing_reason).toBe('subscription_create');
    expect(h.receiver.ofType('checkout.session.async_payment_succeeded')).toHaveLength(1);
  });
});

describe('the local checkout page', () => {
  it('shows the items and total with stable button ids', async () => {
    const session = await topUp(2);
    const res = await fetch(String(session.url));
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Top-up pack (20 credits)');
    expect(html).toContain('$40.00');
    for (const id of ['pay', 'decline', 'pay-later']) expect(html).toContain(`id="${id}"`);
  });

  it('Pay redirects to success_url (session id substituted) after the webhooks were answered', async () => {
    const session = await topUp(1);
    const res = await fetch(`${h.local.url}/_local/payCheckout`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ sessionId: session.id, redirect: '1' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`https://app.example/billing?session=${session.id}`);
    expect(h.receiver.ofType('checkout.session.completed')).toHaveLength(1);
  });

  it('Decline keeps the customer on the checkout page with the decline, and a way back to cancel_url', async () => {
    const session = await topUp(1);
    const res = await fetch(`${h.local.url}/_local/declineCheckout`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ sessionId: session.id, redirect: '1' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toBe(`${h.local.url}/checkout/${session.id}?declined=1`);
    const page = await (await fetch(location)).text();
    expect(page).toContain('Your card was declined. Nothing was charged.');
    expect(page).toContain('id="pay"'); // still open: another card can pay
    expect(page).toContain('href="https://app.example/billing?canceled=1"');
  });

  it('the customer portal lists invoices and the saved card', async () => {
    const session = await h.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: catalog.pro.id, quantity: 1 }],
      success_url: 'https://app.example/ok',
    });
    await h.local.controls.payCheckout(session.id);
    const portal = await h.stripe.billingPortal.sessions.create({
      customer: customer.id,
      return_url: 'https://app.example/billing',
    });
    expect(portal.id).toMatch(/^bps_/);
    const html = await (await fetch(portal.url)).text();
    expect(html).toContain('Visa •••• 4242');
    expect(html).toContain('$29.00');
    expect(html).toContain('https://app.example/billing');
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { createStripeLocal, type StripeLocal } from './index';

/**
 * Test wiring: the local server, a real stripe-node client pointed at it, an injectable clock and a
 * webhook receiver that verifies every delivery with `stripe.webhooks.constructEvent`, as an app would.
 */
export const WEBHOOK_SECRET = 'whsec_local_test_secret';

export class TestClock {
  constructor(private current: Date) {}
  now = (): Date => new Date(this.current.getTime());
  set(date: Date | string): void {
    this.current = new Date(date);
  }
  unix(): number {
    return Math.floor(this.current.getTime() / 1000);
  }
}

export class WebhookReceiver {
  readonly events: Stripe.Event[] = [];
  readonly rejected: string[] = [];
  /** Status to answer instead of 200 (e.g. 500 to simulate an app failure); null = accept. */
  failWith: number | null = null;
  private server: http.Server | null = null;
  private readonly verifier = new Stripe('sk_test_unused');

  constructor(private readonly secret: string) {}

  get url(): string {
    const info = this.server?.address() as AddressInfo | null;
    if (!info) throw new Error('receiver not started');
    return `http://127.0.0.1:${info.port}/webhooks/stripe`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.receive(Buffer.concat(chunks), req.headers['stripe-signature'], res));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  private receive(raw: Buffer, signature: string | string[] | undefined, res: http.ServerResponse): void {
    if (this.failWith !== null) {
      res.writeHead(this.failWith).end();
      return;
    }
    try {
      const event = this.verifier.webhooks.constructEvent(raw, String(signature ?? ''), this.secret);
      this.events.push(event);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":true}');
    } catch (err) {
      this.rejected.push(err instanceof Error ? err.message : String(err));
      res.writeHead(400).end();
    }
  }

  ofType<T extends Stripe.Event.Type>(type: T): Extract<Stripe.Event, { type: T }>[] {
    return this.events.filter((e) => e.type === type) as Extract<Stripe.Event, { type: T }>[];
  }

  types(): string[] {
    return this.events.map((e) => e.type);
  }

  clear(): void {
    this.events.length = 0;
    this.rejected.length = 0;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}

export interface Harness {
  local: StripeLocal;
  stripe: Stripe;
  receiver: WebhookReceiver;
  clock: TestClock;
  stop(): Promise<void>;
}

export async function startHarness(
  opts: { receiverSecret?: string; start?: string; statePath?: string } = {},
): Promise<Harness> {
  const clock = new TestClock(new Date(opts.start ?? '2026-01-01T00:00:00Z'));
  const receiver = new WebhookReceiver(opts.receiverSecret ?? WEBHOOK_SECRET);
  await receiver.start();
  const local = createStripeLocal({
    webhookUrl: receiver.url,
    webhookSecret: WEBHOOK_SECRET,
    now: clock.now,
    webhookRetryDelaysMs: [5, 5],
    statePath: opts.statePath,
  });
  await local.listen();
  const stripe = new Stripe('sk_test_local', { ...local.clientOptions(), maxNetworkRetries: 0 });
  return {
    local,
    stripe,
    receiver,
    clock,
    stop: async () => {
      await local.close();
      await receiver.stop();
    },
  };
}

/** The default catalog of the product (spec section 4): plans Pro/Growth/Agency and a $20 top-up pack. */
export async function createCatalog(stripe: Stripe) {
  const plan = async (name: string, cents: number, lookup: string) => {
    const product = await stripe.products.create({ name });
    return stripe.prices.create({
      product: product.id,
      currency: 'usd',
      unit_amount: cents,
      recurring: { interval: 'month' },
      lookup_key: lookup,
    });
  };
  const pack = await stripe.products.create({ name: 'Top-up pack (20 credits)' });
  return {
    pro: await plan('Pro', 2900, 'plan_pro'),
    growth: await plan('Growth', 4900, 'plan_growth'),
    agency: await plan('Agency', 8900, 'plan_agency'),
    topup: await stripe.prices.create({
      product: pack.id,
      currency: 'usd',
      unit_amount: 2000,
      lookup_key: 'topup_pack',
    }),
  };
}

/** The charge that paid an invoice: through its paid InvoicePayment (API version basil has no `invoice.charge`). */
export async function chargeOfInvoice(stripe: Stripe, invoiceId: string): Promise<Stripe.Charge> {
  const payments = await stripe.invoicePayments.list({ invoice: invoiceId, status: 'paid', limit: 1 });
  const pi = payments.data[0]?.payment.payment_intent;
  if (!pi) throw new Error(`invoice ${invoiceId} has no paid payment`);
  const intent = await stripe.paymentIntents.retrieve(typeof pi === 'string' ? pi : pi.id, {
    expand: ['latest_charge'],
  });
  return intent.latest_charge as Stripe.Charge;
}

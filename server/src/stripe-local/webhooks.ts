import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type Stripe from 'stripe';

/**
 * Signed webhook delivery. Signatures use Stripe's scheme (`t=<unix>,v1=<HMAC-SHA256 of "t.body">`),
 * so `stripe.webhooks.constructEvent` verifies them. Deliveries go out one at a time in event order;
 * a failed delivery is retried a few times and then recorded as failed, never dropped: the event
 * stays listed by GET /v1/events and can be re-sent with `redeliver`.
 */
export function signatureHeader(secret: string, payload: string, timestamp: number): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${signature}`;
}

export interface DeliveryAttempt {
  at: string;
  status: number | null;
  error?: string;
}

export interface DeliveryRecord {
  eventId: string;
  type: string;
  url: string | null;
  status: 'pending' | 'succeeded' | 'failed' | 'skipped';
  attempts: DeliveryAttempt[];
}

export interface WebhookSenderOptions {
  secret: string;
  url?: string;
  /** Time used for the signature's `t=`; wall-clock by default since receivers check it against their clock. */
  signatureNow: () => Date;
  retryDelaysMs: number[];
  timeoutMs: number;
  /** After a delivery succeeded (the event's `pending_webhooks` dropped to 0). */
  onDelivered?: (event: Stripe.Event) => void;
}

function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<number> {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        agent: false,
        timeout: timeoutMs,
      },
      (res) => {
        res.resume(); // the answer's body is irrelevant; drain it so the socket closes
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class WebhookSender {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly pending = new Map<string, Promise<DeliveryRecord>>();
  private readonly log: DeliveryRecord[] = [];

  constructor(private readonly opts: WebhookSenderOptions) {}

  setUrl(url: string | undefined): void {
    this.opts.url = url;
  }

  /** Queues `event`; the promise settles once the receiver answered (or retries ran out). */
  enqueue(event: Stripe.Event): Promise<DeliveryRecord> {
    const record: DeliveryRecord = {
      eventId: event.id,
      type: event.type,
      url: this.opts.url ?? null,
      status: 'pending',
      attempts: [],
    };
    this.log.push(record);
    const done = this.tail.then(() => this.deliver(event, record));
    this.tail = done;
    this.pending.set(event.id, done);
    return done;
  }

  async waitFor(eventIds: string[]): Promise<void> {
    await Promise.all(eventIds.map((id) => this.pending.get(id)));
  }

  /** Resolves when everything queued so far (and anything queued meanwhile) has been delivered. */
  async idle(): Promise<void> {
    let seen: Promise<unknown> | null = null;
    while (seen !== this.tail) {
      seen = this.tail;
      await seen;
    }
  }

  records(): DeliveryRecord[] {
    return this.log.map((r) => ({ ...r, attempts: [...r.attempts] }));
  }

  private async deliver(event: Stripe.Event, record: DeliveryRecord): Promise<DeliveryRecord> {
    const url = record.url;
    if (!url) {
      record.status = 'skipped';
      return record;
    }
    for (let attempt = 0; attempt <= this.opts.retryDelaysMs.length; attempt++) {
      if (attempt > 0) await sleep(this.opts.retryDelaysMs[attempt - 1] ?? 0);
      if (await this.attempt(url, event, record)) {
        record.status = 'succeeded';
        event.pending_webhooks = 0;
        this.opts.onDelivered?.(event);
        return record;
      }
    }
    record.status = 'failed';
    return record;
  }

  private async attempt(url: string, event: Stripe.Event, record: DeliveryRecord): Promise<boolean> {
    const payload = JSON.stringify(event, null, 2);
    const timestamp = Math.floor(this.opts.signatureNow().getTime() / 1000);
    const headers = {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      'Stripe-Signature': signatureHeader(this.opts.secret, payload, timestamp),
    };
    const at = new Date().toISOString();
    try {
      const status = await post(url, payload, headers, this.opts.timeoutMs);
      record.attempts.push({ at, status });
      return status >= 200 && status < 300;
    } catch (err) {
      record.attempts.push({ at, status: null, error: err instanceof Error ? err.message : String(err) });
      return false;
    }
  }
}

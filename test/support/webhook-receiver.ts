import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** What the receiver answered. */
  status: number;
}

/**
 * A partner's endpoint for tests: answers each request with the next status of its script (then 200), logs every
 * request, and can go down (not listening, connections refused) and come back on the same port.
 */
export class WebhookReceiver {
  readonly log: ReceivedRequest[] = [];
  private script: number[] = [];
  private server: Server | null = null;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  /** Answers the next requests with these statuses, in order, then 200. */
  answer(statuses: number[]): void {
    this.script = [...statuses];
  }

  async up(): Promise<void> {
    if (this.server) return;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const status = this.script.shift() ?? 200;
        this.log.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'boom');
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The events answered 2xx, deduplicated by id, in the order they first arrived. */
  deliveredEvents(): { id: string; sequence: number; type: string }[] {
    const seen = new Set<string>();
    const events: { id: string; sequence: number; type: string }[] = [];
    for (const r of this.log) {
      if (r.status < 200 || r.status >= 300) continue;
      const e = JSON.parse(r.body) as { id: string; sequence: number; type: string };
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      events.push({ id: e.id, sequence: e.sequence, type: e.type });
    }
    return events;
  }
}

/** Polls `check` until it returns a value, or fails after the deadline naming what it waited for. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  ms = 30_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { Clock } from './clock';
import { createControls, type StripeLocalControls } from './controls';
import { createRequestHandler } from './http';
import { IdempotencyCache } from './idempotency';
import { StateFile } from './persistence';
import { Store } from './store';
import { WebhookSender } from './webhooks';

/**
 * A Stripe-compatible server for tests and the offline dev run. The app keeps using the real
 * `stripe` library, pointed here with `new Stripe(key, local.clientOptions())`; state lives in
 * memory (with `statePath`, also in a file that outlives restarts), and webhooks are signed exactly
 * like Stripe's.
 */
export interface StripeLocalOptions {
  /** Where to POST signed events; without one, events are only stored (GET /v1/events still lists them). */
  webhookUrl?: string;
  webhookSecret: string;
  /** Drives every timestamp written into objects (`created`, periods, `paid_at`), so tests can inject time. */
  now?: () => Date;
  /** Base for checkout/portal page links, when the browser reaches this server by another address. */
  publicBaseUrl?: string;
  /** Time for the signature's `t=`; defaults to the wall clock, since receivers check it against theirs. */
  signatureNow?: () => Date;
  /** Waits between re-tries of a failed delivery (default 50, 250, 1000 ms). */
  webhookRetryDelaysMs?: number[];
  /** `api_version` stamped on events; defaults to the version of the installed stripe library. */
  apiVersion?: string;
  /**
   * A JSON file that keeps the state across restarts: loaded when the server is created, rewritten
   * (debounced, atomically) after every change and by close(). An unusable file is reported on
   * stderr and the server starts empty. Without it, state lives only as long as the process.
   */
  statePath?: string;
}

export interface StripeLocal {
  listen(port?: number, host?: string): Promise<void>;
  close(): Promise<void>;
  /** http://127.0.0.1:<port>, once listening. */
  readonly url: string;
  /** Spread into `new Stripe(key, { ...local.clientOptions() })`. */
  clientOptions(): { host: string; port: number; protocol: 'http' };
  setWebhookUrl(url: string): void;
  controls: StripeLocalControls;
}

export type { StripeLocalControls } from './controls';
export type { DeliveryRecord } from './webhooks';
export { signatureHeader } from './webhooks';

export function createStripeLocal(opts: StripeLocalOptions): StripeLocal {
  let address: { host: string; port: number } | null = null;
  const baseUrl = (): string => {
    if (!address) throw new Error('The local Stripe server is not listening yet.');
    return `http://${address.host}:${address.port}`;
  };
  const store = new Store(
    new Clock(opts.now),
    opts.apiVersion ?? Stripe.API_VERSION,
    () => opts.publicBaseUrl ?? baseUrl(),
  );
  const idempotency = new IdempotencyCache();
  const stateFile = opts.statePath ? new StateFile(opts.statePath, store, idempotency) : null;
  if (stateFile) {
    stateFile.load();
    store.onChange(() => stateFile.schedule());
  }
  const sender = new WebhookSender({
    secret: opts.webhookSecret,
    url: opts.webhookUrl,
    signatureNow: opts.signatureNow ?? (() => new Date()),
    retryDelaysMs: opts.webhookRetryDelaysMs ?? [50, 250, 1000],
    timeoutMs: 30_000,
    onDelivered: () => store.changed(), // `pending_webhooks` dropped to 0
  });
  store.onEvent((event) => void sender.enqueue(event));
  const controls = createControls(store, sender);
  const server = http.createServer(createRequestHandler({ store, controls, idempotency }));

  return {
    controls,
    get url() {
      return baseUrl();
    },
    clientOptions: () => {
      if (!address) throw new Error('The local Stripe server is not listening yet.');
      return { host: address.host, port: address.port, protocol: 'http' };
    },
    setWebhookUrl: (url) => sender.setUrl(url),
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        // exclusive: each server process of a cluster (HERO_PROCESSES) keeps its own local Stripe.
        server.listen({ port, host, exclusive: true }, () => {
          server.off('error', reject);
          const info = server.address() as AddressInfo;
          // A wildcard bind is still reached through loopback by the local app and browser.
          address = { host: host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host, port: info.port };
          resolve();
        });
      }),
    close: async () => {
      try {
        await new Promise<void>((resolve, reject) => {
          // stripe-node keeps connections alive; drop them so close() does not wait for their timeout.
          server.close((err) => (err ? reject(err) : resolve()));
          server.closeAllConnections();
        });
      } finally {
        await stateFile?.close();
      }
    },
  };
}

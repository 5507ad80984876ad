import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import WebSocket from 'ws';

/** The balance fields every live test compares. */
export const BALANCE_FIELDS = 'available planAllocation purchased reserved deficit outOfCredits version';

export interface LiveBalance {
  available: string;
  planAllocation: string;
  purchased: string;
  reserved: string;
  deficit: string;
  outOfCredits: boolean;
  version: number;
}

export interface CloseInfo {
  code: number;
  reason: string;
}

export const wsUrl = (httpUrl: string) => `${httpUrl.replace(/^http/, 'ws')}/graphql`;

const isClose = (value: unknown): value is CloseInfo =>
  typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;

/**
 * One graphql-ws client holding one subscription, recording everything it receives, with
 * promises that settle on the event itself (never on a timer).
 */
export class Watcher<T = LiveBalance> {
  readonly messages: T[] = [];
  readonly errors: unknown[] = [];
  readonly closes: CloseInfo[] = [];
  /** Times the socket was acknowledged (more than one: it reconnected). */
  connected = 0;
  /** Set when the subscription ended: with an error, a close the client gave up on, or completion. */
  ended: { error?: unknown; complete?: boolean } | null = null;
  readonly client: Client;
  private readonly waiters = new Set<() => void>();
  private unsubscribe: () => void = () => undefined;

  constructor(
    url: string | (() => string),
    token: string | null,
    private readonly query: string,
    options: Partial<ClientOptions> = {},
  ) {
    const target = typeof url === 'string' ? wsUrl(url) : () => wsUrl(url());
    this.client = createClient({
      url: target,
      webSocketImpl: WebSocket,
      connectionParams: token === null ? {} : { authorization: `Bearer ${token}` },
      lazy: true,
      retryAttempts: 0,
      ...options,
      on: {
        connected: () => {
          this.connected += 1;
          this.wake();
        },
        closed: (event) => {
          if (isClose(event)) this.closes.push({ code: event.code, reason: String(event.reason) });
          this.wake();
        },
      },
    });
  }

  start(): this {
    this.unsubscribe = this.client.subscribe<T>(
      { query: this.query },
      {
        next: (result) => {
          if (result.errors?.length) this.errors.push(...result.errors);
          const data = result.data as Record<string, T> | null | undefined;
          const value = data ? Object.values(data)[0] : undefined;
          if (value !== undefined) this.messages.push(value);
          this.wake();
        },
        error: (error) => {
          this.ended = { error };
          this.wake();
        },
        complete: () => {
          this.ended = { complete: true };
          this.wake();
        },
      },
    );
    return this;
  }

  get latest(): T | undefined {
    return this.messages.at(-1);
  }

  /** Resolves once `ready()` holds; rejects if the subscription ends first. */
  until(ready: (w: this) => boolean, what = 'condition'): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (ready(this)) {
          this.waiters.delete(check);
          resolve();
        } else if (this.ended) {
          this.waiters.delete(check);
          reject(new Error(`subscription ended before ${what}: ${describe(this.ended)}`));
        }
      };
      this.waiters.add(check);
      check();
    });
  }

  /** The first message that satisfies `match`, now or later. */
  async message(match: (m: T) => boolean, what = 'a matching message'): Promise<T> {
    await this.until((w) => w.messages.some(match), what);
    return this.messages.find(match)!;
  }

  /** Resolves with how the subscription ended (an error or close event, or completion). */
  async end(): Promise<{ error?: unknown; complete?: boolean }> {
    await new Promise<void>((resolve) => {
      const check = () => {
        if (this.ended) {
          this.waiters.delete(check);
          resolve();
        }
      };
      this.waiters.add(check);
      check();
    });
    return this.ended!;
  }

  async stop(): Promise<void> {
    this.unsubscribe();
    await this.client.dispose();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

function describe(ended: { error?: unknown; complete?: boolean }): string {
  if (ended.complete) return 'completed';
  if (isClose(ended.error)) return `closed ${ended.error.code} ${ended.error.reason}`;
  return JSON.stringify(ended.error);
}

export const balanceSubscription = `subscription { balanceChanged { ${BALANCE_FIELDS} } }`;

export function watchBalance(
  url: string | (() => string),
  token: string | null,
  options: Partial<ClientOptions> = {},
): Watcher<LiveBalance> {
  return new Watcher<LiveBalance>(url, token, balanceSubscription, options).start();
}

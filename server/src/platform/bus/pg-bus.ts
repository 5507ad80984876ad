import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Logger } from '../logger';
import type { AuthChange, Bus, ConfigChange, LedgerChange } from './bus';
import {
  AUTH_CHANNEL,
  CONFIG_CHANNEL,
  decodeConfigChange,
  encodeConfigChange,
  decodeAuthChange,
  decodeChange,
  encodeAuthChange,
  encodeChange,
  NOTIFY_CHANNEL,
  PendingChanges,
} from './notify';

export interface PgBusOptions {
  /** Ledger changes. */
  channel?: string;
  /** Credential changes. */
  authChannel?: string;
  /** Workspace setting changes. */
  configChannel?: string;
  /** Most notifications sent in one statement. */
  maxBatch?: number;
  /** How often the LISTEN connection proves it is alive. */
  heartbeatMs?: number;
  maxBackoffMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Ledger changes across instances through PostgreSQL LISTEN/NOTIFY.
 *
 * NOTIFY is sent after the credit transaction has committed, in a statement of its own on a
 * connection of its own: inside the transaction it would take PostgreSQL's global notification
 * lock at every commit (measured: half the throughput). While one NOTIFY statement is in flight,
 * new changes queue up, newest version per workspace, and leave together in the next one.
 *
 * LISTEN runs on one dedicated connection that reconnects with backoff; after a reconnect the
 * `onGap` listeners run, because notifications sent meanwhile are gone. An instance's own
 * notifications come back to it too; they are dropped by the sending backend's process id, since this
 * instance heard each change when it was published.
 *
 * Credential changes (`publishAuth`) travel the same way on a channel of their own, each sent as it
 * is (they are rare, and none may be merged away); so do workspace setting changes (`publishConfig`).
 */
export class PgBus implements Bus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly pending = new PendingChanges();
  private readonly pendingAuth = new Set<string>();
  private readonly pendingConfig = new Set<string>();
  private readonly channel: string;
  private readonly authChannel: string;
  private readonly configChannel: string;
  private readonly maxBatch: number;
  private readonly heartbeatMs: number;
  private readonly maxBackoffMs: number;
  private listener: pg.Client | null = null;
  private sender: pg.Client | null = null;
  /** The backend of the sending connection: what it notifies, this instance has heard already. */
  private senderPid: number | null = null;
  private sending = false;
  private sendLoopDone: Promise<void> = Promise.resolve();
  private sendFailures = 0;
  private listenFailures = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(
    private readonly url: string,
    private readonly logger: Logger,
    opts: PgBusOptions,
  ) {
    this.channel = opts.channel ?? NOTIFY_CHANNEL;
    this.authChannel = opts.authChannel ?? AUTH_CHANNEL;
    this.configChannel = opts.configChannel ?? CONFIG_CHANNEL;
    for (const name of [this.channel, this.authChannel, this.configChannel]) {
      if (!CHANNEL_NAME.test(name)) throw new Error(`bad channel name ${name}`);
    }
    if (new Set([this.channel, this.authChannel, this.configChannel]).size !== 3) {
      throw new Error('ledger, auth and config changes need channels of their own');
    }
    this.maxBatch = opts.maxBatch ?? 500;
    this.heartbeatMs = opts.heartbeatMs ?? 10_000;
    this.maxBackoffMs = opts.maxBackoffMs ?? 5_000;
  }

  /** Connects and LISTENs before returning, so a server never starts deaf. */
  static async start(url: string, logger: Logger, opts: PgBusOptions = {}): Promise<PgBus> {
    const bus = new PgBus(url, logger, opts);
    await bus.listen();
    bus.heartbeatTimer = setInterval(() => bus.checkListener(), bus.heartbeatMs);
    bus.heartbeatTimer.unref();
    return bus;
  }

  publish(change: LedgerChange): void {
    // Subscribers on this instance need not wait for the database round trip.
    this.emit(change);
    if (this.closed) return;
    this.pending.add(change);
    this.startSending();
  }

  publishAuth(change: AuthChange): void {
    const payload = encodeAuthChange(change);
    this.emitAuth(change);
    if (this.closed) return;
    this.pendingAuth.add(payload);
    this.startSending();
  }

  publishConfig(change: ConfigChange): void {
    const payload = encodeConfigChange(change);
    this.emitConfig(change);
    if (this.closed) return;
    this.pendingConfig.add(payload);
    this.startSending();
  }

  subscribeConfig(listener: (change: ConfigChange) => void, onGap?: () => void): () => void {
    this.emitter.on('config', listener);
    if (onGap) this.emitter.on('gap', onGap);
    return () => {
      this.emitter.off('config', listener);
      if (onGap) this.emitter.off('gap', onGap);
    };
  }

  subscribeAuth(listener: (change: AuthChange) => void, onGap?: () => void): () => void {
    this.emitter.on('auth', listener);
    if (onGap) this.emitter.on('gap', onGap);
    return () => {
      this.emitter.off('auth', listener);
      if (onGap) this.emitter.off('gap', onGap);
    };
  }

  private startSending(): void {
    if (this.sending) return;
    this.sending = true;
    this.sendLoopDone = this.sendLoop();
  }

  subscribe(listener: (change: LedgerChange) => void, onGap?: () => void): () => void {
    this.emitter.on('change', listener);
    if (onGap) this.emitter.on('gap', onGap);
    return () => {
      this.emitter.off('change', listener);
      if (onGap) this.emitter.off('gap', onGap);
    };
  }

  /** Sends what is still queued (briefly), then closes both connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await Promise.race([this.sendLoopDone, sleep(2_000)]);
    const clients = [this.listener, this.sender];
    this.listener = null;
    this.sender = null;
    await Promise.all(clients.map((c) => c?.end().catch(() => undefined)));
    this.emitter.removeAllListeners();
  }

  private emit(change: LedgerChange): void {
    try {
      this.emitter.emit('change', change);
    } catch (err) {
      this.logger.error({ err }, 'ledger change listener failed');
    }
  }

  private emitConfig(change: ConfigChange): void {
    try {
      this.emitter.emit('config', change);
    } catch (err) {
      this.logger.error({ err }, 'config change listener failed');
    }
  }

  private emitAuth(change: AuthChange): void {
    try {
      this.emitter.emit('auth', change);
    } catch (err) {
      this.logger.error({ err }, 'auth change listener failed');
    }
  }

  // ——— NOTIFY ———

  private async sendLoop(): Promise<void> {
    try {
      while (this.pending.size > 0 || this.pendingAuth.size > 0 || this.pendingConfig.size > 0) {
        // Credential and setting changes first: a revocation must not wait behind a burst of balances.
        const auth = [...this.pendingAuth].slice(0, this.maxBatch);
        for (const payload of auth) this.pendingAuth.delete(payload);
        const config = [...this.pendingConfig].slice(0, this.maxBatch - auth.length);
        for (const payload of config) this.pendingConfig.delete(payload);
        const batch = this.pending.take(this.maxBatch - auth.length - config.length);
        try {
          const client = await this.senderClient();
          await client.query({
            // Named: prepared once per connection, not parsed and planned for every batch.
            name: 'hero-bus-notify-2',
            text: 'select pg_notify(channel, payload) from unnest($1::text[], $2::text[]) as n(channel, payload)',
            values: [
              [
                ...auth.map(() => this.authChannel),
                ...config.map(() => this.configChannel),
                ...batch.map(() => this.channel),
              ],
              [...auth, ...config, ...batch.map(encodeChange)],
            ],
          });
          this.sendFailures = 0;
        } catch (err) {
          for (const payload of auth) this.pendingAuth.add(payload);
          for (const payload of config) this.pendingConfig.add(payload);
          for (const change of batch) this.pending.add(change); // newer versions queued meanwhile win
          this.dropSender();
          this.sendFailures += 1;
          const queued = this.pending.size + this.pendingAuth.size + this.pendingConfig.size;
          this.logger.warn({ err, queued }, 'could not send bus notifications; retrying');
          if (this.closed) return;
          await sleep(this.backoff(this.sendFailures));
        }
      }
    } finally {
      this.sending = false;
    }
  }

  private async senderClient(): Promise<pg.Client> {
    if (this.sender) return this.sender;
    // Closing drains through the open connection but never opens a new one.
    if (this.closed) throw new Error('the bus is closed');
    const client = new pg.Client({
      connectionString: this.url,
      application_name: 'hero-bus-notify',
      // A notification is news of a change already committed, not a change: its transaction need not wait for
      // the WAL flush (a crash loses queued notifications either way, and listeners read again after a gap).
      options: '-c synchronous_commit=off',
      keepAlive: true,
      query_timeout: 5_000,
      connectionTimeoutMillis: 5_000,
    });
    client.on('error', () => {
      if (this.sender === client) this.dropSender();
    });
    await client.connect();
    this.sender = client;
    this.senderPid = (client as unknown as { processID: number | null }).processID;
    return client;
  }

  private dropSender(): void {
    const client = this.sender;
    this.sender = null;
    client?.end().catch(() => undefined);
  }

  // ——— LISTEN ———

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: 'hero-bus-listen',
      keepAlive: true,
      query_timeout: 5_000,
      connectionTimeoutMillis: 5_000,
    });
    client.on('notification', (msg) => {
      if (!msg.payload) return;
      // Our own notification coming back: this instance heard it when it was published.
      if (msg.processId === this.senderPid) return;
      if (msg.channel === this.channel) {
        const change = decodeChange(msg.payload);
        if (change) this.emit(change);
        else this.logger.warn({ payload: msg.payload.slice(0, 100) }, 'ignored a malformed ledger notification');
      } else if (msg.channel === this.authChannel) {
        const change = decodeAuthChange(msg.payload);
        if (change) this.emitAuth(change);
        else this.logger.warn({ payload: msg.payload.slice(0, 100) }, 'ignored a malformed auth notification');
      } else if (msg.channel === this.configChannel) {
        const change = decodeConfigChange(msg.payload);
        if (change) this.emitConfig(change);
        else this.logger.warn({ payload: msg.payload.slice(0, 100) }, 'ignored a malformed config notification');
      }
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}; LISTEN ${this.authChannel}; LISTEN ${this.configChannel}`);
    } catch (err) {
      client.end().catch(() => undefined);
      throw err;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  private lost(client: pg.Client, err?: Error): void {
    if (this.listener !== client) return;
    this.listener = null;
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.logger.warn({ err }, 'lost the LISTEN connection; reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(async () => {
      try {
        await this.listen();
        this.reconnectTimer = null;
        this.listenFailures = 0;
        if (this.closed) return;
        this.logger.info('LISTEN connection restored');
        this.emitter.emit('gap');
      } catch (err) {
        this.reconnectTimer = null;
        this.listenFailures += 1;
        this.logger.warn({ err, attempt: this.listenFailures }, 'could not restore the LISTEN connection');
        this.scheduleReconnect();
      }
    }, this.backoff(this.listenFailures));
    this.reconnectTimer.unref();
  }

  /** A connection can die without a word (a dropped network path); a round trip proves it lives. */
  private checkListener(): void {
    const client = this.listener;
    if (!client) return;
    client.query('select 1').catch((err: Error) => this.lost(client, err));
  }

  private backoff(failures: number): number {
    const ceiling = Math.min(this.maxBackoffMs, 100 * 2 ** Math.min(failures, 10));
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
  }
}

/**
 * For a process without a bus of its own (the `staff:grant` command): sends credential changes to
 * every listening instance and returns once PostgreSQL has delivered them back to this connection,
 * which it does after queueing them for every other listener. False when that did not happen in
 * time; the instances then see the change when their cache entries expire.
 */
export async function announceAuthChanges(
  url: string,
  changes: AuthChange[],
  opts: { authChannel?: string; timeoutMs?: number } = {},
): Promise<boolean> {
  const channel = opts.authChannel ?? AUTH_CHANNEL;
  if (!CHANNEL_NAME.test(channel)) throw new Error(`bad channel name ${channel}`);
  if (!changes.length) return true;
  const payloads = new Set(changes.map(encodeAuthChange));
  const client = new pg.Client({ connectionString: url, application_name: 'hero-auth-announce' });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    const heard = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), opts.timeoutMs ?? 2_000);
      client.on('notification', (msg) => {
        if (msg.channel === channel && msg.payload) payloads.delete(msg.payload);
        if (payloads.size === 0) {
          clearTimeout(timer);
          resolve(true);
        }
      });
    });
    await client.query('select pg_notify($1, payload) from unnest($2::text[]) as payload', [channel, [...payloads]]);
    return await heard;
  } finally {
    await client.end().catch(() => undefined);
  }
}

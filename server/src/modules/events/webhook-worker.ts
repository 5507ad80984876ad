import type { EntityManager } from '@mikro-orm/core';
import { LockMode } from '@mikro-orm/core';
import type { DatabaseKind } from '../../db/orm';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { isUniqueViolation } from '../../platform/transaction';
import { afterFailure, isDelivered, subscribes, type RetryPolicy } from './core/delivery';
import { SIGNATURE_HEADER, signatureHeader } from './core/signature';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint, WorkspaceEvent } from './events.entities';

export interface WebhookWorkerOptions {
  pollIntervalMs: number;
  timeoutMs: number;
  /** Requests in flight at once in this process; each endpoint has at most one (deliveries go in seq order). */
  concurrency: number;
  retry: RetryPolicy;
}

/** The JSON body of every delivery and of `events(after:)`: the same fields. */
export function eventPayload(e: WorkspaceEvent): Record<string, unknown> {
  return {
    id: e.id,
    type: e.type,
    sequence: e.seq,
    workspaceId: e.workspace,
    createdAt: e.createdAt.toISOString(),
    data: e.data,
  };
}

interface Claimed {
  deliveryId: string;
  attempt: number;
  url: string;
  secrets: string[];
  event: WorkspaceEvent;
}

interface Outcome {
  statusCode: number | null;
  error: string | null;
  responseExcerpt: string | null;
  durationMs: number;
}

const FAN_OUT_BATCH = 500;
const EXCERPT_CHARS = 500;
const SHUTDOWN = new Error('server shutting down');

/**
 * Delivers the outbox. Each tick: (1) fan-out: for each enabled endpoint whose workspace has events past its cursor,
 * create its deliveries and move the cursor, under the endpoint's row lock; (2) claim the due head delivery of
 * each endpoint (the oldest PENDING one, so each endpoint gets its events in seq order), up to the free request
 * slots, with a lease (PostgreSQL: FOR UPDATE SKIP LOCKED, so instances share the work); (3) send each claimed one
 * in the background and record the answer. A slow endpoint holds one slot for at most the timeout and never
 * blocks the tick, other endpoints or the ledger (which only inserts event rows).
 */
export class WebhookWorker {
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly aborts = new Set<AbortController>();

  constructor(
    private readonly db: Db,
    private readonly dbKind: DatabaseKind,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly opts: WebhookWorkerOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.nudge(), this.opts.pollIntervalMs);
    this.timer.unref();
    this.nudge();
  }

  /** Runs a tick now (or right after the running one). */
  nudge(): void {
    if (this.stopped) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = this.tick()
      .catch((err: unknown) => this.logger.error({ err }, 'webhook delivery tick failed'))
      .finally(() => {
        this.ticking = null;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  /** Stops claiming; requests in flight are cut off and their deliveries are due again at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
    for (const abort of this.aborts) abort.abort(SHUTDOWN);
    await Promise.all(this.inFlight.values());
  }

  private async tick(): Promise<void> {
    await this.fanOut();
    const free = this.opts.concurrency - this.inFlight.size;
    if (free <= 0 || this.stopped) return;
    for (const claimed of await this.claim(free)) {
      const run = this.deliver(claimed).finally(() => {
        this.inFlight.delete(claimed.deliveryId);
        this.nudge(); // the endpoint's next event, without waiting for the interval
      });
      this.inFlight.set(claimed.deliveryId, run);
    }
  }

  // ——— fan-out ———

  private async fanOut(): Promise<void> {
    const rows = await this.db.execute<{ id: string }>(
      `select e.id from webhook_endpoint e where e.enabled = ? and exists (
         select 1 from workspace_event w where w.workspace_id = e.workspace_id and w.seq > e.cursor_seq)
       limit 100`,
      [this.bool(true)],
    );
    for (const { id } of rows) {
      try {
        await this.db.run(({ em }) => this.fanOutEndpoint(em, id));
      } catch (err) {
        // Another process fanned the same events out first (SQLite has no row locks to skip): nothing lost.
        if (!isUniqueViolation(err)) throw err;
      }
    }
  }

  private async fanOutEndpoint(em: EntityManager, endpointId: string): Promise<void> {
    const endpoint = await em.findOne(
      WebhookEndpoint,
      { id: endpointId, enabled: true },
      this.dbKind === 'postgresql' ? { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE } : {},
    );
    if (!endpoint) return; // deleted, disabled, or another instance has it
    const events = await em.find(
      WorkspaceEvent,
      { workspace: endpoint.workspace, seq: { $gt: endpoint.cursorSeq } },
      { orderBy: { seq: 'asc' }, limit: FAN_OUT_BATCH, fields: ['id', 'seq', 'type'] },
    );
    const now = this.clock.now();
    for (const e of events) {
      if (!subscribes(endpoint.eventTypes, e.type)) continue;
      em.create(WebhookDelivery, {
        endpoint: endpoint.id,
        event: e.id,
        workspace: endpoint.workspace,
        seq: e.seq,
        status: 'PENDING',
        attempts: 0,
        nextAttemptAt: now,
        lockedUntil: null,
        windowStartedAt: now,
        createdAt: now,
      });
    }
    if (events.length) endpoint.cursorSeq = events[events.length - 1]!.seq;
  }

  // ——— claim ———

  /** Raw SQL parameters: SQLite keeps dates as epoch milliseconds and booleans as 0/1. */
  private at(date: Date): Date | number {
    return this.dbKind === 'sqlite' ? date.getTime() : date;
  }

  private bool(value: boolean): boolean | number {
    return this.dbKind === 'sqlite' ? Number(value) : value;
  }

  private async claim(limit: number): Promise<Claimed[]> {
    return this.db.run(async ({ em }) => {
      const now = this.clock.now();
      const skipLocked = this.dbKind === 'postgresql' ? 'for update of d skip locked' : '';
      const rows = await em.getConnection().execute<{ id: string }[]>(
        `select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
         where d.status = 'PENDING' and e.enabled = ? and d.next_attempt_at <= ?
           and (d.locked_until is null or d.locked_until < ?)
           and not exists (select 1 from webhook_delivery p
             where p.endpoint_id = d.endpoint_id and p.status = 'PENDING' and p.seq < d.seq)
         order by d.next_attempt_at limit ? ${skipLocked}`,
        [this.bool(true), this.at(now), this.at(now), limit],
        'all',
        em.getTransactionContext(),
      );
      if (rows.length === 0) return [];
      const ids = (rows as { id: string }[]).map((r) => r.id);
      // The lease: twice the timeout, so recording the answer fits in it; a worker that died gives it up then.
      const lockedUntil = new Date(now.getTime() + 2 * this.opts.timeoutMs);
      // Conditional, so on SQLite (no row locks) a delivery taken meanwhile by another process is not taken twice.
      const taken: string[] = [];
      for (const id of ids) {
        const n = await em.nativeUpdate(
          WebhookDelivery,
          { id, status: 'PENDING', $or: [{ lockedUntil: null }, { lockedUntil: { $lt: now } }] },
          { lockedUntil },
        );
        if (n === 1) taken.push(id);
      }
      const deliveries = await em.find(WebhookDelivery, { id: { $in: taken } });
      const endpoints = new Map(
        (await em.find(WebhookEndpoint, { id: { $in: deliveries.map((d) => d.endpoint) } })).map((e) => [e.id, e]),
      );
      const events = new Map(
        (await em.find(WorkspaceEvent, { id: { $in: deliveries.map((d) => d.event) } })).map((e) => [e.id, e]),
      );
      return deliveries.map((d) => {
        const endpoint = endpoints.get(d.endpoint)!;
        const previousValid = endpoint.previousSecret && endpoint.previousSecretExpiresAt! > now;
        return {
          deliveryId: d.id,
          attempt: d.attempts + 1,
          url: endpoint.url,
          secrets: previousValid ? [endpoint.secret, endpoint.previousSecret!] : [endpoint.secret],
          event: events.get(d.event)!,
        };
      });
    });
  }

  // ——— send and record ———

  private async deliver(c: Claimed): Promise<void> {
    const outcome = await this.send(c);
    if (outcome === 'aborted') {
      await this.db.run(({ em }) => em.nativeUpdate(WebhookDelivery, { id: c.deliveryId }, { lockedUntil: null }));
      return;
    }
    await this.record(c, outcome).catch((err: unknown) =>
      // The lease runs out and the delivery is tried again: at least once, never lost.
      this.logger.error({ err, delivery: c.deliveryId }, 'could not record a webhook attempt'),
    );
  }

  private async send(c: Claimed): Promise<Outcome | 'aborted'> {
    const body = JSON.stringify(eventPayload(c.event));
    const timestampS = Math.floor(this.clock.now().getTime() / 1000);
    const abort = new AbortController();
    const timeout = setTimeout(() => abort.abort(new Error('timed out')), this.opts.timeoutMs);
    this.aborts.add(abort);
    const started = performance.now();
    const took = () => Math.round(performance.now() - started);
    try {
      const res = await fetch(c.url, {
        method: 'POST',
        redirect: 'manual',
        signal: abort.signal,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'HeroMarketer-Webhooks/1.0',
          [SIGNATURE_HEADER]: signatureHeader(c.secrets, timestampS, body),
          'Hero-Event-Id': c.event.id,
          'Hero-Event-Type': c.event.type,
          'Hero-Delivery-Attempt': String(c.attempt),
        },
        body,
      });
      const text = await res.text().catch(() => '');
      return { statusCode: res.status, error: null, responseExcerpt: text.slice(0, EXCERPT_CHARS), durationMs: took() };
    } catch (err) {
      if (abort.signal.reason === SHUTDOWN) return 'aborted';
      return { statusCode: null, error: describe(err, this.opts.timeoutMs), responseExcerpt: null, durationMs: took() };
    } finally {
      clearTimeout(timeout);
      this.aborts.delete(abort);
    }
  }

  private async record(c: Claimed, o: Outcome): Promise<void> {
    await this.db.run(async ({ em }) => {
      const d = await em.findOne(WebhookDelivery, { id: c.deliveryId });
      if (!d) return; // its endpoint was deleted meanwhile
      const now = this.clock.now();
      d.attempts += 1;
      em.create(WebhookAttempt, {
        delivery: d.id,
        attempt: d.attempts,
        statusCode: o.statusCode,
        error: o.error?.slice(0, 500) ?? null,
        responseExcerpt: o.responseExcerpt,
        durationMs: o.durationMs,
        createdAt: now,
      });
      Object.assign(d, {
        lastStatusCode: o.statusCode,
        lastError: o.error?.slice(0, 500) ?? null,
        lastAttemptAt: now,
        lockedUntil: null,
      });
      if (isDelivered(o.statusCode)) {
        Object.assign(d, { status: 'DELIVERED', deliveredAt: now });
        return;
      }
      const next = afterFailure(
        { attempts: d.attempts, windowStartedAt: d.windowStartedAt, now, random: Math.random() },
        this.opts.retry,
      );
      if (next.status === 'FAILED') d.status = 'FAILED';
      else d.nextAttemptAt = next.nextAttemptAt;
    });
  }
}

function describe(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.message === 'timed out') return `no answer within ${timeoutMs} ms`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return cause ? `${e?.message ?? 'request failed'} (${cause})` : (e?.message ?? 'request failed');
}

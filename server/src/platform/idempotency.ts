import { sha256Hex } from './sha256';
import type { MikroORM } from '@mikro-orm/core';
import { readView, type ReadSource } from './db';
import { IdempotencyRecord } from './idempotency.entity';
import { AppError } from './errors';
import { isUniqueViolation } from './transaction';

export interface IdempotentRequest {
  workspaceId: string;
  key: string;
  /** The mutation's name: one key never answers two different operations. */
  operation: string;
  /** Everything that shapes the effect; a retry must send the same. */
  params: unknown;
}

/** JSON with sorted keys, so the same parameters always hash the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const requestHash = (operation: string, params: unknown): string =>
  sha256Hex(`${operation}\n${canonical(params)}`);

/**
 * How long a claim holds its key for the request that made it; past it, a retry takes over. Longer
 * than a Stripe call may take with its own retries (80 s timeout, two network retries).
 */
export const RUNNING_CLAIM_MS = 5 * 60_000;

/**
 * One use of a key: derive the other system's idempotency key from `id`. A retry of a request that
 * was cut off gets the same id (the other system replays instead of acting twice); a retry after a
 * refusal, with other input, or after the key's lifetime gets a new one.
 */
export interface ExternalAttempt {
  id: string;
}

export const keyReused = () =>
  new AppError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different request');
const stillRunning = () =>
  new AppError('CONFLICT', 'A request with this idempotency key is still running; retry it in a moment');

/**
 * For work whose effect happens in another system that deduplicates by a key derived from the
 * attempt (Stripe's Idempotency-Key): no database transaction is held across the network call.
 *
 * The key is claimed first (a row without an answer), so every later request with the key meets
 * the first one before any check runs: a retry returns the first answer even when the checks would
 * now refuse it, and other input is IDEMPOTENCY_KEY_REUSED. A refusal (an AppError) removes the
 * claim, so the key is free again. Any other failure (a network error, a crash) leaves the claim
 * for a retry to take over with the same attempt. `revalidate` may replace a recorded answer that
 * has gone stale (an expired checkout).
 */
export async function idempotentExternal<T>(
  db: ReadSource,
  request: IdempotentRequest,
  now: () => Date,
  work: (attempt: ExternalAttempt) => Promise<T>,
  revalidate?: (answer: T, attempt: ExternalAttempt) => Promise<T>,
): Promise<T> {
  const hash = requestHash(request.operation, request.params);
  const claimed = await claim(db, request, hash, now());
  const attempt = { id: claimed.record.id };
  if (claimed.kind === 'answered') {
    const answer = claimed.record.response as T;
    if (!revalidate) return answer;
    const fresh = await revalidate(answer, attempt);
    if (fresh !== answer) await readView(db).nativeUpdate(IdempotencyRecord, { id: attempt.id }, { response: fresh });
    return fresh;
  }
  let result: T;
  try {
    result = await work(attempt);
  } catch (err) {
    const em = readView(db);
    if (err instanceof AppError) await em.nativeDelete(IdempotencyRecord, { id: attempt.id, response: null });
    else await em.nativeUpdate(IdempotencyRecord, { id: attempt.id, response: null }, { runningUntil: null });
    throw err;
  }
  const em = readView(db);
  const recorded = await em.nativeUpdate(
    IdempotencyRecord,
    { id: attempt.id, response: null },
    { response: result, runningUntil: null },
  );
  if (recorded === 0) {
    // A takeover recorded first: same attempt id, so the same external answer.
    const first = await em.findOne(IdempotencyRecord, { id: attempt.id });
    if (first?.response != null) return first.response as T;
  }
  return result;
}

type Claim = { kind: 'answered' | 'mine'; record: IdempotencyRecord };

/** The key's answer, or the right to run: a new claim, or one whose request is no longer running. */
async function claim(
  db: ReadSource,
  request: IdempotentRequest,
  hash: string,
  at: Date,
  again = false,
): Promise<Claim> {
  const where = { workspace: request.workspaceId, key: request.key };
  const em = readView(db);
  const existing = await em.findOne(IdempotencyRecord, where);
  if (existing?.response != null) return { kind: 'answered', record: sameRequest(existing, hash) };
  const runningUntil = new Date(at.getTime() + RUNNING_CLAIM_MS);
  const free = { id: existing?.id, response: null, $or: [{ runningUntil: null }, { runningUntil: { $lte: at } }] };
  if (existing && existing.requestHash === hash) {
    // Left by a request that was cut off: continue it under the same attempt.
    if (!(await em.nativeUpdate(IdempotencyRecord, free, { runningUntil }))) throw stillRunning();
    return { kind: 'mine', record: existing };
  }
  if (existing) {
    // Never answered, so never used: other input may have it once that request is over.
    if (!(await em.nativeDelete(IdempotencyRecord, free))) throw keyReused();
  }
  try {
    const record = em.create(IdempotencyRecord, {
      ...where,
      operation: request.operation,
      requestHash: hash,
      response: null,
      runningUntil,
      createdAt: at,
    });
    await em.flush();
    return { kind: 'mine', record };
  } catch (err) {
    if (!isUniqueViolation(err) || again) throw err;
    return claim(db, request, hash, at, true); // a concurrent twin claimed it first
  }
}

/** The first answer to a key, if this request is the same as the first; IDEMPOTENCY_KEY_REUSED if not. */
export function sameRequest<R extends { requestHash: string }>(record: R, hash: string): R {
  if (record.requestHash !== hash) throw keyReused();
  return record;
}

/**
 * Forgets keys first used more than `ttlMs` ago, a batch at a time so no statement holds the table
 * for long. A forgotten key is new again: a request with it runs as a first request.
 */
export async function purgeExpiredIdempotencyRecords(
  orm: MikroORM,
  now: Date,
  ttlMs: number,
  batchSize = 1_000,
): Promise<number> {
  const cutoff = new Date(now.getTime() - ttlMs);
  let purged = 0;
  for (;;) {
    const em = orm.em.fork();
    const rows = await em.find(
      IdempotencyRecord,
      { createdAt: { $lt: cutoff } },
      { fields: ['id'], limit: batchSize, orderBy: { createdAt: 'asc' } },
    );
    if (rows.length > 0) purged += await em.nativeDelete(IdempotencyRecord, { id: { $in: rows.map((r) => r.id) } });
    if (rows.length < batchSize) return purged;
  }
}

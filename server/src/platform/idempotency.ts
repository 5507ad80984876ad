import { createHash } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { IdempotencyRecord } from '../modules/ledger/ledger.entities';
import { AppError } from './errors';
import { inTransaction, isUniqueViolation } from './transaction';

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
  createHash('sha256')
    .update(`${operation}\n${canonical(params)}`)
    .digest('hex');

/**
 * Runs `work` once per key (SPEC rule 8). The key's row is inserted first, inside the same
 * transaction as the effect: a concurrent duplicate blocks on the unique index until the first
 * commits, then reads the first answer. A failure rolls everything back, key included, so a
 * failed request may be retried with the same key. The answer must be plain JSON.
 */
export async function idempotent<T>(
  orm: MikroORM,
  request: IdempotentRequest | undefined,
  now: () => Date,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  if (!request) return inTransaction(orm, work);
  const hash = requestHash(request.operation, request.params);
  try {
    return await inTransaction(orm, async (em) => {
      const record = em.create(IdempotencyRecord, {
        workspace: request.workspaceId,
        key: request.key,
        operation: request.operation,
        requestHash: hash,
        response: null,
        createdAt: now(),
      });
      await em.flush();
      const result = await work(em);
      record.response = result as unknown;
      return result;
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const first = await orm.em.fork().findOne(IdempotencyRecord, { workspace: request.workspaceId, key: request.key });
    if (!first) throw err;
    if (first.requestHash !== hash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different request');
    }
    return first.response as T;
  }
}

/**
 * For work whose effect happens in another system that deduplicates by a key derived from ours
 * (Stripe's Idempotency-Key): no database transaction is held across the network call. The first
 * answer is recorded afterwards; a retry returns it, other parameters are IDEMPOTENCY_KEY_REUSED.
 */
export async function idempotentExternal<T>(
  orm: MikroORM,
  request: IdempotentRequest,
  now: () => Date,
  work: () => Promise<T>,
): Promise<T> {
  const hash = requestHash(request.operation, request.params);
  const known = async () => {
    const first = await orm.em.fork().findOne(IdempotencyRecord, { workspace: request.workspaceId, key: request.key });
    if (first && first.requestHash !== hash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different request');
    }
    return first;
  };
  const first = await known();
  if (first) return first.response as T;
  const result = await work();
  try {
    const em = orm.em.fork();
    em.create(IdempotencyRecord, {
      workspace: request.workspaceId,
      key: request.key,
      operation: request.operation,
      requestHash: hash,
      response: result as unknown,
      createdAt: now(),
    });
    await em.flush();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    await known(); // a concurrent twin recorded it first: same key, so the same external answer
  }
  return result;
}

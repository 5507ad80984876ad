import type { EntityManager, MikroORM } from '@mikro-orm/core';

/** PostgreSQL serialization failure / deadlock and SQLite lock contention: safe to run again. */
function isRetryable(err: unknown): boolean {
  const e = err as { code?: string; errno?: number; name?: string; message?: string } | null;
  if (!e) return false;
  if (e.code === '40001' || e.code === '40P01') return true;
  if (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED') return true;
  return e.name === 'DeadlockException' || e.name === 'LockWaitTimeoutException';
}

/**
 * Runs `work` in one database transaction on a fresh entity manager and retries the whole
 * of it when the database asks for a retry. Nothing may happen outside the database inside
 * `work`: it can run more than once.
 */
export async function inTransaction<T>(
  orm: MikroORM,
  work: (em: EntityManager) => Promise<T>,
  attempts = 8,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await orm.em.fork().transactional(work);
    } catch (err) {
      if (attempt >= attempts || !isRetryable(err)) throw err;
      // Jittered backoff spreads the retries of colliding transactions apart.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
  }
}

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { name?: string; code?: string } | null;
  return (
    e?.name === 'UniqueConstraintViolationException' || e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

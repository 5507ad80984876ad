import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/postgresql';
import type { DatabaseKind } from '../db/orm';
import type { IdempotentRequest } from './idempotency';
import type { UnitOfWork, UnitsOfWork } from './unit-of-work';

/**
 * The domain's one door to the database, built once by the composition root (src/assemble.ts). Services
 * receive it instead of the ORM: writes go through `run` (a unit of work: one transaction, its outbox
 * events, its after-commit hooks), reads through `read()` or, inside a unit, through its `tx.em`.
 */
export interface Db {
  readonly kind: DatabaseKind;
  /** A fresh read view with its own identity map, shared with nothing else. */
  read(): EntityManager;
  /** Runs `work` as one unit of work (UnitsOfWork.run): one transaction, retried whole when the database asks. */
  run<T>(work: (tx: UnitOfWork) => Promise<T>, opts?: { idempotency?: IdempotentRequest }): Promise<T>;
  /** Plain SQL outside any transaction, for reads the ORM cannot express (reports, the audit). */
  execute<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** The driver's connection, for the few stores that run their own statements (ledger, credentials). */
  connection(): AbstractSqlConnection;
  /**
   * Runs `use` on one of the pool's driver connections (node-postgres client, better-sqlite3 database),
   * given back whatever happens: for statements prepared on the driver.
   */
  withDriver<C, R>(use: (connection: C) => R | Promise<R>): Promise<R>;
}

/** Knex's pool, underneath MikroORM's connection. */
interface Pool {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<void> | void;
}

export function createDb(orm: MikroORM, units: UnitsOfWork, kind: DatabaseKind): Db {
  return {
    kind,
    read: () => orm.em.fork(),
    run: (work, opts) => units.run(work, opts),
    execute: <T>(sql: string, params: unknown[] = []) =>
      orm.em.getConnection().execute(sql, params, 'all') as Promise<T[]>,
    connection: () => orm.em.getConnection() as AbstractSqlConnection,
    async withDriver<C, R>(use: (connection: C) => R | Promise<R>): Promise<R> {
      const { client } = (orm.em.getConnection() as AbstractSqlConnection).getKnex() as unknown as { client: Pool };
      const connection = (await client.acquireConnection()) as C;
      try {
        return await use(connection);
      } finally {
        await client.releaseConnection(connection);
      }
    },
  };
}

/**
 * What the tools and tests hand to the few module functions they call directly (the sweeps, the history
 * pages): the door, or the ORM they opened themselves.
 */
export type ReadSource = Pick<Db, 'read'> | MikroORM;

export const readView = (source: ReadSource): EntityManager => ('read' in source ? source.read() : source.em.fork());

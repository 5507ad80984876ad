// Before the ORM: its async-local scopes cost nothing while none is open (see the module).
import '../platform/async-scopes';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import pg from 'pg';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import { entities } from './entities';
import { postgresqlMigrations } from './migrations/postgresql';
import { sqliteMigrations } from './migrations/sqlite';

export type DatabaseKind = Config['database']['kind'];

const SQLITE_BUSY_TIMEOUT_MS = 5_000;
/** How long a starting process waits for another one's migrations on SQLite; PostgreSQL waits as long as it takes. */
const SQLITE_MIGRATION_WAIT_MS = 120_000;
/** Any fixed number: PostgreSQL scopes advisory locks to the database, so one key serves every deployment. */
const MIGRATION_LOCK_KEY = '4711202611';

const migrationsDir = (kind: DatabaseKind) => join(__dirname, 'migrations', kind);

export function ormOptions(database: Config['database'], opts: { withMigrationFiles?: boolean } = {}): Options {
  const common: Options = {
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
    migrations: {
      path: migrationsDir(database.kind),
      pathTs: migrationsDir(database.kind),
      emit: 'ts',
      glob: 'Migration*.ts',
      snapshot: false,
      silent: true,
      // SQLite: `migrate` wraps the whole run in one BEGIN IMMEDIATE transaction of its own, because the
      // migrator's would be a deferred BEGIN, which lets two processes both decide to migrate.
      transactional: database.kind === 'postgresql',
      allOrNothing: true,
      // At run time the list is compiled in, so migrations work the same under any loader.
      ...(opts.withMigrationFiles
        ? {}
        : { migrationsList: database.kind === 'postgresql' ? postgresqlMigrations : sqliteMigrations }),
    },
  };
  if (database.kind === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: database.url,
      pool: { min: 0, max: 20 },
    };
  }
  if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: database.path,
    pool: {
      // WAL lets readers run beside the writer; busy_timeout makes a second process wait, not fail. It comes
      // first: switching a fresh file to WAL takes a lock that another process may be holding.
      afterCreate: (conn: { pragma?: (s: string) => void }, done: (err: unknown, conn: unknown) => void) => {
        try {
          conn.pragma?.(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
          conn.pragma?.('journal_mode = WAL');
          conn.pragma?.('foreign_keys = ON');
          done(null, conn);
        } catch (err) {
          done(err, conn);
        }
      },
    },
  };
}

export async function openDatabase(database: Config['database']): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(database));
  try {
    await migrate(orm, database);
  } catch (err) {
    await orm.close(true);
    throw err;
  }
  return orm;
}

/**
 * Applies pending migrations, one process at a time: instances started together on a fresh database
 * would otherwise all create the same tables (PostgreSQL: a duplicate key on `pg_type`; SQLite: "table
 * already exists"). The last to get the lock finds nothing left to do.
 */
export async function migrate(orm: MikroORM, database: Config['database']): Promise<void> {
  if (database.kind === 'postgresql') {
    await withAdvisoryLock(database.url, MIGRATION_LOCK_KEY, () => orm.getMigrator().up());
    return;
  }
  await inImmediateTransaction(orm, () => orm.getMigrator().up());
}

/**
 * A session-level advisory lock on a connection of its own, held around `work`. If the process dies,
 * PostgreSQL ends the session and the lock with it, so a crashed start never blocks the next one.
 */
async function withAdvisoryLock<T>(url: string, key: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'hero-migrate' });
  // Losing this connection mid-run loses the lock, not the run: the migrator's own transaction keeps that
  // all-or-nothing. An unhandled 'error' event would end the process instead.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1::bigint)', [key]);
    return await work();
  } finally {
    await client.query('select pg_advisory_unlock($1::bigint)', [key]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

/**
 * SQLite's pool is one connection, so everything `work` runs on the ORM happens inside this transaction.
 * IMMEDIATE takes the write lock before anything is read: a second process waits here, then reads what
 * the first one committed.
 */
async function inImmediateTransaction<T>(orm: MikroORM, work: () => Promise<T>): Promise<T> {
  const connection = orm.em.getConnection();
  await connection.execute(`pragma busy_timeout = ${SQLITE_MIGRATION_WAIT_MS}`);
  try {
    await connection.execute('begin immediate');
    try {
      const result = await work();
      await connection.execute('commit');
      return result;
    } catch (err) {
      await connection.execute('rollback').catch(() => undefined);
      throw err;
    }
  } finally {
    await connection.execute(`pragma busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  }
}

/** The PostgreSQL settings without which a crash can lose commits the server has already acknowledged. */
const DURABILITY_SETTINGS = ['fsync', 'synchronous_commit', 'full_page_writes'] as const;

/** Which of the durability settings are off (PostgreSQL only: on SQLite, a commit survives the process dying). */
export async function durabilitySettingsOff(orm: MikroORM, kind: DatabaseKind): Promise<string[]> {
  if (kind !== 'postgresql') return [];
  const select = DURABILITY_SETTINGS.map((name) => `current_setting('${name}') as ${name}`).join(', ');
  const [row] = (await orm.em.getConnection().execute(`select ${select}`)) as Record<string, string>[];
  return DURABILITY_SETTINGS.filter((name) => row?.[name] === 'off');
}

/** Says so at start when the database may lose acknowledged writes in a crash (fine for tests, not for money). */
export async function warnIfNotDurable(orm: MikroORM, kind: DatabaseKind, logger: Logger): Promise<void> {
  const off = await durabilitySettingsOff(orm, kind);
  if (off.length === 0) return;
  logger.warn(
    { settings: off },
    `PostgreSQL runs with ${off.join(', ')} off: a crash can lose writes that were already confirmed to clients. ` +
      'Turn them on in production (see docs/how-to/deploy-postgresql.md).',
  );
}

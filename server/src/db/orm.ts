import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Config } from '../platform/config';
import { entities } from './entities';
import { postgresqlMigrations } from './migrations/postgresql';
import { sqliteMigrations } from './migrations/sqlite';

export type DatabaseKind = Config['database']['kind'];

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
      transactional: true,
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
      // WAL lets readers run beside the writer; busy_timeout makes a second process wait, not fail.
      afterCreate: (conn: { pragma?: (s: string) => void }, done: (err: unknown, conn: unknown) => void) => {
        try {
          conn.pragma?.('journal_mode = WAL');
          conn.pragma?.('busy_timeout = 5000');
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
  await orm.getMigrator().up();
  return orm;
}

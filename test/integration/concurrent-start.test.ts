import { openDatabase } from '@hero/server/src/db/orm';
import { postgresqlMigrations } from '@hero/server/src/db/migrations/postgresql';
import { sqliteMigrations } from '@hero/server/src/db/migrations/sqlite';
import type { Config } from '@hero/server/src/platform/config';
import { afterEach, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../support/pg-harness';
import { dbKind, spawnServer, type ServerProcess } from '../support/server';

/** Rounds of simultaneous starts on a fresh database; the race lost about one round in two before. */
const ROUNDS = 4;
const INSTANCES = 3;

const running: ServerProcess[] = [];
const scratches: ScratchDatabase[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop('SIGKILL')));
  await Promise.all(scratches.splice(0).map((s) => s.drop()));
});

const databaseOf = (url: string): Config['database'] =>
  url.startsWith('sqlite:') ? { kind: 'sqlite', path: url.slice('sqlite:'.length) } : { kind: 'postgresql', url };

/** Every migration the database recorded, with how often: opened after the race, so it applies nothing new. */
async function recordedMigrations(url: string): Promise<Map<string, number>> {
  const orm = await openDatabase(databaseOf(url));
  try {
    const rows = (await orm.em.getConnection().execute('select name from mikro_orm_migrations')) as { name: string }[];
    const counts = new Map<string, number>();
    for (const { name } of rows) counts.set(name, (counts.get(name) ?? 0) + 1);
    return counts;
  } finally {
    await orm.close(true);
  }
}

describe(`instances started at once on a fresh database (${dbKind()})`, () => {
  it(`all come up and the schema is migrated exactly once, ${ROUNDS} times in a row`, async () => {
    const expected = (dbKind() === 'postgresql' ? postgresqlMigrations : sqliteMigrations).map((m) => m.name);
    for (let round = 1; round <= ROUNDS; round++) {
      const scratch = await createScratchDatabase(`start_race_${round}`);
      scratches.push(scratch);
      const starts = await Promise.allSettled(Array.from({ length: INSTANCES }, () => spawnServer(scratch.url)));
      for (const start of starts) if (start.status === 'fulfilled') running.push(start.value);
      const failures = starts.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
      expect(failures, `round ${round}`).toEqual([]);

      // Every instance serves, on the one schema.
      for (const server of running) {
        const health = await fetch(`${server.url}/healthz`);
        expect(health.status, `round ${round}`).toBe(200);
      }
      const recorded = await recordedMigrations(scratch.url);
      expect([...recorded.keys()].sort(), `round ${round}`).toEqual([...expected].sort());
      expect(
        [...recorded.values()].every((n) => n === 1),
        `round ${round}: a migration ran twice`,
      ).toBe(true);

      await Promise.all(running.splice(0).map((s) => s.stop()));
      await scratches.pop()!.drop();
    }
  });
});

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, signUp } from '../support/accounts';
import { gqlOk, uniqueKey } from '../support/gql';
import { BALANCE_FIELDS, watchBalance, type LiveBalance, type Watcher } from '../support/live';
import { createScratchDatabase, type ScratchDatabase } from '../support/pg-harness';
import { dbKind, spawnServer, type ServerProcess } from '../support/server';

const onPostgres = dbKind() === 'postgresql';

describe.skipIf(!onPostgres)(
  'HERO_PROCESSES=2: one port, two server processes (PostgreSQL only: SQLite refuses more than one)',
  () => {
    let scratch: ScratchDatabase;
    let server: ServerProcess;
    const watchers: Watcher[] = [];

    beforeAll(async () => {
      scratch = await createScratchDatabase('processes');
      server = await spawnServer(scratch.url, { HERO_PROCESSES: '2' });
    });
    afterAll(async () => {
      await Promise.all(watchers.map((w) => w.stop()));
      await server?.stop('SIGKILL');
      await scratch?.drop();
    });

    it('serves requests, and a charge made through one process reaches subscribers on both', async () => {
      // Two instances, each with its own bus connection listening for the other's changes.
      const admin = new pg.Client({ connectionString: scratch.url });
      await admin.connect();
      try {
        const listeners = await admin.query(
          `select pid from pg_stat_activity where application_name = 'hero-bus-listen' and datname = current_database()`,
        );
        expect(listeners.rowCount).toBe(2);
      } finally {
        await admin.end();
      }

      const owner = await signUp(server.url, 'processes');
      await fund(server.url, owner.workspaceId, '10');
      // The cluster hands new connections to its processes in turn: four sockets land on both of them.
      for (let i = 0; i < 4; i++) watchers.push(watchBalance(server.url, owner.token));
      await Promise.all(watchers.map((w) => w.message((m) => m.available === '10', 'the funded balance')));

      await gqlOk(
        server.url,
        `mutation($input: ReserveCreditsInput!) { reserveCredits(input: $input) { id } }`,
        { input: { amount: '2.5', description: 'Across processes', idempotencyKey: uniqueKey('processes') } },
        owner.token,
      );
      const { balance } = await gqlOk<{ balance: LiveBalance }>(
        server.url,
        `{ balance { ${BALANCE_FIELDS} } }`,
        {},
        owner.token,
      );
      expect(balance).toMatchObject({ available: '7.5', reserved: '2.5' });
      for (const w of watchers) {
        expect(await w.message((m) => m.version === balance.version, 'the charge')).toEqual(balance);
      }
    });

    it('stops both processes gracefully on SIGTERM', async () => {
      await Promise.all(watchers.splice(0).map((w) => w.stop()));
      await server.stop('SIGTERM');
      expect(server.child.exitCode).toBe(0);
    });
  },
);

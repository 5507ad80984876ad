import { existsSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createScratchDatabase, scratchName } from './scratch';

describe('scratchName', () => {
  it.each([
    ['ledger', /^ledger_[0-9a-f]{10}$/],
    ['Ledger-Holds.test', /^ledger_holds_test_[0-9a-f]{10}$/],
    ['123', /^test_[0-9a-f]{10}$/],
    ['x'.repeat(100), /^x{40}_[0-9a-f]{10}$/],
  ])('%s', (prefix, expected) => {
    expect(scratchName(prefix)).toMatch(expected);
  });

  it('differs between calls', () => {
    expect(scratchName('a')).not.toBe(scratchName('a'));
  });
});

describe('createScratchDatabase on SQLite', () => {
  it('gives a path in a new folder that drop() removes', async () => {
    const db = await createScratchDatabase('harness', '');
    expect(db.url).toMatch(/^sqlite:.*harness_[0-9a-f]{10}\.sqlite$/);
    const path = db.url.slice('sqlite:'.length);
    writeFileSync(path, '');
    await db.drop();
    await db.drop();
    expect(existsSync(path)).toBe(false);
  });
});

const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : '';

describe.runIf(pgUrl)('createScratchDatabase on PostgreSQL', () => {
  it('creates an empty database of its own and drops it, even with a connection open', async () => {
    const db = await createScratchDatabase('harness');
    expect(new URL(db.url).pathname).toMatch(/^\/harness_[0-9a-f]{10}$/);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ db: string; tables: string }>(
      `SELECT current_database() AS db,
              (SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public') AS tables`,
    );
    expect(rows[0]).toEqual({ db: new URL(db.url).pathname.slice(1), tables: '0' });
    client.on('error', () => {}); // the forced drop ends this connection

    await db.drop();
    await db.drop();
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    try {
      const left = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [rows[0]?.db]);
      expect(left.rowCount).toBe(0);
    } finally {
      await admin.end();
    }
  });
});

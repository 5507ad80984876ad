import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Config } from '../platform/config';

/** A fresh, empty database of the given kind, and a way to throw it away. */
export async function scratchDatabase(
  kind: Config['database']['kind'],
  postgresUrl?: string,
): Promise<{ database: Config['database']; drop(): Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'hero-sqlite-'));
    return {
      database: { kind, path: join(dir, 'scratch.sqlite') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!postgresUrl) throw new Error('DATABASE_URL (postgresql://…) is needed for a PostgreSQL scratch database');
  const name = `hero_scratch_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    database: { kind, url: url.toString() },
    drop: async () => {
      const c = new Client({ connectionString: postgresUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A database of its own for one test file; `drop()` deletes it and is safe to call twice. */
export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates a fresh, empty database named `<prefix>_<random>`.
 *
 * With `DATABASE_URL` set to a PostgreSQL URL (scripts/test.sh sets it), the database is created on
 * that server and `url` points at it. Otherwise `url` is `sqlite:<path>` to a file in a new
 * temporary folder. Pass `baseUrl` ('' for SQLite) to ignore the environment.
 */
export async function createScratchDatabase(
  prefix = 'test',
  baseUrl = process.env.DATABASE_URL,
): Promise<ScratchDatabase> {
  const name = scratchName(prefix);

  if (!baseUrl || baseUrl.startsWith('sqlite:')) {
    const dir = mkdtempSync(join(tmpdir(), 'hero-sqlite-'));
    return {
      url: `sqlite:${join(dir, `${name}.sqlite`)}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }

  // template0: never "in use by other users", however many files create databases at once.
  await withAdmin(baseUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE template0`));
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE: ends connections a test left open, so the drop cannot fail on them.
    drop: () => withAdmin(baseUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

/** `<prefix>_<random>`, lower case and short enough for PostgreSQL's 63-byte names. */
export function scratchName(prefix: string): string {
  const clean = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .slice(0, 40);
  return `${clean || 'test'}_${randomBytes(5).toString('hex')}`;
}

async function withAdmin(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

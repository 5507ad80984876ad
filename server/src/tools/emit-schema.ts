/**
 * Writes the schema's SDL to schema/schema.graphql (committed; partners and codegen read it).
 * With --check, fails when the committed file differs from what the code produces.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from '../platform/graphql/schema';

const target = join(__dirname, '..', '..', '..', 'schema', 'schema.graphql');

async function run(): Promise<void> {
  const sdl = `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (committed !== sdl) {
      console.error('schema/schema.graphql is stale: run `pnpm schema` and commit the result.');
      process.exit(1);
    }
    console.log('schema/schema.graphql is up to date');
    return;
  }
  writeFileSync(target, sdl);
  console.log(`wrote ${target}`);
}

run().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

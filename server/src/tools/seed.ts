/** Seeds the demo workspace into the configured database (idempotent) and prints the login. */
import 'reflect-metadata';
import { openDatabase } from '../db/orm';
import { DEMO_MEMBER, DEMO_OWNER, seedDemo } from '../db/seed';
import { loadConfig } from '../platform/config';
import { createLogger } from '../platform/logger';

async function run(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ LOG_LEVEL: 'warn', LOG_PRETTY: false });
  const orm = await openDatabase(config.database);
  try {
    const { created } = await seedDemo(orm, config, logger);
    console.log(created ? 'Demo workspace "Acme Outdoor" created.' : 'Demo workspace already present.');
    console.log(`  owner:  ${DEMO_OWNER.email} / ${DEMO_OWNER.password}`);
    console.log(`  member: ${DEMO_MEMBER.email} / ${DEMO_MEMBER.password}`);
  } finally {
    await orm.close(true);
  }
}

run().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

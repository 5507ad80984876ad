/**
 * Seeds the demo workspace and a support staff account into the configured database (idempotent) and
 * prints the logins. It runs the whole app on a spare port with a clock it moves through the past
 * three weeks, so the demo's history comes from the same flows a user goes through.
 */
import 'reflect-metadata';
import { DEMO_MEMBER, DEMO_OWNER, DEMO_STAFF, seedDemo } from '../db/seed';
import { startServer } from '../assemble';
import { ManualClock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import { createLogger } from '../platform/logger';

async function run(): Promise<void> {
  const config = { ...loadConfig(), PORT: 0, SERVE_CLIENT: false };
  const clock = new ManualClock(new Date());
  const server = await startServer(config, { clock, logger: createLogger({ LOG_LEVEL: 'warn', LOG_PRETTY: false }) });
  try {
    const { created } = await seedDemo(server, clock);
    console.log(created ? 'Demo workspace "Acme Outdoor" created.' : 'Demo workspace already present.');
    console.log(`  owner:  ${DEMO_OWNER.email} / ${DEMO_OWNER.password}`);
    console.log(`  member: ${DEMO_MEMBER.email} / ${DEMO_MEMBER.password}`);
    console.log(`  support staff: ${DEMO_STAFF.email} / ${DEMO_STAFF.password}`);
  } finally {
    await server.close();
  }
}

run().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

import 'reflect-metadata';
import { startServer } from './platform/app';
import { ConfigError, loadConfig } from './platform/config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const server = await startServer(config);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.services.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await server.close();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  if (process.stdout.isTTY || process.env.HERO_BANNER === '1') {
    process.stdout.write(`\nHero Marketer is running at ${server.url}  (GraphQL: ${server.url}/graphql)\n\n`);
  }
  // One machine-readable line, so scripts and tests know where the server is.
  process.stdout.write(`${JSON.stringify({ event: 'listening', url: server.url, port: server.port })}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

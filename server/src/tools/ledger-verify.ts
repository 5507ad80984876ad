/**
 * `pnpm ledger:verify`: the independent auditor over every workspace of the server's database
 * (DATA_DIR or DATABASE_URL, as the server reads them) and the configured Stripe. Prints one line per
 * workspace and a summary; exits 0 when the ledger agrees everywhere, 1 on any difference, 2 when it
 * cannot run, 64 on a wrong argument, 78 on an invalid configuration (as the server).
 *
 *   pnpm ledger:verify                      # every workspace
 *   pnpm ledger:verify --workspace <id>     # only these (repeatable)
 *   pnpm ledger:verify --verbose            # each grant: expected original and remaining beside the ledger's
 *
 * Stripe: STRIPE_SECRET_KEY (and STRIPE_API_URL) when set; otherwise the local Stripe's saved state
 * (STRIPE_LOCAL_STATE_FILE, default DATA_DIR/stripe-local.json), read from a copy; otherwise none, and
 * grants from payments are reported as unsourced.
 */
import 'reflect-metadata';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import Stripe from 'stripe';
import { formatReport, verify } from '../audit';
import { ormOptions } from '../db/orm';
import { ConfigError, loadConfig, type Config } from '../platform/config';
import { createStripeLocal, type StripeLocal } from '../stripe-local';

class UsageError extends Error {}

interface Args {
  workspaceIds?: string[];
  verbose: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--workspace' && argv[i + 1]) (args.workspaceIds ??= []).push(argv[++i]!);
    else if (a !== '--') throw new UsageError(`unknown argument ${a}`);
  }
  return args;
}

/** The payment provider the server talks to, or the local Stripe's saved state; null when neither exists. */
async function openStripe(config: Config): Promise<{ stripe: Stripe | null; close(): Promise<void>; note?: string }> {
  if (config.STRIPE_SECRET_KEY) {
    const url = config.STRIPE_API_URL ? new URL(config.STRIPE_API_URL) : null;
    const host = url
      ? {
          host: url.hostname,
          port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
          protocol: url.protocol.replace(':', '') as 'http' | 'https',
        }
      : {};
    return { stripe: new Stripe(config.STRIPE_SECRET_KEY, { maxNetworkRetries: 2, ...host }), close: async () => {} };
  }
  const file = config.STRIPE_LOCAL_STATE_FILE ?? join(config.DATA_DIR, 'stripe-local.json');
  if (!existsSync(file)) return { stripe: null, close: async () => {}, note: `no STRIPE_SECRET_KEY and no ${file}` };
  // A copy, so nothing this run does can ever write over the running server's state.
  const dir = mkdtempSync(join(tmpdir(), 'ledger-verify-'));
  copyFileSync(file, join(dir, 'state.json'));
  const local: StripeLocal = createStripeLocal({
    webhookSecret: 'whsec_ledger_verify',
    statePath: join(dir, 'state.json'),
  });
  await local.listen(0, '127.0.0.1');
  return {
    stripe: new Stripe('sk_test_ledger_verify', { ...local.clientOptions(), maxNetworkRetries: 0 }),
    close: async () => {
      await local.close();
      rmSync(dir, { recursive: true, force: true });
    },
    note: `payments read from the local Stripe's saved state (${file})`,
  };
}

async function main(): Promise<number> {
  // Like the first-run command: the repository's data/ unless told otherwise.
  if (!process.env.DATABASE_URL && !process.env.DATA_DIR) process.env.DATA_DIR = resolve(__dirname, '../../../data');
  const config = loadConfig();
  const args = parseArgs(process.argv.slice(2));
  if (config.database.kind === 'sqlite' && !existsSync(config.database.path))
    throw new Error(`no database at ${config.database.path}: set DATA_DIR or DATABASE_URL as for the server`);
  const orm = await MikroORM.init(ormOptions(config.database));
  const provider = await openStripe(config);
  try {
    const report = await verify(orm, provider.stripe, config, { workspaceIds: args.workspaceIds });
    if (provider.note) report.notes.push(provider.note);
    for (const line of formatReport(report, { verbose: args.verbose })) console.log(line);
    return report.differences > 0 ? 1 : 0;
  } finally {
    await provider.close();
    await orm.close(true);
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError) {
      console.error(`${err.message}\nusage: pnpm ledger:verify [--workspace ID]... [--verbose]`);
      process.exit(64); // EX_USAGE
    }
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG, as the server
    }
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);

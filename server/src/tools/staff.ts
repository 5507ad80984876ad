/**
 * Grants or revokes the support staff role of an existing account, on the database the server uses
 * (DATABASE_URL, else DATA_DIR/hero.sqlite), and records who did it and when.
 *
 *   pnpm staff:grant EMAIL      (at the repository root)
 *   pnpm staff:revoke EMAIL
 *
 * Exit codes: 0 done (or nothing to change), 1 no such account or bad email, 64 wrong usage,
 * 78 invalid configuration.
 */
import 'reflect-metadata';
import { describeStaffResult, runStaffCommand, type StaffAction } from '../modules/auth/staff.command';
import { ConfigError } from '../platform/config';
import { AppError } from '../platform/errors';

const USAGE = 'usage: pnpm staff:grant EMAIL | pnpm staff:revoke EMAIL';

function parseArgs(argv: string[]): { action: StaffAction; email: string } | null {
  const [action, email, ...rest] = argv;
  if ((action !== 'grant' && action !== 'revoke') || !email || rest.length > 0) return null;
  return { action, email };
}

async function run(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 64; // EX_USAGE
  }
  try {
    console.log(describeStaffResult(args.action, await runStaffCommand(args.action, args.email)));
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 78; // EX_CONFIG
    }
    if (err instanceof AppError) {
      console.error(`error: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

run().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { hostname, userInfo } from 'node:os';
import { openDatabase } from '../../db/orm';
import { announceAuthChanges } from '../../platform/bus';
import { systemClock } from '../../platform/clock';
import { loadConfig, type Config } from '../../platform/config';
import { createDb } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { UnitsOfWork } from '../../platform/unit-of-work';
import { StaffService, type StaffRoleResult } from './staff.service';

export type StaffAction = 'grant' | 'revoke';

/** The operator running the command, as the record names them: `login@machine`. */
export function operatorName(): string {
  let login = process.env.USER ?? 'unknown';
  try {
    login = userInfo().username;
  } catch {
    // no passwd entry (some containers): keep $USER
  }
  return `${login}@${hostname()}`;
}

/**
 * What `pnpm staff:grant EMAIL` and `pnpm staff:revoke EMAIL` do: open the database the server's
 * configuration names (DATABASE_URL, else the SQLite file in DATA_DIR), change the role, record who
 * did it, close. Tests call this too, so they grant staff exactly as an operator does.
 */
export async function runStaffCommand(
  action: StaffAction,
  email: string,
  env: NodeJS.ProcessEnv = process.env,
  actor: string = operatorName(),
): Promise<StaffRoleResult> {
  const config = loadConfig(env);
  requireExisting(config.database);
  const orm = await openDatabase(config.database);
  try {
    const now = () => systemClock.now();
    const staff = new StaffService(createDb(orm, new UnitsOfWork(orm, now), config.database.kind), systemClock);
    const result = action === 'grant' ? await staff.grant(email, actor) : await staff.revoke(email, actor);
    if (result.changed) await tellRunningServers(config, result.userId);
    return result;
  } finally {
    await orm.close(true);
  }
}

/**
 * Running servers keep sessions in memory for a short time (AUTH_CACHE_TTL_MS). On PostgreSQL they
 * hear the change on the bus before this returns; on SQLite they notice the database was written by
 * another process on their next request.
 */
async function tellRunningServers(config: Config, userId: string): Promise<void> {
  if (config.database.kind !== 'postgresql') return;
  const heard = await announceAuthChanges(config.database.url, [{ kind: 'user', id: userId }]).catch(() => false);
  if (!heard) {
    console.warn(
      `warning: could not notify running servers; open sessions see the change within ${config.AUTH_CACHE_TTL_MS / 1000} s`,
    );
  }
}

/**
 * A mistyped DATA_DIR would otherwise create an empty SQLite database and report that nobody has
 * that email; naming the file tells the operator which database was meant.
 */
function requireExisting(database: Config['database']): void {
  if (database.kind !== 'sqlite' || existsSync(database.path)) return;
  throw new AppError(
    'NOT_FOUND',
    `No database at ${resolve(database.path)}. Set DATA_DIR or DATABASE_URL to the server's database.`,
  );
}

/** One line for the operator: what is true now, and whether this command changed it. */
export function describeStaffResult(action: StaffAction, r: StaffRoleResult): string {
  if (!r.changed) {
    return action === 'grant'
      ? `${r.email} is already support staff; nothing changed.`
      : `${r.email} is not support staff; nothing changed.`;
  }
  return action === 'grant'
    ? `${r.email} is now support staff (recorded).`
    : `${r.email} is no longer support staff (recorded); their open sessions lost the role.`;
}

import Database from 'better-sqlite3';
import {
  RateLimiterPostgres,
  RateLimiterRes,
  RateLimiterSQLite,
  type RateLimiterStoreAbstract,
} from 'rate-limiter-flexible';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors';

/** How many failed sign-ins lock what, for how long (docs/how-to/account-security.md). */
export const THROTTLE = {
  /** 10 failures on one account within 15 minutes lock it for 15 minutes from the 10th. */
  account: { failures: 10, windowS: 15 * 60, lockS: 15 * 60 },
  /** 30 failures from one address within an hour lock that address out of every account for an hour. */
  address: { failures: 30, windowS: 60 * 60, lockS: 60 * 60 },
} as const;

const TABLE = 'sign_in_throttle';
/** As long as the ORM's own connection waits for another process's write lock (db/orm.ts). */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/** What a failed attempt did: `locked` is true for exactly one failure per lock (the one that set it). */
export interface FailureOutcome {
  accountLocked: boolean;
}

/**
 * Counts failed sign-ins per account (the normalized email, whether or not an account has it, so a lock
 * tells nothing about who is registered) and per client address, in the database through
 * rate-limiter-flexible's PostgreSQL or SQLite store: every instance reads and writes the same counters.
 * The counters use the wall clock (the library reads Date.now()), not the injected one.
 */
export class SignInThrottle {
  private constructor(
    private readonly account: RateLimiterStoreAbstract,
    private readonly address: RateLimiterStoreAbstract,
    private readonly onClose: () => void,
  ) {}

  static create(pool: Db, database: Config['database']): SignInThrottle {
    const limiter = (keyPrefix: string, rule: { failures: number; windowS: number }) => ({
      keyPrefix,
      points: rule.failures,
      duration: rule.windowS,
      tableName: TABLE,
      tableCreated: true, // by the migration (sign-in-throttle.entity.ts)
    });
    if (database.kind === 'postgresql') {
      // The ORM's own pool: no connection of its own to size or close.
      const knex = pool.connection().getKnex();
      const store = { storeClient: knex, storeType: 'knex' };
      return new SignInThrottle(
        new RateLimiterPostgres({ ...store, ...limiter('acct', THROTTLE.account) }),
        new RateLimiterPostgres({ ...store, ...limiter('addr', THROTTLE.address) }),
        () => undefined,
      );
    }
    // A connection of its own: on the ORM's single SQLite connection a counter written in the middle of
    // another request's transaction would be rolled back with it.
    const db = new Database(database.path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    db.pragma('journal_mode = WAL');
    if (database.path === ':memory:')
      db.exec(`create table ${TABLE} (key text primary key, points integer not null default 0, expire integer)`);
    const store = { storeClient: db, storeType: 'better-sqlite3' };
    return new SignInThrottle(
      new RateLimiterSQLite({ ...store, ...limiter('acct', THROTTLE.account) }),
      new RateLimiterSQLite({ ...store, ...limiter('addr', THROTTLE.address) }),
      () => db.close(),
    );
  }

  /** RATE_LIMITED, saying when to retry, while the account or the address is locked. */
  async check(email: string, address: string | null): Promise<void> {
    const [account, from] = await Promise.all([
      this.account.get(email),
      address ? this.address.get(address) : Promise.resolve(null),
    ]);
    const waits = [
      account && account.consumedPoints >= THROTTLE.account.failures ? account.msBeforeNext : 0,
      from && from.consumedPoints >= THROTTLE.address.failures ? from.msBeforeNext : 0,
    ];
    const waitMs = Math.max(...waits);
    if (waitMs > 0) throw lockedError(waitMs);
  }

  /** Counts one failure against both; the failure that reaches a limit locks for the full lock time. */
  async failed(email: string, address: string | null): Promise<FailureOutcome> {
    const [account, from] = await Promise.all([
      consume(this.account, email),
      address ? consume(this.address, address) : Promise.resolve(null),
    ]);
    const accountLocked = account.consumedPoints === THROTTLE.account.failures;
    await Promise.all([
      accountLocked ? this.account.block(email, THROTTLE.account.lockS) : null,
      from?.consumedPoints === THROTTLE.address.failures ? this.address.block(address!, THROTTLE.address.lockS) : null,
    ]);
    return { accountLocked };
  }

  /** A correct password starts the account's count again (not the address's: one good account would reset it). */
  async succeeded(email: string): Promise<void> {
    await this.account.delete(email);
  }

  close(): void {
    this.onClose();
  }
}

/** The library rejects with its result once the count passes the limit; that is an answer here, not an error. */
async function consume(limiter: RateLimiterStoreAbstract, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (res) {
    if (res instanceof RateLimiterRes) return res;
    throw res;
  }
}

export function lockedError(waitMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const minutes = Math.ceil(seconds / 60);
  const when = seconds < 60 ? `${seconds} seconds` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return new AppError('RATE_LIMITED', `Too many failed sign-ins. Try again in ${when}.`, {
    retryAfterSeconds: seconds,
  });
}

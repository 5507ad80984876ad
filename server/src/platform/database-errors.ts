/** Which failures mean "the database is unreachable for now", not "a bug": the answer is UNAVAILABLE. */
import { GraphQLError } from 'graphql';

/** Node's socket errors: the database host refused, dropped or never answered the connection. */
const SOCKET_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** PostgreSQL SQLSTATEs of a server that is going away, starting up or full; class 08 is matched as a whole. */
const POSTGRES_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300']);
/**
 * node-postgres reports a dropped connection without a code, and the query builder puts the SQL before it
 * ("COMMIT; - Connection terminated unexpectedly"). When the connection of a transaction dies, the
 * transaction's other statements fail with "Transaction query already complete" instead.
 */
const DROPPED_CONNECTION = new RegExp(
  '(^| - )(Connection terminated|Connection ended unexpectedly|Client has encountered a connection error|' +
    'Client was closed and is not queryable|timeout exceeded when trying to connect|Transaction query already complete)',
);
/** The ORM's and the pool's names for "no connection to be had". */
const UNAVAILABLE_NAMES = new Set(['ConnectionException', 'KnexTimeoutError']);

function isUnavailableCause(e: { code?: unknown; name?: unknown; message?: unknown }): boolean {
  const code = typeof e.code === 'string' ? e.code : '';
  if (SOCKET_ERRORS.has(code) || POSTGRES_UNAVAILABLE.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  // SQLite: still locked after the busy timeout (and the transaction's retries), or the disk failed.
  if (/^SQLITE_(BUSY|IOERR|FULL|CANTOPEN)/.test(code)) return true;
  if (typeof e.name === 'string' && UNAVAILABLE_NAMES.has(e.name)) return true;
  return typeof e.message === 'string' && DROPPED_CONNECTION.test(e.message);
}

/**
 * True when `err`, or anything it wraps (GraphQL's originalError, `cause`, an AggregateError's errors),
 * says the database could not be reached or dropped the connection. The operation may or may not have
 * committed (a COMMIT cut short), which is why the answer is "retry with the same idempotency key".
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as { originalError?: unknown; cause?: unknown; errors?: unknown };
  if (!(err instanceof GraphQLError) && isUnavailableCause(err)) return true;
  if (isDatabaseUnavailable(e.originalError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1)) return true;
  return Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { createLogger } from '../logger';
import { isDatabaseUnavailable } from '../database-errors';
import { createErrorFormatter, UNAVAILABLE_RETRY_AFTER_MS } from './format-error';

/** An error shaped as the driver raises it: a message, and the fields node, node-postgres or SQLite add. */
const driverError = (message: string, fields: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), fields);

describe('isDatabaseUnavailable', () => {
  const refused = driverError('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' });

  it.each([
    ['connection refused', refused],
    ['connection refused on every address (AggregateError)', Object.assign(new AggregateError([refused]), {})],
    ['connection reset', driverError('read ECONNRESET', { code: 'ECONNRESET' })],
    [
      'PostgreSQL shut down by its administrator (57P01)',
      driverError('terminating connection due to administrator command', { code: '57P01' }),
    ],
    [
      'PostgreSQL crash shutdown (57P02)',
      driverError('terminating connection because of crash of another server process', { code: '57P02' }),
    ],
    ['PostgreSQL still starting (57P03)', driverError('the database system is starting up', { code: '57P03' })],
    ['PostgreSQL connection failure (08006)', driverError('connection failure', { code: '08006' })],
    ['PostgreSQL cannot connect (08001)', driverError('could not connect', { code: '08001' })],
    ['too many connections (53300)', driverError('sorry, too many clients already', { code: '53300' })],
    ['a COMMIT cut short', driverError('COMMIT; - Connection terminated unexpectedly')],
    ['a query on a dropped connection', driverError('select 1 - Connection terminated')],
    [
      'a statement of a transaction whose connection died',
      driverError('Transaction query already complete, run with DEBUG=knex:tx for more info', {
        name: 'DriverException',
      }),
    ],
    ['a client that was closed', driverError('Client was closed and is not queryable')],
    ['connect timeout', driverError('timeout exceeded when trying to connect')],
    ['the ORM connection exception', driverError('unable to open database file', { name: 'ConnectionException' })],
    [
      'the pool gave no connection in time',
      driverError('Knex: Timeout acquiring a connection.', { name: 'KnexTimeoutError' }),
    ],
    ['SQLite still locked after the busy timeout', driverError('database is locked', { code: 'SQLITE_BUSY' })],
    ['SQLite disk I/O error', driverError('disk I/O error', { code: 'SQLITE_IOERR_WRITE' })],
    ['SQLite disk full', driverError('database or disk is full', { code: 'SQLITE_FULL' })],
    ['wrapped by GraphQL', new GraphQLError('x', { originalError: refused, path: ['balance'] })],
    ['wrapped as a cause', new Error('could not load the balance', { cause: refused })],
  ])('%s: unavailable', (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ['a unique violation', driverError('duplicate key value violates unique constraint', { code: '23505' })],
    ['a serialization failure', driverError('could not serialize access', { code: '40001' })],
    ['a syntax error', driverError('syntax error at or near "selec"', { code: '42601' })],
    ['a SQLite constraint', driverError('UNIQUE constraint failed: x.y', { code: 'SQLITE_CONSTRAINT_UNIQUE' })],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a domain error', new AppError('CONFLICT', 'The hold was already settled')],
    ['the phrase inside a message of ours', new Error('Campaign "Connection terminated" not found')],
    ['a GraphQL error of its own', new GraphQLError('Cannot query field "x"')],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('%s: not unavailable', (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });

  it('stops on a cycle of causes', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    a.cause = a;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe('the GraphQL error formatter', () => {
  const format = createErrorFormatter(createLogger({ LOG_LEVEL: 'silent', LOG_PRETTY: false }));
  const fromResolver = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['holdCredits'] });

  it('answers a lost database with UNAVAILABLE and a retry hint, never with its message', () => {
    const error = fromResolver(driverError('COMMIT; - Connection terminated unexpectedly'));
    const formatted = format({ message: error.message, path: ['holdCredits'] }, error);
    expect(formatted.extensions).toEqual({ code: 'UNAVAILABLE', retryAfterMs: UNAVAILABLE_RETRY_AFTER_MS });
    expect(formatted.message).toMatch(/briefly unavailable/);
    expect(formatted.message).not.toMatch(/COMMIT|Connection/);
  });

  it('still answers a bug with INTERNAL_SERVER_ERROR', () => {
    const error = fromResolver(new TypeError('x is undefined'));
    const formatted = format({ message: error.message, path: ['holdCredits'] }, error);
    expect(formatted).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});

import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { CreditsFormatError, formatCredits, parseCredits } from '../../modules/ledger/core';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function parseCreditsInput(value: unknown): number {
  if (typeof value !== 'string') {
    throw badInput('Credits must be a decimal string such as "20" or "1.5"');
  }
  try {
    return parseCredits(value);
  } catch (err) {
    if (err instanceof CreditsFormatError)
      throw badInput(`Invalid credits amount "${value.slice(0, 40)}": ${err.reason}`);
    throw err;
  }
}

/**
 * Credits at the edge: an exact decimal string with up to 6 fractional digits ("19.5", "0.137").
 * Inside, an integer number of micro-credits. As input only non-negative amounts parse;
 * as output the sign is kept (a charge is "-1.2").
 */
export const CreditsScalar = new GraphQLScalarType<number, string>({
  name: 'Credits',
  description: 'An exact amount of credits as a decimal string with up to 6 fractional digits, e.g. "19.5" or "0.137".',
  serialize(value) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new GraphQLError('Credits value is not an integer number of micro-credits');
    }
    return formatCredits(value);
  },
  parseValue: parseCreditsInput,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('Credits must be a decimal string such as "20" or "1.5"');
    return parseCreditsInput(ast.value);
  },
});

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !ISO.test(value)) {
    throw badInput('DateTime must be an ISO-8601 string such as "2026-11-25T10:00:00Z"');
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput('DateTime is not a real date');
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO-8601 date and time in UTC, e.g. "2026-11-25T10:00:00.000Z".',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime value is not a date');
    return date.toISOString();
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('DateTime must be an ISO-8601 string');
    return parseDate(ast.value);
  },
});

import { GraphQLError } from 'graphql';

/** The stable error codes of the public contract (SPEC section 7). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'INSUFFICIENT_CREDITS',
  'IDEMPOTENCY_KEY_REUSED',
  'RATE_LIMITED',
  'PLAN_CHANGE_NOT_ALLOWED',
  'CONFLICT',
  'PAYMENT_FAILED',
  /** A demo-only operation (the demo clock) on a server that talks to real Stripe. */
  'DEMO_ONLY',
  /** The database could not be reached or lost the connection: retry later with the same idempotency key. */
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A domain error with a stable code. Its message is written for the client;
 * anything else that escapes a resolver is logged and replaced by a generic one.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toGraphQLError(httpStatus?: number): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: { ...this.extensions, code: this.code, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
    });
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const badInput = (message: string, field?: string) =>
  new AppError('BAD_USER_INPUT', message, field ? { field } : {});
export const forbidden = (message = 'You do not have permission to do this') => new AppError('FORBIDDEN', message);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Sign in to continue');

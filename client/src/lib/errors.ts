import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The stable error codes the API puts in `extensions.code` (SPEC section 7). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'INSUFFICIENT_CREDITS'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'RATE_LIMITED'
  | 'PLAN_CHANGE_NOT_ALLOWED'
  | 'CONFLICT'
  | 'PAYMENT_FAILED'
  | 'INTERNAL_SERVER_ERROR';

export interface ApiErrorInfo {
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  message: string;
  extensions: Record<string, unknown>;
}

/** The first GraphQL error's code, message and extensions; network failures become NETWORK. */
export function apiError(error: unknown): ApiErrorInfo | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === 'string' ? (extensions.code as ErrorCode) : 'UNKNOWN';
    return { code, message: first?.message ?? 'Something went wrong', extensions };
  }
  if (ServerError.is(error) || (error instanceof TypeError && /fetch/i.test(error.message))) {
    return {
      code: 'NETWORK',
      message: "Can't reach Hero Marketer right now. Check your connection and try again.",
      extensions: {},
    };
  }
  return { code: 'UNKNOWN', message: error instanceof Error ? error.message : 'Something went wrong', extensions: {} };
}

/** A sentence a customer can read for any error, never a stack trace. */
export function errorMessage(error: unknown): string {
  const info = apiError(error);
  if (!info) return '';
  switch (info.code) {
    case 'UNAUTHENTICATED':
      return 'Your session ended. Sign in again to continue.';
    case 'RATE_LIMITED':
      return 'Too many requests. Wait a moment and try again.';
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on our side. Try again in a moment.';
    default:
      return info.message;
  }
}

export function hasCode(error: unknown, code: ErrorCode): boolean {
  return apiError(error)?.code === code;
}

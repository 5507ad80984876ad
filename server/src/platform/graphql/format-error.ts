import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { isDatabaseUnavailable } from '../database-errors';
import { AppError, ERROR_CODES } from '../errors';
import type { Logger } from '../logger';

/** Codes that Apollo and graphql-js produce for malformed requests; safe to pass through. */
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Every error leaves with a stable `extensions.code` and a message written for the client.
 * A database that cannot be reached leaves as UNAVAILABLE (retry); anything else unexpected is logged
 * in full here and leaves as INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: { ...original.extensions, code: original.code } };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors as
        Array<{ property: string; constraints?: Record<string, string> }> | undefined;
      const messages = (fields ?? []).flatMap((f) => Object.values(f.constraints ?? {}));
      return {
        ...base,
        message: messages.length ? messages.join('; ') : 'Invalid input',
        extensions: { code: 'BAD_USER_INPUT', fields: (fields ?? []).map((f) => f.property) },
      };
    }
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: original, path: formatted.path }, 'database unavailable during a GraphQL request');
      return { ...base, message: UNAVAILABLE_MESSAGE, extensions: unavailableExtensions() };
    }
    const code = formatted.extensions?.code;
    if (
      typeof code === 'string' &&
      (ERROR_CODES as readonly string[]).includes(code) &&
      code !== 'INTERNAL_SERVER_ERROR'
    ) {
      // Raised by our own code as a GraphQLError (before execution, or from a scalar): already client-safe.
      const { http: _http, ...extensions } = formatted.extensions ?? {};
      return { ...base, extensions };
    }
    if (typeof code === 'string' && REQUEST_ERRORS.has(code)) {
      return {
        ...base,
        extensions: {
          code: code === 'GRAPHQL_VALIDATION_FAILED' && isInputCoercion(formatted.message) ? 'BAD_USER_INPUT' : code,
        },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL request');
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** A literal argument that failed its scalar's parsing is bad input, like the same value sent as a variable. */
const isInputCoercion = (message: string) =>
  /^(Invalid credits|Credits must|DateTime|Expected value of type|Int cannot represent|String cannot represent)/.test(
    message,
  );

/** How long a client should wait before retrying a request the database could not serve. */
export const UNAVAILABLE_RETRY_AFTER_MS = 1_000;
/** For whoever reads it, a customer in the app too; docs/reference/api.md tells integrations to retry with the same key. */
const UNAVAILABLE_MESSAGE = 'The service is briefly unavailable. Try again in a moment.';
const unavailableExtensions = () => ({ code: 'UNAVAILABLE', retryAfterMs: UNAVAILABLE_RETRY_AFTER_MS });
const retryAfterSeconds = () => String(Math.ceil(UNAVAILABLE_RETRY_AFTER_MS / 1000));

/**
 * For failures before execution (authenticating the request): Apollo answers with the error's own HTTP
 * status, 503 with Retry-After here, where it would otherwise say 500.
 */
export function unavailableBeforeExecution(err: unknown): unknown {
  if (!isDatabaseUnavailable(err)) return err;
  return new GraphQLError(UNAVAILABLE_MESSAGE, {
    originalError: err instanceof Error ? err : undefined,
    extensions: {
      ...unavailableExtensions(),
      http: { status: 503, headers: new Map([['retry-after', retryAfterSeconds()]]) },
    },
  });
}

/**
 * A resolver that lost the database answers with data and errors, so HTTP 200 (GraphQL over HTTP asks for
 * 2xx whenever `data` is present); the Retry-After header still tells a generic client when to come back.
 */
export function retryAfterPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          if (errors?.some((e) => isDatabaseUnavailable(e)))
            response.http.headers.set('retry-after', retryAfterSeconds());
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { AppError } from '../errors';

/** When the workspace's allocation renews (null without a live plan). */
export type RenewsAt = (workspaceId: string) => Promise<Date | null>;

/**
 * Completes errors at the GraphQL edge with what only the caller's context knows, so the services below
 * stay free of lookups they would make for nothing: INSUFFICIENT_CREDITS tells when the caller's
 * allocation renews (looked up once per response, and only when such an error is answered). The same on
 * both transports: Apollo's plugin below over HTTP, graphql/ws.ts over WebSocket.
 */
export async function enrichErrors(
  errors: readonly GraphQLError[],
  workspaceId: string | undefined,
  renewsAt: RenewsAt,
): Promise<void> {
  if (!workspaceId) return;
  const short = errors
    .map((e) => e.originalError)
    .filter(
      (e): e is AppError =>
        e instanceof AppError && e.code === 'INSUFFICIENT_CREDITS' && e.extensions.renewsAt === null,
    );
  if (!short.length) return;
  const at = await renewsAt(workspaceId).catch(() => null);
  for (const e of short) e.extensions.renewsAt = at?.toISOString() ?? null;
}

export function enrichErrorsPlugin<TContext extends { auth: { workspaceId: string } | null }>(
  renewsAt: RenewsAt,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          await enrichErrors(errors, contextValue.auth?.workspaceId, renewsAt);
        },
      };
    },
  };
}

import type { ApolloClient } from '@apollo/client';

/** Refetches those of the named queries that are on screen now (naming an inactive one only logs a warning). */
export function refetchActive(client: ApolloClient, names: readonly string[]): void {
  const active = new Set([...client.getObservableQueries('active')].map((q) => q.queryName));
  const include = names.filter((n) => active.has(n));
  if (include.length > 0) void client.refetchQueries({ include }).catch(() => undefined);
}

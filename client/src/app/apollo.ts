import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type StoreObject } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { appEvents } from '../lib/events';
import { isNewer } from '../features/balance/versioned';

const asString = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

/**
 * Mutations refused for lack of credits open the out-of-credits screen wherever they were attempted;
 * an expired session sends the user to sign in.
 */
export const errorLink = new ErrorLink(({ error, operation }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  const def = getMainDefinition(operation.query);
  const isMutation = def.kind === 'OperationDefinition' && def.operation === OperationTypeNode.MUTATION;
  for (const e of error.errors) {
    const ext = (e.extensions ?? {}) as Record<string, unknown>;
    if (ext.code === 'INSUFFICIENT_CREDITS' && isMutation) {
      appEvents.emit('insufficientCredits', {
        required: asString(ext.required),
        available: asString(ext.available),
        renewsAt: asString(ext.renewsAt),
        message: e.message,
      });
    }
    if (ext.code === 'UNAUTHENTICATED' && operation.operationName !== 'SignIn') {
      appEvents.emit('unauthenticated', undefined);
    }
  }
});

/** Exponential backoff with full jitter, 0.5 s doubling up to 30 s, so a restarted server is not stampeded. */
export function backoffMs(retries: number, random = Math.random): number {
  const cap = Math.min(30_000, 500 * 2 ** Math.min(retries, 10));
  return Math.round(cap / 2 + (random() * cap) / 2);
}

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

/** The WebSocket client. Lazy: it connects only while a subscription is active. */
function createWsClient(): { client: WsClient; restart: () => void } {
  let socket: WebSocket | null = null;
  const client = createClient({
    url: wsUrl(),
    lazy: true,
    lazyCloseTimeout: 3_000,
    keepAlive: 15_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoffMs(retries))),
    // 4401 (signed out) and 4403 (no access) will not heal by retrying; everything else does.
    shouldRetry: (e) => !(e && typeof e === 'object' && 'code' in e && (e.code === 4401 || e.code === 4403)),
    on: {
      connecting: () => appEvents.emit('liveStatus', 'connecting'),
      opened: (s) => {
        socket = s as WebSocket;
      },
      connected: (_socket, _payload, wasRetry) => {
        appEvents.emit('liveStatus', 'live');
        if (wasRetry) appEvents.emit('reconnected', undefined);
      },
      closed: () => {
        socket = null;
        appEvents.emit('liveStatus', 'offline');
      },
    },
  });
  // Closing with a non-fatal code makes graphql-ws reconnect and re-subscribe with the new session state.
  const restart = () => {
    if (socket?.readyState === WebSocket.OPEN) socket.close(4205, 'Client Restart');
  };
  return { client, restart };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // One viewer and one billing snapshot per session (the cache is reset on workspace switch).
      // Not normalized: a type-level merge runs wherever a field returns a balance (Query.balance, which
      // LiveBalance also writes each pushed balance into). The balance arrives by query, subscription and
      // resync in any order; the newest version wins, and an older or equal one may only add missing fields.
      CreditBalance: {
        keyFields: false,
        merge: (existing: StoreObject | undefined, incoming: StoreObject, { readField, mergeObjects }) => {
          if (!existing) return incoming;
          const version = (o: StoreObject) => ({ version: readField<number>('version', o) as number });
          return isNewer(version(existing), version(incoming))
            ? mergeObjects(existing, incoming)
            : mergeObjects(incoming, existing);
        },
      },
      Viewer: { keyFields: [] },
      BillingSnapshot: { keyFields: [] },
      Plan: { keyFields: ['code'] },
      Query: {
        fields: {
          // A draft saved or changed by a mutation is already in the cache: open it without a round trip.
          campaign: {
            read: (existing, { args, toReference }) =>
              existing ?? toReference({ __typename: 'Campaign', id: args?.id }),
          },
          // A Relay connection: pages fetched with `after` are appended, a fetch without it starts the list
          // again. One list per filter and page size (the dashboard's 6 rows never stand in for the history's).
          transactions: relayStylePagination(['filter', 'first']),
        },
      },
    },
  });
}

export interface AppApollo {
  client: ApolloClient;
  /** Reconnects the live socket, e.g. after the session switched workspace. */
  restartLive: () => void;
}

export function createApollo(): AppApollo {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const ws = createWsClient();
  const wsLink = new GraphQLWsLink(ws.client);
  const transport = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === OperationTypeNode.SUBSCRIPTION;
    },
    wsLink,
    http,
  );
  const client = new ApolloClient({
    link: ApolloLink.from([errorLink, transport]),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return { client, restartLive: ws.restart };
}

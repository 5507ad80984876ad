import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { getFragmentData, graphql } from '../../gql';
import { appEvents } from '../../lib/events';
import { refetchActive } from '../../lib/refetch';
import { BalanceFieldsFragment, BalanceQuery } from './useBalance';

/** Queries whose answers depend on the balance; refetched when it changes or the connection resyncs. */
export const CREDIT_DEPENDENT_QUERIES = ['FeatureAccess', 'BillingSnapshotCard', 'CreditPopoverDetails'];

const BalanceChangedSubscription = graphql(`
  subscription BalanceChanged {
    balanceChanged {
      ...BalanceFields
    }
  }
`);

/** A safety net under the push: if the socket is down, the balance still refreshes this often. */
const FALLBACK_POLL_MS = 60_000;

/**
 * Keeps the cached balance in step with the server. `balanceChanged` pushes every new version over the
 * WebSocket (the cache keeps the highest version, whatever order things arrive in); after a reconnect the
 * balance and everything that depends on it is refetched once, and a focus or visibility change refetches too.
 * While the socket is down, a slow poll keeps the number honest.
 */
export function LiveBalance() {
  const client = useApolloClient();
  const [socketUp, setSocketUp] = useState(false);
  const { refetch, data } = useQuery(BalanceQuery, {
    fetchPolicy: 'cache-and-network',
    pollInterval: socketUp ? 0 : FALLBACK_POLL_MS,
  });
  useSubscription(BalanceChangedSubscription, {
    // Into Query.balance, where the cache's merge keeps the highest version.
    onData: ({ client: c, data: { data: pushed } }) => {
      if (pushed) c.cache.writeQuery({ query: BalanceQuery, data: { balance: pushed.balanceChanged } });
    },
  });

  useEffect(() => appEvents.on('liveStatus', (s) => setSocketUp(s === 'live')), []);

  useEffect(() => {
    const resync = () => {
      if (document.visibilityState === 'visible') void refetch().catch(() => undefined);
    };
    window.addEventListener('focus', resync);
    document.addEventListener('visibilitychange', resync);
    const offReconnect = appEvents.on('reconnected', () => {
      void refetch().catch(() => undefined);
    });
    return () => {
      window.removeEventListener('focus', resync);
      document.removeEventListener('visibilitychange', resync);
      offReconnect();
    };
  }, [refetch]);

  // Whatever depends on the balance (feature access, the snapshot) follows each new version, so blocked
  // controls come back the moment credits arrive.
  const version = getFragmentData(BalanceFieldsFragment, data?.balance)?.version;
  const seen = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (version === undefined) return;
    if (seen.current !== undefined && version !== seen.current) {
      refetchActive(client, CREDIT_DEPENDENT_QUERIES);
    }
    seen.current = version;
  }, [version, client]);

  return null;
}

export type LiveStatus = 'connecting' | 'live' | 'offline';

/** Whether pushes are arriving. */
export function useLiveStatus(): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  useEffect(() => appEvents.on('liveStatus', setStatus), []);
  return status;
}

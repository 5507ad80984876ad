import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef } from 'react';
import { getFragmentData, graphql } from '../../gql';
import { toMicro } from '../../lib/credits';

export const BalanceFieldsFragment = graphql(`
  fragment BalanceFields on CreditBalance {
    available
    planAllocation
    purchased
    reserved
    deficit
    outOfCredits
    renewsAt
    version
  }
`);

export const BalanceQuery = graphql(`
  query SidebarBalance {
    balance {
      ...BalanceFields
    }
  }
`);

export interface BalanceView {
  availableMicro: number;
  planAllocationMicro: number;
  purchasedMicro: number;
  reservedMicro: number;
  deficitMicro: number;
  outOfCredits: boolean;
  renewsAt: Date | null;
  version: number;
}

/**
 * The workspace balance from the cache. One component (LiveBalance) keeps it fresh; everyone else reads it
 * here, so a pushed change re-renders every control that depends on it.
 */
export function useBalance(): { balance: BalanceView | null; loading: boolean; error: unknown } {
  const { data, loading, error } = useQuery(BalanceQuery, { fetchPolicy: 'cache-first' });
  const fields = getFragmentData(BalanceFieldsFragment, data?.balance);
  const balance = useMemo<BalanceView | null>(
    () =>
      fields
        ? {
            availableMicro: toMicro(fields.available),
            planAllocationMicro: toMicro(fields.planAllocation),
            purchasedMicro: toMicro(fields.purchased),
            reservedMicro: toMicro(fields.reserved),
            deficitMicro: toMicro(fields.deficit),
            outOfCredits: fields.outOfCredits,
            renewsAt: fields.renewsAt ? new Date(fields.renewsAt) : null,
            version: fields.version,
          }
        : null,
    [fields],
  );
  return { balance, loading, error };
}

/**
 * Calls `refetch` each time the live balance's version moves on from the one first seen. Plan and billing changes
 * land by webhook, each with a ledger change, so a view of them reads again when the balance moves.
 */
export function useRefetchWhenBalanceMoves(refetch: () => unknown): void {
  const version = useBalance().balance?.version;
  const seen = useRef(version);
  useEffect(() => {
    if (version === undefined || seen.current === version) return;
    seen.current = version;
    void refetch();
  }, [version, refetch]);
}

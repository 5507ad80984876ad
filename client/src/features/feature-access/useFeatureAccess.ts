import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { toMicroOrNull } from '../../lib/credits';
import { useBalance } from '../balance/useBalance';
import { disabledReason, type DisabledReason, type MeteredFeature } from './disabledReason';

export const FeatureAccessQuery = graphql(`
  query FeatureAccess {
    featureAccess {
      feature
      label
      allowed
      reason
      estimatedMin
      estimatedMax
    }
  }
`);

export interface FeatureAccessView {
  reason: DisabledReason | null;
  /** One run's cost range in µcr (the max is what is reserved before it starts). */
  estimate: { minMicro: number; maxMicro: number } | null;
}

/**
 * Whether a metered feature can start now. `featureAccess` is refetched on every new balance version
 * (LiveBalance), and the balance itself re-renders this at once, so controls come back without a reload.
 */
export function useFeatureAccess(feature: MeteredFeature): FeatureAccessView {
  const { balance } = useBalance();
  const { data } = useQuery(FeatureAccessQuery, { fetchPolicy: 'cache-first' });
  const access = data?.featureAccess.find((a) => a.feature === feature);
  const minMicro = toMicroOrNull(access?.estimatedMin);
  const maxMicro = toMicroOrNull(access?.estimatedMax);
  return {
    reason: disabledReason(feature, access, balance),
    estimate: minMicro !== null && maxMicro !== null ? { minMicro, maxMicro } : null,
  };
}

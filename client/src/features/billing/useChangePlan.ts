import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PlanChangeKind, PlanChangeStatus } from '../../gql/graphql';
import { refetchActive } from '../../lib/refetch';

const ChangePlanMutation = graphql(`
  mutation ChangePlan($input: ChangePlanInput!) {
    changePlan(input: $input) {
      kind
      status
      effectiveAt
      prorationCredits
      fromPlan {
        code
        name
      }
      toPlan {
        code
        name
      }
    }
  }
`);

const SubscribeMutation = graphql(`
  mutation SubscribeToPlan($input: ChangePlanInput!) {
    subscribe(input: $input) {
      id
      url
    }
  }
`);

export type PlanChangeOutcome =
  | { kind: 'checkout'; url: string }
  | {
      kind: 'changed';
      change: { kind: PlanChangeKind; status: PlanChangeStatus; effectiveAt: string; prorationCredits: string };
    };

/** Queries that show the plan; refetched after a change so the page tells the truth at once. */
const PLAN_QUERIES = ['PlanPicker', 'BillingSnapshotCard', 'CancelInfo', 'SidebarBalance'];

/**
 * Changes the workspace's plan: a workspace without one subscribes through Checkout; otherwise upgrades
 * take effect now (prorated, credits once the invoice is paid) and downgrades wait for the next renewal.
 */
export function useChangePlan() {
  const client = useApolloClient();
  const [changePlan, change] = useMutation(ChangePlanMutation);
  const [subscribe, sub] = useMutation(SubscribeMutation);
  return {
    pending: change.loading || sub.loading,
    /** `prorationDate`: the upgrade preview's moment, so the upgrade prorates at the share it showed. */
    run: async (
      planCode: string,
      hasPlan: boolean,
      idempotencyKey: string,
      prorationDate?: string | null,
    ): Promise<PlanChangeOutcome> => {
      const input = { plan: planCode, idempotencyKey };
      if (!hasPlan) {
        const { data } = await subscribe({ variables: { input } });
        if (!data) throw new Error('Checkout could not start. Try again.');
        return { kind: 'checkout', url: data.subscribe.url };
      }
      const { data } = await changePlan({ variables: { input: { ...input, prorationDate: prorationDate ?? null } } });
      if (!data) throw new Error('The plan change did not go through. Try again.');
      refetchActive(client, PLAN_QUERIES);
      return { kind: 'changed', change: data.changePlan };
    },
  };
}

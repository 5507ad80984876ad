import { useMutation } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql } from '../../gql';
import { newIdempotencyKey } from '../../lib/ids';

const AdjustMutation = graphql(`
  mutation ConsoleAdjustCredits($input: AdjustCreditsInput!) {
    adjustCredits(input: $input) {
      available
    }
  }
`);

const VoidMutation = graphql(`
  mutation ConsoleVoidGrant($input: VoidGrantInput!) {
    voidGrant(input: $input) {
      available
    }
  }
`);

const ReleaseMutation = graphql(`
  mutation ConsoleReleaseStuckHold($input: ReleaseStuckHoldInput!) {
    releaseStuckHold(input: $input) {
      available
    }
  }
`);

/**
 * The staff actions on one workspace. One idempotency key per intended action: a retry after a lost
 * answer reuses it (nothing moves twice); a success starts a new one.
 */
export function useStaffActions(workspaceId: string) {
  const key = useRef(newIdempotencyKey());
  const opts = { refetchQueries: ['ConsoleWorkspaceAudit', 'ConsoleWorkspaceEntries'], awaitRefetchQueries: true };
  const [adjust] = useMutation(AdjustMutation, opts);
  const [voidGrant] = useMutation(VoidMutation, opts);
  const [release] = useMutation(ReleaseMutation, opts);
  const run = async (action: (idempotencyKey: string) => Promise<unknown>) => {
    await action(key.current);
    key.current = newIdempotencyKey();
  };
  return {
    adjust: (amount: string, direction: 'CREDIT' | 'DEBIT', reason: string) =>
      run((idempotencyKey) =>
        adjust({ variables: { input: { workspaceId, amount, direction, reason, idempotencyKey } } }),
      ),
    voidGrant: (grantId: string, reason: string) =>
      run((idempotencyKey) => voidGrant({ variables: { input: { workspaceId, grantId, reason, idempotencyKey } } })),
    release: (holdId: string, outcome: 'RELEASED' | 'EXPIRED', reason: string) =>
      run((idempotencyKey) =>
        release({ variables: { input: { workspaceId, holdId, outcome, reason, idempotencyKey } } }),
      ),
  };
}

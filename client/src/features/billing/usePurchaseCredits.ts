import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const PurchaseCreditsMutation = graphql(`
  mutation PurchaseCredits($input: PurchaseCreditsInput!) {
    purchaseCredits(input: $input) {
      id
      url
    }
  }
`);

export interface PurchaseState {
  pending: boolean;
  checkout: (packs: number, idempotencyKey: string) => Promise<void>;
}

/**
 * Starts a Stripe Checkout for `packs` top-up packs and sends the browser there. The credits arrive by
 * webhook after payment; the live balance shows them without a reload when the customer comes back.
 */
export function usePurchaseCredits(): PurchaseState {
  const [purchase, { loading }] = useMutation(PurchaseCreditsMutation);
  return {
    pending: loading,
    checkout: async (packs, idempotencyKey) => {
      const { data } = await purchase({ variables: { input: { packs, idempotencyKey } } });
      const url = data?.purchaseCredits.url;
      if (!url) throw new Error('Checkout could not start. Try again.');
      window.location.assign(url);
    },
  };
}

import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

/** The API's default for an ad account without one (AddAdAccountInput.currency: "ISO 4217, default USD"). */
export const DEFAULT_AD_CURRENCY = 'USD';

const AdAccountCurrenciesQuery = graphql(`
  query AdAccountCurrencies {
    adAccounts {
      id
      active
      currency
    }
  }
`);

/**
 * The currency of ad money: a budget or spend is in its ad account's currency, a product price in the workspace's
 * active ad account's. Billing amounts carry their own currency (Plan.currency, TopUpPack.currency).
 * Returns a lookup by ad account id (none: the active account).
 */
export function useAdCurrency(): (adAccountId?: string | null) => string {
  const { data } = useQuery(AdAccountCurrenciesQuery, { fetchPolicy: 'cache-first' });
  const accounts = data?.adAccounts ?? [];
  return (adAccountId) => {
    const account = (adAccountId && accounts.find((a) => a.id === adAccountId)) || accounts.find((a) => a.active);
    return account?.currency ?? DEFAULT_AD_CURRENCY;
  };
}

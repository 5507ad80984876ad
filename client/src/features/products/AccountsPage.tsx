import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ErrorState, PageHeader } from '../../ui/States';
import { AdAccountsSection } from './AdAccountsSection';
import { ProductsSection } from './ProductsSection';

/** Each section declares the fields it shows as a fragment next to itself (AdAccountsSection, ProductCard). */
const AccountsQuery = graphql(`
  query AccountsAndProducts {
    adAccounts {
      id
      ...AdAccountsSection_account
    }
    products {
      id
      ...ProductCard_product
    }
  }
`);

/** /accounts: ad accounts and products. Never blocked; only (re-)running product analysis is metered. */
export default function AccountsPage() {
  const { data, loading, error, refetch } = useQuery(AccountsQuery);
  return (
    <div className="stack-lg">
      <PageHeader title="Accounts & products" description="Where your ads run and what they sell. Always editable." />
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !data && <span className="skeleton" style={{ height: 240 }} />}
      {data && (
        <>
          <AdAccountsSection accounts={data.adAccounts} />
          <ProductsSection products={data.products} />
        </>
      )}
    </div>
  );
}

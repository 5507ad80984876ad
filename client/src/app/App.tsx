import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const client = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache(),
});

const PlansQuery = graphql(`
  query AppPlans {
    plans {
      code
      name
      creditsPerPeriod
    }
  }
`);

function Plans() {
  const { data, loading } = useQuery(PlansQuery);
  if (loading) return <p>Loading…</p>;
  return (
    <ul>
      {data?.plans.map((p) => (
        <li key={p.code}>
          {p.name}: {p.creditsPerPeriod} credits
        </li>
      ))}
    </ul>
  );
}

export function App() {
  return (
    <ApolloProvider client={client}>
      <h1>Hero Marketer</h1>
      <Plans />
    </ApolloProvider>
  );
}

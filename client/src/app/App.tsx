import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createApollo } from './apollo';
import { AppApolloContext } from './AppApolloContext';
import { ErrorBoundary } from './ErrorBoundary';
import { createRouter } from './router';

export function App() {
  const [apollo] = useState(createApollo);
  const [router] = useState(createRouter);
  return (
    <ErrorBoundary>
      <ApolloProvider client={apollo.client}>
        <AppApolloContext.Provider value={apollo}>
          <RouterProvider router={router} />
        </AppApolloContext.Provider>
      </ApolloProvider>
    </ErrorBoundary>
  );
}

import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { getMainDefinition } from '@apollo/client/utilities';
import { buildSchema, execute, OperationTypeNode, type DocumentNode } from 'graphql';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { Observable, Subject } from 'rxjs';
import { createCache, errorLink } from '../app/apollo';
import { OutOfCreditsProvider } from '../features/out-of-credits/OutOfCreditsProvider';
import schemaText from '../../../schema/schema.graphql?raw';

/**
 * A stand-in API for component tests: queries and mutations run against the real committed schema (so every
 * document and field the components use is checked), answered from `state`; subscriptions get whatever the
 * test pushes. The cache is the app's own, with its type policies.
 */
export function createFakeApi(state: Record<string, unknown>) {
  const schema = buildSchema(schemaText);
  const pushes = new Subject<{ field: string; data: unknown }>();
  const subscriptions = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const def = getMainDefinition(operation.query);
        const field =
          def.kind === 'OperationDefinition'
            ? (def.selectionSet.selections[0] as { name: { value: string } }).name.value
            : '';
        const sub = pushes.subscribe(({ field: f, data }) => {
          if (f === field) observer.next({ data: { [field]: data } as Record<string, unknown> });
        });
        return () => sub.unsubscribe();
      }),
  );
  const link = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === OperationTypeNode.SUBSCRIPTION;
    },
    subscriptions,
    // Executed with this module's own graphql (Apollo's SchemaLink would load a second copy in tests).
    new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          Promise.resolve(
            execute({
              schema,
              document: operation.query as DocumentNode,
              variableValues: operation.variables,
              operationName: operation.operationName,
              rootValue: state,
            }),
          ).then(
            (result) => {
              observer.next(result as ApolloLink.Result);
              observer.complete();
            },
            (error: unknown) => observer.error(error),
          );
        }),
    ),
  );
  const client = new ApolloClient({ link: ApolloLink.from([errorLink, link]), cache: createCache() });

  function Providers({ children, path = '/' }: { children: ReactNode; path?: string }) {
    return (
      <ApolloProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <OutOfCreditsProvider>{children}</OutOfCreditsProvider>
        </MemoryRouter>
      </ApolloProvider>
    );
  }

  return {
    client,
    Providers,
    /** Delivers a subscription event, e.g. push('balanceChanged', {...}). */
    push: (field: string, data: unknown) => pushes.next({ field, data }),
  };
}

export const balance = (over: Partial<Record<string, unknown>> = {}) => ({
  __typename: 'CreditBalance',
  available: '0',
  planAllocation: '0',
  purchased: '0',
  reserved: '0',
  deficit: '0',
  outOfCredits: true,
  renewsAt: '2026-12-12T00:00:00.000Z',
  version: 1,
  ...over,
});

export const access = (feature: string, allowed: boolean, reason: string | null = null) => ({
  feature,
  label: feature,
  allowed,
  reason,
  estimatedMin: '0.01',
  estimatedMax: '0.5',
});

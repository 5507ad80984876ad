import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createCache } from './apollo';

const PAGE = gql`
  query Page($first: Int!, $after: String, $filter: TransactionFilter) {
    transactions(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

const page = (ids: string[], hasNextPage: boolean) => ({
  transactions: {
    __typename: 'TransactionConnection',
    edges: ids.map((id) => ({
      __typename: 'TransactionEdge',
      cursor: `c${id}`,
      node: { __typename: 'Transaction', id },
    })),
    pageInfo: { __typename: 'PageInfo', endCursor: `c${ids.at(-1)}`, hasNextPage },
  },
});

const ids = (data: unknown) => (data as ReturnType<typeof page>).transactions.edges.map((e) => e.node.id);

describe('the history connection in the cache', () => {
  it('appends a page fetched after a cursor, and starts again on a fetch without one', () => {
    const cache = createCache();
    const filter = { types: ['CHARGE'] };
    cache.writeQuery({ query: PAGE, variables: { first: 2, filter }, data: page(['1', '2'], true) });
    cache.writeQuery({ query: PAGE, variables: { first: 2, filter, after: 'c2' }, data: page(['3', '4'], false) });

    const both = cache.readQuery({ query: PAGE, variables: { first: 2, filter } });
    expect(ids(both)).toEqual(['1', '2', '3', '4']);
    expect((both as ReturnType<typeof page>).transactions.pageInfo).toMatchObject({
      endCursor: 'c4',
      hasNextPage: false,
    });

    // A refetch (new entries arrived) replaces the list with the newest page.
    cache.writeQuery({ query: PAGE, variables: { first: 2, filter }, data: page(['0', '1'], true) });
    expect(ids(cache.readQuery({ query: PAGE, variables: { first: 2, filter } }))).toEqual(['0', '1']);
  });

  it('keeps one list per filter and page size', () => {
    const cache = createCache();
    cache.writeQuery({ query: PAGE, variables: { first: 2, filter: null }, data: page(['1', '2'], true) });
    cache.writeQuery({ query: PAGE, variables: { first: 6, filter: null }, data: page(['9'], false) });
    cache.writeQuery({ query: PAGE, variables: { first: 2, filter: { feature: 'x' } }, data: page(['5'], false) });
    expect(ids(cache.readQuery({ query: PAGE, variables: { first: 2, filter: null } }))).toEqual(['1', '2']);
    expect(ids(cache.readQuery({ query: PAGE, variables: { first: 6, filter: null } }))).toEqual(['9']);
  });
});

/**
 * The query cost model, the same on HTTP and WebSocket (graphql-armor's cost limit). Leaf fields (scalars and
 * enums) cost nothing: the rows a query reads are what costs, not the columns picked from them. Every object
 * costs 2, times 1.5 for each level it is nested, and a field with a literal `first`/`last` multiplies what is
 * under it by the page size (the convention of the public GraphQL APIs that price connections by page size).
 *
 * A full page of the history, `transactions(first: 100)` with every field of an entry, costs 2,600; two of
 * them in one query (5,200) are refused, as are 15 aliased copies of any non-trivial selection.
 * The depth, alias, directive and token limits stay as they were.
 */
export const COST_LIMIT = {
  maxCost: 5000,
  scalarCost: 0,
  objectCost: 2,
  depthCostFactor: 1.5,
} as const;

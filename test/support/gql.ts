/** A tiny GraphQL-over-HTTP client: what a partner script would write. */
export interface GqlError {
  message: string;
  extensions?: { code?: string; [k: string]: unknown };
}

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: GqlError[];
}

export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
): Promise<GqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
  return { status: res.status, data: body.data ?? null, errors: body.errors };
}

/** The data, or a thrown error naming the codes, for steps that must succeed. */
export async function gqlOk<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
): Promise<T> {
  const r = await gql<T>(url, query, variables, token);
  if (r.errors?.length || !r.data) {
    throw new Error(`GraphQL failed: ${JSON.stringify(r.errors)}`);
  }
  return r.data;
}

export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

let counter = 0;
export const uniqueKey = (prefix = 'key') => `${prefix}-${process.pid}-${Date.now()}-${++counter}`;

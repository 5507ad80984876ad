import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, PASSWORD, signUp, type Account } from '../support/accounts';
import { uniqueKey } from '../support/gql';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { transactions } from '../support/product';
import { dbKind, spawnServer, startTestServer, type ServerProcess, type TestServer } from '../support/server';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

interface HttpAnswer {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

/** A raw POST, so the test sees the HTTP status and headers a partner's client sees. */
async function post(url: string, body: string, opts: { accept?: string; token?: string } = {}): Promise<HttpAnswer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(opts.accept ? { accept: opts.accept } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    },
    body,
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as HttpAnswer['body'],
  };
}

const operation = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const codes = (a: HttpAnswer) => (a.body.errors ?? []).map((e) => e.extensions?.code);

/** Valid against the schema, but with 20 aliases where 15 are allowed. */
const ALIASED_QUERY = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: plans { code }`).join(' ')} }`;

const RESERVE = 'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id amount status } }';
const reserve = (amount: string, idempotencyKey: string) =>
  operation(RESERVE, { i: { amount, description: 'Outage test', idempotencyKey } });

describe(`GraphQL over HTTP status codes, for both media types (${dbKind()})`, () => {
  let server: TestServer;
  let owner: Account;
  beforeAll(async () => {
    server = await startTestServer();
    owner = await signUp(server.url, 'media');
  });
  afterAll(() => server?.stop());

  describe.each([JSON_TYPE, GRAPHQL_RESPONSE])('Accept: %s', (accept) => {
    it.each([
      ['a query that does not parse', '{ balance { available ', 'GRAPHQL_PARSE_FAILED', /Syntax Error/],
      ['a query longer than 2,000 tokens', `{ ${'__typename '.repeat(2_100)}}`, 'GRAPHQL_PARSE_FAILED', /2000 tokens/],
      ['a field that does not exist', '{ balanceOfEverything }', 'GRAPHQL_VALIDATION_FAILED', /Cannot query field/],
      ['a query with too many aliases', ALIASED_QUERY, 'GRAPHQL_VALIDATION_FAILED', /alias/i],
    ])('%s: 400, no data, the media type asked for', async (_name, query, code, message) => {
      const answer = await post(server.url, operation(query), { accept, token: owner.token });
      expect(answer.status).toBe(400);
      expect(answer.contentType).toContain(accept);
      expect(answer.body).not.toHaveProperty('data');
      expect(new Set(codes(answer))).toEqual(new Set([code]));
      expect(answer.body.errors?.[0]?.message).toMatch(message);
    });

    it('variables of the wrong type: 400, BAD_USER_INPUT, nothing held', async () => {
      const answer = await post(server.url, operation(RESERVE, { i: { amount: 5 } }), { accept, token: owner.token });
      expect(answer.status).toBe(400);
      expect(answer.body).not.toHaveProperty('data');
      expect(new Set(codes(answer))).toEqual(new Set(['BAD_USER_INPUT']));
      expect(await transactions(server.url, owner.token, ['HOLD'])).toEqual([]);
    });

    it('a body that is not JSON: 400', async () => {
      const answer = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: '{"query": ',
      });
      expect(answer.status).toBe(400);
    });

    it('a field error after execution started: 200, with data', async () => {
      const answer = await post(server.url, operation('{ plans { code } balance { available } }'), { accept });
      expect(answer.status).toBe(200);
      expect(answer.contentType).toContain(accept);
      expect(answer.body).toHaveProperty('data');
      expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
    });

    it('success: 200', async () => {
      const answer = await post(server.url, operation('{ balance { available } }'), { accept, token: owner.token });
      expect(answer.status).toBe(200);
      expect(answer.contentType).toContain(accept);
      expect(answer.body).toEqual({ data: { balance: { available: '0' } } });
    });
  });
});

const onPostgres = dbKind() === 'postgresql';

describe.skipIf(!onPostgres)(
  'a database outage answers UNAVAILABLE with a retry hint, never INTERNAL_SERVER_ERROR (PostgreSQL only: it stops a private cluster)',
  () => {
    let cluster: PgCluster;
    let server: ServerProcess;
    let owner: Account;

    beforeAll(async () => {
      cluster = await startPgCluster();
      // Sessions stay cached for the whole test, so which requests reach the database is known.
      server = await spawnServer(await cluster.createDatabase('outage'), { AUTH_CACHE_TTL_MS: '300000' });
      owner = await signUp(server.url, 'outage');
      await fund(server.url, owner.workspaceId, '10');
    });
    afterAll(async () => {
      await server?.stop('SIGKILL');
      await cluster?.destroy();
    });

    it('while PostgreSQL is down, and after it is back', async () => {
      const key = uniqueKey('outage');
      // The owner's session is now in this instance's cache.
      expect((await post(server.url, operation('{ balance { available } }'), { token: owner.token })).status).toBe(200);
      await cluster.stopImmediately();
      try {
        await expectUnavailable(server, owner, key);
      } finally {
        await cluster.start();
      }
      // The refused reservation, retried with its key once the database is back, happens once.
      const retried = await post(server.url, reserve('1', key), { token: owner.token });
      expect(retried.body.errors).toBeUndefined();
      expect(retried.body.data?.reserveCredits).toMatchObject({ amount: '1', status: 'ACTIVE' });
      expect(await transactions(server.url, owner.token, ['HOLD'])).toHaveLength(1);
    });

    it('a COMMIT cut short: UNAVAILABLE, and the retry with the same key returns what had committed', async () => {
      const key = uniqueKey('cut');
      const holdsBefore = (await transactions(server.url, owner.token, ['HOLD'])).length;
      // Commits now wait for a standby that does not exist: the reservation stops inside its COMMIT.
      await cluster.query("alter system set synchronous_standby_names = 'absent_standby'");
      await cluster.query('select pg_reload_conf()');
      try {
        const answer = post(server.url, reserve('2', key), { token: owner.token });
        const pid = await backendWaitingInCommit(cluster);
        // The commit is already written locally; ending the session cuts the server off before it hears so.
        await cluster.query('select pg_terminate_backend($1)', [pid]);
        const cut = await answer;
        expect(cut.status).toBe(200);
        expect(cut.retryAfter).toBe('1');
        expect(cut.body.data).toBeNull();
        expect(codes(cut)).toEqual(['UNAVAILABLE']);
      } finally {
        await cluster.query('alter system reset synchronous_standby_names');
        await cluster.query('select pg_reload_conf()');
      }

      const retried = await post(server.url, reserve('2', key), { token: owner.token });
      expect(retried.body.errors).toBeUndefined();
      expect(retried.body.data?.reserveCredits).toMatchObject({ amount: '2', status: 'ACTIVE' });
      // One hold for the key: the retry answered with the committed one instead of holding again.
      expect(await transactions(server.url, owner.token, ['HOLD'])).toHaveLength(holdsBefore + 1);
      const again = await post(server.url, reserve('2', key), { token: owner.token });
      expect(again.body.data?.reserveCredits).toEqual(retried.body.data?.reserveCredits);
    });
  },
);

/** The backend stuck committing, waiting for the standby. No event says so: poll, with a deadline. */
async function backendWaitingInCommit(cluster: PgCluster, timeoutMs = 15_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await cluster.query<{ pid: number }>(
      // The ledger's write is one statement committing on its own, so the waiting query is that statement.
      "select pid from pg_stat_activity where wait_event = 'SyncRep' and datname = 'outage'",
    );
    if (rows[0]) return rows[0].pid;
    if (Date.now() > deadline) throw new Error('no COMMIT waited for the standby');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** With the database down: every answer is UNAVAILABLE with a retry hint, for both media types. */
async function expectUnavailable(server: ServerProcess, owner: Account, key: string): Promise<void> {
  for (const accept of [JSON_TYPE, GRAPHQL_RESPONSE]) {
    // A credential this instance has not seen needs the database before execution: 503 and Retry-After.
    for (const body of [operation('{ balance { available } }'), reserve('1', key)]) {
      const answer = await post(server.url, body, { accept, token: 'hms_not_seen_by_this_instance' });
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe('1');
      expect(answer.body.errors).toEqual([
        {
          message: expect.stringMatching(/briefly unavailable/),
          extensions: { code: 'UNAVAILABLE', retryAfterMs: 1000 },
        },
      ]);
    }
    // A cached session reaches execution, where the database is missing: the answer carries data (null), so
    // 200, with the same code and header; nothing is held.
    for (const body of [operation('{ balance { available } }'), reserve('1', key)]) {
      const answer = await post(server.url, body, { accept, token: owner.token });
      expect(answer.status).toBe(200);
      expect(answer.retryAfter).toBe('1');
      expect(answer.body.data).toBeNull();
      expect(codes(answer)).toEqual(['UNAVAILABLE']);
    }
    // Signing in runs inside execution too.
    const signIn = await post(
      server.url,
      operation('mutation($i: SignInInput!) { signIn(input: $i) { token } }', {
        i: { email: owner.email, password: PASSWORD },
      }),
      { accept },
    );
    expect(signIn.status).toBe(200);
    expect(signIn.retryAfter).toBe('1');
    expect(signIn.body.data).toBeNull();
    expect(codes(signIn)).toEqual(['UNAVAILABLE']);
  }
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(503);
  expect(health.headers.get('retry-after')).toBe('1');
}

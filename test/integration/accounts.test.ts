import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, PASSWORD, signUp, type Account } from '../support/accounts';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let owner: Account;

beforeAll(async () => {
  server = await startTestServer({ env: { API_KEY_REQUESTS_PER_MINUTE: '30' } });
  owner = await signUp(server.url, 'boss');
});
afterAll(() => server?.stop());

const SIGNIN = 'mutation($i: SignInInput!) { signIn(input: $i) { token expiresAt } }';

describe(`accounts, sessions, roles and API keys (${dbKind()})`, () => {
  it('sign-in sets an httpOnly cookie the SPA can use, and sign-out ends the session', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGNIN, variables: { i: { email: owner.email, password: PASSWORD } } }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^hero_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = cookie.split(';')[0]!;
    const viaCookie = async () =>
      (await (
        await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: session },
          body: JSON.stringify({ query: '{ viewer { user { email } role } }' }),
        })
      ).json()) as { data?: { viewer: unknown }; errors?: Array<{ extensions: { code: string } }> };
    expect((await viaCookie()).data?.viewer).toEqual({ user: { email: owner.email }, role: 'OWNER' });
    const token = session.split('=')[1]!;
    await gqlOk(server.url, 'mutation { signOut }', {}, token);
    expect((await viaCookie()).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a wrong password and an unknown email get the same answer', async () => {
    const wrong = await gql(server.url, SIGNIN, { i: { email: owner.email, password: 'not the password' } });
    const unknown = await gql(server.url, SIGNIN, { i: { email: 'nobody@hero.test', password: 'not the password' } });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors).toEqual(wrong.errors);
  });

  it('owners add members by email; members use features but cannot manage members or keys', async () => {
    const mate = await signUp(server.url, 'mate');
    const added = await gqlOk(
      server.url,
      'mutation($i: AddMemberInput!) { addMember(input: $i) { member { email role } invitation { email } } }',
      { i: { email: mate.email, role: 'MEMBER' } },
      owner.token,
    );
    expect(added.addMember).toEqual({ member: { email: mate.email, role: 'MEMBER' }, invitation: null });
    const { viewer } = await gqlOk(server.url, '{ viewer { workspaces { workspace { id } role } } }', {}, mate.token);
    expect(viewer.workspaces).toContainEqual({ workspace: { id: owner.workspaceId }, role: 'MEMBER' });
    await gqlOk(
      server.url,
      'mutation($w: ID!) { switchWorkspace(workspaceId: $w) }',
      { w: owner.workspaceId },
      mate.token,
    );
    expect((await gqlOk(server.url, '{ viewer { workspace { id } role } }', {}, mate.token)).viewer).toEqual({
      workspace: { id: owner.workspaceId },
      role: 'MEMBER',
    });
    const r = await gql(
      server.url,
      'mutation($i: AddMemberInput!) { addMember(input: $i) { member { email } } }',
      { i: { email: 'x@hero.test', role: 'ADMIN' } },
      mate.token,
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    const keys = await gql(
      server.url,
      'mutation { createApiKey(input: { name: "k", scopes: [BILLING_READ] }) { secret } }',
      {},
      mate.token,
    );
    expect(codeOf(keys)).toBe('FORBIDDEN');
  });

  it('an unknown email gets an invitation that is accepted on sign-up', async () => {
    const email = `invitee-${uniqueKey()}@hero.test`.toLowerCase();
    const r = await gqlOk(
      server.url,
      'mutation($i: AddMemberInput!) { addMember(input: $i) { member { email } invitation { email role } } }',
      { i: { email, role: 'ADMIN' } },
      owner.token,
    );
    expect(r.addMember).toEqual({ member: null, invitation: { email, role: 'ADMIN' } });
    const { signUp: s } = await gqlOk(server.url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
      i: { email, password: PASSWORD, name: 'Invitee', workspaceName: 'Own' },
    });
    const { viewer } = await gqlOk(server.url, '{ viewer { workspaces { workspace { id } role } } }', {}, s.token);
    expect(viewer.workspaces).toContainEqual({ workspace: { id: owner.workspaceId }, role: 'ADMIN' });
    const again = await gql(
      server.url,
      'mutation($i: AddMemberInput!) { addMember(input: $i) { member { email } } }',
      { i: { email, role: 'MEMBER' } },
      owner.token,
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('API keys: shown once, scoped, revocable, rate limited', async () => {
    await fund(server.url, owner.workspaceId, '5');
    const created = await gqlOk(
      server.url,
      'mutation { createApiKey(input: { name: "Reporting", scopes: [BILLING_READ] }) { secret apiKey { id prefix scopes revokedAt } } }',
      {},
      owner.token,
    );
    const { secret, apiKey } = created.createApiKey;
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.scopes).toEqual(['BILLING_READ']);
    const listed = await gqlOk(server.url, '{ apiKeys { id prefix } }', {}, owner.token);
    expect(JSON.stringify(listed)).not.toContain(secret);

    expect((await gqlOk(server.url, '{ balance { available } }', {}, secret)).balance.available).toBe('5');
    expect(codeOf(await gql(server.url, '{ transactions { edges { cursor } } }', {}, secret))).toBe('FORBIDDEN');
    const reserve = await gql(
      server.url,
      'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }',
      { i: { amount: '1', description: 'x', idempotencyKey: uniqueKey() } },
      secret,
    );
    expect(codeOf(reserve)).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, '{ members { email } }', {}, secret))).toBe('FORBIDDEN');

    await gqlOk(
      server.url,
      'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: apiKey.id },
      owner.token,
    );
    expect(codeOf(await gql(server.url, '{ balance { available } }', {}, secret))).toBe('UNAUTHENTICATED');
  });

  it('a key past its request budget gets RATE_LIMITED with HTTP 429', async () => {
    const { createApiKey } = await gqlOk(
      server.url,
      'mutation { createApiKey(input: { name: "Busy", scopes: [BILLING_READ, USAGE_READ] }) { secret } }',
      {},
      owner.token,
    );
    const results = [];
    for (let i = 0; i < 31; i++) results.push(await gql(server.url, '{ plans { code } }', {}, createApiKey.secret));
    expect(results.slice(0, 30).every((r) => r.status === 200 && !r.errors)).toBe(true);
    expect(results[30]!.status).toBe(429);
    expect(codeOf(results[30]!)).toBe('RATE_LIMITED');
  });
});

import { runStaffCommand } from '@hero/server/src/modules/auth/staff.command';
import { ManualClock } from '@hero/server/src/platform/clock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, signUp, type Account } from '../support/accounts';
import { codeOf, gql, gqlOk } from '../support/gql';
import { createScratchDatabase, type ScratchDatabase } from '../support/pg-harness';
import { dbKind, spawnServer, startTestServer, type ServerProcess, type TestServer } from '../support/server';

/**
 * Servers keep sessions and API keys in memory for a while (AUTH_CACHE_TTL_MS); these tests hold that
 * whatever ends or changes a credential still counts at once on the server that made the change and
 * within a second on every other one, and that a session still ends exactly at its expiry.
 */

const VIEWER = '{ viewer { user { id } isSupport workspace { id } } }';
const BALANCE = '{ balance { available } }';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { token } }';
/** Far longer than any test: nothing here passes because an entry simply expired. */
const LONG_TTL = { AUTH_CACHE_TTL_MS: '300000' };

/** Polls `check` until it holds; how long that took, or a failure naming what never happened. */
async function within(deadlineMs: number, what: string, check: () => Promise<boolean>): Promise<void> {
  const started = performance.now();
  for (;;) {
    if (await check()) return;
    if (performance.now() - started > deadlineMs) throw new Error(`${what}: not seen within ${deadlineMs} ms`);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

const refused = async (url: string, token: string, query = VIEWER) =>
  codeOf(await gql(url, query, {}, token)) === 'UNAUTHENTICATED';

async function createKey(url: string, owner: Account): Promise<{ id: string; secret: string }> {
  const { createApiKey } = await gqlOk<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
    url,
    'mutation { createApiKey(input: { name: "Partner", scopes: [BILLING_READ] }) { secret apiKey { id } } }',
    {},
    owner.token,
  );
  return { id: createApiKey.apiKey.id, secret: createApiKey.secret };
}

async function signInAgain(url: string, owner: Account): Promise<string> {
  const { signIn } = await gqlOk<{ signIn: { token: string } }>(url, SIGN_IN, {
    i: { email: owner.email, password: PASSWORD },
  });
  return signIn.token;
}

describe.skipIf(dbKind() !== 'postgresql')(
  'cached credentials across two server processes (PostgreSQL: the instances hear each other over the bus)',
  () => {
    let scratch: ScratchDatabase;
    let a: ServerProcess;
    let b: ServerProcess;

    beforeAll(async () => {
      scratch = await createScratchDatabase('auth_cache');
      a = await spawnServer(scratch.url, LONG_TTL); // runs the migrations
      b = await spawnServer(scratch.url, LONG_TTL);
    });
    afterAll(async () => {
      await Promise.all([a, b].filter(Boolean).map((s) => s.stop()));
      await scratch?.drop();
    });

    it('a key revoked on A is refused on B within one second', async () => {
      const owner = await signUp(a.url, 'partner-owner');
      const key = await createKey(a.url, owner);
      // B has looked the key up, so it holds it in memory.
      expect((await gqlOk(b.url, BALANCE, {}, key.secret)).balance.available).toBe('0');
      expect((await gqlOk(b.url, BALANCE, {}, key.secret)).balance.available).toBe('0');

      await gqlOk(a.url, 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: key.id }, owner.token);
      await within(1_000, 'the revoked key refused on B', () => refused(b.url, key.secret, BALANCE));
      expect(await refused(a.url, key.secret, BALANCE)).toBe(true);
      // Refused for good, not by chance of one lookup.
      for (let i = 0; i < 3; i++) expect(await refused(b.url, key.secret, BALANCE)).toBe(true);
    });

    it('a session signed out on A is refused on B within one second; the account’s other session lives', async () => {
      const owner = await signUp(a.url, 'leaver');
      const other = await signInAgain(b.url, owner);
      for (const token of [owner.token, other]) expect(await refused(b.url, token)).toBe(false);

      await gqlOk(a.url, 'mutation { signOut }', {}, owner.token);
      expect(await refused(a.url, owner.token)).toBe(true);
      await within(1_000, 'the signed-out session refused on B', () => refused(b.url, owner.token));
      expect(await refused(b.url, other)).toBe(false);
    });

    it('a staff role granted and revoked by the operator is seen on both instances', async () => {
      const person = await signUp(a.url, 'staff-to-be');
      const isStaff = async (url: string) =>
        (await gqlOk<{ viewer: { isSupport: boolean } }>(url, VIEWER, {}, person.token)).viewer.isSupport;
      expect([await isStaff(a.url), await isStaff(b.url)]).toEqual([false, false]);

      await runStaffCommand('grant', person.email, { DATABASE_URL: scratch.url }, 'ops@test');
      for (const url of [a.url, b.url]) await within(1_000, `the grant on ${url}`, () => isStaff(url));

      await runStaffCommand('revoke', person.email, { DATABASE_URL: scratch.url }, 'ops@test');
      for (const url of [a.url, b.url]) {
        await within(1_000, `the revocation on ${url}`, async () => !(await isStaff(url)));
      }
    });

    it('a workspace switch on A moves the session on B too', async () => {
      const first = await signUp(a.url, 'switcher');
      const { addMember } = await gqlOk<{ addMember: { member: { userId: string } | null } }>(
        a.url,
        'mutation($i: AddMemberInput!) { addMember(input: $i) { member { userId } } }',
        { i: { email: first.email, role: 'MEMBER' } },
        (await signUp(a.url, 'host')).token,
      );
      expect(addMember.member).not.toBeNull();
      const { viewer } = await gqlOk<{ viewer: { workspaces: Array<{ workspace: { id: string } }> } }>(
        b.url,
        '{ viewer { workspaces { workspace { id } } } }',
        {},
        first.token,
      );
      const target = viewer.workspaces.map((w) => w.workspace.id).find((id) => id !== first.workspaceId)!;
      await gqlOk(a.url, 'mutation($w: ID!) { switchWorkspace(workspaceId: $w) }', { w: target }, first.token);
      await within(1_000, 'the switch seen on B', async () => {
        const now = await gqlOk<{ viewer: { workspace: { id: string } } }>(b.url, VIEWER, {}, first.token);
        return now.viewer.workspace.id === target;
      });
    });
  },
);

describe(`cached credentials on one server (${dbKind()})`, () => {
  const clock = new ManualClock(new Date('2026-11-30T09:00:00Z'));
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clock, env: { ...LONG_TTL, SESSION_TTL_DAYS: '1' } });
  });
  afterAll(() => server?.stop());

  it('a session in memory still ends exactly at its expiry', async () => {
    clock.set(new Date('2026-11-30T09:00:00Z'));
    const owner = await signUp(server.url, 'expiring');
    expect(await refused(server.url, owner.token)).toBe(false);
    clock.set(new Date('2026-12-01T08:59:59.999Z'));
    expect(await refused(server.url, owner.token)).toBe(false);
    clock.set(new Date('2026-12-01T09:00:00.000Z'));
    expect(await refused(server.url, owner.token)).toBe(true);
  });

  it('sign-out and a revoked key count at once on the server that made them', async () => {
    clock.set(new Date('2026-12-01T10:00:00Z'));
    const owner = await signUp(server.url, 'immediate');
    const second = await signInAgain(server.url, owner);
    const key = await createKey(server.url, owner);
    for (const token of [owner.token, second]) expect(await refused(server.url, token)).toBe(false);
    expect(await refused(server.url, key.secret, BALANCE)).toBe(false);

    await gqlOk(server.url, 'mutation { signOut }', {}, second);
    expect(await refused(server.url, second)).toBe(true);
    expect(await refused(server.url, owner.token)).toBe(false);

    await gqlOk(server.url, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: key.id }, owner.token);
    expect(await refused(server.url, key.secret, BALANCE)).toBe(true);
  });

  it('a staff role changed by the operator from another connection counts on the next request', async () => {
    clock.set(new Date('2026-12-01T11:00:00Z'));
    const person = await signUp(server.url, 'operator-made');
    const isStaff = async () =>
      (await gqlOk<{ viewer: { isSupport: boolean } }>(server.url, VIEWER, {}, person.token)).viewer.isSupport;
    expect(await isStaff()).toBe(false);
    await runStaffCommand('grant', person.email, { DATABASE_URL: server.databaseUrl }, 'ops@test');
    await within(1_000, 'the grant', isStaff);
    await runStaffCommand('revoke', person.email, { DATABASE_URL: server.databaseUrl }, 'ops@test');
    await within(1_000, 'the revocation', async () => !(await isStaff()));
  });
});

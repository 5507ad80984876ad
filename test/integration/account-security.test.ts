import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@hero/server/src/platform/clock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, signUp, type Account } from '../support/accounts';
import { codeOf, gql, gqlOk, type GqlResult } from '../support/gql';
import { linkIn, readMail, waitForMail } from '../support/mail';
import { createScratchDatabase, type ScratchDatabase } from '../support/pg-harness';
import { dbKind, spawnServer, startTestServer, type ServerProcess, type TestServer } from '../support/server';

const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { token } }';
const REQUEST = 'mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }';
const RESET = 'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }';
const NEW_PASSWORD = 'a brand new passphrase';
const APP = 'https://app.hero.test';

/** A sign-in as sent from a given client address (the server trusts X-Forwarded-For from its proxy). */
async function signInFrom(url: string, email: string, password: string, address = '198.51.100.1'): Promise<GqlResult> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: SIGN_IN, variables: { i: { email, password } } }),
  });
  const body = (await res.json()) as Omit<GqlResult, 'status'>;
  return { status: res.status, data: body.data ?? null, errors: body.errors };
}

const retryAfterOf = (r: GqlResult) => r.errors?.[0]?.extensions?.retryAfterSeconds as number | undefined;

describe(`sign-in throttling across two server processes on one database (${dbKind()})`, () => {
  let scratch: ScratchDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  const mailDir = mkdtempSync(join(tmpdir(), 'hero-mail-'));

  beforeAll(async () => {
    scratch = await createScratchDatabase('throttle');
    a = await spawnServer(scratch.url, { MAIL_DIR: mailDir }); // runs the migrations
    b = await spawnServer(scratch.url, { MAIL_DIR: mailDir });
  });
  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map((s) => s.stop()));
    await scratch?.drop();
  });

  it('refuses the 11th to 20th wrong password with RATE_LIMITED and a retry time, then the right one too', async () => {
    const owner = await signUp(a.url, 'locked');
    const results: GqlResult[] = [];
    for (let i = 0; i < 20; i++) {
      results.push(await signInFrom(i % 2 ? b.url : a.url, owner.email, 'not the password'));
    }
    expect(results.slice(0, 10).map(codeOf)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    for (const r of results.slice(10)) {
      expect(codeOf(r)).toBe('RATE_LIMITED');
      expect(retryAfterOf(r)).toBeGreaterThan(14 * 60);
      expect(retryAfterOf(r)).toBeLessThanOrEqual(15 * 60);
      expect(r.errors?.[0]?.message).toMatch(/Try again in 15 minutes/);
    }
    // The right password does not open a locked account, on either instance.
    for (const url of [a.url, b.url]) {
      const right = await signInFrom(url, owner.email, PASSWORD);
      expect(codeOf(right)).toBe('RATE_LIMITED');
      expect(right.data).toBeNull();
    }
    // The owner hears about it once for this lock, however many attempts followed.
    const mail = await waitForMail(mailDir, owner.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('Sign-in to your Hero Marketer account is paused');
    expect(mail[0]!.text).toContain('10 failed attempts');
  });

  it('counts per address: 30 failures on any accounts lock that address out, not others', async () => {
    const victim = await signUp(b.url, 'victim');
    const attacker = '203.0.113.9';
    for (let i = 0; i < 30; i++) {
      const r = await signInFrom(i % 2 ? a.url : b.url, `nobody-${i}@hero.test`, 'guess', attacker);
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    }
    const fromAttacker = await signInFrom(a.url, victim.email, PASSWORD, attacker);
    expect(codeOf(fromAttacker)).toBe('RATE_LIMITED');
    expect(retryAfterOf(fromAttacker)).toBeGreaterThan(59 * 60);
    const fromElsewhere = await signInFrom(b.url, victim.email, PASSWORD, '198.51.100.77');
    expect(fromElsewhere.errors).toBeUndefined();
    expect(fromElsewhere.data?.signIn.token).toBeTruthy();
  });
});

describe(`password reset and the account counter (${dbKind()})`, () => {
  const clock = new ManualClock(new Date('2026-11-30T09:00:00Z'));
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock, env: { PUBLIC_URL: APP } });
  });
  afterAll(() => server?.stop());

  /** Asks for a reset and returns the token from the mailed link. */
  async function resetLinkFor(account: Account): Promise<string> {
    const before = (await readMail(server, account.email)).length;
    await gqlOk(server.url, REQUEST, { i: { email: account.email } });
    await server.services.mailQueue.idle();
    const mail = await readMail(server, account.email);
    expect(mail).toHaveLength(before + 1);
    const link = linkIn(mail.at(-1)!, `${APP}/reset-password?token=`);
    return new URL(link).searchParams.get('token')!;
  }

  const viewerWith = (token: string) => gql(server.url, '{ viewer { user { email } } }', {}, token);

  it('a correct password starts the account count again', async () => {
    const owner = await signUp(server.url, 'forgetful');
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++)
        expect(codeOf(await signInFrom(server.url, owner.email, 'nope'))).toBe('UNAUTHENTICATED');
      const ok = await signInFrom(server.url, owner.email, PASSWORD);
      expect(ok.errors).toBeUndefined();
    }
    expect(await readMail(server, owner.email)).toHaveLength(0);
  });

  it('a reset link sets the password once, ends every session, and fails the second time', async () => {
    const owner = await signUp(server.url, 'resetter');
    const otherSession = (
      await gqlOk<{ signIn: { token: string } }>(server.url, SIGN_IN, {
        i: { email: owner.email, password: PASSWORD },
      })
    ).signIn.token;
    const token = await resetLinkFor(owner);
    const [mail] = await readMail(server, owner.email);
    expect(mail!.subject).toBe('Reset your Hero Marketer password');
    expect(mail!.from).toBe('Hero Marketer <no-reply@heromarketer.test>');

    // The same rules as sign-up: a short password is refused and the link stays unused.
    const short = await gql(server.url, RESET, { i: { token, password: 'short' } });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');

    expect(await gqlOk(server.url, RESET, { i: { token, password: NEW_PASSWORD } })).toEqual({ resetPassword: true });
    for (const old of [owner.token, otherSession]) expect(codeOf(await viewerWith(old))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signInFrom(server.url, owner.email, PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await signInFrom(server.url, owner.email, NEW_PASSWORD)).errors).toBeUndefined();

    const again = await gql(server.url, RESET, { i: { token, password: 'yet another passphrase' } });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect((await signInFrom(server.url, owner.email, NEW_PASSWORD)).errors).toBeUndefined();
  });

  it('a link expires after one hour and changes nothing', async () => {
    const owner = await signUp(server.url, 'late');
    const token = await resetLinkFor(owner);
    clock.advance(60 * 60_000 + 1_000);
    const late = await gql(server.url, RESET, { i: { token, password: NEW_PASSWORD } });
    expect(codeOf(late)).toBe('BAD_USER_INPUT');
    expect(late.errors?.[0]?.message).toMatch(/expired/);
    expect((await viewerWith(owner.token)).errors).toBeUndefined();
    expect((await signInFrom(server.url, owner.email, PASSWORD)).errors).toBeUndefined();
  });

  it('an unknown email gets the same answer and no mail; a made-up token is refused', async () => {
    const known = await signUp(server.url, 'known');
    const ask = async (email: string) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REQUEST, variables: { i: { email } } }),
      });
      return { status: res.status, body: await res.text() };
    };
    const unknownEmail = 'Nobody-Here@hero.test';
    expect(await ask(unknownEmail)).toEqual(await ask(known.email));
    await server.services.mailQueue.idle();
    expect(await readMail(server, unknownEmail)).toHaveLength(0);
    expect(await readMail(server, known.email)).toHaveLength(1);
    const forged = await gql(server.url, RESET, { i: { token: 'x'.repeat(43), password: NEW_PASSWORD } });
    expect(codeOf(forged)).toBe('BAD_USER_INPUT');
  });
});

describe(`private answers are never cached (${dbKind()})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('every GraphQL answer, refusals and errors included, tells caches not to keep it', async () => {
    const owner = await signUp(server.url, 'private');
    const asks: [string, string | undefined][] = [
      ['{ balance { available } }', owner.token],
      ['{ balance { available } }', undefined],
      ['{ notAField }', owner.token],
    ];
    for (const [query, token] of asks) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      expect(res.headers.get('cache-control'), query).toBe('no-store');
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, signUp, supportToken, type Account } from '../support/accounts';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let owner: Account;
let stranger: Account;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.url, 'careful');
  stranger = await signUp(server.url, 'stranger');
  await fund(server.url, owner.workspaceId, '10');
});
afterAll(() => server?.stop());

const state = async () =>
  await gqlOk(
    server.url,
    '{ balance { available reserved deficit version } transactions(first: 100) { edges { cursor } } }',
    {},
    owner.token,
  );

const RESERVE = 'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }';

describe(`bad input gets a stable code and changes nothing (${dbKind()})`, () => {
  it.each([
    ['negative', '-1'],
    ['zero', '0'],
    ['zero with decimals', '0.000000'],
    ['seven fractional digits', '0.0000001'],
    ['huge', '1000000000000'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['exponent', '1e3'],
    ['non-numeric', 'ten'],
    ['empty', ''],
    ['leading plus', '+1'],
    ['spaces', ' 1'],
  ])('amount %s (%j) → BAD_USER_INPUT', async (_name, amount) => {
    const before = await state();
    const r = await gql(
      server.url,
      RESERVE,
      { i: { amount, description: 'x', idempotencyKey: uniqueKey() } },
      owner.token,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(await state()).toEqual(before);
  });

  it.each([
    ['a number instead of a string', 1],
    ['a float', 1.5],
    ['null inside a required field', null],
  ])('amount as %s → BAD_USER_INPUT', async (_name, amount) => {
    const r = await gql(
      server.url,
      RESERVE,
      { i: { amount, description: 'x', idempotencyKey: uniqueKey() } },
      owner.token,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('an amount written into the query text is checked the same way', async () => {
    const r = await gql(
      server.url,
      `mutation { reserveCredits(input: { amount: "-5", description: "x", idempotencyKey: "${uniqueKey()}" }) { id } }`,
      {},
      owner.token,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['oversized description', { description: 'x'.repeat(201) }],
    ['empty description', { description: '' }],
    ['short idempotency key', { idempotencyKey: 'abc' }],
    ['idempotency key with spaces', { idempotencyKey: 'has spaces in it' }],
    ['oversized idempotency key', { idempotencyKey: 'k'.repeat(129) }],
    ['feature name with symbols', { feature: 'DROP TABLE;' }],
    ['ttl below the minimum', { ttlSeconds: 1 }],
  ])('%s → BAD_USER_INPUT', async (_name, patch) => {
    const before = await state();
    const r = await gql(
      server.url,
      RESERVE,
      { i: { amount: '1', description: 'ok', idempotencyKey: uniqueKey(), ...patch } },
      owner.token,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(await state()).toEqual(before);
  });

  it('more credits than available → INSUFFICIENT_CREDITS with required, available and renewsAt', async () => {
    const r = await gql(
      server.url,
      RESERVE,
      { i: { amount: '10.5', description: 'too much', idempotencyKey: uniqueKey() } },
      owner.token,
    );
    expect(r.errors?.[0]?.extensions).toEqual({
      code: 'INSUFFICIENT_CREDITS',
      required: '10.5',
      available: '10',
      renewsAt: null,
    });
  });

  it.each([
    ['malformed', 'not-an-id', 'BAD_USER_INPUT'],
    ['SQL-looking', "1' or '1'='1", 'BAD_USER_INPUT'],
    ['unknown', '00000000-0000-4000-8000-000000000000', 'NOT_FOUND'],
  ])('%s hold id → %s', async (_name, holdId, code) => {
    const r = await gql(
      server.url,
      'mutation($i: SettleHoldInput!) { settleHold(input: $i) { id } }',
      { i: { holdId, actual: '1', idempotencyKey: uniqueKey() } },
      owner.token,
    );
    expect(codeOf(r)).toBe(code);
    const q = await gql(server.url, 'query($id: ID!) { hold(id: $id) { id } }', { id: holdId }, owner.token);
    expect(codeOf(q)).toBe(code);
  });

  it('unknown plan codes → BAD_USER_INPUT', async () => {
    for (const code of ['platinum', '', 'PRO', 'x'.repeat(500)]) {
      expect(codeOf(await gql(server.url, 'query($c: String!) { plan(code: $c) { code } }', { c: code }))).toBe(
        'BAD_USER_INPUT',
      );
    }
    expect((await gqlOk(server.url, '{ plan(code: "growth") { creditsPerPeriod } }')).plan).toEqual({
      creditsPerPeriod: '50',
    });
  });

  it('bad pagination → BAD_USER_INPUT', async () => {
    for (const vars of [{ first: 0 }, { first: -1 }, { first: 101 }, { after: 'garbage' }, { after: 'c2VxOmFiYw' }]) {
      const r = await gql(
        server.url,
        'query($first: Int, $after: String) { transactions(first: $first, after: $after) { edges { cursor } } }',
        vars,
        owner.token,
      );
      expect(codeOf(r), JSON.stringify(vars)).toBe('BAD_USER_INPUT');
    }
  });

  it('bad sign-up input → BAD_USER_INPUT naming the field; a taken email → CONFLICT', async () => {
    const base = {
      email: `ok-${uniqueKey()}@hero.test`,
      password: 'long enough password',
      name: 'N',
      workspaceName: 'W',
    };
    const SIGNUP = 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }';
    for (const patch of [
      { email: 'not-an-email' },
      { password: 'short' },
      { name: '' },
      { workspaceName: 'w'.repeat(121) },
      { email: `${'a'.repeat(250)}@x.io` },
    ]) {
      const r = await gql(server.url, SIGNUP, { i: { ...base, ...patch } });
      expect(codeOf(r), JSON.stringify(patch)).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await gql(server.url, SIGNUP, { i: { ...base, email: owner.email.toUpperCase() } }))).toBe(
      'CONFLICT',
    );
  });

  it('support adjustments validate amount, reason and workspace', async () => {
    const token = await supportToken(server.url);
    const ADJUST = 'mutation($i: AdjustCreditsInput!) { adjustCredits(input: $i) { available } }';
    const base = {
      workspaceId: owner.workspaceId,
      amount: '1',
      direction: 'CREDIT',
      reason: 'goodwill credit',
      idempotencyKey: uniqueKey(),
    };
    const before = await state();
    for (const [patch, code] of [
      [{ amount: '0' }, 'BAD_USER_INPUT'],
      [{ reason: 'no' }, 'BAD_USER_INPUT'],
      [{ direction: 'SIDEWAYS' }, 'BAD_USER_INPUT'],
      [{ workspaceId: 'nope' }, 'BAD_USER_INPUT'],
      [{ workspaceId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
    ] as const) {
      const r = await gql(server.url, ADJUST, { i: { ...base, ...patch, idempotencyKey: uniqueKey() } }, token);
      expect(codeOf(r), JSON.stringify(patch)).toBe(code);
    }
    expect(await state()).toEqual(before);
    expect(codeOf(await gql(server.url, ADJUST, { i: base }, stranger.token))).toBe('FORBIDDEN');
  });

  it('hostile queries are refused at validation', async () => {
    const deep = `{ viewer { workspaces { workspace { id } } } ${'transactions { edges { node { splits { grantId } } } }'} }`;
    expect((await gql(server.url, deep, {}, owner.token)).errors).toBeUndefined();
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: plans { code }`).join(' ')} }`;
    expect((await gql(server.url, aliases)).errors?.[0]?.message).toMatch(/alias/i);
    const tooDeep =
      '{ viewer { workspaces { workspace { id } } } __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }';
    const r = await gql(server.url, tooDeep);
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(r.data).toBeNull();
  });

  it('no error ever carries a stack trace or an internal message', async () => {
    const r = await gql(server.url, '{ nope }');
    expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+|node_modules/i);
    expect(r.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

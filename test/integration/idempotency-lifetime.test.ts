import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@hero/server/src/db/orm';
import { ManualClock } from '@hero/server/src/platform/clock';
import { ConfigError, loadConfig } from '@hero/server/src/platform/config';
import { AppError } from '@hero/server/src/platform/errors';
import {
  idempotentExternal,
  RUNNING_CLAIM_MS,
  type ExternalAttempt,
  type IdempotentRequest,
} from '@hero/server/src/platform/idempotency';
import { fund, signUp, type Account } from '../support/accounts';
import { balanceOf, settled, stripeControls } from '../support/billing';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { productAndDraft, Q, transactions } from '../support/product';
import { dbKind, startTestServer, type TestServer } from '../support/server';

const START = new Date('2026-11-01T00:00:00Z');
const HOUR_MS = 3_600_000;
/** Longer than a Checkout Session lives (24 h), so a retry after it expired still finds the key. */
const TTL_HOURS = 48;
const clock = new ManualClock(START);
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    clock,
    env: { SESSION_TTL_DAYS: '365', IDEMPOTENCY_KEY_TTL_HOURS: String(TTL_HOURS) },
  });
});
afterAll(() => server?.stop());

const at = (hours: number) => clock.set(new Date(START.getTime() + hours * HOUR_MS));
const RESERVE = 'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id amount } }';
const reserve = (a: Account, amount: string, idempotencyKey: string) =>
  gql(server.url, RESERVE, { i: { amount, description: 'lifetime', idempotencyKey } }, a.token);
const PURCHASE = 'mutation($i: PurchaseCreditsInput!) { purchaseCredits(input: $i) { id url } }';
const purchase = (a: Account, packs: number, idempotencyKey: string) =>
  gql(server.url, PURCHASE, { i: { packs, idempotencyKey } }, a.token);

async function owner(name: string): Promise<Account> {
  at(0);
  return signUp(server.url, name);
}

describe(`idempotency keys have a lifetime (${dbKind()})`, () => {
  it('a key answers retries for its lifetime, then the sweep forgets it and it is new again', async () => {
    const a = await owner('lifetime-ledger');
    await fund(server.url, a.workspaceId, '10');
    const key = uniqueKey('ttl');
    const first = await reserve(a, '1', key);
    expect(first.errors).toBeUndefined();

    at(TTL_HOURS - 1);
    await server.sweep();
    expect((await reserve(a, '1', key)).data).toEqual(first.data);
    expect(codeOf(await reserve(a, '2', key))).toBe('IDEMPOTENCY_KEY_REUSED');

    at(TTL_HOURS + 1);
    await server.sweep();
    const reused = await reserve(a, '2', key);
    expect(reused.errors).toBeUndefined();
    expect(reused.data?.reserveCredits.amount).toBe('2');
    expect(reused.data?.reserveCredits.id).not.toBe(first.data?.reserveCredits.id);
  });

  it('an AI feature run gives its key up after the lifetime but stays on record', async () => {
    const a = await owner('lifetime-run');
    await fund(server.url, a.workspaceId, '10');
    const { productId } = await productAndDraft(server.url, a.token);
    const key = uniqueKey('ttl-run');
    const analyse = () => gql(server.url, Q.analyzeProduct, { input: { productId, idempotencyKey: key } }, a.token);
    const first = await analyse();
    expect(first.errors).toBeUndefined();

    at(TTL_HOURS - 1);
    await server.sweep();
    expect((await analyse()).data?.analyzeProduct.charge.replayed).toBe(true);

    at(TTL_HOURS + 1);
    await server.sweep();
    const again = await analyse();
    expect(again.errors).toBeUndefined();
    expect(again.data?.analyzeProduct.charge.replayed).toBe(false);
    // Both runs are charged and both stay in the history.
    expect(await transactions(server.url, a.token, ['CHARGE'])).toHaveLength(2);
  });

  it('a purchase key past its lifetime starts a new checkout, with the same packs or others', async () => {
    const a = await owner('lifetime-topup');
    const key = uniqueKey('ttl-buy');
    const first = await purchase(a, 1, key);
    expect(first.errors).toBeUndefined();

    at(TTL_HOURS + 1);
    await server.sweep();
    const other = await purchase(a, 2, key);
    expect(other.errors).toBeUndefined();
    expect(other.data?.purchaseCredits.id).not.toBe(first.data?.purchaseCredits.id);
    await stripeControls(server).payCheckout(other.data?.purchaseCredits.id);
    await settled(server);
    expect((await balanceOf(server, a.token)).purchased).toBe('40');
  });

  it('the lifetime is configuration: out of range is refused at start, naming the variable', () => {
    for (const value of ['0', '721', 'a day']) {
      expect(() => loadConfig({ IDEMPOTENCY_KEY_TTL_HOURS: value })).toThrow(ConfigError);
      expect(() => loadConfig({ IDEMPOTENCY_KEY_TTL_HOURS: value })).toThrow(/IDEMPOTENCY_KEY_TTL_HOURS/);
    }
    expect(loadConfig({}).IDEMPOTENCY_KEY_TTL_HOURS).toBe(24);
  });
});

describe(`retrying a purchase whose checkout expired (${dbKind()})`, () => {
  it('after the checkout was expired explicitly, a retry returns a fresh checkout that can be paid', async () => {
    const a = await owner('expired-explicitly');
    const key = uniqueKey('expire');
    const first = (await gqlOk(server.url, PURCHASE, { i: { packs: 2, idempotencyKey: key } }, a.token))
      .purchaseCredits;
    await stripeControls(server).expireCheckout(first.id);

    const retry = await purchase(a, 2, key);
    expect(retry.errors).toBeUndefined();
    const fresh = retry.data?.purchaseCredits;
    expect(fresh.id).not.toBe(first.id);
    expect(fresh.url).toMatch(/^http/);
    expect((await purchase(a, 2, key)).data?.purchaseCredits).toEqual(fresh);
    expect(codeOf(await purchase(a, 3, key))).toBe('IDEMPOTENCY_KEY_REUSED');

    await stripeControls(server).payCheckout(fresh.id);
    await settled(server);
    expect((await balanceOf(server, a.token)).purchased).toBe('40');
    // Once paid, the key keeps answering with that checkout and buys nothing more.
    expect((await purchase(a, 2, key)).data?.purchaseCredits).toEqual(fresh);
    await settled(server);
    expect((await balanceOf(server, a.token)).purchased).toBe('40');
  });

  it('after the checkout lapsed (24 hours), a retry returns a fresh checkout and the old one cannot be paid', async () => {
    const a = await owner('expired-by-time');
    const key = uniqueKey('lapse');
    const first = (await gqlOk(server.url, PURCHASE, { i: { packs: 1, idempotencyKey: key } }, a.token))
      .purchaseCredits;

    at(23);
    expect((await purchase(a, 1, key)).data?.purchaseCredits).toEqual(first);

    at(25);
    const fresh = (await purchase(a, 1, key)).data?.purchaseCredits;
    expect(fresh.id).not.toBe(first.id);
    await expect(stripeControls(server).payCheckout(first.id)).rejects.toThrow(/expired/);
    await stripeControls(server).payCheckout(fresh.id);
    await settled(server);
    expect((await balanceOf(server, a.token)).purchased).toBe('20');
  });
});

describe(`a request whose effect is in another system (${dbKind()})`, () => {
  let orm: Awaited<ReturnType<typeof openDatabase>>;
  beforeAll(async () => {
    orm = await openDatabase(loadConfig({ DATABASE_URL: server.databaseUrl }).database);
  });
  afterAll(() => orm?.close(true));

  /** The other system, deduplicating by the key it is given, as Stripe does with Idempotency-Key. */
  function otherSystem() {
    const effects = new Map<string, number>();
    return {
      effects,
      act: (attempt: ExternalAttempt) => {
        if (!effects.has(attempt.id)) effects.set(attempt.id, effects.size + 1);
        return { effect: effects.get(attempt.id)! };
      },
    };
  }
  const run = <T>(request: IdempotentRequest, work: (attempt: ExternalAttempt) => Promise<T>) =>
    idempotentExternal(orm, request, () => clock.now(), work);
  const requestOf = async (name: string, params: unknown = { packs: 1 }): Promise<IdempotentRequest> => ({
    workspaceId: (await owner(name)).workspaceId,
    key: uniqueKey(name),
    operation: 'purchaseCredits',
    params,
  });

  it('cut off after acting, it is finished by a retry under the same attempt: the effect happens once', async () => {
    const other = otherSystem();
    const request = await requestOf('cut-off');
    const lost = run(request, async (attempt) => {
      other.act(attempt);
      throw new Error('connection reset');
    });
    await expect(lost).rejects.toThrow('connection reset');
    expect(await run(request, async (attempt) => other.act(attempt))).toEqual({ effect: 1 });
    expect(await run(request, async (attempt) => other.act(attempt))).toEqual({ effect: 1 });
    expect(other.effects.size).toBe(1);
  });

  it('a refusal frees the key: the retry is a new attempt, with the same input or another', async () => {
    const other = otherSystem();
    const request = await requestOf('refused');
    const refused = run(request, async (attempt) => {
      other.act(attempt);
      throw new AppError('PAYMENT_FAILED', 'declined');
    });
    await expect(refused).rejects.toMatchObject({ code: 'PAYMENT_FAILED' });
    const again = await run({ ...request, params: { packs: 2 } }, async (attempt) => other.act(attempt));
    expect(again).toEqual({ effect: 2 });
  });

  it('while the first request runs, a retry is CONFLICT; a crashed one is taken over after the claim lapses', async () => {
    const other = otherSystem();
    const request = await requestOf('running');
    let crashed: ExternalAttempt | undefined;
    void run(request, (attempt) => {
      crashed = attempt;
      return new Promise<never>(() => {}); // the process died here: nothing ever answers
    });
    await expect.poll(() => crashed).toBeDefined();
    await expect(run(request, async (attempt) => other.act(attempt))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(run({ ...request, params: { packs: 9 } }, async () => 'other')).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });

    clock.set(new Date(clock.now().getTime() + RUNNING_CLAIM_MS));
    let resumed: ExternalAttempt | undefined;
    const answer = await run(request, async (attempt) => {
      resumed = attempt;
      return other.act(attempt);
    });
    expect(resumed).toEqual(crashed);
    expect(answer).toEqual({ effect: 1 });
  });

  it('concurrent identical requests act once and never answer differently', async () => {
    const other = otherSystem();
    const request = await requestOf('storm');
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => run(request, async (attempt) => other.act(attempt))),
    );
    const answers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as AppError).code] : []));
    expect(answers.length).toBeGreaterThan(0);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(new Set(refusals)).toEqual(new Set(refusals.length ? ['CONFLICT'] : []));
    expect(other.effects.size).toBe(1);
    expect(await run(request, async (attempt) => other.act(attempt))).toEqual(answers[0]);
  });
});

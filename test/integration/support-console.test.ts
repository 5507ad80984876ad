import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@hero/server/src/platform/clock';
import { addTeammate, signUp, supportToken, type Account } from '../support/accounts';
import { buyPacks, checkoutCharge, settled, stripeControls, subscribePaid } from '../support/billing';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { key, micro, productAndDraft, Q } from '../support/product';
import { adjust as adjustCredits, reserve, settle as settleOk } from '../support/holds';
import { dbKind, startTestServer, type TestServer } from '../support/server';

/**
 * The support console's API: finding a workspace, its full audit (grants, entries, the independent
 * auditor's reconciliation, the payment provider's record), the actions staff take with a reason, and
 * the log of them; and every one of them refused to anyone who is not staff.
 */
const START = new Date('2026-11-01T00:00:00Z');
const clock = new ManualClock(START);
const days = (n: number) => new Date(START.getTime() + n * 86_400_000);
const tick = () => clock.set(new Date(clock.now().getTime() + 1000));
let server: TestServer;
let staff: string;
let owner: Account;

const sql = (query: string, params: unknown[] = []) =>
  server.services.orm.em.getConnection().execute(query, params, 'all') as Promise<Record<string, unknown>[]>;

const hold = (a: Account, amount: string) => reserve(server.url, a.token, amount);
const settle = (a: Account, holdId: string, actual: string) => settleOk(server.url, a.token, holdId, actual);
const adjust = (workspaceId: string, amount: string, direction: 'CREDIT' | 'DEBIT', reason: string) =>
  adjustCredits(server.url, staff, { workspaceId, amount, direction, reason });

/** Renewals, an upgrade, top-ups, metered features, holds, an overrun, a refund, adjustments, an open hold. */
async function longHistory(): Promise<Account> {
  const a = await signUp(server.url, 'trailhead');
  await subscribePaid(server, a.token, 'pro');
  const first = await buyPacks(server, a.token, 2);
  await stripeControls(server).payCheckout(first);
  await settled(server);
  const { productId, draftId } = await productAndDraft(server.url, a.token);
  await gqlOk(server.url, Q.generateAdCopy, { input: { draftId, idempotencyKey: key('copy') } }, a.token);
  await gqlOk(server.url, Q.analyzeProduct, { input: { productId, idempotencyKey: key('analyze') } }, a.token);
  const over = await hold(a, '2');
  await settle(a, over, '2.4');
  clock.set(days(10));
  await gqlOk(
    server.url,
    'mutation($i: ChangePlanInput!) { changePlan(input: $i) { kind } }',
    { i: { plan: 'growth', idempotencyKey: uniqueKey('plan') } },
    a.token,
  );
  await settled(server);
  const spend = await hold(a, '30');
  await settle(a, spend, '30');
  await stripeControls(server).refundCharge(await checkoutCharge(server, first), 1000);
  await settled(server);
  await adjust(a.workspaceId, '5', 'CREDIT', 'goodwill for a slow answer');
  await adjust(a.workspaceId, '1.25', 'DEBIT', 'double credit corrected');
  clock.set(days(30));
  const subscription = stripeControls(server)
    .events()
    .filter((e) => e.type === 'customer.subscription.created')
    .map((e) => e.data.object as { id: string; metadata: { workspaceId?: string } })
    .find((s) => s.metadata.workspaceId === a.workspaceId)!.id;
  await stripeControls(server).advanceSubscription(subscription);
  await settled(server);
  await gqlOk(server.url, Q.generateAdCopy, { input: { draftId, idempotencyKey: key('copy') } }, a.token);
  await hold(a, '1.5');
  return a;
}

beforeAll(async () => {
  server = await startTestServer({ clock, env: { SESSION_TTL_DAYS: '365' } });
  staff = await supportToken(server.url);
  owner = await longHistory();
});
afterAll(() => server?.stop());

const AUDIT = `query($w: ID!, $after: String) { workspaceAudit(workspaceId: $w) {
  workspaceName replayMatches mismatches balance { available reserved deficit }
  grants { id label source original consumed expired revoked reserved remaining expiresAt
    origin { periodStart periodEnd prorationFraction paymentId invoiceId reason description } }
  activeHolds { id amount status }
  reconciliation { mustHold ledgerHolds difference unsourcedGrants differences }
  payments { customerId connected charges { id amountCents amountRefundedCents refunds { amountCents } disputes { status } } }
  history(first: 5, after: $after) { edges { node { id sequence type description splits { grantId amount }
    details { inputTokens outputTokens rateCardVersion prorationFraction } } } pageInfo { hasNextPage endCursor } }
} }`;

const audit = async (workspaceId: string, after?: string) =>
  (await gqlOk(server.url, AUDIT, { w: workspaceId, after }, staff)).workspaceAudit;

const VOID = 'mutation($i: VoidGrantInput!) { voidGrant(input: $i) { available reserved } }';
const RELEASE = 'mutation($i: ReleaseStuckHoldInput!) { releaseStuckHold(input: $i) { available reserved } }';
const FIND = 'query($q: String!) { findWorkspaces(query: $q) { id name matchedBy memberEmails stripeCustomerId } }';
const LOG = `query($f: StaffActionFilter, $first: Int, $after: String) { staffActions(filter: $f, first: $first, after: $after) {
  edges { node { id kind workspaceId reason targetId amount staffEmail workspaceName } } pageInfo { hasNextPage endCursor } } }`;

const history = async (a: Account) =>
  (
    await gqlOk(server.url, '{ transactions(first: 5) { edges { node { id type description amount } } } }', {}, a.token)
  ).transactions.edges.map((e: { node: unknown }) => e.node) as {
    id: string;
    type: string;
    description: string;
    amount: string;
  }[];

describe(`support console (${dbKind()})`, () => {
  it('finds a workspace by name, member email, workspace id and Stripe customer id, and records the search', async () => {
    const ws = await server.services.workspaces.workspace(owner.workspaceId);
    expect(ws.stripeCustomerId).toMatch(/^cus_/);
    const find = async (q: string) =>
      (await gqlOk(server.url, FIND, { q }, staff)).findWorkspaces as {
        id: string;
        matchedBy: string;
        memberEmails: string[];
      }[];
    expect(await find("tRaILHEAD's WORK")).toContainEqual(
      expect.objectContaining({ id: owner.workspaceId, matchedBy: 'NAME' }),
    );
    expect(await find(owner.email.toUpperCase())).toEqual([
      expect.objectContaining({ id: owner.workspaceId, matchedBy: 'MEMBER_EMAIL', memberEmails: [owner.email] }),
    ]);
    expect(await find(owner.workspaceId)).toEqual([
      expect.objectContaining({ id: owner.workspaceId, matchedBy: 'WORKSPACE_ID' }),
    ]);
    expect(await find(ws.stripeCustomerId!)).toEqual([
      expect.objectContaining({
        id: owner.workspaceId,
        matchedBy: 'STRIPE_CUSTOMER',
        stripeCustomerId: ws.stripeCustomerId,
      }),
    ]);
    // LIKE's wildcards are searched for literally.
    expect(await find('%')).toEqual([]);
    for (let i = 0; i < 21; i++) await signUp(server.url, 'Crowded');
    expect(await find('crowded')).toHaveLength(20);
    expect(codeOf(await gql(server.url, FIND, { q: '   ' }, staff))).toBe('BAD_USER_INPUT');
    const log = (await gqlOk(server.url, LOG, { first: 100 }, staff)).staffActions.edges;
    expect(log.map((e: { node: unknown }) => e.node)).toContainEqual(
      expect.objectContaining({
        kind: 'SEARCH',
        workspaceId: null,
        reason: 'crowded',
        staffEmail: 'support@hero.test',
      }),
    );
  });

  it('audits a long history: every grant accounted for, entries with splits and numbers, reconciliation 0', async () => {
    const a = await audit(owner.workspaceId);
    expect(a.replayMatches).toBe(true);
    for (const g of a.grants) {
      const parts = [g.consumed, g.expired, g.revoked, g.reserved, g.remaining].map(micro);
      expect(
        parts.reduce((s, x) => s + x, 0),
        g.label,
      ).toBe(micro(g.original));
    }
    const bySource = (s: string) => a.grants.filter((g: { source: string }) => g.source === s);
    const [pro, growth] = bySource('PLAN_ALLOCATION');
    expect(pro).toMatchObject({
      original: '20',
      origin: { periodStart: START.toISOString(), periodEnd: days(30).toISOString() },
    });
    expect(micro(pro.consumed)).toBeGreaterThan(0);
    expect(growth).toMatchObject({ original: '50', origin: { periodStart: days(30).toISOString() } });
    expect(bySource('PRORATION')[0].origin.prorationFraction).toMatch(/^\d+\/\d+$/);
    const [topUp] = bySource('TOP_UP');
    expect(topUp.origin.paymentId).toMatch(/^pi_/);
    expect(micro(topUp.revoked)).toBe(10_000_000);
    expect(bySource('ADJUSTMENT')[0].origin.reason).toBe('goodwill for a slow answer');
    const remaining = a.grants.reduce((s: number, g: { remaining: string }) => s + micro(g.remaining), 0);
    expect(remaining - micro(a.balance.deficit)).toBe(micro(a.balance.available));
    expect(a.activeHolds).toEqual([expect.objectContaining({ amount: '1.5', status: 'ACTIVE' })]);
    expect(bySource('PLAN_ALLOCATION')[1].reserved).toBe('1.5');
    // The independent auditor agrees, to the µcr.
    expect(a.reconciliation).toEqual({
      mustHold: a.reconciliation.ledgerHolds,
      ledgerHolds: String((remaining + micro(a.balance.reserved) - micro(a.balance.deficit)) / 1_000_000),
      difference: '0',
      unsourcedGrants: 0,
      differences: [],
    });
    // Entries newest first, paginated, with splits and numbers.
    const page1 = a.history.edges.map((e: { node: { sequence: number } }) => e.node);
    expect(page1.map((e: { sequence: number }) => e.sequence)).toEqual(
      [...page1.map((e: { sequence: number }) => e.sequence)].sort((x, y) => y - x),
    );
    const page2 = (await audit(owner.workspaceId, a.history.pageInfo.endCursor)).history.edges;
    expect(page2[0].node.sequence).toBe(page1.at(-1).sequence - 1);
    const charge = [...page1, ...page2.map((e: { node: unknown }) => e.node)].find((e) => e.type === 'CHARGE');
    expect(charge.details.inputTokens).toBeGreaterThan(0);
    expect(charge.details.rateCardVersion).toBeTruthy();
    expect(charge.splits.length).toBeGreaterThan(0);
    // The payment provider's record: the refunded top-up.
    expect(a.payments.connected).toBe(true);
    expect(a.payments.charges).toContainEqual(
      expect.objectContaining({ amountCents: 4000, amountRefundedCents: 1000, refunds: [{ amountCents: 1000 }] }),
    );
  });

  it('shows the exact difference when a grant row is changed behind the ledger’s back', async () => {
    const before = await audit(owner.workspaceId);
    const grant = before.grants.find((g: { remaining: string }) => micro(g.remaining) >= 250_000);
    await sql('update credit_grant set remaining_micro = remaining_micro - 250000 where id = ?', [grant.id]);
    try {
      const { reconciliation } = await audit(owner.workspaceId);
      expect(reconciliation.difference).toBe('-0.25');
      expect(micro(reconciliation.mustHold) - micro(reconciliation.ledgerHolds)).toBe(250_000);
      expect(reconciliation.differences).toContainEqual(expect.stringContaining(`grant "${grant.label}"`));
    } finally {
      await sql('update credit_grant set remaining_micro = remaining_micro + 250000 where id = ?', [grant.id]);
    }
    expect((await audit(owner.workspaceId)).reconciliation.difference).toBe('0');
  });

  it('voiding what remains of a paid top-up is explained to the independent auditor by the recorded action', async () => {
    const a = await signUp(server.url, 'voided-topup');
    await stripeControls(server).payCheckout(await buyPacks(server, a.token, 1));
    await settled(server);
    const grant = (await audit(a.workspaceId)).grants[0];
    await gqlOk(
      server.url,
      VOID,
      { i: { workspaceId: a.workspaceId, grantId: grant.id, reason: 'bought twice', idempotencyKey: uniqueKey('v') } },
      staff,
    );
    expect((await audit(a.workspaceId)).reconciliation.difference).toBe('0');
  });

  it('voids what remains of one grant with a reason: idempotent, recorded, in the workspace history', async () => {
    const a = await signUp(server.url, 'voided');
    await adjust(a.workspaceId, '3', 'CREDIT', 'credited to the wrong workspace');
    const grant = (await audit(a.workspaceId)).grants[0];
    const input = {
      workspaceId: a.workspaceId,
      grantId: grant.id,
      reason: 'credited by mistake',
      idempotencyKey: uniqueKey('void'),
    };
    expect(codeOf(await gql(server.url, VOID, { i: { ...input, reason: '' } }, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.url, VOID, { i: { ...input, reason: 'x'.repeat(501) } }, staff))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await gqlOk(server.url, VOID, { i: input }, staff)).voidGrant).toEqual({ available: '0', reserved: '0' });
    expect((await gqlOk(server.url, VOID, { i: input }, staff)).voidGrant).toEqual({ available: '0', reserved: '0' });
    expect(codeOf(await gql(server.url, VOID, { i: { ...input, reason: 'another reason' } }, staff))).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(codeOf(await gql(server.url, VOID, { i: { ...input, idempotencyKey: uniqueKey('void') } }, staff))).toBe(
      'BAD_USER_INPUT',
    );
    const entries = await history(a);
    expect(entries.filter((e) => e.type === 'REVERSAL')).toEqual([
      expect.objectContaining({ amount: '-3', description: expect.stringContaining('credited by mistake') }),
    ]);
    const after = (await audit(a.workspaceId)).grants[0];
    expect(after).toMatchObject({ revoked: '3', remaining: '0' });
    const log = (await gqlOk(server.url, LOG, { f: { workspaceId: a.workspaceId } }, staff)).staffActions.edges;
    expect(log.filter((e: { node: { kind: string } }) => e.node.kind === 'VOID_GRANT')).toEqual([
      {
        node: expect.objectContaining({
          reason: 'credited by mistake',
          targetId: grant.id,
          workspaceName: "voided's workspace",
        }),
      },
    ]);
  });

  it('releases or expires a stuck hold with a reason: idempotent, recorded, in the workspace history', async () => {
    const a = await signUp(server.url, 'stuck');
    await adjust(a.workspaceId, '4', 'CREDIT', 'starting credits');
    const held = await hold(a, '2.5');
    tick(); // the log orders by time: let the release come after the adjustment
    const input = {
      workspaceId: a.workspaceId,
      holdId: held,
      outcome: 'EXPIRED',
      reason: 'job crashed, never settled',
      idempotencyKey: uniqueKey('rel'),
    };
    expect(codeOf(await gql(server.url, RELEASE, { i: { ...input, reason: '' } }, staff))).toBe('BAD_USER_INPUT');
    expect((await gqlOk(server.url, RELEASE, { i: input }, staff)).releaseStuckHold).toEqual({
      available: '4',
      reserved: '0',
    });
    expect((await gqlOk(server.url, RELEASE, { i: input }, staff)).releaseStuckHold).toEqual({
      available: '4',
      reserved: '0',
    });
    expect(codeOf(await gql(server.url, RELEASE, { i: { ...input, idempotencyKey: uniqueKey('rel') } }, staff))).toBe(
      'CONFLICT',
    );
    const { hold: row } = await gqlOk(
      server.url,
      'query($id: ID!) { hold(id: $id) { status } }',
      { id: held },
      a.token,
    );
    expect(row.status).toBe('EXPIRED');
    expect((await history(a)).filter((e) => e.type === 'RELEASE')).toEqual([
      expect.objectContaining({ amount: '2.5', description: expect.stringContaining('job crashed, never settled') }),
    ]);
    const log = (await gqlOk(server.url, LOG, { f: { workspaceId: a.workspaceId } }, staff)).staffActions.edges;
    expect(log.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(['RELEASE_HOLD', 'ADJUST']);
  });

  it('adjusts once per idempotency key, recorded with who and the amount', async () => {
    const a = await signUp(server.url, 'adjusted');
    const i = {
      workspaceId: a.workspaceId,
      amount: '2',
      direction: 'CREDIT',
      reason: 'goodwill credit',
      idempotencyKey: uniqueKey('adj'),
    };
    const doc = 'mutation($i: AdjustCreditsInput!) { adjustCredits(input: $i) { available } }';
    await gqlOk(server.url, doc, { i }, staff);
    expect((await gqlOk(server.url, doc, { i }, staff)).adjustCredits.available).toBe('2');
    expect((await history(a)).map((e) => e.description)).toEqual(['Support adjustment +2: goodwill credit']);
    const log = (await gqlOk(server.url, LOG, { f: { workspaceId: a.workspaceId } }, staff)).staffActions.edges;
    expect(log).toEqual([
      { node: expect.objectContaining({ kind: 'ADJUST', amount: '2', staffEmail: 'support@hero.test' }) },
    ]);
  });

  it('pages the staff log newest first and filters it by staff member', async () => {
    const { viewer } = await gqlOk(server.url, '{ viewer { user { id } } }', {}, staff);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const r: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } } = (
        await gqlOk(server.url, LOG, { f: { staffUserId: viewer.user.id }, first: 2, after }, staff)
      ).staffActions;
      expect(r.edges).toHaveLength(2);
      seen.push(...r.edges.map((e) => e.node.id));
      after = r.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(6);
    const other = await signUp(server.url, 'nobody');
    const { viewer: v2 } = await gqlOk(server.url, '{ viewer { user { id } } }', {}, other.token);
    expect((await gqlOk(server.url, LOG, { f: { staffUserId: v2.user.id } }, staff)).staffActions.edges).toEqual([]);
    expect(codeOf(await gql(server.url, LOG, { after: 'bm90IGEgY3Vyc29y' }, staff))).toBe('BAD_USER_INPUT');
  });

  it('refuses every staff operation to a member, an owner, an API key and anonymous callers', async () => {
    const victim = await signUp(server.url, 'victim');
    await adjust(victim.workspaceId, '2', 'CREDIT', 'starting credits');
    const held = await hold(victim, '1');
    const grantId = (await audit(victim.workspaceId)).grants[0].id;
    const mate = await addTeammate(server.url, victim);
    const { createApiKey } = await gqlOk(
      server.url,
      'mutation { createApiKey(input: { name: "k", scopes: [BILLING_READ, FEATURES_RUN, USAGE_READ] }) { secret } }',
      {},
      victim.token,
    );
    const w = victim.workspaceId;
    const ops: [string, Record<string, unknown>][] = [
      [FIND, { q: 'victim' }],
      ['query($w: ID!) { workspaceAudit(workspaceId: $w) { workspaceId } }', { w }],
      ['query($w: ID!) { supportActions(workspaceId: $w) { kind } }', { w }],
      [LOG, {}],
      [
        'mutation($i: AdjustCreditsInput!) { adjustCredits(input: $i) { available } }',
        { i: { workspaceId: w, amount: '5', direction: 'CREDIT', reason: 'free money', idempotencyKey: uniqueKey() } },
      ],
      [VOID, { i: { workspaceId: w, grantId, reason: 'no', idempotencyKey: uniqueKey() } }],
      [
        RELEASE,
        { i: { workspaceId: w, holdId: held, outcome: 'RELEASED', reason: 'no', idempotencyKey: uniqueKey() } },
      ],
    ];
    for (const [doc, vars] of ops) {
      expect(codeOf(await gql(server.url, doc, vars, mate.token)), `member: ${doc}`).toBe('FORBIDDEN');
      expect(codeOf(await gql(server.url, doc, vars, victim.token)), `owner: ${doc}`).toBe('FORBIDDEN');
      expect(codeOf(await gql(server.url, doc, vars, createApiKey.secret)), `API key: ${doc}`).toBe('FORBIDDEN');
      expect(codeOf(await gql(server.url, doc, vars, null)), `anonymous: ${doc}`).toBe('UNAUTHENTICATED');
    }
    // Nothing moved.
    const a = await audit(w);
    expect(a.balance).toEqual({ available: '1', reserved: '1', deficit: '0' });
    expect(a.grants[0].remaining).toBe('1');
  });

  it('keeps workspaces apart: a grant or hold of another workspace is not found, and nothing moves', async () => {
    const a = await signUp(server.url, 'alpha');
    const b = await signUp(server.url, 'beta');
    await adjust(b.workspaceId, '2', 'CREDIT', 'beta credits');
    const bHold = await hold(b, '1');
    const bGrant = (await audit(b.workspaceId)).grants[0].id;
    const v = await gql(
      server.url,
      VOID,
      { i: { workspaceId: a.workspaceId, grantId: bGrant, reason: 'cross', idempotencyKey: uniqueKey() } },
      staff,
    );
    expect(codeOf(v)).toBe('NOT_FOUND');
    const r = await gql(
      server.url,
      RELEASE,
      {
        i: {
          workspaceId: a.workspaceId,
          holdId: bHold,
          outcome: 'RELEASED',
          reason: 'cross',
          idempotencyKey: uniqueKey(),
        },
      },
      staff,
    );
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(
      codeOf(
        await gql(
          server.url,
          VOID,
          { i: { workspaceId: 'not-an-id', grantId: bGrant, reason: 'x', idempotencyKey: uniqueKey() } },
          staff,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const after = await audit(b.workspaceId);
    expect(after.balance).toEqual({ available: '1', reserved: '1', deficit: '0' });
    expect((await audit(a.workspaceId)).history.edges).toEqual([]);
  });
});

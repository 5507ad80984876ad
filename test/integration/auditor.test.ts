import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credits } from '@hero/server/src/audit';
import { ManualClock } from '@hero/server/src/platform/clock';
import { signUp, supportToken, type Account } from '../support/accounts';
import { auditLedger } from '../support/audit';
import { buyPacks, checkoutCharge, settled, stripeControls, subscribePaid } from '../support/billing';
import { gqlOk, uniqueKey } from '../support/gql';
import { key, micro, productAndDraft, Q } from '../support/product';
import { adjust as adjustCredits, release as releaseHold, reserve, settle as settleOk } from '../support/holds';
import { dbKind, startTestServer, type TestServer } from '../support/server';

/**
 * The independent auditor (server/src/audit) against the real server: it must agree with the ledger to
 * the µcr on a workspace that went through everything credits can go through, and name, with both
 * amounts, a row corrupted behind the ledger's back and credits granted without a payment.
 */
const C = 1_000_000;
const START = new Date('2026-11-01T00:00:00Z');
const clock = new ManualClock(START);
let server: TestServer;
let owner: Account;

beforeAll(async () => {
  server = await startTestServer({ clock, env: { SESSION_TTL_DAYS: '365' } });
  owner = await lifeOfAWorkspace();
});
afterAll(() => server?.stop());

const sql = (query: string, params: unknown[] = []) =>
  server.services.orm.em.getConnection().execute(query, params, 'all') as Promise<Record<string, unknown>[]>;
const days = (n: number) => new Date(START.getTime() + n * 86_400_000);

const hold = (a: Account, amount: string) => reserve(server.url, a.token, amount);
const settle = (a: Account, holdId: string, actual: string) => settleOk(server.url, a.token, holdId, actual);
const release = (a: Account, holdId: string) => releaseHold(server.url, a.token, holdId);
const adjust = async (workspaceId: string, amount: string, direction: 'CREDIT' | 'DEBIT', reason: string) =>
  adjustCredits(server.url, await supportToken(server.url), { workspaceId, amount, direction, reason });

const subscriptionOf = (a: Account) =>
  stripeControls(server)
    .events()
    .filter((e) => e.type === 'customer.subscription.created')
    .map((e) => e.data.object as { id: string; metadata: { workspaceId?: string } })
    .find((s) => s.metadata.workspaceId === a.workspaceId)!.id;

/**
 * Subscribe, top up, run metered features, overrun, release, an upgrade mid-period, refund and then
 * dispute one top-up, win a dispute of another, support adjustments both ways, a renewal that expires
 * the old allocation, and a hold still open at the end.
 */
async function lifeOfAWorkspace(): Promise<Account> {
  const a = await signUp(server.url, 'audited');
  await subscribePaid(server, a.token, 'pro');
  const first = await buyPacks(server, a.token, 2);
  await stripeControls(server).payCheckout(first);
  const second = await buyPacks(server, a.token, 1);
  await stripeControls(server).payCheckout(second);
  await settled(server);

  const { productId, draftId } = await productAndDraft(server.url, a.token);
  await gqlOk(server.url, Q.generateAdCopy, { input: { draftId, idempotencyKey: key('copy') } }, a.token);
  await gqlOk(server.url, Q.analyzeProduct, { input: { productId, idempotencyKey: key('analyze') } }, a.token);
  const over = await hold(a, '2');
  const failed = await hold(a, '3');
  await settle(a, over, '2.4');
  await release(a, failed);

  clock.set(days(10));
  await gqlOk(
    server.url,
    'mutation($i: ChangePlanInput!) { changePlan(input: $i) { kind } }',
    { i: { plan: 'growth', idempotencyKey: uniqueKey('plan') } },
    a.token,
  );
  await settled(server);
  // Spends the allocation, the upgrade's credits and some of the first top-up.
  const spend = await hold(a, '45');
  await settle(a, spend, '45');
  // A refund, then a dispute of more than is left: together they take the top-up once; what it no
  // longer holds is owed, and paid at once from the second top-up.
  const charge = await checkoutCharge(server, first);
  await stripeControls(server).refundCharge(charge, 1000);
  await stripeControls(server).openDispute(charge, 4000);
  // A dispute the workspace wins: its credits come back as a grant of their own.
  const third = await buyPacks(server, a.token, 1);
  await stripeControls(server).payCheckout(third);
  await settled(server);
  const lost = await stripeControls(server).openDispute(await checkoutCharge(server, third));
  await stripeControls(server).closeDispute(lost.id, 'won');
  await settled(server);
  await adjust(a.workspaceId, '5', 'CREDIT', 'goodwill for a slow answer');
  await adjust(a.workspaceId, '1.25', 'DEBIT', 'double credit corrected');

  clock.set(days(30));
  await stripeControls(server).advanceSubscription(subscriptionOf(a));
  await settled(server);
  await gqlOk(server.url, Q.generateAdCopy, { input: { draftId, idempotencyKey: key('copy') } }, a.token);
  await hold(a, '1.5');
  return a;
}

const auditOf = async (a: Account) => {
  const report = await auditLedger(server, { workspaceIds: [a.workspaceId] });
  return { report, workspace: report.workspaces[0]! };
};

describe(`the independent auditor (${dbKind()})`, () => {
  it('agrees with the ledger to the µcr, from facts alone, after a workspace’s whole life', async () => {
    const { report, workspace } = await auditOf(owner);
    expect(workspace.differences).toEqual([]);
    expect(report.unsourcedGrants).toBe(0);
    const { balance } = await gqlOk(server.url, '{ balance { available reserved deficit } }', {}, owner.token);
    expect(workspace.expected.availableMicro).toBe(micro(balance.available));
    expect(workspace.expected.reservedMicro).toBe(micro(balance.reserved));
    expect(workspace.expected.deficitMicro).toBe(micro(balance.deficit));
    expect(workspace.expected.reservedMicro).toBe(1_500_000);
    // Every grant's amount comes from a fact, and the arithmetic the ledger did with it is the auditor's too.
    const origins = workspace.expected.grants.map((g) => [g.origin.replace(/_\w+/, '_…'), g.originalMicro]);
    expect(origins).toEqual([
      ['invoice in_…: Pro allocation', 20 * C],
      ['payment pi_…', 40 * C],
      ['payment pi_…', 20 * C],
      ['invoice in_…: upgrade Pro → Growth', 20 * C],
      ['payment pi_…', 20 * C],
      ['dispute dp_…, won', 20 * C],
      ['support adjustment "goodwill for a slow answer"', 5 * C],
      ['invoice in_…: Growth allocation', 50 * C],
    ]);
    expect(workspace.expected.grants.every((g) => !g.unsourced)).toBe(true);
  });

  it('names a grant row changed behind the ledger’s back, with both amounts', async () => {
    const { workspace } = await auditOf(owner);
    const grant = workspace.expected.grants.find((g) => g.remainingMicro >= 250_000)!;
    await sql('update credit_grant set remaining_micro = remaining_micro - 250000 where id = ?', [grant.id]);
    try {
      expect((await auditOf(owner)).workspace.differences).toEqual([
        `grant "${grant.label}" (${grant.origin}): must hold ${credits(grant.remainingMicro)}, ledger holds ${credits(grant.remainingMicro - 250_000)}`,
      ]);
    } finally {
      await sql('update credit_grant set remaining_micro = remaining_micro + 250000 where id = ?', [grant.id]);
    }
  });

  it('names a hold whose actual cost was changed: its entry, its metered run, and the µcr a grant keeps', async () => {
    // The newest metered run: its credits came from the allocation that is still running.
    const [run] = await sql(
      'select id, feature, hold_id, charged_micro from metered_run where workspace_id = ? and hold_id is not null order by created_at desc limit 1',
      [owner.workspaceId],
    );
    const charged = Number(run!.charged_micro);
    const { workspace } = await auditOf(owner);
    const growth = workspace.expected.grants.find((g) => g.origin.endsWith('Growth allocation'))!;
    await sql('update credit_hold set actual_micro = actual_micro - 1 where id = ?', [run!.hold_id]);
    try {
      const { differences } = (await auditOf(owner)).workspace;
      expect(differences).toEqual([
        `grant "${growth.label}" (${growth.origin}): must hold ${credits(growth.remainingMicro + 1)}, ledger holds ${credits(growth.remainingMicro)}`,
        expect.stringMatching(
          new RegExp(
            `^hold ${String(run!.hold_id)}: entry #\\d+ charged ${credits(charged)}, the hold row says ${credits(charged - 1)}$`,
          ),
        ),
        `${String(run!.feature)} run ${String(run!.id)}: says it was charged ${credits(charged)}, the ledger charged ${credits(charged - 1)}`,
      ]);
    } finally {
      await sql('update credit_hold set actual_micro = actual_micro + 1 where id = ?', [run!.hold_id]);
    }
  });

  it('names an account row changed behind the ledger’s back', async () => {
    await sql('update credit_account set deficit_micro = deficit_micro + ? where workspace_id = ?', [
      C,
      owner.workspaceId,
    ]);
    try {
      const { differences } = (await auditOf(owner)).workspace;
      expect(differences[0]).toBe('deficit: must be 0, ledger says 1');
      expect(differences.slice(1).every((d) => d.startsWith("the ledger's deficit of 1 stands beside"))).toBe(true);
    } finally {
      await sql('update credit_account set deficit_micro = deficit_micro - ? where workspace_id = ?', [
        C,
        owner.workspaceId,
      ]);
    }
    expect((await auditOf(owner)).workspace.differences).toEqual([]);
  });

  it('finds top-up credits that no payment paid for', async () => {
    const a = await signUp(server.url, 'unpaid');
    const stripe = server.services.stripe!.stripe;
    const customer = await server.services.payments.ensureCustomer(a.workspaceId);
    const neverPaid = await stripe.paymentIntents.create({
      amount: 2000,
      currency: 'usd',
      customer,
      metadata: { workspaceId: a.workspaceId, kind: 'topup', packs: '1' },
    });
    const grants = [];
    for (const pi of ['pi_nobody_ever_paid', neverPaid.id]) {
      grants.push(
        await server.services.ledger.grant(a.workspaceId, {
          source: 'TOP_UP',
          label: 'Top-up: 20 credits',
          amountMicro: 20 * C,
          expiresAt: null,
          externalKey: `payment:${pi}`,
          description: 'Top-up: 20 credits',
          actor: { kind: 'STRIPE', id: null },
        }),
      );
    }
    try {
      const { workspace } = await auditOf(a);
      expect(workspace.differences).toEqual([
        'grant "Top-up: 20 credits" (payment pi_nobody_ever_paid, unknown to the payment provider): must be 0 credits, ledger granted 20',
        'grant "Top-up: 20 credits" (payment pi_nobody_ever_paid, unknown to the payment provider): must hold 0, ledger holds 20',
        `grant "Top-up: 20 credits" (payment ${neverPaid.id}, requires_payment_method, never paid): must be 0 credits, ledger granted 20`,
        `grant "Top-up: 20 credits" (payment ${neverPaid.id}, requires_payment_method, never paid): must hold 0, ledger holds 20`,
      ]);
    } finally {
      // Without the payment they claim, they are credits like a test's funding: unsourced, and checked as such.
      for (const g of grants) await sql('update credit_grant set external_key = null where id = ?', [g.grantId]);
    }
    const { workspace } = await auditOf(a);
    expect(workspace.differences).toEqual([]);
    expect(workspace.unsourcedGrants).toBe(2);
  });

  it('runs as `pnpm ledger:verify`: exit 0 on a clean database, 1 with the difference after corruption', async () => {
    const clean = await runVerify();
    expect(clean.code, clean.output).toBe(0);
    expect(clean.output).toMatch(/workspaces? audited: 0 with differences, 0 differences; \d+ unsourced grants?/);
    expect(clean.output).toContain(`ok   ${owner.workspaceId} "audited's workspace"`);

    await sql('update credit_account set held_micro = held_micro + ? where workspace_id = ?', [C, owner.workspaceId]);
    try {
      const broken = await runVerify();
      expect(broken.code, broken.output).toBe(1);
      expect(broken.output).toContain(`DIFF 1 difference ${owner.workspaceId}`);
      expect(broken.output).toContain('reserved: must be 1.5, ledger says 2.5');
    } finally {
      await sql('update credit_account set held_micro = held_micro - ? where workspace_id = ?', [C, owner.workspaceId]);
    }
  });
});

/** The command as an operator runs it, against this server's database and its Stripe (the local one). */
function runVerify(): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/tools/ledger-verify.ts'], {
    cwd: join(__dirname, '..', '..', 'server'),
    env: {
      ...process.env,
      DATABASE_URL: server.databaseUrl,
      STRIPE_SECRET_KEY: 'sk_test_auditor',
      STRIPE_WEBHOOK_SECRET: 'whsec_auditor',
      STRIPE_API_URL: server.services.stripe!.local!.url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

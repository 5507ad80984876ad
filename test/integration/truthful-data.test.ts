import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Account } from '../support/accounts';
import { spend as spendOnce } from '../support/holds';
import { buyPacks, settled, stripeControls, subscribePaid } from '../support/billing';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { micro, productAndDraft, Q, transactions } from '../support/product';
import { startTestServer, type TestServer } from '../support/server';

/** What the API says about billing, history and campaigns is what happened (issue 13, points 1, 3, 8 and 9). */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const BILLING = `{ billing { status renewsAt allocationGranted allocationUsed allocationRemoved refundableUntil } }`;

const spend = (owner: Account, amount: string, description = 'Campaign set-up'): Promise<void> =>
  spendOnce(server.url, owner.token, amount, description);

/** A GraphQL call with the Host header a browser sends (billing links are built from it). */
async function portalUrl(owner: Account): Promise<string> {
  const { billingPortalUrl } = await gqlOk(server.url, 'mutation { billingPortalUrl }', {}, owner.token);
  return billingPortalUrl as string;
}

describe('after a cancellation within 14 days (point 1)', () => {
  it('the plan has ended: no renewal, and the allocation shows what was used and what was taken back', async () => {
    const owner = await signUp(server.url, 'refunded');
    await subscribePaid(server, owner.token, 'pro');
    await spend(owner, '5');
    const { cancelSubscription } = await gqlOk(
      server.url,
      'mutation { cancelSubscription { refunded } }',
      {},
      owner.token,
    );
    expect(cancelSubscription.refunded).toBe(true);
    await settled(server);

    const { billing } = await gqlOk(server.url, BILLING, {}, owner.token);
    expect(billing).toMatchObject({
      status: 'CANCELED',
      renewsAt: null,
      refundableUntil: null,
      allocationGranted: '20',
      allocationUsed: '5',
      allocationRemoved: '15',
    });

    // The local Stripe's payment portal shows the invoice refunded, as Stripe's dashboard would.
    const html = await (await fetch(await portalUrl(owner))).text();
    expect(html).toContain('refunded');
    expect(html).toContain('−$29.00');
    expect(html).toMatch(/<link rel="icon"/);
  });
});

describe('an upgrade (point 3)', () => {
  it('is charged and granted at exactly the share its preview showed', async () => {
    const owner = await signUp(server.url, 'upgrade');
    await subscribePaid(server, owner.token, 'pro');
    const { planChangePreview: preview } = await gqlOk(
      server.url,
      `query { planChangePreview(plan: "growth") { kind prorationCredits prorationDate secondsLeft periodSeconds
        chargeTodayCents } }`,
      {},
      owner.token,
    );
    expect(preview.kind).toBe('UPGRADE');
    expect(preview.secondsLeft).toBeGreaterThan(0);
    expect(preview.secondsLeft).toBeLessThanOrEqual(preview.periodSeconds);
    expect(preview.chargeTodayCents).toBeGreaterThan(0);

    const { changePlan } = await gqlOk(
      server.url,
      'mutation($i: ChangePlanInput!) { changePlan(input: $i) { prorationCredits prorationDate } }',
      { i: { plan: 'growth', idempotencyKey: uniqueKey('up'), prorationDate: preview.prorationDate } },
      owner.token,
    );
    expect(changePlan).toEqual({ prorationCredits: preview.prorationCredits, prorationDate: preview.prorationDate });
    await settled(server);

    const [grant] = (await transactions(server.url, owner.token, ['GRANT'])).filter((t) =>
      t.description.startsWith('Upgrade Pro → Growth'),
    );
    expect(micro(grant!.amount)).toBe(micro(preview.prorationCredits));
    expect(JSON.parse(grant!.details.json!)).toMatchObject({
      secondsLeft: preview.secondsLeft,
      periodSeconds: preview.periodSeconds,
    });
    // What Stripe charged for it is what the preview said would be charged today.
    const stripe = server.services.stripe!.stripe;
    const invoices = await stripe.invoices.list({ limit: 100 });
    const upgrade = invoices.data.find(
      (i) =>
        i.billing_reason === 'subscription_update' &&
        i.parent?.subscription_details?.metadata?.workspaceId === owner.workspaceId,
    );
    expect(upgrade?.amount_paid).toBe(preview.chargeTodayCents);
  });

  it('refuses a preview moment that is out of date or in the future, changing nothing', async () => {
    const owner = await signUp(server.url, 'stale');
    await subscribePaid(server, owner.token, 'pro');
    for (const prorationDate of [
      new Date(Date.now() - 2 * 3_600_000).toISOString(),
      new Date(Date.now() + 3_600_000).toISOString(),
    ]) {
      const r = await gql(
        server.url,
        'mutation($i: ChangePlanInput!) { changePlan(input: $i) { kind } }',
        { i: { plan: 'growth', idempotencyKey: uniqueKey('up'), prorationDate } },
        owner.token,
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
    }
    const { billing } = await gqlOk(server.url, '{ billing { plan { code } } }', {}, owner.token);
    expect(billing.plan.code).toBe('pro');
  });
});

describe('the history says what happened (point 8)', () => {
  it('tells each top-up apart, and names the one a charge was paid from', async () => {
    const owner = await signUp(server.url, 'history');
    for (const packs of [1, 1]) {
      await stripeControls(server).payCheckout(await buyPacks(server, owner.token, packs));
      await settled(server);
    }
    const grants = (await transactions(server.url, owner.token, ['GRANT'])).map((t) => t.description);
    expect(grants).toEqual([
      'Bought 20 credits for $20.00 (Top-up #2: 1 pack of 20)',
      'Bought 20 credits for $20.00 (Top-up #1: 1 pack of 20)',
    ]);
    await spend(owner, '1.5', 'Keyword research');
    const { transactions: page } = await gqlOk(
      server.url,
      '{ transactions(first: 5, filter: { types: [CHARGE] }) { edges { node { splits { grantLabel amount } } } } }',
      {},
      owner.token,
    );
    expect(page.edges[0].node.splits).toEqual([{ grantLabel: 'Top-up #1', amount: '1.5' }]);
  });
});

describe('a campaign launched a moment ago (point 9)', () => {
  it('has no impressions, clicks or spend yet', async () => {
    const owner = await signUp(server.url, 'launch');
    await subscribePaid(server, owner.token, 'pro');
    const { draftId } = await productAndDraft(server.url, owner.token);
    const { launchCampaign } = await gqlOk(
      server.url,
      Q.launchCampaign,
      { input: { draftId, idempotencyKey: uniqueKey('launch') } },
      owner.token,
    );
    const { campaignPerformance } = await gqlOk(
      server.url,
      'query($id: ID!) { campaignPerformance(campaignId: $id) { totals { impressions clicks conversions spendCents } } }',
      { id: launchCampaign.campaign.id },
      owner.token,
    );
    expect(campaignPerformance.totals).toEqual({ impressions: 0, clicks: 0, conversions: 0, spendCents: 0 });
  });
});

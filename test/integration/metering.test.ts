import { seedDemoProductData } from '@hero/server/src/modules/dashboard/demo-data';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fund, signUp, supportToken, type Account } from '../support/accounts';
import { CountingAi } from '../support/counting-ai';
import { codeOf, gql, gqlOk, uniqueKey, type GqlResult } from '../support/gql';
import { balance, key, micro, productAndDraft, Q, transactions } from '../support/product';
import { dbKind, startTestServer, type TestServer } from '../support/server';
import { subscribePaid } from '../support/billing';

interface Rate {
  feature: string;
  perThousandInputTokens: string;
  perThousandOutputTokens: string;
  minimum: string;
  maxInputTokens: number;
  maxOutputTokens: number;
  bound: string;
}

const ai = new CountingAi();
let server: TestServer;
let rates: Map<string, Rate>;
let rateCardVersion: string;

beforeAll(async () => {
  server = await startTestServer({ ai });
  const owner = await signUp(server.url, 'rates');
  const { rateCard } = await gqlOk(server.url, Q.rateCard, {}, owner.token);
  rateCardVersion = rateCard.version;
  rates = new Map(rateCard.features.map((r: Rate) => [r.feature, r]));
});
afterAll(() => server?.stop());
beforeEach(() => ai.reset());

/** The rate card's rule, written out independently: ⌈(in × inRate + out × outRate) / 1000⌉, at least the minimum. */
function expectedCostMicro(feature: string, inputTokens: number, outputTokens: number): number {
  const r = rates.get(feature)!;
  const sum =
    BigInt(inputTokens) * BigInt(micro(r.perThousandInputTokens)) +
    BigInt(outputTokens) * BigInt(micro(r.perThousandOutputTokens));
  const rounded = (sum + 999n) / 1000n;
  const minimum = BigInt(micro(r.minimum));
  return Number(rounded > minimum ? rounded : minimum);
}

const boundOf = (feature: string) => micro(rates.get(feature)!.bound);

/** "12.345678" from µcr, exact and minimal, as the API writes it. */
const credits = (m: number) =>
  `${Math.floor(m / 1_000_000)}.${String(m % 1_000_000).padStart(6, '0')}`.replace(/\.?0+$/, '') || '0';

/** Moves the balance to exactly `targetMicro` through support adjustments. */
async function setBalance(account: Account, targetMicro: number): Promise<void> {
  const now = micro((await balance(server.url, account.token)).available);
  if (now === targetMicro) return;
  if (targetMicro > now) return fund(server.url, account.workspaceId, credits(targetMicro - now));
  await gqlOk(
    server.url,
    `mutation($input: AdjustCreditsInput!) { adjustCredits(input: $input) { available } }`,
    {
      input: {
        workspaceId: account.workspaceId,
        amount: credits(now - targetMicro),
        direction: 'DEBIT',
        reason: 'test: set balance',
        idempotencyKey: uniqueKey('debit'),
      },
    },
    await supportToken(server.url),
  );
}

const run = (account: Account, query: string, input: Record<string, unknown>) =>
  gql(server.url, query, { input: { ...input, idempotencyKey: key('run') } }, account.token);

describe(`metered features (${dbKind()})`, () => {
  it('at zero balance refuses every metered action before the provider is called, and everything else works', async () => {
    const owner = await signUp(server.url, 'zero');
    await fund(server.url, owner.workspaceId, '20');
    await seedDemoProductData(server.services, owner.workspaceId);
    const { productId, draftId } = await productAndDraft(server.url, owner.token);
    const launchedDraft = await productAndDraft(server.url, owner.token, 'Launched Shoe');
    await gqlOk(
      server.url,
      Q.launchCampaign,
      { input: { draftId: launchedDraft.draftId, idempotencyKey: key('l') } },
      owner.token,
    );
    const chat = await gqlOk(
      server.url,
      Q.sendHeroAiMessage,
      { input: { text: 'How is Spring Sale doing?', idempotencyKey: key('h') } },
      owner.token,
    );
    const conversationId = chat.sendHeroAiMessage.conversation.id;
    await setBalance(owner, 0);
    ai.reset();
    const holdsBefore = (await transactions(server.url, owner.token, ['HOLD'])).length;

    const blocked: Array<[string, string, Record<string, unknown>]> = [
      ['ad_copy', Q.generateAdCopy, { draftId }],
      ['sitelinks', Q.generateSitelinks, { draftId }],
      ['keyword_research', Q.researchKeywords, { draftId }],
      ['campaign_creation', Q.launchCampaign, { draftId }],
      ['product_analysis', Q.analyzeProduct, { productId }],
      ['hero_ai_message', Q.sendHeroAiMessage, { text: 'A new question' }],
      ['hero_ai_message', Q.sendHeroAiMessage, { conversationId, text: 'A follow-up' }],
    ];
    for (const [feature, query, input] of blocked) {
      const r = await run(owner, query, input);
      expect(codeOf(r), feature).toBe('INSUFFICIENT_CREDITS');
      expect(r.errors![0]!.extensions).toMatchObject({
        feature,
        required: rates.get(feature)!.bound,
        available: '0',
        renewsAt: null,
      });
      expect(r.errors![0]!.message).toMatch(/^Out of credits: needs up to [\d.]+, you have 0$/);
    }
    expect(ai.calls).toBe(0);
    expect((await balance(server.url, owner.token)).reserved).toBe('0');
    expect((await transactions(server.url, owner.token, ['HOLD'])).length).toBe(holdsBefore);

    // What still works (help article, "What still works").
    const stillWorks: Array<[string, Record<string, unknown>]> = [
      ['{ dashboard { launchedCampaigns drafts totals { clicks spendCents } topCampaigns { name } } }', {}],
      [
        'query($id: ID!) { campaignPerformance(campaignId: $id, days: 14) { days { date clicks } totals { clicks } } }',
        { id: launchedDraft.draftId },
      ],
      ['{ campaigns(status: LAUNCHED) { id name plan } }', {}],
      ['{ campaigns(status: DRAFT) { id name } }', {}],
      [
        'mutation($input: UpdateCampaignDraftInput!) { updateCampaignDraft(input: $input) { id name brief } }',
        {
          input: {
            id: draftId,
            name: 'Renamed while out of credits',
            brief: 'Edited at zero',
            headlines: ['New headline'],
          },
        },
      ],
      [
        'mutation($input: CreateCampaignDraftInput!) { createCampaignDraft(input: $input) { id } }',
        { input: { name: 'Another draft' } },
      ],
      ['{ adAccounts { id name active } }', {}],
      [
        'mutation($input: AddAdAccountInput!) { addAdAccount(input: $input) { id } }',
        { input: { name: 'Second account', platform: 'META_ADS', externalId: 'act_42' } },
      ],
      ['{ products { id name active analysis { text } } }', {}],
      [
        'mutation($input: UpdateProductInput!) { updateProduct(input: $input) { id name } }',
        { input: { id: productId, name: 'Renamed product' } },
      ],
      ['mutation($id: ID!) { setActiveProduct(id: $id) { id active } }', { id: productId }],
      ['mutation($input: AddProductInput!) { addProduct(input: $input) { id } }', { input: { name: 'Added at zero' } }],
      ['{ heroAiConversations { id title } }', {}],
      ['query($id: ID!) { heroAiConversation(id: $id) { id messages { role text } } }', { id: conversationId }],
      ['{ billing { status renewsAt } balance { available outOfCredits } plans { code } }', {}],
      ['{ transactions(first: 5) { edges { node { type description } } } }', {}],
      [Q.featureAccess, {}],
    ];
    for (const [query, variables] of stillWorks) {
      const r = await gql(server.url, query, variables, owner.token);
      expect(r.errors, query).toBeUndefined();
    }
    const { adAccounts } = await gqlOk(server.url, '{ adAccounts { id active } }', {}, owner.token);
    const inactive = adAccounts.find((a: { active: boolean }) => !a.active);
    const switched = await gqlOk(
      server.url,
      'mutation($id: ID!) { setActiveAdAccount(id: $id) { id active } }',
      { id: inactive.id },
      owner.token,
    );
    expect(switched.setActiveAdAccount.active).toBe(true);
    const conversation = await gqlOk(
      server.url,
      'query($id: ID!) { heroAiConversation(id: $id) { messages { role text } } }',
      { id: conversationId },
      owner.token,
    );
    expect(conversation.heroAiConversation.messages.map((m: { role: string }) => m.role)).toEqual([
      'USER',
      'ASSISTANT',
    ]);
    const { featureAccess } = await gqlOk(server.url, Q.featureAccess, {}, owner.token);
    expect(featureAccess.every((f: { allowed: boolean }) => !f.allowed)).toBe(true);
    expect(ai.calls).toBe(0);
  });

  it('with just enough credits for the hold, runs to the end and settles the exact cost', async () => {
    const owner = await signUp(server.url, 'exact');
    const { draftId } = await productAndDraft(server.url, owner.token);
    const bound = boundOf('ad_copy');
    await setBalance(owner, bound);
    ai.usage = { inputTokens: 1_234, outputTokens: 321 };

    const r = await gqlOk(server.url, Q.generateAdCopy, { input: { draftId, idempotencyKey: key('a') } }, owner.token);
    const cost = expectedCostMicro('ad_copy', 1_234, 321);
    expect(r.generateAdCopy.campaign.adCopy.headlines.length).toBeGreaterThan(0);
    expect(micro(r.generateAdCopy.charge.held)).toBe(bound);
    expect(micro(r.generateAdCopy.charge.charged)).toBe(cost);
    const after = await balance(server.url, owner.token);
    expect(micro(after.available)).toBe(bound - cost);
    expect(after.reserved).toBe('0');
    const [charge] = await transactions(server.url, owner.token, ['CHARGE']);
    expect(charge!.description).toBe('Ad copy for "Trail Runner 3 launch": 1,555 tokens');
    expect(charge!.details).toMatchObject({ inputTokens: 1_234, outputTokens: 321, rateCardVersion });
    expect(JSON.parse(charge!.details.json!)).toMatchObject({ feature: 'ad_copy' });
    expect(charge!.feature).toBe('ad_copy');
    expect(ai.calls).toBe(1);
  });

  it('one µcr short of the hold does not start', async () => {
    const owner = await signUp(server.url, 'short');
    const { draftId } = await productAndDraft(server.url, owner.token);
    await setBalance(owner, boundOf('sitelinks') - 1);
    const r = await run(owner, Q.generateSitelinks, { draftId });
    expect(codeOf(r)).toBe('INSUFFICIENT_CREDITS');
    expect(ai.calls).toBe(0);
  });

  it('a provider reporting more tokens than the bound is an overrun booked as deficit, never a cut-off', async () => {
    const owner = await signUp(server.url, 'overrun-small');
    const { draftId } = await productAndDraft(server.url, owner.token);
    const rate = rates.get('keyword_research')!;
    const bound = boundOf('keyword_research');
    await setBalance(owner, bound);
    // A little past the bound, inside the overrun allowance (the larger of 25% and 1 credit).
    const usage = { inputTokens: rate.maxInputTokens, outputTokens: rate.maxOutputTokens + 500 };
    ai.usage = usage;
    const r = await gqlOk(
      server.url,
      Q.researchKeywords,
      { input: { draftId, idempotencyKey: key('k') } },
      owner.token,
    );
    const cost = expectedCostMicro('keyword_research', usage.inputTokens, usage.outputTokens);
    expect(cost).toBeGreaterThan(bound);
    expect(micro(r.researchKeywords.charge.charged)).toBe(cost);
    const after = await balance(server.url, owner.token);
    expect(micro(after.deficit)).toBe(cost - bound);
    expect(after.available).toBe('0');
    const [charge] = await transactions(server.url, owner.token, ['CHARGE']);
    expect(micro(charge!.deficitChange)).toBe(cost - bound);
  });

  it('a provider reporting far more than the bound is charged at most the overrun allowance', async () => {
    const owner = await signUp(server.url, 'overrun');
    const { draftId } = await productAndDraft(server.url, owner.token);
    const rate = rates.get('keyword_research')!;
    const bound = boundOf('keyword_research');
    await setBalance(owner, bound);
    ai.usage = { inputTokens: rate.maxInputTokens * 3, outputTokens: rate.maxOutputTokens * 4 };

    const r = await gqlOk(
      server.url,
      Q.researchKeywords,
      { input: { draftId, idempotencyKey: key('k') } },
      owner.token,
    );
    const cost = expectedCostMicro('keyword_research', rate.maxInputTokens * 3, rate.maxOutputTokens * 4);
    const allowed = bound + Math.max(Math.floor(bound / 4), 1_000_000);
    expect(cost).toBeGreaterThan(allowed);
    expect(r.researchKeywords.campaign.keywords.length).toBeGreaterThan(0);
    expect(micro(r.researchKeywords.charge.charged)).toBe(allowed);
    const after = await balance(server.url, owner.token);
    expect(micro(after.deficit)).toBe(allowed - bound);
    expect(after.available).toBe('0');
    expect(after.reserved).toBe('0');
    const [charge] = await transactions(server.url, owner.token, ['CHARGE']);
    expect(micro(charge!.deficitChange)).toBe(allowed - bound);
  });

  it('a refusal at a non-zero balance tells the exact balance and the renewal date', async () => {
    const owner = await signUp(server.url, 'refusal');
    await subscribePaid(server, owner.token, 'pro');
    const { productId } = await productAndDraft(server.url, owner.token);
    const bound = boundOf('product_analysis');
    const left = bound - 1_234; // a few µcr short, so nothing may be rounded away
    await setBalance(owner, left);
    const { billing } = await gqlOk(server.url, '{ billing { renewsAt } }', {}, owner.token);
    expect(billing.renewsAt).toBeTruthy();

    const r = await run(owner, Q.analyzeProduct, { productId });
    expect(codeOf(r)).toBe('INSUFFICIENT_CREDITS');
    expect(r.errors![0]!.extensions).toMatchObject({
      feature: 'product_analysis',
      required: credits(bound),
      available: credits(left),
      renewsAt: new Date(billing.renewsAt).toISOString(),
    });
    expect(r.errors![0]!.message).toBe(`Out of credits: needs up to ${credits(bound)}, you have ${credits(left)}`);

    // The partner API's own reservation says the same.
    const partner = await gql(
      server.url,
      'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }',
      { i: { amount: credits(bound), description: 'partner task', idempotencyKey: key('p') } },
      owner.token,
    );
    expect(partner.errors![0]!.extensions).toMatchObject({
      code: 'INSUFFICIENT_CREDITS',
      required: credits(bound),
      available: credits(left),
      renewsAt: new Date(billing.renewsAt).toISOString(),
    });
  });

  it('a provider that fails releases the hold: balance back, one RELEASE entry, a clean error', async () => {
    const owner = await signUp(server.url, 'failing');
    const { productId } = await productAndDraft(server.url, owner.token);
    await setBalance(owner, 5_000_000);
    ai.failWith = new Error('upstream exploded: secret internals');
    const idempotencyKey = key('fail');

    const r = await gql(server.url, Q.analyzeProduct, { input: { productId, idempotencyKey } }, owner.token);
    expect(codeOf(r)).toBe('INTERNAL_SERVER_ERROR');
    expect(r.errors![0]!.message).not.toMatch(/secret|upstream/);
    expect(r.errors![0]!.message).toMatch(/Nothing was charged/);
    expect(r.errors![0]!.extensions).toMatchObject({ feature: 'product_analysis', charged: '0' });
    const after = await balance(server.url, owner.token);
    expect(after.available).toBe('5');
    expect(after.reserved).toBe('0');
    const entries = await transactions(server.url, owner.token);
    const hold = entries.find((e) => e.type === 'HOLD')!;
    const releases = entries.filter((e) => e.type === 'RELEASE');
    expect(releases).toHaveLength(1);
    expect(releases[0]!.holdId).toBe(hold.holdId);
    expect(entries.some((e) => e.type === 'CHARGE')).toBe(false);

    // The failed run gave its key back: the retry runs and is charged once.
    ai.failWith = null;
    const retry = await gqlOk(server.url, Q.analyzeProduct, { input: { productId, idempotencyKey } }, owner.token);
    expect(retry.analyzeProduct.product.analysis.text).toContain('Summary:');
    expect((await transactions(server.url, owner.token, ['CHARGE'])).length).toBe(1);
  });

  it('concurrent runs never overdraw: balance 3c, 9 runs of bound c → exactly 3 run, 6 refused, no 500', async () => {
    const owner = await signUp(server.url, 'concurrent');
    const c = boundOf('hero_ai_message');
    await setBalance(owner, 3 * c);
    ai.hold(); // runs that got their hold wait inside the provider until every request has its answer or its hold
    let refused = 0;
    const requests = Array.from({ length: 9 }, (_, i) =>
      gql(
        server.url,
        Q.sendHeroAiMessage,
        { input: { text: `Question ${i}: what did I spend this week?`, idempotencyKey: key(`c${i}`) } },
        owner.token,
      ).then((r) => {
        if (r.errors) refused += 1;
        ai.wake();
        return r;
      }),
    );
    await ai.until(() => ai.calls + refused === 9);
    expect((await balance(server.url, owner.token)).reserved).toBe(credits(3 * c));
    ai.release();
    const results: GqlResult[] = await Promise.all(requests);

    expect(results.every((r) => r.status !== 500)).toBe(true);
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    expect(results.filter((r) => codeOf(r) === 'INSUFFICIENT_CREDITS')).toHaveLength(6);
    expect(ai.calls).toBe(3);
    const after = await balance(server.url, owner.token);
    expect(after.reserved).toBe('0');
    expect(micro(after.available)).toBeGreaterThanOrEqual(0);
  });

  it('a retry with the same idempotency key returns the first answer and charges once', async () => {
    const owner = await signUp(server.url, 'idem');
    const { draftId } = await productAndDraft(server.url, owner.token);
    await setBalance(owner, 10_000_000);
    const input = { draftId, idempotencyKey: key('same') };
    const [first, second] = await Promise.all([
      gql(server.url, Q.generateAdCopy, { input }, owner.token),
      gql(server.url, Q.generateAdCopy, { input }, owner.token),
    ]);
    const ok = [first, second].filter((r) => !r.errors);
    // A concurrent duplicate is told the first is still running; a later one gets the first's answer.
    expect(ok.length + [first, second].filter((r) => codeOf(r) === 'CONFLICT').length).toBe(2);
    const replay = await gqlOk(server.url, Q.generateAdCopy, { input }, owner.token);
    expect(replay.generateAdCopy.charge.replayed).toBe(true);
    expect(replay.generateAdCopy.charge.charged).toBe(ok[0]!.data!.generateAdCopy.charge.charged);
    expect(ai.calls).toBe(1);
    expect((await transactions(server.url, owner.token, ['CHARGE'])).length).toBe(1);

    const reused = await gql(server.url, Q.generateAdCopy, { input: { ...input, instructions: 'Other' } }, owner.token);
    expect(codeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(ai.calls).toBe(1);
  });

  it('featureAccess flips from allowed to blocked and back as the balance crosses each bound', async () => {
    const owner = await signUp(server.url, 'access');
    const read = async () => {
      const { featureAccess } = await gqlOk(server.url, Q.featureAccess, {}, owner.token);
      return new Map<string, { allowed: boolean; reason: string | null; estimatedMax: string; estimatedMin: string }>(
        featureAccess.map((f: { feature: string }) => [f.feature, f]),
      );
    };
    const initial = await read();
    expect([...initial.keys()].sort()).toEqual([...rates.keys()].sort());
    for (const [feature, f] of initial) {
      expect(f.estimatedMax).toBe(rates.get(feature)!.bound);
      expect(f.estimatedMin).toBe(rates.get(feature)!.minimum);
    }
    const bounds = [...new Set([...rates.keys()].map(boundOf))].sort((a, b) => a - b);
    const check = async (balanceMicro: number) => {
      await setBalance(owner, balanceMicro);
      const access = await read();
      for (const [feature, f] of access) {
        const allowed = balanceMicro >= boundOf(feature);
        expect(f.allowed, `${feature} at ${balanceMicro}`).toBe(allowed);
        expect(f.reason).toBe(
          allowed
            ? null
            : `Out of credits: needs up to ${rates.get(feature)!.bound}, you have ${credits(balanceMicro)}`,
        );
      }
    };
    for (const b of bounds) {
      await check(b - 1);
      await check(b);
    }
    for (const b of [...bounds].reverse()) {
      await check(b);
      await check(b - 1);
    }
  });

  it('prices a typical campaign setup at 1.5-2 credits and Hero AI by how deep the question goes', async () => {
    const owner = await signUp(server.url, 'typical');
    await setBalance(owner, 20_000_000);
    await seedDemoProductData(server.services, owner.workspaceId);
    const { draftId } = await productAndDraft(server.url, owner.token);
    const charged: number[] = [];
    for (const query of [Q.generateAdCopy, Q.generateSitelinks, Q.researchKeywords, Q.launchCampaign]) {
      const data = await gqlOk(server.url, query, { input: { draftId, idempotencyKey: key('t') } }, owner.token);
      charged.push(micro((Object.values(data)[0] as { charge: { charged: string } }).charge.charged));
    }
    const total = charged.reduce((a, b) => a + b, 0);
    console.log(
      `typical campaign setup (ad copy + sitelinks + keywords + creation): ${credits(total)} credits ` +
        `(${charged.map(credits).join(' + ')})`,
    );
    expect(total).toBeGreaterThanOrEqual(1_500_000);
    expect(total).toBeLessThanOrEqual(2_000_000);

    const ask = async (text: string) =>
      (await gqlOk(server.url, Q.sendHeroAiMessage, { input: { text, idempotencyKey: key('q') } }, owner.token))
        .sendHeroAiMessage;
    const simple = await ask('How many clicks did Spring Sale get yesterday?');
    const deep = await ask('Compare all campaigns over the last 4 weeks and investigate why conversions changed');
    console.log(
      `Hero AI: simple lookup ${simple.charge.charged} credits, deep investigation ${deep.charge.charged} credits`,
    );
    expect(simple.answer.campaignsReferenced).toBe(1);
    expect(deep.answer.campaignsReferenced).toBeGreaterThanOrEqual(3);
    expect(deep.answer.daysOfData).toBe(28);
    expect(micro(simple.charge.charged)).toBeLessThan(100_000);
    expect(micro(deep.charge.charged)).toBeGreaterThanOrEqual(3 * micro(simple.charge.charged));
    expect(deep.charge.description).toMatch(/^Hero AI: question about \d+ campaigns, [\d,]+ tokens$/);
  });
});

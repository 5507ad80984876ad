import { seedDemoProductData } from '@hero/server/src/modules/dashboard/demo-data';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fund, signUp, type Account } from '../support/accounts';
import { CountingAi } from '../support/counting-ai';
import { codeOf, gql, gqlOk } from '../support/gql';
import { Watcher } from '../support/live';
import { balance, key, productAndDraft, Q, transactions } from '../support/product';
import { dbKind, startTestServer, type TestServer } from '../support/server';

const ai = new CountingAi();
let server: TestServer;
let owner: Account;
let other: Account;

beforeAll(async () => {
  server = await startTestServer({ ai });
  owner = await signUp(server.url, 'domain');
  other = await signUp(server.url, 'stranger');
  await fund(server.url, owner.workspaceId, '50');
  await fund(server.url, other.workspaceId, '50');
});
afterAll(() => server?.stop());
beforeEach(() => ai.reset());

const ok = (query: string, variables: Record<string, unknown> = {}, who: Account = owner) =>
  gqlOk(server.url, query, variables, who.token);

describe(`ad accounts (${dbKind()})`, () => {
  it('adds, edits, lists and switches the active one', async () => {
    const account = await signUp(server.url, 'ads');
    const add = 'mutation($input: AddAdAccountInput!) { addAdAccount(input: $input) { id name active currency } }';
    const first = (
      await ok(add, { input: { name: 'Google', platform: 'GOOGLE_ADS', externalId: '111-222-3333' } }, account)
    ).addAdAccount;
    const second = (
      await ok(add, { input: { name: 'Meta', platform: 'META_ADS', externalId: 'act_9', currency: 'EUR' } }, account)
    ).addAdAccount;
    expect([first.active, second.active]).toEqual([true, false]);
    expect(second.currency).toBe('EUR');

    const duplicate = await gql(
      server.url,
      add,
      { input: { name: 'Again', platform: 'GOOGLE_ADS', externalId: '111-222-3333' } },
      account.token,
    );
    expect(codeOf(duplicate)).toBe('CONFLICT');

    await ok(
      'mutation($input: UpdateAdAccountInput!) { updateAdAccount(input: $input) { id } }',
      { input: { id: second.id, name: 'Meta (EU)' } },
      account,
    );
    await ok('mutation($id: ID!) { setActiveAdAccount(id: $id) { id } }', { id: second.id }, account);
    const { adAccounts } = await ok('{ adAccounts { id name active } }', {}, account);
    expect(adAccounts).toEqual([
      { id: first.id, name: 'Google', active: false },
      { id: second.id, name: 'Meta (EU)', active: true },
    ]);
  });
});

describe(`products (${dbKind()})`, () => {
  it('adds, edits, switches, and analyses (metered, stored, re-run charged again)', async () => {
    const account = await signUp(server.url, 'products');
    await fund(server.url, account.workspaceId, '5');
    const a = (await ok(Q.addProduct, { input: { name: 'Mug' } }, account)).addProduct;
    const b = (await ok(Q.addProduct, { input: { name: 'Kettle', url: 'https://k.example.com' } }, account)).addProduct;
    expect([a.active, b.active]).toEqual([true, false]);
    await ok('mutation($id: ID!) { setActiveProduct(id: $id) { id } }', { id: b.id }, account);
    await ok(
      'mutation($input: UpdateProductInput!) { updateProduct(input: $input) { id } }',
      { input: { id: a.id, description: 'A 350 ml stoneware mug', priceCents: 1_800 } },
      account,
    );
    const { products } = await ok('{ products { name active description priceCents analysis { id } } }', {}, account);
    expect(products).toEqual([
      { name: 'Mug', active: false, description: 'A 350 ml stoneware mug', priceCents: 1_800, analysis: null },
      { name: 'Kettle', active: true, description: '', priceCents: null, analysis: null },
    ]);

    const first = (await ok(Q.analyzeProduct, { input: { productId: a.id, idempotencyKey: key('an') } }, account))
      .analyzeProduct;
    expect(first.product.analysis.text).toMatch(/Summary:[\s\S]*Audiences:/);
    expect(first.charge.feature).toBe('product_analysis');
    await ok(Q.analyzeProduct, { input: { productId: a.id, idempotencyKey: key('an') } }, account);
    const charges = await transactions(server.url, account.token, ['CHARGE']);
    expect(charges.map((c) => c.description)).toEqual([
      expect.stringMatching(/^Product analysis: "Mug", [\d,]+ tokens$/),
      expect.stringMatching(/^Product analysis: "Mug", [\d,]+ tokens$/),
    ]);
    expect(ai.features).toEqual(['product_analysis', 'product_analysis']);
  });
});

describe(`campaigns (${dbKind()})`, () => {
  it('runs the wizard: draft, edits, each AI step and each regeneration metered, launch', async () => {
    const { draftId, productId } = await productAndDraft(server.url, owner.token, 'Wizard Shoe');
    const draft = (
      await ok('query($id: ID!) { campaign(id: $id) { status productId dailyBudgetCents } }', { id: draftId })
    ).campaign;
    expect(draft).toEqual({ status: 'DRAFT', productId, dailyBudgetCents: 5_000 });

    const copy = (await ok(Q.generateAdCopy, { input: { draftId, idempotencyKey: key('w') } })).generateAdCopy;
    expect(copy.campaign.adCopy.headlines.length).toBe(15);
    expect(copy.campaign.adCopy.descriptions.length).toBe(4);
    const again = (
      await ok(Q.generateAdCopy, { input: { draftId, instructions: 'Stress comfort', idempotencyKey: key('w') } })
    ).generateAdCopy;
    expect(again.charge.replayed).toBe(false);
    const links = (await ok(Q.generateSitelinks, { input: { draftId, idempotencyKey: key('w') } })).generateSitelinks;
    expect(links.campaign.sitelinks.length).toBe(6);
    expect(links.campaign.sitelinks[0].url).toMatch(/^https:\/\/shop\.example\.com\/trail-runner\//);
    const kw = (await ok(Q.researchKeywords, { input: { draftId, idempotencyKey: key('w') } })).researchKeywords;
    expect(kw.campaign.keywords.length).toBe(20);

    const edited = await ok(
      `mutation($input: UpdateCampaignDraftInput!) { updateCampaignDraft(input: $input) {
        name dailyBudgetCents adCopy { headlines descriptions } keywords { text matchType } } }`,
      { input: { id: draftId, name: 'Wizard Shoe - edited', dailyBudgetCents: 7_500, headlines: ['Run Further'] } },
    );
    expect(edited.updateCampaignDraft.adCopy.headlines).toEqual(['Run Further']);
    expect(edited.updateCampaignDraft.adCopy.descriptions.length).toBe(4);

    const launched = (await ok(Q.launchCampaign, { input: { draftId, idempotencyKey: key('w') } })).launchCampaign;
    expect(launched.campaign.status).toBe('LAUNCHED');
    expect(launched.campaign.plan).toContain('Launch plan for "Wizard Shoe - edited"');
    expect(launched.charge.description).toMatch(/^Campaign creation: "Wizard Shoe - edited", [\d,]+ tokens$/);
    expect(ai.features).toEqual(['ad_copy', 'ad_copy', 'sitelinks', 'keyword_research', 'campaign_creation']);

    // Launched campaigns are history: no edits, no second launch, and no hold is taken for trying.
    const reserved = (await balance(server.url, owner.token)).reserved;
    for (const [query, input] of [
      [Q.launchCampaign, { draftId, idempotencyKey: key('w') }],
      [Q.generateAdCopy, { draftId, idempotencyKey: key('w') }],
      [
        'mutation($input: UpdateCampaignDraftInput!) { updateCampaignDraft(input: $input) { id } }',
        { id: draftId, name: 'x' },
      ],
    ] as const) {
      expect(codeOf(await gql(server.url, query, { input }, owner.token))).toBe('CONFLICT');
    }
    expect((await balance(server.url, owner.token)).reserved).toBe(reserved);
    expect(ai.calls).toBe(5);

    const { campaigns } = await ok('{ campaigns(status: LAUNCHED) { id } }');
    expect(campaigns.map((c: { id: string }) => c.id)).toContain(draftId);
    const { campaigns: drafts } = await ok('{ campaigns(status: DRAFT) { id } }');
    expect(drafts.map((c: { id: string }) => c.id)).not.toContain(draftId);
  });

  it('gives launched campaigns stable daily performance; drafts have none', async () => {
    const account = await signUp(server.url, 'perf');
    await seedDemoProductData(server.services, account.workspaceId);
    const { campaigns } = await ok('{ campaigns { id name status launchedAt } }', {}, account);
    const launched = campaigns.filter((c: { status: string }) => c.status === 'LAUNCHED');
    const draft = campaigns.find((c: { status: string }) => c.status === 'DRAFT');
    expect(launched).toHaveLength(3);
    const query = `query($id: ID!, $days: Int) { campaignPerformance(campaignId: $id, days: $days) {
      days { date impressions clicks conversions spendCents } totals { impressions clicks conversions spendCents } } }`;
    const spring = launched.find((c: { name: string }) => c.name === 'Spring Sale');
    const first = (await ok(query, { id: spring.id, days: 30 }, account)).campaignPerformance;
    const second = (await ok(query, { id: spring.id, days: 30 }, account)).campaignPerformance;
    expect(first.days).toHaveLength(30);
    expect(second).toEqual(first);
    expect(first.totals.clicks).toBe(first.days.reduce((s: number, d: { clicks: number }) => s + d.clicks, 0));
    expect((await ok(query, { id: draft.id, days: 30 }, account)).campaignPerformance.days).toEqual([]);
    expect(codeOf(await gql(server.url, query, { id: spring.id, days: 0 }, account.token))).toBe('BAD_USER_INPUT');
  });
});

describe(`dashboard and demo data (${dbKind()})`, () => {
  it('summarises the seeded workspace', async () => {
    const account = await signUp(server.url, 'dash');
    expect(await seedDemoProductData(server.services, account.workspaceId)).toEqual({ created: true });
    expect(await seedDemoProductData(server.services, account.workspaceId)).toEqual({ created: false });
    const { dashboard } = await ok(
      `{ dashboard { days launchedCampaigns drafts activeAdAccount { name } activeProduct { name }
        totals { impressions clicks conversions spendCents } topCampaigns { name totals { conversions } }
        recentConversations { title } } }`,
      {},
      account,
    );
    expect(dashboard).toMatchObject({
      days: 30,
      launchedCampaigns: 3,
      drafts: 2,
      activeAdAccount: { name: 'Example Outdoor - Google Ads' },
      activeProduct: { name: 'Trail Runner 3' },
    });
    expect(dashboard.totals.spendCents).toBeGreaterThan(0);
    expect(dashboard.topCampaigns).toHaveLength(3);
    expect(dashboard.recentConversations).toHaveLength(2);
    const { heroAiConversations } = await ok('{ heroAiConversations { id messages { role } } }', {}, account);
    expect(heroAiConversations.map((c: { messages: unknown[] }) => c.messages.length).sort()).toEqual([2, 4]);
    expect((await balance(server.url, account.token)).available).toBe('0');
  });
});

describe(`Hero AI (${dbKind()})`, () => {
  it('starts a conversation, continues it, and keeps every message readable', async () => {
    const first = (
      await ok(Q.sendHeroAiMessage, { input: { text: 'What did I spend this week?', idempotencyKey: key('h') } })
    ).sendHeroAiMessage;
    expect(first.conversation.title).toBe('What did I spend this week?');
    const id = first.conversation.id;
    await ok(Q.sendHeroAiMessage, { input: { conversationId: id, text: 'And last month?', idempotencyKey: key('h') } });
    const { heroAiConversation } = await ok(
      'query($id: ID!) { heroAiConversation(id: $id) { messages { position role text } } }',
      { id },
    );
    expect(heroAiConversation.messages.map((m: { position: number; role: string }) => [m.position, m.role])).toEqual([
      [1, 'USER'],
      [2, 'ASSISTANT'],
      [3, 'USER'],
      [4, 'ASSISTANT'],
    ]);
    expect(heroAiConversation.messages[2].text).toBe('And last month?');
  });

  it('streams the answer over WebSocket while it is written, ending with the stored message', async () => {
    const { startHeroAiConversation } = await ok('mutation { startHeroAiConversation { id title } }');
    const id = startHeroAiConversation.id;
    const watcher = new Watcher<{ delta: string; done: boolean; messageId: string | null }>(
      server.url,
      owner.token,
      `subscription { heroAiMessageStream(conversationId: "${id}") { delta done messageId } }`,
    ).start();
    await server.services.heroAi.streams.subscribed(owner.workspaceId, id);
    const reply = (
      await ok(Q.sendHeroAiMessage, {
        input: { conversationId: id, text: 'Compare all campaigns this month', idempotencyKey: key('s') },
      })
    ).sendHeroAiMessage;
    const last = await watcher.message((m) => m.done, 'the last piece');
    await watcher.stop();
    const pieces = watcher.messages.filter((m) => !m.done);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((m) => m.delta).join('')).toBe(reply.answer.text);
    expect(last.messageId).toBe(reply.answer.id);
  });

  it("refuses to stream another workspace's conversation", async () => {
    const { startHeroAiConversation } = await ok('mutation { startHeroAiConversation { id } }');
    const watcher = new Watcher(
      server.url,
      other.token,
      `subscription { heroAiMessageStream(conversationId: "${startHeroAiConversation.id}") { delta } }`,
    ).start();
    await watcher.end();
    await watcher.stop();
    expect(watcher.messages).toEqual([]);
    expect(JSON.stringify(watcher.errors)).toContain('"code":"NOT_FOUND"');
  });
});

describe(`bad input and other workspaces' ids (${dbKind()})`, () => {
  it('answers with stable codes, calls no provider and leaves no hold behind', async () => {
    const mine = await productAndDraft(server.url, owner.token, 'Mine');
    const theirs = await productAndDraft(server.url, other.token, 'Theirs');
    const theirChat = (await ok(Q.sendHeroAiMessage, { input: { text: 'Hello?', idempotencyKey: key('t') } }, other))
      .sendHeroAiMessage.conversation.id;
    ai.reset();
    const holdsBefore = (await transactions(server.url, owner.token, ['HOLD'])).length;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      ['empty question', Q.sendHeroAiMessage, { input: { text: '', idempotencyKey: key('b') } }, 'BAD_USER_INPUT'],
      [
        'blank question',
        Q.sendHeroAiMessage,
        { input: { text: '   \n ', idempotencyKey: key('b') } },
        'BAD_USER_INPUT',
      ],
      [
        'oversized question',
        Q.sendHeroAiMessage,
        { input: { text: 'x'.repeat(4_001), idempotencyKey: key('b') } },
        'BAD_USER_INPUT',
      ],
      ['bad key', Q.sendHeroAiMessage, { input: { text: 'Hi', idempotencyKey: 'short' } }, 'BAD_USER_INPUT'],
      [
        'their conversation',
        Q.sendHeroAiMessage,
        { input: { conversationId: theirChat, text: 'Hi', idempotencyKey: key('b') } },
        'NOT_FOUND',
      ],
      [
        'unknown conversation',
        Q.sendHeroAiMessage,
        { input: { conversationId: unknown, text: 'Hi', idempotencyKey: key('b') } },
        'NOT_FOUND',
      ],
      [
        'malformed conversation',
        Q.sendHeroAiMessage,
        { input: { conversationId: 'nope', text: 'Hi', idempotencyKey: key('b') } },
        'BAD_USER_INPUT',
      ],
      [
        'blank instructions',
        Q.generateAdCopy,
        { input: { draftId: mine.draftId, instructions: '  ', idempotencyKey: key('b') } },
        'BAD_USER_INPUT',
      ],
      [
        'oversized instructions',
        Q.generateAdCopy,
        { input: { draftId: mine.draftId, instructions: 'y'.repeat(4_001), idempotencyKey: key('b') } },
        'BAD_USER_INPUT',
      ],
      [
        'their draft: ad copy',
        Q.generateAdCopy,
        { input: { draftId: theirs.draftId, idempotencyKey: key('b') } },
        'NOT_FOUND',
      ],
      [
        'their draft: sitelinks',
        Q.generateSitelinks,
        { input: { draftId: theirs.draftId, idempotencyKey: key('b') } },
        'NOT_FOUND',
      ],
      [
        'their draft: keywords',
        Q.researchKeywords,
        { input: { draftId: theirs.draftId, idempotencyKey: key('b') } },
        'NOT_FOUND',
      ],
      [
        'their draft: launch',
        Q.launchCampaign,
        { input: { draftId: theirs.draftId, idempotencyKey: key('b') } },
        'NOT_FOUND',
      ],
      ['unknown draft', Q.launchCampaign, { input: { draftId: unknown, idempotencyKey: key('b') } }, 'NOT_FOUND'],
      ['malformed draft', Q.launchCampaign, { input: { draftId: '42', idempotencyKey: key('b') } }, 'BAD_USER_INPUT'],
      [
        'their product: analysis',
        Q.analyzeProduct,
        { input: { productId: theirs.productId, idempotencyKey: key('b') } },
        'NOT_FOUND',
      ],
      ['unknown product', Q.analyzeProduct, { input: { productId: unknown, idempotencyKey: key('b') } }, 'NOT_FOUND'],
      ['their campaign', 'query($input: ID!) { campaign(id: $input) { id } }', { input: theirs.draftId }, 'NOT_FOUND'],
      [
        'their performance',
        'query($input: ID!) { campaignPerformance(campaignId: $input) { totals { clicks } } }',
        { input: theirs.draftId },
        'NOT_FOUND',
      ],
      ['their product', 'query($input: ID!) { product(id: $input) { id } }', { input: theirs.productId }, 'NOT_FOUND'],
      [
        'switch to their product',
        'mutation($input: ID!) { setActiveProduct(id: $input) { id } }',
        { input: theirs.productId },
        'NOT_FOUND',
      ],
      [
        'edit their product',
        'mutation($input: UpdateProductInput!) { updateProduct(input: $input) { id } }',
        { input: { id: theirs.productId, name: 'Mine now' } },
        'NOT_FOUND',
      ],
      [
        'edit their draft',
        'mutation($input: UpdateCampaignDraftInput!) { updateCampaignDraft(input: $input) { id } }',
        { input: { id: theirs.draftId, name: 'Mine now' } },
        'NOT_FOUND',
      ],
      [
        'draft for their product',
        'mutation($input: CreateCampaignDraftInput!) { createCampaignDraft(input: $input) { id } }',
        { input: { name: 'x', productId: theirs.productId } },
        'NOT_FOUND',
      ],
      [
        'their conversation (read)',
        'query($input: ID!) { heroAiConversation(id: $input) { id } }',
        { input: theirChat },
        'NOT_FOUND',
      ],
      [
        'switch to unknown account',
        'mutation($input: ID!) { setActiveAdAccount(id: $input) { id } }',
        { input: unknown },
        'NOT_FOUND',
      ],
      ['blank product name', Q.addProduct, { input: { name: '   ' } }, 'BAD_USER_INPUT'],
      [
        'oversized brief',
        'mutation($input: CreateCampaignDraftInput!) { createCampaignDraft(input: $input) { id } }',
        { input: { name: 'x', brief: 'z'.repeat(4_001) } },
        'BAD_USER_INPUT',
      ],
      [
        'negative budget',
        'mutation($input: UpdateCampaignDraftInput!) { updateCampaignDraft(input: $input) { id } }',
        { input: { id: mine.draftId, dailyBudgetCents: -1 } },
        'BAD_USER_INPUT',
      ],
    ];
    for (const [what, query, variables, code] of cases) {
      const r = await gql(server.url, query, variables, owner.token);
      expect(codeOf(r), what).toBe(code);
      expect(r.status, what).not.toBe(500);
    }
    expect(ai.calls).toBe(0);
    expect((await balance(server.url, owner.token)).reserved).toBe('0');
    expect((await transactions(server.url, owner.token, ['HOLD'])).length).toBe(holdsBefore);
    // Theirs is untouched.
    const theirDraft = await gqlOk(
      server.url,
      'query($id: ID!) { campaign(id: $id) { name } }',
      { id: theirs.draftId },
      other.token,
    );
    expect(theirDraft.campaign.name).toBe('Theirs launch');
  });

  it('refuses every product-domain operation without a session', async () => {
    for (const query of [
      '{ dashboard { drafts } }',
      '{ campaigns { id } }',
      '{ products { id } }',
      '{ adAccounts { id } }',
      '{ heroAiConversations { id } }',
      '{ featureAccess { feature } }',
    ]) {
      expect(codeOf(await gql(server.url, query)), query).toBe('UNAUTHENTICATED');
    }
  });
});

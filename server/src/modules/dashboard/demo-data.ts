import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AdAccount, AdPlatform } from '../ad-accounts/ad-account.entity';
import { writeLocalAnswer } from '../ai/local-writer';
import { Campaign, CampaignGoal, CampaignStatus } from '../campaigns/campaign.entity';
import { parseAdCopy, parseKeywords, parseSitelinks } from '../campaigns/core/parse';
import { HeroConversation, HeroMessage, HeroMessageRole } from '../hero-ai/conversation.entity';
import { Product } from '../products/product.entity';
import { productContext } from '../products/products.service';

const DAY_MS = 86_400_000;

const PRODUCTS = [
  {
    name: 'Trail Runner 3',
    url: 'https://shop.example.com/trail-runner-3',
    description: 'Lightweight waterproof trail running shoe with a grippy outsole and a 6 mm drop.',
    priceCents: 12_900,
  },
  {
    name: 'Summit Daypack',
    url: 'https://shop.example.com/summit-daypack',
    description: '22-litre hiking backpack with a hydration sleeve, rain cover and padded hip belt.',
    priceCents: 8_900,
  },
];

const LAUNCHED = [
  { name: 'Spring Sale', product: 0, budgetCents: 6_000, daysAgo: 60, goal: CampaignGoal.SALES },
  { name: 'Brand Search', product: 0, budgetCents: 2_500, daysAgo: 35, goal: CampaignGoal.TRAFFIC },
  { name: 'Daypack Launch', product: 1, budgetCents: 4_000, daysAgo: 12, goal: CampaignGoal.SALES },
];

const DRAFTS = [
  { name: 'Winter Trail Promo', product: 0, budgetCents: 5_000, brief: 'Push waterproofing for winter runners.' },
  { name: 'Back to School Packs', product: 1, budgetCents: 3_000, brief: '' },
];

const CONVERSATIONS = [
  {
    title: 'How is Spring Sale doing?',
    turns: [
      [
        'How is Spring Sale doing this week?',
        'Over the last 7 days, "Spring Sale" received 9,812 impressions and 402 clicks (CTR 4.1%), with 21 ' +
          'conversions for $368.40 spent ($17.54 per conversion).\n\nRecommendation: test two new headlines on ' +
          '"Spring Sale" to lift the click-through rate.',
      ],
    ],
  },
  {
    title: 'Compare all campaigns over the last 4 weeks',
    turns: [
      [
        'Compare all campaigns over the last 4 weeks and tell me where to move budget',
        'Over the last 28 days, your 3 campaigns received 61,230 impressions and 2,311 clicks (CTR 3.8%), with ' +
          '142 conversions for $2,904.10 spent ($20.45 per conversion).\n\n"Brand Search" converts most cheaply; ' +
          '"Daypack Launch" costs the most per conversion.\n\nRecommendation: shift 15% of "Daypack Launch"\'s ' +
          'budget to "Brand Search".',
      ],
      [
        'What negative keywords should I add to Daypack Launch?',
        'Looking at "Daypack Launch", searches for "free", "used" and "rental" bring clicks without conversions. ' +
          'Add them as phrase-match negatives.\n\nRecommendation: review the search terms report weekly.',
      ],
    ],
  },
];

/**
 * Demo content for a workspace: an ad account, two products, three launched campaigns with performance,
 * two drafts and two Hero AI conversations. Written directly, without the AI or credits: it is what a
 * workspace would look like after some use. Does nothing if the workspace already has an ad account.
 */
export async function seedDemoProductData(services: { db: Db; clock: Clock }, workspaceId: string) {
  const now = services.clock.now();
  return services.db.run(async ({ em }) => {
    if ((await em.count(AdAccount, { workspace: workspaceId })) > 0) return { created: false };
    const account = em.create(AdAccount, {
      workspace: workspaceId,
      name: 'Example Outdoor - Google Ads',
      platform: AdPlatform.GOOGLE_ADS,
      externalId: '123-456-7890',
      currency: 'USD',
      active: true,
      createdAt: now,
      updatedAt: now,
    });
    const products = PRODUCTS.map((p, i) =>
      em.create(Product, { workspace: workspaceId, ...p, active: i === 0, createdAt: now, updatedAt: now }),
    );
    const campaign = (spec: { name: string; product: number; budgetCents: number; goal?: CampaignGoal }) => {
      const product = products[spec.product]!;
      const context = `Campaign: ${spec.name}\nLocations: United States\n${productContext(product)}`;
      return {
        workspace: workspaceId,
        name: spec.name,
        product: product.id,
        adAccount: account.id,
        goal: spec.goal ?? CampaignGoal.SALES,
        dailyBudgetCents: spec.budgetCents,
        locations: 'United States',
        adCopy: parseAdCopy(writeLocalAnswer('ad_copy', 'demo', context)),
        sitelinks: parseSitelinks(writeLocalAnswer('sitelinks', 'demo', context)),
        keywords: parseKeywords(writeLocalAnswer('keyword_research', 'demo', context)),
        context,
      };
    };
    for (const spec of LAUNCHED) {
      const { context, ...fields } = campaign(spec);
      const launchedAt = new Date(now.getTime() - spec.daysAgo * DAY_MS);
      em.create(Campaign, {
        ...fields,
        status: CampaignStatus.LAUNCHED,
        plan: writeLocalAnswer('campaign_creation', 'demo', context),
        launchedAt,
        createdAt: launchedAt,
        updatedAt: launchedAt,
      });
    }
    for (const spec of DRAFTS) {
      const { context: _context, ...fields } = campaign(spec);
      em.create(Campaign, {
        ...fields,
        brief: spec.brief,
        status: CampaignStatus.DRAFT,
        createdAt: now,
        updatedAt: now,
      });
    }
    CONVERSATIONS.forEach((c, i) => {
      const at = new Date(now.getTime() - (i + 1) * DAY_MS);
      const conversation = em.create(HeroConversation, {
        workspace: workspaceId,
        title: c.title,
        createdAt: at,
        updatedAt: at,
      });
      c.turns.forEach(([question, answer], t) => {
        for (const [k, role, text] of [
          [1, HeroMessageRole.USER, question],
          [2, HeroMessageRole.ASSISTANT, answer],
        ] as const) {
          em.create(HeroMessage, {
            workspace: workspaceId,
            conversation: conversation.id,
            position: t * 2 + k,
            role,
            text: text!,
            createdAt: at,
          });
        }
      });
    });
    await em.flush();
    return { created: true };
  });
}

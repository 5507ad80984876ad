import { groupThousands, type MeteredFeature } from '../metering/core';
import { pickInt, rngOf, seedOf, type Rng } from './seeded';

/**
 * Deterministic, plausible answers for each feature, built from the request's context ("Key: value" lines
 * written by the feature services). Same request → same text, so tests and demos are repeatable.
 */

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Cuts at a word boundary so a headline stays within the ad platform's limit. */
function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,—-]+$/, '');
}

/** "Key: value" lines of the context. */
function fieldsOf(context: string | undefined): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of (context ?? '').split('\n')) {
    const m = /^([A-Z][A-Za-z ]{1,30}):\s*(.+)$/.exec(line.trim());
    if (m && !fields.has(m[1]!.toLowerCase())) fields.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return fields;
}

interface Subject {
  product: string;
  campaign: string;
  website: string;
  goal: string;
  locations: string;
  description: string;
  budget: string;
}

function subjectOf(context: string | undefined): Subject {
  const f = fieldsOf(context);
  const product = f.get('product') ?? f.get('campaign') ?? 'Your product';
  return {
    product,
    campaign: f.get('campaign') ?? product,
    website: (f.get('website') ?? 'https://example.com').replace(/\/+$/, ''),
    goal: (f.get('goal') ?? 'sales').toLowerCase(),
    locations: f.get('locations') ?? 'United States',
    description: f.get('product description') ?? f.get('description') ?? '',
    budget: f.get('daily budget') ?? '$50.00',
  };
}

function adCopy(s: Subject, rng: Rng): string {
  const p = s.product;
  const headlines = shuffled(
    [
      p,
      `Shop ${p} Today`,
      `${p} - Official Site`,
      `Free Shipping on ${p}`,
      `Top-Rated ${p}`,
      `Save on ${p} Now`,
      `${p} Deals This Week`,
      `Get ${p} Delivered Fast`,
      'Loved by 10,000+ Customers',
      'Quality You Can Trust',
      'Order Online in Minutes',
      'Limited-Time Offer',
      'Easy 30-Day Returns',
      'Compare and Save Today',
      `New ${p} Collection`,
      `The Best ${p} for You`,
      'Fast, Friendly Support',
      `Upgrade to ${p}`,
    ],
    rng,
  ).slice(0, 15);
  const descriptions = shuffled(
    [
      `Discover ${p}: built to last, priced fairly and shipped fast to ${s.locations}.`,
      `Thousands of happy customers choose ${p}. Order today and see the difference yourself.`,
      `Free shipping, easy returns and real people ready to help. Try ${p} risk-free.`,
      `Looking for ${p}? Compare options, read reviews and buy online in minutes.`,
      `Limited-time offer on ${p}. Save now while stock lasts - checkout takes one minute.`,
      `Made for people who want more from ${p}. Quality materials, honest prices.`,
    ],
    rng,
  ).slice(0, 4);
  return [
    ...headlines.map((h) => `Headline: ${fit(h, 30)}`),
    ...descriptions.map((d) => `Description: ${fit(d, 90)}`),
  ].join('\n');
}

function sitelinks(s: Subject, rng: Rng): string {
  const bank: Array<[string, string, string, string]> = [
    ['Shop All Products', 'Browse the full range', 'New arrivals every week', '/shop'],
    ['Best Sellers', 'See what customers love', `Top-rated ${s.product}`, '/best-sellers'],
    ['Today’s Deals', 'Limited-time savings', 'Up to 30% off selected items', '/deals'],
    ['Free Shipping', 'On orders over $50', `Fast delivery to ${s.locations}`, '/shipping'],
    ['Customer Reviews', 'Real reviews, real buyers', 'Rated 4.8 out of 5', '/reviews'],
    ['Contact Us', 'Questions? We can help', 'Chat, email or phone', '/contact'],
    ['Easy Returns', '30-day money-back promise', 'No questions asked', '/returns'],
    ['Gift Cards', 'The perfect present', 'Delivered by email instantly', '/gift-cards'],
    ['About Us', 'Our story and our values', 'Family-run since 2012', '/about'],
  ];
  return shuffled(bank, rng)
    .slice(0, 6)
    .map(([text, d1, d2, path]) => `Sitelink: ${fit(text, 25)} | ${fit(d1, 35)} | ${fit(d2, 35)} | ${s.website}${path}`)
    .join('\n');
}

function keywords(s: Subject, rng: Rng): string {
  const base =
    s.product
      .toLowerCase()
      .replace(/[^a-z0-9 ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'product';
  const modifiers = [
    (k: string) => k,
    (k: string) => `buy ${k}`,
    (k: string) => `${k} online`,
    (k: string) => `best ${k}`,
    (k: string) => `${k} near me`,
    (k: string) => `cheap ${k}`,
    (k: string) => `${k} reviews`,
    (k: string) => `${k} price`,
    (k: string) => `${k} sale`,
    (k: string) => `${k} discount code`,
    (k: string) => `${k} free shipping`,
    (k: string) => `top rated ${k}`,
    (k: string) => `${k} for beginners`,
    (k: string) => `${k} gift`,
    (k: string) => `affordable ${k}`,
    (k: string) => `${k} deals`,
    (k: string) => `${k} vs alternatives`,
    (k: string) => `where to buy ${k}`,
    (k: string) => `${k} 2026`,
    (k: string) => `${k} store`,
    (k: string) => `premium ${k}`,
    (k: string) => `${k} comparison`,
  ];
  const matchTypes = ['BROAD', 'PHRASE', 'EXACT'] as const;
  return shuffled(modifiers, rng)
    .slice(0, 20)
    .map((m) => {
      const volume = pickInt(rng, 2, 400) * 10;
      return `Keyword: ${m(base)} | ${matchTypes[pickInt(rng, 0, 2)]} | ${volume}`;
    })
    .join('\n');
}

function campaignPlan(s: Subject, context: string | undefined, rng: Rng): string {
  const keywordLines = (context ?? '')
    .split('\n')
    .map((l) => /^Keyword:\s*([^|]+)/.exec(l.trim())?.[1]?.trim())
    .filter((k): k is string => Boolean(k));
  const groups = [
    ['Brand and product', keywordLines.slice(0, 4)],
    ['High intent', keywordLines.slice(4, 8)],
    ['Research and comparison', keywordLines.slice(8, 12)],
  ] as const;
  const bidding = s.goal.includes('lead') ? 'Maximize conversions' : 'Maximize conversion value';
  const lines = [
    `Launch plan for "${s.campaign}"`,
    '',
    'Campaign settings',
    `- Network: Google Search only (search partners off for the first two weeks)`,
    `- Locations: ${s.locations}; people in or regularly in these locations`,
    `- Daily budget: ${s.budget}, standard delivery`,
    `- Goal: ${s.goal}; primary conversion: ${s.goal.includes('lead') ? 'form submission' : 'purchase'}`,
    '',
    'Ad groups',
    ...groups.map(
      ([name, kws], i) =>
        `${i + 1}. ${name}: ${kws.length ? kws.join(', ') : `${s.product.toLowerCase()} and close variants`}`,
    ),
    '',
    'Bidding',
    `- ${bidding} for the first ${pickInt(rng, 10, 21)} days, then a target CPA once 30 conversions are recorded`,
    '- Bid adjustments: none until device and location data is significant',
    '',
    'Ads and assets',
    '- One responsive search ad per ad group with the generated headlines and descriptions',
    '- Sitelinks attached at campaign level; callouts for shipping and returns',
    '',
    'Budget pacing',
    `- Expect ${pickInt(rng, 70, 95)}% of the daily budget to spend during the learning period`,
    '- Review search terms every two days and add negatives for irrelevant queries',
    '',
    'First-week checks',
    '- Conversion tracking fires on the thank-you page',
    '- Ads approved, no policy limitations',
    `- Click-through rate above ${pickInt(rng, 3, 6)}% on the high-intent group`,
    '- Cost per click within the range forecast by keyword research',
  ];
  return lines.join('\n');
}

function productAnalysis(s: Subject, rng: Rng): string {
  const audiences = shuffled(
    [
      'Busy professionals who value convenience',
      'Budget-conscious shoppers comparing options',
      'Gift buyers looking for something reliable',
      'Enthusiasts upgrading from an entry-level choice',
      'Small businesses buying in small quantities',
    ],
    rng,
  ).slice(0, 3);
  const points = shuffled(
    [
      'Quality that is easy to see in photos and reviews',
      'Fair price compared with the category leaders',
      'Fast shipping and easy returns reduce purchase risk',
      'Clear, simple product range: little choice paralysis',
      'Strong repeat-purchase potential',
    ],
    rng,
  ).slice(0, 3);
  return [
    'Summary:',
    `- ${s.product} ${s.description ? `(${s.description.slice(0, 160)})` : ''} sells best on trust and convenience.`,
    `- Search demand is steady; competition is moderate, with cost per click around $${pickInt(rng, 1, 3)}.${pickInt(rng, 10, 99)}.`,
    '',
    'Audiences:',
    ...audiences.map((a) => `- ${a}`),
    '',
    'Selling points:',
    ...points.map((p) => `- ${p}`),
    '',
    'Objections:',
    '- "Is it worth the price?" - answer with reviews and a guarantee',
    '- "Will it arrive in time?" - state delivery times in ads and sitelinks',
    '',
    'Suggested angles:',
    `- Social proof: "Loved by thousands of ${s.product} buyers"`,
    '- Risk reversal: free returns, money-back promise',
    `- Urgency around seasonal demand in ${s.locations}`,
  ].join('\n');
}

interface CampaignNumbers {
  name: string;
  impressions: number;
  clicks: number;
  conversions: number;
  spendCents: number;
}

const num = (text: string) => Number(text.replace(/,/g, ''));

/** The totals lines the Hero AI service writes: `Campaign "Name" … impressions 1,234, clicks 56, conversions 7, spend $89.00`. */
function campaignsIn(context: string | undefined, label = 'Campaign "(.+?)"'): CampaignNumbers[] {
  const out: CampaignNumbers[] = [];
  const re = new RegExp(
    `^${label}.*?impressions ([\\d,]+), clicks ([\\d,]+), conversions ([\\d,]+), spend \\$([\\d,]+)\\.(\\d{2})`,
  );
  for (const line of (context ?? '').split('\n')) {
    const m = re.exec(line.trim());
    if (!m) continue;
    if (m.length === 6) m.splice(1, 0, 'your account');
    out.push({
      name: m[1]!,
      impressions: num(m[2]!),
      clicks: num(m[3]!),
      conversions: num(m[4]!),
      spendCents: num(m[5]!) * 100 + Number(m[6]),
    });
  }
  return out;
}

const dollars = (cents: number) =>
  `$${groupThousands(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;
const quoted = (name: string) => (name === 'your account' ? name : `"${name}"`);
const percent = (part: number, whole: number) => (whole > 0 ? `${((part * 100) / whole).toFixed(1)}%` : 'n/a');

function heroAnswer(question: string, context: string | undefined, rng: Rng): string {
  const named = campaignsIn(context);
  const overall = campaignsIn(context, 'Workspace totals:').filter((t) => t.impressions > 0);
  const campaigns = named.length ? named : overall;
  const period = /Period: (.+)/.exec(context ?? '')?.[1]?.trim() ?? 'the period on record';
  if (campaigns.length === 0) {
    return [
      `I looked for campaign data to answer "${question.slice(0, 120)}", but this workspace has no launched campaigns yet.`,
      'Once a campaign has run for a few days I can compare clicks, conversions and spend for you.',
      'Recommendation: finish a draft in the campaign wizard and launch it, then ask again in a week.',
    ].join('\n');
  }
  const total = campaigns.reduce(
    (t, c) => ({
      impressions: t.impressions + c.impressions,
      clicks: t.clicks + c.clicks,
      conversions: t.conversions + c.conversions,
      spendCents: t.spendCents + c.spendCents,
    }),
    { impressions: 0, clicks: 0, conversions: 0, spendCents: 0 },
  );
  const byCpa = [...campaigns].sort(
    (a, b) => a.spendCents / Math.max(1, a.conversions) - b.spendCents / Math.max(1, b.conversions),
  );
  const best = byCpa[0]!;
  const worst = byCpa[byCpa.length - 1]!;
  const subject = campaigns.length > 1 ? `your ${campaigns.length} campaigns` : quoted(best.name);
  const lines = [
    `Over ${period}, ${subject} received ${groupThousands(total.impressions)} impressions and ` +
      `${groupThousands(total.clicks)} clicks (CTR ${percent(total.clicks, total.impressions)}), with ` +
      `${groupThousands(total.conversions)} conversions for ${dollars(total.spendCents)} spent ` +
      `(${dollars(Math.round(total.spendCents / Math.max(1, total.conversions)))} per conversion).`,
  ];
  if (campaigns.length > 1) {
    lines.push(
      '',
      ...campaigns.map(
        (c) =>
          `- ${c.name}: CTR ${percent(c.clicks, c.impressions)}, conversion rate ${percent(c.conversions, c.clicks)}, ` +
          `cost per conversion ${dollars(Math.round(c.spendCents / Math.max(1, c.conversions)))}`,
      ),
      '',
      `"${best.name}" converts most cheaply; "${worst.name}" costs the most per conversion.`,
    );
  }
  const ideas =
    campaigns.length > 1
      ? [
          `shift ${pickInt(rng, 10, 25)}% of "${worst.name}"'s budget to "${best.name}"`,
          `add negative keywords to "${worst.name}" from its search terms report`,
        ]
      : [
          `test two new headlines on ${quoted(best.name)} to lift the click-through rate`,
          `review the search terms report of ${quoted(best.name)} and add negative keywords`,
        ];
  lines.push('', `Recommendation: ${ideas[pickInt(rng, 0, ideas.length - 1)]}.`);
  return lines.join('\n');
}

export function writeLocalAnswer(feature: MeteredFeature, prompt: string, context: string | undefined): string {
  const rng = rngOf(seedOf(`${feature}\n${prompt}\n${context ?? ''}`));
  const subject = subjectOf(context);
  switch (feature) {
    case 'ad_copy':
      return adCopy(subject, rng);
    case 'sitelinks':
      return sitelinks(subject, rng);
    case 'keyword_research':
      return keywords(subject, rng);
    case 'campaign_creation':
      return campaignPlan(subject, context, rng);
    case 'product_analysis':
      return productAnalysis(subject, rng);
    case 'hero_ai_message':
      return heroAnswer(prompt, context, rng);
  }
}

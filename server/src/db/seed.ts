import type { MikroORM } from '@mikro-orm/core';
import { subDays } from 'date-fns';
import { User } from '../modules/auth/user.entity';
import { seedDemoProductData } from '../modules/dashboard/demo-data';
import { Role } from '../modules/workspaces/membership.entity';
import { MICRO_PER_CREDIT } from '../modules/ledger/core';
import { ManualClock } from '../platform/clock';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import { createServices, type Services } from '../platform/services';
import { LocalBus } from '../platform/bus/local-bus';

export const DEMO_OWNER = { email: 'owner@demo.heromarketer.test', password: 'demo-password-2026', name: 'Dana Owner' };
export const DEMO_MEMBER = {
  email: 'member@demo.heromarketer.test',
  password: 'demo-password-2026',
  name: 'Max Member',
};

/** A few weeks of plausible use: what a Pro workspace looks like mid-period. */
const HISTORY: Array<{
  daysAgo: number;
  feature: string;
  what: string;
  holdCredits: number;
  costMicro: number;
  tokens: [number, number];
}> = [
  {
    daysAgo: 16,
    feature: 'campaign_creation',
    what: 'Campaign "Winter boots": ad copy, sitelinks, keywords and launch',
    holdCredits: 3,
    costMicro: 1_840_000,
    tokens: [9_210, 4_870],
  },
  {
    daysAgo: 14,
    feature: 'hero_ai_message',
    what: 'Hero AI: which campaign had the best ROAS last week',
    holdCredits: 1,
    costMicro: 120_000,
    tokens: [1_830, 410],
  },
  {
    daysAgo: 12,
    feature: 'ad_copy',
    what: 'Ad copy regeneration for "Winter boots"',
    holdCredits: 1,
    costMicro: 310_000,
    tokens: [2_240, 980],
  },
  {
    daysAgo: 10,
    feature: 'hero_ai_message',
    what: 'Hero AI: deep investigation of 3 campaigns over 4 weeks',
    holdCredits: 2,
    costMicro: 1_260_000,
    tokens: [14_900, 2_120],
  },
  {
    daysAgo: 8,
    feature: 'product_analysis',
    what: 'Product analysis: Trail runner 2',
    holdCredits: 2,
    costMicro: 640_000,
    tokens: [5_400, 1_650],
  },
  {
    daysAgo: 6,
    feature: 'campaign_creation',
    what: 'Campaign "Spring trail": ad copy, sitelinks, keywords and launch',
    holdCredits: 3,
    costMicro: 1_720_000,
    tokens: [8_760, 4_410],
  },
  {
    daysAgo: 4,
    feature: 'keyword_research',
    what: 'Keyword research for "Spring trail"',
    holdCredits: 1,
    costMicro: 450_000,
    tokens: [3_120, 1_390],
  },
  {
    daysAgo: 2,
    feature: 'hero_ai_message',
    what: "Hero AI: summarize yesterday's spend",
    holdCredits: 1,
    costMicro: 90_000,
    tokens: [1_210, 330],
  },
  {
    daysAgo: 1,
    feature: 'hero_ai_message',
    what: 'Hero AI: compare CTR of the two campaigns',
    holdCredits: 1,
    costMicro: 150_000,
    tokens: [2_050, 520],
  },
];

/**
 * The demo workspace for the first run: an owner and a member, a Pro plan 18 days into its period,
 * a top-up and the history above. Idempotent: does nothing when the demo owner exists.
 */
export async function seedDemo(
  orm: MikroORM,
  config: Config,
  logger: Logger,
  now = new Date(),
): Promise<{ created: boolean }> {
  if (await orm.em.fork().findOne(User, { email: DEMO_OWNER.email })) return { created: false };
  const clock = new ManualClock(subDays(now, 18));
  const services = createServices({ config, clock, logger, orm, publisher: new LocalBus() });
  const owner = await services.auth.signUp({ ...DEMO_OWNER, workspaceName: 'Acme Outdoor' });
  await services.auth.signUp({ ...DEMO_MEMBER, workspaceName: 'Max (personal)' });
  await services.workspaces.addMember(
    owner.workspaceId,
    { userId: owner.userId, role: Role.OWNER },
    DEMO_MEMBER.email,
    Role.MEMBER,
  );
  await services.billing.startLocalSubscription(owner.workspaceId, 'pro', subDays(now, 18));
  clock.set(subDays(now, 15));
  await services.ledger.grant(owner.workspaceId, {
    source: 'TOP_UP',
    label: 'Top-up: 20 credits',
    amountMicro: 20 * MICRO_PER_CREDIT,
    expiresAt: null,
    externalKey: 'demo:topup',
    description: 'Top-up: 20 credits ($20.00)',
    actor: { kind: 'USER', id: owner.userId },
  });
  for (const step of HISTORY) await replayUse(services, clock, owner.workspaceId, owner.userId, now, step);
  await seedDemoProductData(services, owner.workspaceId);
  return { created: true };
}

async function replayUse(
  services: Services,
  clock: ManualClock,
  workspaceId: string,
  userId: string,
  now: Date,
  step: (typeof HISTORY)[number],
): Promise<void> {
  clock.set(subDays(now, step.daysAgo));
  const actor = { kind: 'USER' as const, id: userId };
  const { holdId } = await services.ledger.hold(workspaceId, {
    amountMicro: step.holdCredits * MICRO_PER_CREDIT,
    description: step.what,
    feature: step.feature,
    actor,
  });
  clock.advance(20_000);
  const [inputTokens, outputTokens] = step.tokens;
  await services.ledger.settle(workspaceId, holdId, {
    actualMicro: step.costMicro,
    description: `${step.what}, ${(inputTokens + outputTokens).toLocaleString('en-US')} tokens`,
    feature: step.feature,
    details: { inputTokens, outputTokens, rateCardVersion: 'demo', feature: step.feature },
    actor,
  });
}

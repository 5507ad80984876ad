import { addDays, subDays } from 'date-fns';
import type { RunningServer } from '../assemble';
import { ManualClock } from '../platform/clock';
import type { Actor } from '../modules/ledger/ledger.service';
import { StaffService } from '../modules/auth/staff.service';
import { User } from '../modules/auth/user.entity';
import { seedDemoProductData } from '../modules/dashboard/demo-data';
import { Role } from '../modules/workspaces/membership.entity';

export const DEMO_OWNER = { email: 'owner@demo.heromarketer.test', password: 'demo-password-2026', name: 'Dana Owner' };
export const DEMO_MEMBER = {
  email: 'member@demo.heromarketer.test',
  password: 'demo-password-2026',
  name: 'Max Member',
};
/** Support staff: signs up like anyone, then is granted the role as an operator would (`pnpm staff:grant`). */
export const DEMO_STAFF = {
  email: 'support@demo.heromarketer.test',
  password: 'demo-password-2026',
  name: 'Sam Support',
};

const PERIOD_DAYS_AGO = 18;

type Step = (ctx: SeedContext) => Promise<unknown>;

interface SeedContext {
  server: RunningServer;
  workspaceId: string;
  actor: Actor;
  key: (name: string) => string;
}

/**
 * Three weeks of use, replayed through the real flows: Checkout on the local Stripe for the plan and
 * a top-up, and the metered AI features (with the local AI provider) for every charge.
 */
const TIMELINE: Array<[daysAgo: number, step: Step]> = [
  [15, (c) => buyTopUp(c, 1)],
  [14, (c) => campaignSetup(c, 'Winter boots', 0)],
  [12, (c) => ask(c, 'Which campaign had the best ROAS last week?')],
  [10, (c) => ask(c, 'Investigate my 3 campaigns over the last 4 weeks: why did conversions drop?')],
  [8, (c) => analyzeFirstProduct(c)],
  [6, (c) => campaignSetup(c, 'Spring trail', 1)],
  [4, (c) => regenerate(c, 'Spring trail')],
  [2, (c) => ask(c, "Summarize yesterday's spend")],
  [1, (c) => ask(c, 'Compare the CTR of my two newest campaigns')],
];

/**
 * The demo workspace for the first run: an owner and a member, a Pro plan started 18 days ago, a top-up,
 * campaigns, conversations and the credit history they produced; and a support staff account beside
 * it. `server` must run on a ManualClock, which this moves through the past. Idempotent: does nothing
 * more when the demo owner and the staff account exist.
 */
export async function seedDemo(
  server: RunningServer,
  clock: ManualClock,
  now = new Date(),
): Promise<{ created: boolean }> {
  const { services } = server;
  await ensureDemoStaff(server, clock);
  if (await services.db.read().findOne(User, { email: DEMO_OWNER.email })) return { created: false };
  clock.set(subDays(now, PERIOD_DAYS_AGO));
  const owner = await services.auth.signUp({ ...DEMO_OWNER, workspaceName: 'Acme Outdoor' });
  await services.auth.signUp({ ...DEMO_MEMBER, workspaceName: 'Max (personal)' });
  await services.workspaces.addMember(
    owner.workspaceId,
    { userId: owner.userId, role: Role.OWNER },
    DEMO_MEMBER.email,
    Role.MEMBER,
  );
  await seedDemoProductData(services, owner.workspaceId);
  // The workspace's Stripe customer lives on a test clock, so the demo can move time (README "Using it").
  await services.demoClock.attach(owner.workspaceId);
  const ctx: SeedContext = {
    server,
    workspaceId: owner.workspaceId,
    actor: { kind: 'USER', id: owner.userId },
    key: (name) => `demo-${name}`.replace(/[^A-Za-z0-9._:-]/g, '-').slice(0, 120),
  };
  const subscription = await services.payments.subscribe(owner.workspaceId, 'pro', ctx.key('subscribe'), server.url);
  await pay(server, subscription.sessionId);
  for (const [daysAgo, step] of TIMELINE) {
    clock.set(addDays(subDays(now, daysAgo), 0));
    clock.advance(9 * 3_600_000); // working hours
    await services.demoClock.catchUp(owner.workspaceId);
    await step(ctx);
  }
  clock.set(now);
  await services.demoClock.catchUp(owner.workspaceId);
  return { created: true };
}

/** Apart from the workspace, so a data folder seeded before the staff account existed gets one too. */
async function ensureDemoStaff(server: RunningServer, clock: ManualClock): Promise<void> {
  const { services } = server;
  if (!(await services.db.read().findOne(User, { email: DEMO_STAFF.email }))) {
    await services.auth.signUp({ ...DEMO_STAFF, workspaceName: 'Sam (personal)' });
  }
  await new StaffService(services.db, clock).grant(DEMO_STAFF.email, 'demo seed');
}

async function pay(server: RunningServer, sessionId: string): Promise<void> {
  const local = server.services.stripe?.local;
  if (!local) throw new Error('the demo needs the local Stripe (no STRIPE_SECRET_KEY)');
  await local.controls.payCheckout(sessionId);
  await local.controls.flush();
}

async function buyTopUp(c: SeedContext, packs: number): Promise<void> {
  const checkout = await c.server.services.payments.purchaseCredits(
    c.workspaceId,
    packs,
    c.key(`topup-${packs}`),
    c.server.url,
  );
  await pay(c.server, checkout.sessionId);
}

async function campaignSetup(c: SeedContext, name: string, productIndex: number): Promise<void> {
  const { campaigns, products } = c.server.services;
  const product = (await products.list(c.workspaceId))[productIndex];
  const draft = await campaigns.createDraft(c.workspaceId, {
    name,
    productId: product?.id ?? null,
    dailyBudgetCents: 4_000,
    locations: 'United States',
    brief: `Drive online sales for ${product?.name ?? 'our products'}`,
  });
  for (const feature of ['ad_copy', 'sitelinks', 'keyword_research'] as const) {
    await campaigns.generate(c.workspaceId, c.actor, feature, draft.id, null, c.key(`${name}-${feature}`));
  }
  await campaigns.launch(c.workspaceId, c.actor, draft.id, c.key(`${name}-launch`));
}

async function regenerate(c: SeedContext, name: string): Promise<void> {
  const { campaigns } = c.server.services;
  const draft = await campaigns.createDraft(c.workspaceId, { name: `${name} (variant)`, dailyBudgetCents: 2_500 });
  await campaigns.generate(c.workspaceId, c.actor, 'ad_copy', draft.id, null, c.key(`${name}-variant-1`));
  await campaigns.generate(
    c.workspaceId,
    c.actor,
    'ad_copy',
    draft.id,
    'Shorter headlines, mention free returns',
    c.key(`${name}-variant-2`),
  );
}

async function ask(c: SeedContext, question: string): Promise<void> {
  await c.server.services.heroAi.send(c.workspaceId, c.actor, null, question, c.key(`ask-${question.slice(0, 40)}`));
}

async function analyzeFirstProduct(c: SeedContext): Promise<void> {
  const [product] = await c.server.services.products.list(c.workspaceId);
  if (product) await c.server.services.products.analyze(c.workspaceId, c.actor, product.id, c.key('analysis'));
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { seedDemoProductData } from '@hero/server/src/modules/dashboard/demo-data';
import type { Clock } from '@hero/server/src/platform/clock';
import { PASSWORD, type Account } from '../../support/accounts';
import { balanceOf } from '../../support/billing';
import { gqlOk, uniqueKey } from '../../support/gql';
import { micro, Q } from '../../support/product';
import { startTestServer, type TestServer } from '../../support/server';
import { launch } from './browser';

const DAY_MS = 86_400_000;
const CLIENT_DIST = join(__dirname, '..', '..', '..', 'client', 'dist', 'index.html');

/**
 * The wall clock, optionally shifted into the past: history written "days ago" gets real-looking dates,
 * and with the shift back at zero the server and the browser agree on what "now" is.
 */
export class ShiftedClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  daysAgo(days: number): void {
    this.offsetMs = -days * DAY_MS;
  }
  reset(): void {
    this.offsetMs = 0;
  }
}

export interface E2e {
  server: TestServer;
  browser: Browser;
  clock: ShiftedClock;
  stop(): Promise<void>;
}

/** One server (serving the built SPA on its own port) and one headless Chromium for a test file. */
export async function startE2e(): Promise<E2e> {
  if (!existsSync(CLIENT_DIST)) {
    throw new Error('client/dist is missing: run `cd client && npx vite build` before the e2e tests');
  }
  const clock = new ShiftedClock();
  const [server, browser] = await Promise.all([startTestServer({ clock, env: { SERVE_CLIENT: 'true' } }), launch()]);
  return {
    server,
    browser,
    clock,
    async stop() {
      try {
        await browser.close();
      } finally {
        await server.stop();
      }
    },
  };
}

let people = 0;

/** A new owner with a person's name and a named workspace (what the screenshots show), signed up by API. */
export async function signUpOwner(
  server: TestServer,
  name = 'Maya Chen',
  workspace = 'Example Outdoor',
): Promise<Account> {
  const email = `${name.split(' ')[0]!.toLowerCase()}.${process.pid}.${++people}@example-outdoor.test`;
  const { signUp } = await gqlOk(server.url, 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
    input: { email, password: PASSWORD, name, workspaceName: workspace },
  });
  const { viewer } = await gqlOk(server.url, '{ viewer { workspace { id } } }', {}, signUp.token);
  return { token: signUp.token as string, workspaceId: viewer.workspace.id as string, email };
}

/** Signs in through the app's own form (so the httpOnly session cookie is set) and lands on `next`. */
export async function signIn(page: Page, server: TestServer, email: string, next = '/'): Promise<void> {
  await page.goto(`${server.url}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => u.pathname === new URL(next, server.url).pathname);
  await page.getByTestId('sidebar-balance').first().waitFor();
}

/** What a partner script does: reserve credits, then settle the actual cost. */
export async function charge(
  server: TestServer,
  token: string,
  amount: string,
  description: string,
  feature: string | null = null,
): Promise<void> {
  const { reserveCredits } = await gqlOk(
    server.url,
    'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }',
    { i: { amount, description, feature, idempotencyKey: uniqueKey('reserve') } },
    token,
  );
  await gqlOk(
    server.url,
    'mutation($i: SettleHoldInput!) { settleHold(input: $i) { status } }',
    { i: { holdId: reserveCredits.id, actual: amount, idempotencyKey: uniqueKey('settle') } },
    token,
  );
}

/** Spends whatever is available, leaving the workspace at exactly zero. */
export async function spendAll(server: TestServer, token: string, description: string): Promise<void> {
  const { available } = await balanceOf(server, token);
  if (available && available !== '0') await charge(server, token, available, description);
}

export interface DemoIds {
  conversationId: string;
  draftId: string;
  otherDraftId: string;
  productId: string;
}

/** The demo workspace content (ad account, products, campaigns, drafts, Hero AI chats), and a few ids from it. */
export async function seedDemo(server: TestServer, token: string, workspaceId: string): Promise<DemoIds> {
  await seedDemoProductData(server.services, workspaceId);
  const data = await gqlOk(
    server.url,
    `{ heroAiConversations { id title } campaigns(status: DRAFT) { id name } products { id name active } }`,
    {},
    token,
  );
  return {
    conversationId: data.heroAiConversations.find((c: { title: string }) => c.title.startsWith('Compare')).id,
    draftId: data.campaigns.find((c: { name: string }) => c.name === 'Winter Trail Promo').id,
    otherDraftId: data.campaigns.find((c: { name: string }) => c.name === 'Back to School Packs').id,
    productId: data.products.find((p: { active: boolean }) => p.active).id,
  };
}

/**
 * A couple of weeks of ordinary use through the real metered features (the local AI writes the answers), so
 * the history, the usage chart and the forecast show what a customer would see.
 */
export async function seedUsage(e2e: E2e, token: string, ids: DemoIds): Promise<void> {
  const { server, clock } = e2e;
  const run = (query: string, input: Record<string, unknown>) =>
    gqlOk(server.url, query, { input: { ...input, idempotencyKey: uniqueKey('use') } }, token);
  const ask = (text: string) => () => run(Q.sendHeroAiMessage, { conversationId: ids.conversationId, text });
  const steps: Array<[number, () => Promise<unknown>]> = [
    [11, () => run(Q.analyzeProduct, { productId: ids.productId })],
    [10, ask('Which ad group wastes the most budget?')],
    [9, () => run(Q.generateAdCopy, { draftId: ids.otherDraftId })],
    [9, () => run(Q.researchKeywords, { draftId: ids.otherDraftId })],
    [8, () => run(Q.generateSitelinks, { draftId: ids.otherDraftId })],
    [8, () => run(Q.launchCampaign, { draftId: ids.otherDraftId })],
    [6, ask('Compare Spring Sale and Daypack Launch over the last 4 weeks')],
    [5, () => run(Q.generateAdCopy, { draftId: ids.draftId })],
    [4, () => run(Q.researchKeywords, { draftId: ids.draftId })],
    [3, ask('Why did conversions drop on Brand Search last week?')],
    [2, () => run(Q.generateSitelinks, { draftId: ids.draftId })],
    [1, () => run(Q.generateAdCopy, { draftId: ids.draftId, instructions: 'Mention free returns' })],
    [1, ask('How did last week compare with the week before?')],
  ];
  try {
    for (const [days, step] of steps) {
      clock.daysAgo(days);
      await step();
    }
  } finally {
    clock.reset();
  }
}

/** Waits until the page has settled: fonts loaded, no skeletons or busy regions, no pending animations. */
export async function settledPage(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.fonts.status === 'loaded' &&
      !document.querySelector('.skeleton, [aria-busy="true"]') &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/** Whether the element lies inside the viewport (at least its top part). */
export async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const handle = await locator.elementHandle();
  return page.evaluate((el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= -1 && r.top < window.innerHeight && r.bottom > 0;
  }, handle);
}

/** "Dec 3, 2026", as the SPA writes dates (same machine, same time zone). */
export const formatDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' }).format(new Date(iso));

/**
 * A Credits string as the SPA shows it (docs/concepts/credits.md, "How credits are shown"): two decimals,
 * thousands separated; what you have rounded down, what something needs rounded up, what happened half away
 * from zero.
 */
export function shown(credits: string, round: 'have' | 'need' | 'happened' = 'happened'): string {
  const value = micro(credits);
  const abs = Math.abs(value);
  const rest = abs % 10_000;
  const down = (abs - rest) / 10_000;
  const up = rest > 0 ? down + 1 : down;
  const cents = round === 'happened' ? down + (rest >= 5_000 ? 1 : 0) : (round === 'have') !== value < 0 ? down : up;
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 && cents > 0 ? '-' : ''}${whole}.${String(cents % 100).padStart(2, '0')}`;
}

/** Waits until the control is disabled (or enabled), as Playwright's auto-waiting does for other states. */
export async function waitDisabled(locator: Locator, disabled = true): Promise<void> {
  await locator
    .and(locator.page().locator(disabled ? ':disabled' : ':enabled'))
    .first()
    .waitFor();
}

/** Marks the current document; the mark is gone if the page reloads or navigates for real. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __e2eMark?: string }).__e2eMark = 'same-document';
  });
}

export async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __e2eMark?: string }).__e2eMark === 'same-document');
}

/** "Dec 3" */
export const formatShortDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' }).format(new Date(iso));

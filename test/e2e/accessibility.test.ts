import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { supportToken, type Account } from '../support/accounts';
import { balanceOf, subscribePaid } from '../support/billing';
import { gqlOk } from '../support/gql';
import { SUPPORT_EMAIL } from '../support/server';
import { expectAccessible } from './support/axe';
import { DESKTOP, newPage } from './support/browser';
import {
  charge,
  seedDemo,
  settledPage,
  signIn,
  signUpOwner,
  spendAll,
  startE2e,
  type DemoIds,
  type E2e,
} from './support/app';

/**
 * axe-core on every page and every dialog of the app, in the light and the dark theme: no serious or critical
 * violations. A second workspace at zero credits shows the blocked controls and their dialogs.
 */
let e2e: E2e;
let owner: Account;
let broke: Account;
let ids: DemoIds;
let launchedId: string;

beforeAll(async () => {
  e2e = await startE2e();
  owner = await signUpOwner(e2e.server, 'Maya Chen', 'Example Outdoor');
  await subscribePaid(e2e.server, owner.token, 'pro');
  ids = await seedDemo(e2e.server, owner.token, owner.workspaceId);
  // 20 − 18.6458 = 1.3542 available: shown as 1.35 everywhere, the exact amount on hover.
  await charge(e2e.server, owner.token, '18.6458', 'Partner report: weekly export');
  expect(await balanceOf(e2e.server, owner.token)).toMatchObject({ available: '1.3542' });
  const { campaigns } = await gqlOk(e2e.server.url, '{ campaigns(status: LAUNCHED) { id } }', {}, owner.token);
  launchedId = campaigns[0].id;

  broke = await signUpOwner(e2e.server, 'Jo Park', 'Park Outdoor');
  await subscribePaid(e2e.server, broke.token, 'pro');
  await seedDemo(e2e.server, broke.token, broke.workspaceId);
  await spendAll(e2e.server, broke.token, 'Hero AI: deep investigation across 3 campaigns');
  await supportToken(e2e.server.url);
});
afterAll(() => e2e?.stop());

const schemes = ['light', 'dark'] as const;
type Scheme = (typeof schemes)[number];

async function open(scheme: Scheme): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(e2e.browser, DESKTOP);
  await opened.page.emulateMedia({ colorScheme: scheme });
  return opened;
}

/** Goes to a page of the app (already signed in), waits until it has settled, and checks it. */
async function visit(page: Page, path: string, label: string): Promise<void> {
  await page.goto(`${e2e.server.url}${path}`);
  await page.locator('h1').first().waitFor();
  await settledPage(page);
  await expectAccessible(page, label);
}

describe.each(schemes)('accessibility (%s theme)', (scheme) => {
  it('the signed-out pages', async () => {
    const { context, page } = await open(scheme);
    try {
      for (const path of ['/sign-in', '/sign-up', '/forgot-password', '/reset-password?token=not-a-real-token']) {
        await visit(page, path, `${path} (${scheme})`);
      }
    } finally {
      await context.close();
    }
  });

  it('every signed-in page', async () => {
    const { context, page } = await open(scheme);
    try {
      await signIn(page, e2e.server, owner.email, '/');
      const pages: Array<[string, string]> = [
        ['/', 'dashboard'],
        ['/campaigns', 'campaigns'],
        ['/campaigns/drafts', 'drafts'],
        ['/campaigns/new', 'campaign wizard'],
        [`/campaigns/${ids.draftId}/edit`, 'campaign wizard (draft)'],
        [`/campaigns/${launchedId}`, 'campaign results'],
        ['/accounts', 'accounts and products'],
        ['/hero-ai', 'Hero AI'],
        [`/hero-ai/${ids.conversationId}`, 'Hero AI conversation'],
        ['/settings/billing', 'billing and history'],
        ['/out-of-credits', 'out-of-credits screen'],
        ['/settings/api-keys', 'partners and API keys'],
        ['/settings/webhooks', 'webhook endpoints'],
        ['/support/requests', 'support requests'],
      ];
      for (const [path, label] of pages) await visit(page, path, `${label} (${scheme})`);
    } finally {
      await context.close();
    }
  });

  it('every dialog, popover and menu, opened', async () => {
    const { context, page } = await open(scheme);
    try {
      await signIn(page, e2e.server, owner.email, '/settings/billing');
      await page.getByTestId('history-row').first().waitFor();
      await settledPage(page);

      // The credit popover agrees with the sidebar, to the rule: 1.3542 is 1.35, exact on hover.
      const sidebarValue = page.getByTestId('sidebar-balance-value');
      await page.getByTestId('sidebar-balance').click();
      const popover = page.getByRole('dialog', { name: 'Your credits' });
      await popover.waitFor();
      const available = popover.getByTestId('popover-available');
      expect(await available.textContent()).toBe('1.35');
      expect(await sidebarValue.textContent()).toMatch(/^1\.35/);
      expect(await available.getAttribute('title')).toBe('1.3542 credits (1,354,200 µcr)');
      expect(await sidebarValue.getAttribute('title')).toBe('1.3542 credits (1,354,200 µcr)');
      expect(await page.getByTestId('snapshot-available').textContent()).toBe('1.35');
      await settledPage(page);
      await expectAccessible(page, `credit popover (${scheme})`);
      await popover.getByTestId('buy-credits').click();
      await page.getByRole('dialog', { name: 'Buy credits' }).waitFor();
      await expectAccessible(page, `credit popover, buying (${scheme})`);
      await page.keyboard.press('Escape');
      await page.getByTestId('credit-popover').waitFor({ state: 'detached' });
      // Focus is back on the balance button.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('sidebar-balance');

      // The notifications popover, from the bell, closed by Escape.
      await page.getByTestId('notification-bell').first().click();
      const notifications = page.getByTestId('notifications-popover');
      await notifications.waitFor();
      await expectAccessible(page, `notifications popover (${scheme})`);
      await page.keyboard.press('Escape');
      await notifications.waitFor({ state: 'detached' });

      // A history row's menu, from the keyboard, and the support dialog it opens.
      const row = page.getByRole('row').filter({ hasText: 'Partner report: weekly export' });
      const trigger = row.getByRole('button', { name: /^Actions for entry #/ });
      const item = page.getByRole('menuitem', { name: 'Question about this charge' });
      await trigger.focus();
      await page.keyboard.press('Enter');
      await item.waitFor();
      // Opened from the keyboard, the menu has the focus.
      expect(await page.evaluate(() => document.activeElement?.closest('[role="menu"]') != null)).toBe(true);
      await expectAccessible(page, `history row menu (${scheme})`);
      await item.press('Enter');
      const support = page.getByRole('dialog', { name: 'Contact support' });
      await support.waitFor();
      await expectAccessible(page, `contact support dialog (${scheme})`);
      await page.keyboard.press('Escape');
      await support.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });

  it('at zero credits: the blocked controls, the buy dialog and the out-of-credits dialog', async () => {
    const { context, page } = await open(scheme);
    // The dialogs work under the app's Content-Security-Policy (no inline styles or scripts needed).
    const csp: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) csp.push(msg.text());
    });
    try {
      await signIn(page, e2e.server, broke.email, '/hero-ai');
      await page.getByTestId('conversation-link').first().click();
      await page.getByTestId('message').first().waitFor();
      await settledPage(page);
      await expectAccessible(page, `Hero AI at zero credits (${scheme})`);

      const reason = page.getByTestId('composer').getByTestId('blocked-reason');
      await reason.getByRole('button', { name: 'Buy credits' }).click();
      const buy = page.getByTestId('buy-credits-modal');
      await buy.waitFor();
      await expectAccessible(page, `buy credits dialog (${scheme})`);
      await page.keyboard.press('Escape');
      await buy.waitFor({ state: 'detached' });

      await reason.getByRole('button', { name: 'What still works?' }).click();
      const ooc = page.getByTestId('out-of-credits-modal');
      await ooc.waitFor();
      await expectAccessible(page, `out-of-credits dialog (${scheme})`);
      await page.keyboard.press('Escape');
      await ooc.waitFor({ state: 'detached' });

      await visit(page, '/', `dashboard at zero credits (${scheme})`);
      await visit(page, '/campaigns/new', `campaign wizard at zero credits (${scheme})`);
      expect(csp).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the support console', async () => {
    const { context, page } = await open(scheme);
    try {
      await signIn(page, e2e.server, SUPPORT_EMAIL, '/console');
      await page.locator('h1').first().waitFor();
      await settledPage(page);
      await expectAccessible(page, `support console (${scheme})`);
      await visit(page, `/console/workspaces/${owner.workspaceId}`, `workspace audit (${scheme})`);
      await visit(page, '/console/log', `staff log (${scheme})`);
    } finally {
      await context.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { subscribePaid } from '../support/billing';
import type { Account } from '../support/accounts';
import { expectAccessible } from './support/axe';
import { DESKTOP, MOBILE, newPage } from './support/browser';
import { seedDemo, settledPage, signIn, signUpOwner, startE2e, type E2e } from './support/app';

/**
 * The app without a mouse: Tab reaches every interactive part, Enter and Space work them, Escape closes what
 * opened and focus goes back where it was. Chromium, a Pro workspace with the demo content.
 */
let e2e: E2e;
let owner: Account;

beforeAll(async () => {
  e2e = await startE2e();
  owner = await signUpOwner(e2e.server, 'Sam Reed', 'Reed Outdoor');
  await subscribePaid(e2e.server, owner.token, 'pro');
  await seedDemo(e2e.server, owner.token, owner.workspaceId);
});
afterAll(() => e2e?.stop());

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (Shift+Tab with `back`) until `target` has focus; fails if it is not reached in `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Whether the focused element is inside `container`. */
const focusInside = (container: Locator) => container.evaluate((el) => el.contains(document.activeElement));

describe('keyboard use', () => {
  it('the navigation drawer on a phone: opens from the menu button, keeps focus inside, closes with Escape', async () => {
    const { context, page } = await newPage(e2e.browser, MOBILE);
    try {
      await signIn(page, e2e.server, owner.email, '/');
      await page.locator('h1').first().waitFor();
      // By its label, not its role: while the drawer is open the page behind it is hidden from the
      // accessibility tree, menu button included.
      const menu = page.locator('button[aria-label="Open navigation"]');
      await tabTo(page, menu);
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await page.keyboard.press('Enter');

      const drawer = page.getByRole('dialog', { name: 'Main navigation' });
      await drawer.waitFor();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => focusInside(drawer)).toBe(true); // focus moves in once the drawer has mounted
      await settledPage(page);
      await expectAccessible(page, 'navigation drawer');
      // Focus stays inside the drawer however far one tabs, either way.
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        expect(await focusInside(drawer)).toBe(true);
      }
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Shift+Tab');
        expect(await focusInside(drawer)).toBe(true);
      }

      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
      await expect.poll(() => isFocused(menu)).toBe(true); // back on the menu button once the drawer has gone

      // Open it again (Space this time) and follow a link with Enter: the page changes and the drawer closes.
      await page.keyboard.press('Space');
      await drawer.waitFor();
      await tabTo(page, drawer.getByRole('link', { name: 'Campaigns', exact: true }));
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/campaigns$/);
      await drawer.waitFor({ state: 'detached' });
      await page.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('the sidebar, the usage range tabs, a history row menu and the plan picker on a desktop', async () => {
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/');
      await page.locator('h1').first().waitFor();
      // From the top of the page, Tab reaches the skip link first, then the sections.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      const billing = page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: 'Billing & credits' });
      await tabTo(page, billing);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/settings\/billing$/);
      await page.getByTestId('history-row').first().waitFor();
      await settledPage(page);

      // The usage range tabs: arrow keys move between them and pick the range.
      const ranges = page.getByRole('tablist', { name: 'Time range' });
      const selected = ranges.getByRole('tab', { selected: true });
      await tabTo(page, selected);
      const before = await selected.textContent();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => ranges.getByRole('tab', { selected: true }).textContent()).not.toBe(before);

      // A history row's menu: Space opens it, arrows move, Escape closes it and focus returns to its button.
      const actions = page.getByRole('button', { name: /^Actions for entry #/ }).first();
      await tabTo(page, actions);
      await page.keyboard.press('Space');
      const menu = page.getByRole('menu');
      await menu.waitFor();
      await expect.poll(() => focusInside(menu)).toBe(true); // focus moves when the menu has (un)mounted
      await page.keyboard.press('ArrowDown');
      expect(await focusInside(menu)).toBe(true);
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      await expect.poll(() => isFocused(actions)).toBe(true); // focus moves when the menu has (un)mounted

      // The plan picker: Space picks a plan, the confirmation is reachable, Cancel with Enter closes it.
      const upgrade = page.getByTestId('choose-plan-growth');
      await tabTo(page, upgrade, { back: true });
      await page.keyboard.press('Space');
      const confirm = page.getByTestId('plan-change-confirm');
      await confirm.waitFor();
      expect(await upgrade.getAttribute('aria-pressed')).toBe('true');
      await tabTo(page, confirm.getByRole('button', { name: 'Cancel' }));
      await page.keyboard.press('Enter');
      await confirm.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });

  it('the campaign wizard: fields in order, Enter saves, Space runs an AI step', async () => {
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/campaigns/new');
      const name = page.getByRole('textbox', { name: 'Campaign name' });
      await tabTo(page, name);
      await page.keyboard.type('Keyboard Spring Push');
      // The next stop is the goal, then on through the form.
      await page.keyboard.press('Tab');
      expect(await isFocused(page.getByRole('combobox', { name: 'Goal' }))).toBe(true);
      await name.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/campaigns\/[^/]+\/edit$/);
      await expect.poll(() => page.getByTestId('save-draft').textContent()).toBe('Saved');

      const adCopy = page.getByTestId('ai-ad-copy');
      await tabTo(page, adCopy);
      await page.keyboard.press('Space');
      await page
        .getByRole('status')
        .filter({ hasText: /^Ad copy ready/ })
        .waitFor();
    } finally {
      await context.close();
    }
  });

  it('Hero AI: Tab reaches a conversation and the composer, Enter sends', async () => {
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/hero-ai');
      const link = page.getByTestId('conversation-link').first();
      await tabTo(page, link);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/hero-ai\/[^/]+$/);
      await page.getByTestId('message').first().waitFor();
      const before = await page.getByTestId('message').count();

      const input = page.getByTestId('composer-input');
      await tabTo(page, input);
      await page.keyboard.type('Which campaign had the most clicks?');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('Just the name, please.');
      expect(await input.inputValue()).toBe('Which campaign had the most clicks?\nJust the name, please.');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByTestId('message').count(), { timeout: 15_000 })
        .toBeGreaterThanOrEqual(before + 2);
      await expect.poll(() => input.inputValue()).toBe('');
    } finally {
      await context.close();
    }
  });
});

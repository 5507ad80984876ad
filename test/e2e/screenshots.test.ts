import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { subscribePaid } from '../support/billing';
import type { Account } from '../support/accounts';
import { DESKTOP, MOBILE, newPage, screenshot, SCREENSHOTS } from './support/browser';
import {
  seedDemo,
  seedUsage,
  settledPage,
  signIn,
  signUpOwner,
  spendAll,
  startE2e,
  type DemoIds,
  type E2e,
} from './support/app';

let e2e: E2e;
let owner: Account;
let ids: DemoIds;

beforeAll(async () => {
  e2e = await startE2e();
  // A Pro workspace twelve days into its period, with a couple of weeks of ordinary use behind it.
  owner = await signUpOwner(e2e.server);
  // Its Stripe customer on a test clock, as the demo workspace is set up: the billing page shows the demo clock.
  await e2e.server.services.demoClock.attach(owner.workspaceId);
  e2e.clock.daysAgo(12);
  try {
    await subscribePaid(e2e.server, owner.token, 'pro');
    ids = await seedDemo(e2e.server, owner.token, owner.workspaceId);
  } finally {
    e2e.clock.reset();
  }
  await seedUsage(e2e, owner.token, ids);
});
afterAll(() => e2e?.stop());

/** Nothing on screen says something went wrong, nothing is wider than the window, the top bar's parts do not overlap. */
async function looksRight(page: Page): Promise<void> {
  expect(await page.locator('[role="alert"], .notice-danger, .form-error').count()).toBe(0);
  const overlaps = await page.evaluate(() => {
    const parts = [...document.querySelectorAll('.topbar > *, .topbar .brand-mark')].map((el) =>
      el.getBoundingClientRect(),
    );
    const squeezed = [...document.querySelectorAll<HTMLElement>('.topbar .brand-mark')].some(
      (el) => el.getBoundingClientRect().width < el.scrollWidth || el.getBoundingClientRect().width < 28,
    );
    const overlap = parts.some((a, i) =>
      parts
        .slice(i + 1)
        .some(
          (b) =>
            a.right > b.left + 0.5 &&
            b.right > a.left + 0.5 &&
            !(a.left <= b.left && a.right >= b.right) &&
            !(b.left <= a.left && b.right >= a.right),
        ),
    );
    return squeezed || overlap;
  });
  expect(overlaps).toBe(false);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/**
 * Shoots the page as it stands in the light theme (`<name>.png`), then in the dark one (`<name>-dark.png`): the
 * theme follows the system setting, so the page switches in place (charts included) without a reload.
 */
async function shoot(page: Page, name: string, element?: Locator): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await settledPage(page);
    await looksRight(page);
    const file = scheme === 'light' ? name : `${name}-dark`;
    if (element) await element.screenshot({ path: join(SCREENSHOTS, `${file}.png`) });
    else await screenshot(page, file);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const sizes = [
  ['desktop', DESKTOP],
  ['mobile', MOBILE],
] as const;

describe('screenshots for the docs', () => {
  it.each(sizes)('billing page and credit popover (%s)', async (name, viewport) => {
    const { context, page } = await newPage(e2e.browser, viewport);
    try {
      await signIn(page, e2e.server, owner.email, '/settings/billing');
      await page.getByTestId('billing-snapshot').waitFor();
      await page.getByTestId('history-row').first().waitFor();
      await shoot(page, `billing-${name}`);

      if (name === 'desktop') {
        // The demo clock's card, on its own.
        await shoot(page, 'demo-clock', page.getByTestId('demo-clock'));
        await page.evaluate(() => window.scrollTo(0, 0));
      }

      await page.getByTestId('sidebar-balance').click();
      await page.getByTestId('credit-forecast').waitFor();
      await shoot(page, `popover-${name}`);
    } finally {
      await context.close();
    }
  });

  it.each(sizes)('a Hero AI conversation (%s)', async (name, viewport) => {
    const { context, page } = await newPage(e2e.browser, viewport);
    try {
      await signIn(page, e2e.server, owner.email, `/hero-ai/${ids.conversationId}`);
      await page.getByTestId('message').first().waitFor();
      await shoot(page, `hero-ai-${name}`);
    } finally {
      await context.close();
    }
  });

  it.each(sizes)('out-of-credits screen (%s)', async (name, viewport) => {
    await spendAll(e2e.server, owner.token, 'Hero AI: deep investigation across 3 campaigns, 28 days of data');
    const { context, page } = await newPage(e2e.browser, viewport);
    try {
      await signIn(page, e2e.server, owner.email, `/hero-ai/${ids.conversationId}`);
      await page.getByTestId('message').first().waitFor();
      await page.getByRole('button', { name: 'What still works?' }).click();
      const modal = page.getByTestId('out-of-credits-modal');
      await modal.waitFor();
      await modal.getByText(/\$20 buys 20 credits/).waitFor();
      await shoot(page, `out-of-credits-${name}`);
    } finally {
      await context.close();
    }
  });
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (installed by scripts/lib/chromium.sh), never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Every run writes its screenshots under .tmp/screenshots (git-ignored) to look at; with
 * UPDATE_SCREENSHOTS=1 it refreshes the committed ones in docs/screenshots instead.
 */
export const SCREENSHOTS = join(
  __dirname,
  '..',
  '..',
  '..',
  ...(process.env.UPDATE_SCREENSHOTS === '1' ? ['docs', 'screenshots'] : ['.tmp', 'screenshots']),
);

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const DESKTOP = { width: 1440, height: 900 };
export const MOBILE = { width: 360, height: 780 };

export async function newPage(browser: Browser, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  // Well under the test timeout, so a missing element fails with its own locator instead of a test timeout.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/** Writes a screenshot (`<name>.png` in SCREENSHOTS). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

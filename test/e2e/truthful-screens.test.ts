import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buyPacks, settled, stripeControls, subscribePaid } from '../support/billing';
import { gqlOk } from '../support/gql';
import { DESKTOP, newPage } from './support/browser';
import { charge, seedDemo, signIn, signUpOwner, spendAll, startE2e, type E2e } from './support/app';

/** What the screens say is so (issue 13, points 1, 2, 5, 6, 8 and 10), each checked in Chromium. */
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

/** Every response of 400 and more the page (or its sub-resources) got, and console errors. */
function watchFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') failures.push(`console: ${m.text()}`);
  });
  return failures;
}

describe('the billing snapshot after a cancellation within 14 days (point 1)', () => {
  it('says the plan ended, shows the credits taken back as such, and the portal shows the refund', async () => {
    const owner = await signUpOwner(e2e.server, 'Ana Ruiz', 'Ruiz Surf');
    await subscribePaid(e2e.server, owner.token, 'pro');
    await charge(e2e.server, owner.token, '5', 'Ad copy');
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/settings/billing');
      await page.getByTestId('cancel-rule').filter({ hasText: "You're within 14 days" }).waitFor();
      await page.getByTestId('cancel-subscription').click();
      await page.getByTestId('confirm-cancel-subscription').click();
      await page.getByRole('status').filter({ hasText: 'Cancelled and refunded' }).waitFor();

      const snapshot = page.getByTestId('billing-snapshot');
      await snapshot.getByTestId('snapshot-renewal').filter({ hasText: 'Ended' }).waitFor();
      expect(await snapshot.textContent()).not.toContain('Renews');
      expect(await snapshot.textContent()).toContain('No renewal');
      await snapshot.getByTestId('snapshot-allocation-used').filter({ hasText: '5.00' }).waitFor();
      expect(await snapshot.getByTestId('snapshot-allocation-removed').textContent()).toMatch(
        /15\.00 removed when the plan ended/,
      );

      const failures = watchFailures(page);
      await snapshot.getByRole('button', { name: 'Payment methods & invoices' }).click();
      await page.waitForURL((u) => u.pathname.startsWith('/portal/'));
      const invoices = page.locator('tr[data-invoice]');
      await invoices.first().waitFor();
      expect(await invoices.first().textContent()).toContain('refunded');
      expect(await invoices.first().textContent()).toContain('−$29.00');
      expect(failures).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the out-of-credits screen (point 2)', () => {
  it('with credits left and nothing refused, says how many are left instead of "at zero"', async () => {
    const owner = await signUpOwner(e2e.server, 'Kim Lee', 'Lee Kayaks');
    await subscribePaid(e2e.server, owner.token, 'pro');
    await charge(e2e.server, owner.token, '19.55', 'Hero AI: deep investigation');
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/out-of-credits');
      await page.getByTestId('sidebar-balance-value').filter({ hasText: '0.45' }).waitFor();
      const screen = page.getByTestId('out-of-credits');
      await screen.getByRole('heading', { level: 1, name: 'You have 0.45 credits left' }).waitFor();
      const summary = (await screen.getByTestId('ooc-summary').textContent()) ?? '';
      expect(summary).not.toContain('at zero');
      expect(summary).toContain('still run');
    } finally {
      await context.close();
    }
  });

  it('at zero, says the balance is at zero', async () => {
    const owner = await signUpOwner(e2e.server, 'Ola Berg', 'Berg Gear');
    await subscribePaid(e2e.server, owner.token, 'pro');
    await spendAll(e2e.server, owner.token, 'Everything');
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/out-of-credits');
      const screen = page.getByTestId('out-of-credits');
      await screen.getByRole('heading', { level: 1, name: "You're out of credits" }).waitFor();
      expect(await screen.getByTestId('ooc-summary').textContent()).toContain('Your credit balance is at zero');
    } finally {
      await context.close();
    }
  });
});

describe('product analysis out of credits (point 5)', () => {
  it('does not say a never-analysed product’s analysis "can’t be re-run"', async () => {
    const owner = await signUpOwner(e2e.server, 'Noa Katz', 'Katz Climbing');
    await subscribePaid(e2e.server, owner.token, 'pro');
    await gqlOk(
      e2e.server.url,
      'mutation($i: AddProductInput!) { addProduct(input: $i) { id } }',
      { i: { name: 'Chalk Bag', description: 'A chalk bag with a brush holder.', priceCents: 2_400 } },
      owner.token,
    );
    await spendAll(e2e.server, owner.token, 'Everything');
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/accounts');
      const card = page.locator('article', { hasText: 'Chalk Bag' });
      const button = card.getByTestId('analyze-product');
      await button.filter({ hasText: 'Run analysis' }).waitFor();
      expect(await button.isDisabled()).toBe(true);
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('product analysis is paused');
      expect(text).not.toMatch(/re-run/i);
    } finally {
      await context.close();
    }
  });
});

describe('Hero AI in a long thread (point 6)', () => {
  it('scrolls the messages inside the thread and keeps the composer on screen', async () => {
    const owner = await signUpOwner(e2e.server, 'Ravi Shah', 'Shah Camping');
    await subscribePaid(e2e.server, owner.token, 'pro');
    const ids = await seedDemo(e2e.server, owner.token, owner.workspaceId);
    const { context, page } = await newPage(e2e.browser, { width: 1280, height: 640 });
    try {
      await signIn(page, e2e.server, owner.email, `/hero-ai/${ids.conversationId}`);
      const messages = page.getByTestId('messages');
      await page.getByTestId('message').first().waitFor();
      // Enough questions for any screen: the thread is longer than the list can show.
      for (let i = 1; i <= 4; i++) {
        const count = await page.getByTestId('message').count();
        await page.getByTestId('composer-input').fill(`Question ${i}: how did Spring Sale do?`);
        await page.getByTestId('composer-send').click();
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid="message"]').length >= n + 2, count, {
          timeout: 30_000,
        });
      }
      const layout = await page.evaluate(() => {
        const list = document.querySelector('[data-testid="messages"]')!;
        const composer = document.querySelector('[data-testid="composer"]')!.getBoundingClientRect();
        return {
          listScrolls: list.scrollHeight > list.clientHeight + 1,
          listAtBottom: list.scrollHeight - list.scrollTop - list.clientHeight < 4,
          composerTop: composer.top,
          composerBottom: composer.bottom,
          viewport: window.innerHeight,
          pageScroll: document.scrollingElement!.scrollHeight - window.innerHeight,
        };
      });
      expect(layout.listScrolls).toBe(true);
      expect(layout.listAtBottom).toBe(true);
      expect(layout.composerTop).toBeGreaterThanOrEqual(0);
      expect(layout.composerBottom).toBeLessThanOrEqual(layout.viewport);
      // The page itself does not grow with the thread.
      expect(layout.pageScroll).toBeLessThan(120);
      expect(await messages.count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});

describe('the history’s labels (point 8)', () => {
  it('tell each top-up apart and say in words what each row did', async () => {
    const owner = await signUpOwner(e2e.server, 'Eva Holm', 'Holm Ski');
    for (let i = 0; i < 2; i++) {
      await stripeControls(e2e.server).payCheckout(await buyPacks(e2e.server, owner.token, 1));
      await settled(e2e.server);
    }
    await charge(e2e.server, owner.token, '1.5', 'Keyword research: "trail shoes"');
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/settings/billing');
      const rows = page.getByTestId('history-row');
      const first = rows.filter({ hasText: 'Bought 20 credits for $20.00 (Top-up #1: 1 pack of 20)' });
      const second = rows.filter({ hasText: 'Bought 20 credits for $20.00 (Top-up #2: 1 pack of 20)' });
      await first.waitFor();
      await second.waitFor();
      expect(await first.textContent()).toContain('Added');
      expect(await first.getByTestId('history-split').textContent()).toBe('20.00 into Top-up #1');
      const used = rows
        .filter({ hasText: 'Keyword research: "trail shoes"' })
        .and(page.locator('[data-type="CHARGE"]'));
      expect(await used.textContent()).toContain('Used');
      expect(await used.getByTestId('history-split').textContent()).toBe('1.50 from Top-up #1');
    } finally {
      await context.close();
    }
  });
});

describe('checkout and the Buy credits card (point 10)', () => {
  it('reports a declined card as declined, with no 404 on the local pages', async () => {
    const owner = await signUpOwner(e2e.server, 'Tom Reed', 'Reed Bikes');
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/settings/billing');
      const failures = watchFailures(page);
      await page.getByTestId('checkout').click();
      await page.waitForURL((u) => u.pathname.startsWith('/checkout/'));
      await page.locator('#decline').click();
      await page.locator('#declined').waitFor();
      expect(await page.locator('#declined').textContent()).toContain('Your card was declined');
      expect(page.url()).toContain('/checkout/');
      expect(failures).toEqual([]);

      await page.locator('#back').click();
      await page.waitForURL((u) => u.pathname === '/settings/billing');
      const left = page.getByTestId('checkout-left');
      await left.waitFor();
      expect(await left.textContent()).toContain('nothing was charged');
      expect(await left.textContent()).not.toContain('cancelled');
    } finally {
      await context.close();
    }
  });

  it('fills the Buy credits card on a desktop', async () => {
    const owner = await signUpOwner(e2e.server, 'Mia Lund', 'Lund Paddle');
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/settings/billing');
      const body = page.getByTestId('buy-credits-body');
      await body.getByTestId('checkout').waitFor();
      const { card, children } = await body.evaluate((el) => ({
        card: el.closest('.card')!.getBoundingClientRect().toJSON() as DOMRect,
        children: [...el.children].map((c) => c.getBoundingClientRect().toJSON() as DOMRect),
      }));
      expect(children).toHaveLength(2);
      // Side by side, the second column reaching the card's right padding.
      expect(children[1]!.left).toBeGreaterThan(children[0]!.left);
      expect(card.right - children[1]!.right).toBeLessThan(64);
    } finally {
      await context.close();
    }
  });
});

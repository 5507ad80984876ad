import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../support/accounts';
import { balanceOf, subscribePaid } from '../support/billing';
import { micro, transactions } from '../support/product';
import { DESKTOP, newPage } from './support/browser';
import { inViewport, shown, signIn, signUpOwner, startE2e, type E2e } from './support/app';

let e2e: E2e;
let owner: Account;

beforeAll(async () => {
  e2e = await startE2e();
  owner = await signUpOwner(e2e.server, 'Sam Ortiz', 'Ortiz Bikes');
  // Ten days into the Pro period, so the proration is a real fraction of it.
  e2e.clock.daysAgo(10);
  try {
    await subscribePaid(e2e.server, owner.token, 'pro');
  } finally {
    e2e.clock.reset();
  }
});
afterAll(() => e2e?.stop());

describe('upgrading from the credit popover', () => {
  it('goes from the sidebar balance to the plan picker, previews the prorated credits, and books them', async () => {
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/');
      await page.getByTestId('sidebar-balance-value').filter({ hasText: '20.00' }).waitFor();

      await page.getByTestId('sidebar-balance').click();
      const popover = page.getByTestId('credit-popover');
      await popover.waitFor();
      await popover.getByTestId('upgrade-plan').click();
      await page.waitForURL((u) => u.pathname === '/settings/billing' && u.hash === '#plans');
      expect(await popover.count()).toBe(0);

      // The picker is scrolled into view (smoothly: wait for it to arrive), below the snapshot and buy card.
      const picker = page.getByTestId('plan-picker');
      await page.getByTestId('choose-plan-growth').waitFor();
      await page.waitForFunction(() => {
        const r = document.querySelector('[data-testid="plan-picker"]')?.getBoundingClientRect();
        return r !== undefined && r.top >= 0 && r.top < 120 && window.scrollY > 0;
      });
      expect(await inViewport(page, picker)).toBe(true);
      expect(await page.getByTestId('plan-pro').textContent()).toContain('Current plan');

      // The preview shows a local estimate at once, then the server's figure, which is what will be granted.
      const previewResponse = page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && r.request().postDataJSON()?.operationName === 'PlanChangePreview',
      );
      await page.getByTestId('choose-plan-growth').click();
      const confirm = page.getByTestId('plan-change-confirm');
      await confirm.waitFor();
      expect(await confirm.textContent()).toContain('Pro → Growth (upgrade, takes effect now)');
      const { planChangePreview } = (await (await previewResponse).json()).data;
      expect(planChangePreview.kind).toBe('UPGRADE');
      const preview = confirm.getByTestId('proration-preview');
      await preview.filter({ hasText: `You get ${shown(planChangePreview.prorationCredits)} credits now` }).waitFor();
      const previewText = (await preview.textContent()) ?? '';
      // The server's share, days cut to two decimals: the same fraction the history will show.
      const days = /\(50 − 20\) × (\d+(?:\.\d\d)?) of (\d+(?:\.\d\d)?) days left in this period/.exec(previewText);
      expect(days, previewText).not.toBeNull();
      expect(Number(days![1])).toBeGreaterThan(19);
      expect(Number(days![1])).toBeLessThanOrEqual(20);
      expect([30, 31]).toContain(Number(days![2]));
      // And what the upgrade costs today, before confirming.
      expect(await confirm.getByTestId('charge-today').textContent()).toBe(
        `You pay $${(planChangePreview.chargeTodayCents / 100).toFixed(2)} today`,
      );

      await confirm.getByTestId('confirm-plan-change').click();
      const done = confirm.getByTestId('plan-change-done');
      await done.waitFor();
      expect(await done.textContent()).toContain("You're on Growth now.");

      // The grant lands by webhook once Stripe has the prorated invoice paid; the history offers it live.
      const fresh = page.getByTestId('history-new-entries');
      await fresh.waitFor();
      await fresh.click();
      const row = page.getByTestId('history-row').filter({ hasText: 'Upgrade Pro → Growth' });
      await row.waitFor();
      const [grant] = await transactions(e2e.server.url, owner.token, ['GRANT']).then((all) =>
        all.filter((t) => t.description.startsWith('Upgrade Pro → Growth')),
      );
      expect(grant).toBeDefined();
      const rowText = (await row.textContent()) ?? '';
      expect(rowText).toContain(grant!.description);
      expect(rowText).toMatch(/: 30 credits × \d+(\.\d\d)? of 3[01] days left = \d+\.\d\d/);
      expect(rowText).toContain(`× ${days![1]} of ${days![2]} days left`);
      expect(rowText).toMatch(/Proration: \d+\.\d\d% of the period left/);
      expect(rowText).toContain(`+${shown(grant!.amount)}`);
      // Exactly what the preview promised: the upgrade prorates at the preview's moment.
      expect(micro(grant!.amount)).toBe(micro(planChangePreview.prorationCredits));

      const balance = await balanceOf(e2e.server, owner.token);
      expect(micro(balance.available!)).toBe(20_000_000 + micro(grant!.amount));
      await page
        .getByTestId('sidebar-balance-value')
        .filter({ hasText: shown(balance.available!, 'have') })
        .waitFor();
      await page.getByTestId('plan-growth').filter({ hasText: 'Current plan' }).waitFor();
    } finally {
      await context.close();
    }
  });
});

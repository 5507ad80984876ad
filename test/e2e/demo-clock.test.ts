import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../support/accounts';
import { subscribePaid } from '../support/billing';
import { gqlOk } from '../support/gql';
import { DESKTOP, newPage } from './support/browser';
import { charge, formatDate, signIn, signUpOwner, startE2e, type E2e } from './support/app';

/**
 * The demo can show time: the Billing page's demo clock walks a workspace on a Stripe test clock through
 * a renewal and through the 14-day rule, and the history shows what happened.
 */
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

/** An owner on Pro whose Stripe customer lives on a test clock, as command 1 sets up the demo workspace. */
async function demoOwner(name: string, workspace: string): Promise<Account> {
  const owner = await signUpOwner(e2e.server, name, workspace);
  await e2e.server.services.demoClock.attach(owner.workspaceId);
  await subscribePaid(e2e.server, owner.token, 'pro');
  return owner;
}

const billing = async (owner: Account) =>
  (
    await gqlOk(
      e2e.server.url,
      '{ billing { status currentPeriodStart currentPeriodEnd renewsAt refundableUntil } }',
      {},
      owner.token,
    )
  ).billing as Record<string, string | null>;

describe('the demo clock in the browser', () => {
  it('walks a renewal: the next period starts, a new allocation is granted and the old remainder expires', async () => {
    const owner = await demoOwner('Dana Owner', 'Acme Outdoor');
    await charge(e2e.server, owner.token, '5', 'Keyword research');
    const before = await billing(owner);
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/settings/billing');
      const clock = page.getByTestId('demo-clock');
      await clock.waitFor();
      const renewal = formatDate(before.currentPeriodEnd!);
      await page.getByTestId('snapshot-renewal').filter({ hasText: renewal }).waitFor();
      await page.getByTestId('sidebar-balance-value').filter({ hasText: '15.00' }).waitFor();

      const next = clock.getByTestId('demo-clock-next-renewal');
      expect(await next.textContent()).toContain(renewal);
      await next.click();
      await clock
        .getByTestId('demo-clock-done')
        .filter({ hasText: `Moved to ${renewal}` })
        .waitFor();
      await expect.poll(() => clock.getByTestId('demo-clock-now').textContent()).toBe(renewal);

      // The snapshot shows the new period, the sidebar the new allocation, the history both sides of the renewal.
      const after = await billing(owner);
      expect(after.currentPeriodStart).toBe(before.currentPeriodEnd);
      await page
        .getByTestId('snapshot-renewal')
        .filter({ hasText: formatDate(after.renewsAt!) })
        .waitFor();
      await page.getByTestId('sidebar-balance-value').filter({ hasText: '20.00' }).waitFor();
      const rows = page.getByTestId('history-row');
      const grant = rows.filter({ hasText: 'Renewal: Pro plan, 20 credits for the period' });
      await grant.waitFor();
      expect(await grant.textContent()).toContain('+20.00');
      const expiry = page.locator('[data-testid="history-row"][data-type="EXPIRY"]');
      await expiry.first().waitFor();
      expect(await expiry.count()).toBe(1);
      expect(await expiry.textContent()).toMatch(/[-−]15\.00/);
      expect(await expiry.textContent()).toContain('Expired');
    } finally {
      await context.close();
    }
  });

  it('walks the 14-day rule: refundable on day 13, not on day 15, then the plan ends at the period end', async () => {
    const owner = await demoOwner('Lee Park', 'Park Trails');
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/settings/billing');
      const clock = page.getByTestId('demo-clock');
      const rule = page.getByTestId('cancel-rule');
      await rule.filter({ hasText: "You're within 14 days" }).waitFor();

      const advanceDays = async (days: number) => {
        const was = await clock.getByTestId('demo-clock-now').textContent();
        await clock.getByTestId('demo-clock-days').fill(String(days));
        await clock.getByTestId('demo-clock-advance').click();
        // The page has caught up with the move once the clock shows the new day.
        await expect.poll(() => clock.getByTestId('demo-clock-now').textContent()).not.toBe(was);
      };
      await advanceDays(13);
      await rule.filter({ hasText: "You're within 14 days" }).waitFor();
      await clock.getByTestId('demo-clock-done').filter({ hasText: 'Moved to' }).waitFor();

      await advanceDays(2);
      await rule.filter({ hasText: 'that window has passed' }).waitFor();
      expect((await billing(owner)).refundableUntil).toBeNull();

      // Cancelling now ends the plan at the period end, with no refund.
      const periodEnd = (await billing(owner)).currentPeriodEnd!;
      await page.getByTestId('cancel-subscription').click();
      await page.getByTestId('confirm-cancel-subscription').click();
      await page
        .getByTestId('snapshot-renewal')
        .filter({ hasText: formatDate(periodEnd) })
        .waitFor();

      // The clock's "next renewal" is now the end of the plan: the allocation is taken back, nothing renews.
      await clock.getByTestId('demo-clock-next-renewal').click();
      await page.getByTestId('snapshot-renewal').filter({ hasText: 'Ended' }).waitFor();
      expect((await billing(owner)).status).toBe('CANCELED');
      await page.getByTestId('sidebar-balance-value').filter({ hasText: '0.00' }).waitFor();
      expect(await page.getByTestId('history-row').filter({ hasText: 'Renewal:' }).count()).toBe(0);
      await expect(clock.getByTestId('demo-clock-next-renewal').isDisabled()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  it('is not shown for a workspace without a test clock', async () => {
    const owner = await signUpOwner(e2e.server, 'Sam Ortiz', 'Ortiz Bikes');
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/settings/billing');
      await page.getByTestId('billing-snapshot').waitFor();
      await page.getByTestId('buy-credits-body').waitFor();
      expect(await page.getByTestId('demo-clock').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

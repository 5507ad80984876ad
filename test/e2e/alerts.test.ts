import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund } from '../support/accounts';
import { charge, signIn, signUpOwner, startE2e, type E2e } from './support/app';
import { expectAccessible } from './support/axe';
import { DESKTOP, newPage } from './support/browser';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

describe('alerts in the web app', () => {
  it('an owner adds "balance below 5"; spending past it lights the bell live, once, and the list says so', async () => {
    const owner = await signUpOwner(e2e.server);
    await fund(e2e.server.url, owner.workspaceId, '10');
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/settings/billing#alerts');
      const section = page.getByRole('region', { name: 'Alerts' });
      await section.getByRole('button', { name: 'Add alert' }).waitFor();
      await section.getByLabel('When', { exact: true }).selectOption('BALANCE_BELOW');
      await section.getByLabel('Credits', { exact: true }).fill('5');
      await section.getByRole('button', { name: 'Add alert' }).click();
      await section.getByRole('status').filter({ hasText: 'Alert added.' }).waitFor();
      const added = section
        .getByTestId('alert-list')
        .getByRole('listitem')
        .filter({ hasText: /below 5/ });
      await added.waitFor();
      expect(await added.textContent()).toContain('Watching');
      const count = page.locator('[data-testid="notification-count"]:visible');
      expect(await count.count()).toBe(0);

      // 4 then 3 credits spent by a partner script: the first crossing fires, the second stays quiet.
      await charge(e2e.server, owner.token, '6', 'Partner report: weekly export');
      await count.filter({ hasText: '1' }).waitFor();
      await charge(e2e.server, owner.token, '1', 'Partner report: daily export');
      await page
        .getByTestId('sidebar-balance-value')
        .filter({ hasText: /^3\.00/ })
        .waitFor();
      expect(await count.textContent()).toBe('1');
      await added.filter({ hasText: 'Fired' }).waitFor();

      await page.locator('[data-testid="notification-bell"]:visible').click();
      const list = page.getByTestId('notification-list');
      await list.waitFor();
      expect(await list.getByRole('listitem').count()).toBe(1);
      expect(await list.textContent()).toMatch(/below 5/);
      await expectAccessible(page, 'notifications after an alert fired');
    } finally {
      await context.close();
    }
  });
});

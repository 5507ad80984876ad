import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../support/accounts';
import { balanceOf, subscribePaid } from '../support/billing';
import { DESKTOP, newPage } from './support/browser';
import { charge, markDocument, sameDocument, signIn, signUpOwner, startE2e, type E2e } from './support/app';

let e2e: E2e;
let owner: Account;

beforeAll(async () => {
  e2e = await startE2e();
  owner = await signUpOwner(e2e.server, 'Ana Silva', 'Silva Studio');
  await subscribePaid(e2e.server, owner.token, 'pro');
});
afterAll(() => e2e?.stop());

describe('the sidebar balance is live', () => {
  it('follows charges made by another client to the exact new value, without a reload', async () => {
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      await signIn(page, e2e.server, owner.email, '/settings/billing');
      const sidebar = page.getByTestId('sidebar-balance-value');
      const snapshot = page.getByTestId('snapshot-available');
      const shows = async (value: string) => {
        await sidebar.filter({ hasText: new RegExp(`^${value.replace('.', '\\.')}`) }).waitFor();
        await snapshot.filter({ hasText: new RegExp(`^${value.replace('.', '\\.')}$`) }).waitFor();
      };
      await shows('20.00');
      await markDocument(page);

      // A partner script with the owner's token: reserve, then settle, amounts the page cannot predict.
      await charge(e2e.server, owner.token, '3.137', 'Partner report: weekly export');
      expect(await balanceOf(e2e.server, owner.token)).toMatchObject({ available: '16.863' });
      await shows('16.86');
      expect(await sidebar.textContent()).toBe('16.86 available');

      await charge(e2e.server, owner.token, '1.5', 'Partner report: campaign audit');
      await shows('15.36');

      await charge(e2e.server, owner.token, '15.363', 'Partner report: the rest');
      expect(await balanceOf(e2e.server, owner.token)).toMatchObject({ available: '0' });
      await shows('0.00');
      expect(await sidebar.textContent()).toBe('0.00 out of credits');
      expect(await page.getByTestId('sidebar-balance').getAttribute('aria-label')).toContain('out of credits');

      expect(await sameDocument(page)).toBe(true);
    } finally {
      await context.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supportToken, type Account } from '../support/accounts';
import { balanceOf, subscribePaid } from '../support/billing';
import { SUPPORT_EMAIL } from '../support/server';
import { DESKTOP, newPage } from './support/browser';
import { charge, inViewport, markDocument, sameDocument, signIn, signUpOwner, startE2e, type E2e } from './support/app';

/**
 * The acceptance walk of the support console: a member asks about a charge from the credit history,
 * staff find the request in the queue, open the audit at that entry, adjust with a reason and answer;
 * the member's open page shows the adjustment with its reason and the answer without a reload.
 */
let e2e: E2e;
let owner: Account;

beforeAll(async () => {
  e2e = await startE2e();
  owner = await signUpOwner(e2e.server, 'Ana Silva', 'Silva Studio');
  await subscribePaid(e2e.server, owner.token, 'pro');
  await charge(e2e.server, owner.token, '3.137', 'Partner report: weekly export');
  await supportToken(e2e.server.url);
});
afterAll(() => e2e?.stop());

describe('support console', () => {
  it('a question about a charge is answered and adjusted from the console, live on the member’s page', async () => {
    const member = await newPage(e2e.browser, DESKTOP);
    const staff = await newPage(e2e.browser, DESKTOP);
    try {
      // The member asks about the charge from its row's menu in the credit history.
      const m = member.page;
      await signIn(m, e2e.server, owner.email, '/settings/billing');
      await markDocument(m);
      const row = m.getByRole('row').filter({ hasText: 'Partner report: weekly export' });
      await row.getByRole('button', { name: /^Actions for entry #/ }).click();
      await m.getByRole('menuitem', { name: 'Question about this charge' }).click();
      await m.getByLabel('Your message').fill('I ran this export once, why was it this much?');
      await m.getByRole('button', { name: 'Send to support' }).click();
      await m.getByText('Request sent.').waitFor();
      await m.getByRole('button', { name: 'Done' }).click();
      const sidebar = m.getByTestId('sidebar-balance-value');
      await sidebar.filter({ hasText: /^16\.86/ }).waitFor();

      // Staff find it in the queue and open the audit at that entry.
      const s = staff.page;
      await signIn(s, e2e.server, SUPPORT_EMAIL, '/console');
      await s
        .getByRole('list', { name: 'Open requests' })
        .getByRole('link', { name: /I ran this export once/ })
        .click();
      await s.getByRole('link', { name: /Partner report: weekly export/ }).click();
      await s.waitForURL((u) => u.pathname.startsWith('/console/workspaces/') && u.searchParams.has('entry'));
      const entry = s.locator('tr[aria-current="true"]');
      await entry.waitFor();
      expect(await entry.textContent()).toContain('Partner report: weekly export');
      expect(await inViewport(s, entry)).toBe(true);
      await s.getByTestId('reconciliation').filter({ hasText: 'Difference: 0' }).waitFor();

      // Adjust with a reason, confirmed.
      const adjust = s.getByRole('form', { name: 'Adjust credits' });
      await adjust.getByLabel('Credits').fill('2');
      await adjust.getByLabel('Reason (shown to the workspace)').fill('Export charged above the quote');
      await adjust.getByRole('button', { name: 'Review adjustment' }).click();
      await adjust.getByText('Credit 2 credits: “Export charged above the quote”.').waitFor();
      await adjust.getByRole('button', { name: 'Confirm' }).click();
      await adjust.getByText(/^Done:/).waitFor();
      expect(await balanceOf(e2e.server, owner.token)).toMatchObject({ available: '18.863' });

      // Answer the request.
      await s.goBack();
      await s.getByRole('textbox', { name: 'Answer', exact: true }).fill('We credited 2 credits back. Sorry!');
      await s.getByRole('button', { name: 'Send answer' }).click();
      await s.getByRole('list', { name: 'Conversation' }).getByText('We credited 2 credits back. Sorry!').waitFor();

      // The member's page, never reloaded: the balance moved, the adjustment is in the history with its reason,
      // and the answer is on the support requests page.
      await sidebar.filter({ hasText: /^18\.86/ }).waitFor();
      await m.getByTestId('history-new-entries').click();
      await m
        .getByRole('row')
        .filter({ hasText: 'Support adjustment +2: Export charged above the quote' })
        .first()
        .waitFor();
      await m.getByRole('link', { name: 'Support requests' }).click();
      await m.getByText('We credited 2 credits back. Sorry!').waitFor();
      expect(await sameDocument(m)).toBe(true);
    } finally {
      await member.context.close();
      await staff.context.close();
    }
  });

  it('a member who opens /console sees that it is not available, and the console is not loaded for them', async () => {
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    try {
      const scripts: string[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('.js')) scripts.push(r.url());
      });
      await signIn(page, e2e.server, owner.email, '/');
      expect(await page.getByRole('link', { name: 'Support console' }).count()).toBe(0);
      expect(scripts.some((u) => /WorkspaceAuditPage|ConsoleHome/.test(u))).toBe(false);
      await page.goto(`${e2e.server.url}/console`);
      await page.getByRole('heading', { name: 'Not available' }).waitFor();
      expect(await page.getByText('The support console is only for Hero Marketer support staff.').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});

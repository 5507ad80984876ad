import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../support/accounts';
import { balanceOf, subscribePaid } from '../support/billing';
import { gqlOk } from '../support/gql';
import { DESKTOP, newPage } from './support/browser';
import {
  formatDate,
  formatShortDate,
  markDocument,
  sameDocument,
  seedDemo,
  signIn,
  signUpOwner,
  spendAll,
  startE2e,
  waitDisabled,
  type DemoIds,
  type E2e,
} from './support/app';

let e2e: E2e;
let owner: Account;
let ids: DemoIds;
let renewsAt: string;

beforeAll(async () => {
  e2e = await startE2e();
  owner = await signUpOwner(e2e.server);
  await subscribePaid(e2e.server, owner.token, 'pro');
  ids = await seedDemo(e2e.server, owner.token, owner.workspaceId);
  await spendAll(e2e.server, owner.token, 'Hero AI: deep investigation across 3 campaigns');
  expect(await balanceOf(e2e.server, owner.token)).toMatchObject({ available: '0' });
  renewsAt = (await gqlOk(e2e.server.url, '{ billing { renewsAt } }', {}, owner.token)).billing.renewsAt;
});
afterAll(() => e2e?.stop());

describe('out of credits, in the browser', () => {
  it('blocks the metered controls with their reasons, explains the ways out, and a top-up unblocks them live', async () => {
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    // A second tab that stays open on Hero AI through the whole purchase: it must come back by itself.
    const bystander = await context.newPage();
    try {
      await signIn(page, e2e.server, owner.email, `/hero-ai/${ids.conversationId}`);
      const sidebarValue = page.getByTestId('sidebar-balance-value');
      await sidebarValue.filter({ hasText: '0.00' }).waitFor();
      expect(await sidebarValue.textContent()).toContain('out of credits');

      // Hero AI: the past conversation is readable, the composer is disabled and says why.
      await page.getByTestId('message').first().waitFor();
      expect(await page.getByTestId('message').count()).toBe(4);
      await waitDisabled(page.getByTestId('composer-input'));
      await waitDisabled(page.getByTestId('composer-send'));
      const composerReason = page.getByTestId('composer').getByTestId('blocked-reason');
      await composerReason.filter({ hasText: "Hero AI can't take new messages" }).waitFor();
      expect(await composerReason.textContent()).toContain('Past conversations stay readable');
      expect(await composerReason.textContent()).toContain(`wait for renewal on ${formatShortDate(renewsAt)}`);

      await bystander.goto(`${e2e.server.url}/hero-ai/${ids.conversationId}`);
      await waitDisabled(bystander.getByTestId('composer-input'));
      await markDocument(bystander);
      // Back to the first tab: a background tab gets no animation frames, and clicks wait for those.
      await page.bringToFront();

      // The campaign wizard (reached through the app's own links): drafts editable, creating disabled with its reason.
      await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
      await page.getByTestId('new-campaign').click();
      await page.waitForURL(/\/campaigns\/new$/);
      const create = page.getByTestId('create-campaign');
      await waitDisabled(create);
      const createReason = page.locator(`#${await create.getAttribute('aria-describedby')}`);
      expect(await createReason.textContent()).toContain("new campaigns can't be launched. Drafts stay editable.");
      for (const ai of ['ai-ad-copy', 'ai-sitelinks', 'ai-keywords']) await waitDisabled(page.getByTestId(ai));
      await waitDisabled(page.getByTestId('save-draft'), false);

      // The blocked composer's way out opens the out-of-credits screen.
      await page.getByRole('link', { name: 'Hero AI', exact: true }).click();
      await page.getByTestId('conversation-link').first().click();
      await page.getByTestId('composer').getByRole('button', { name: 'What still works?' }).click();
      const modal = page.getByTestId('out-of-credits-modal');
      await modal.waitFor();
      const screen = modal.getByTestId('out-of-credits');
      await screen.getByText('$20 buys 20 credits').waitFor();
      const text = (await screen.textContent()) ?? '';
      expect(await screen.getByRole('heading', { level: 1 }).textContent()).toBe("You're out of credits");
      // What is paused…
      expect(text).toContain('Launching new campaigns. You can still browse and edit drafts.');
      expect(text).toContain('New Hero AI messages. Existing chats stay readable.');
      expect(text).toContain('ad copy, sitelinks and keyword research');
      expect(text).toContain('Re-running product analysis.');
      // …what still works…
      expect(text).toContain('The dashboard and existing campaign performance.');
      expect(text).toContain('Managing accounts and products: add, edit, switch.');
      expect(text).toContain('Reading past Hero AI conversations.');
      expect(text).toContain('Historical campaigns built earlier.');
      // …and the three ways out, with the plan's renewal date.
      expect(text).toContain('Buy a top-up');
      expect(await screen.getByTestId('ooc-renewal').textContent()).toContain(
        `Your monthly allocation refreshes on ${formatDate(renewsAt)}`,
      );
      expect(text).toContain('Pro to Growth: from 20 to 50 credits.');
      expect(await screen.getByTestId('ooc-upgrade-plan').isVisible()).toBe(true);

      // Buy credits → the local Stripe checkout → pay → back in the app.
      await screen.getByTestId('ooc-buy-credits').click();
      await screen.getByTestId('buy-credits-form').waitFor();
      await Promise.all([page.waitForURL(/\/checkout\//), screen.getByTestId('checkout').click()]);
      expect(new URL(page.url()).origin).not.toBe(e2e.server.url);
      await Promise.all([
        page.waitForURL((u) => u.origin === e2e.server.url && u.pathname === '/settings/billing'),
        page.locator('#pay').click(),
      ]);
      expect(new URL(page.url()).searchParams.get('checkout')).toBe('success');
      await page.getByTestId('checkout-success').waitFor();
      await markDocument(page);

      await sidebarValue.filter({ hasText: '20.00' }).waitFor();
      expect(await sidebarValue.textContent()).toContain('available');
      await page.getByRole('link', { name: 'Hero AI', exact: true }).click();
      await page.getByTestId('conversation-link').first().click();
      await waitDisabled(page.getByTestId('composer-input'), false);
      expect(await page.getByTestId('composer').getByTestId('blocked-reason').count()).toBe(0);
      await page.getByTestId('composer-input').fill('Which campaign should get more budget?');
      await waitDisabled(page.getByTestId('composer-send'), false);
      await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
      await page.getByTestId('new-campaign').click();
      await waitDisabled(page.getByTestId('ai-ad-copy'), false);
      expect(await page.getByTestId('create-campaign').getAttribute('aria-describedby')).toBeNull();
      expect(await page.getByTestId('blocked-reason').count()).toBe(0);
      expect(await sameDocument(page)).toBe(true);

      // The tab left open never reloaded, and its balance and composer followed the purchase.
      await bystander.getByTestId('sidebar-balance-value').filter({ hasText: '20.00' }).waitFor();
      await waitDisabled(bystander.getByTestId('composer-input'), false);
      expect(await bystander.getByTestId('composer').getByTestId('blocked-reason').count()).toBe(0);
      expect(await sameDocument(bystander)).toBe(true);
      expect(await balanceOf(e2e.server, owner.token)).toMatchObject({ available: '20', purchased: '20' });
    } finally {
      await context.close();
    }
  });
});

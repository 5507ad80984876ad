import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Account } from '../support/accounts';
import { balanceOf, subscribePaid } from '../support/billing';
import { gqlOk } from '../support/gql';
import { DESKTOP, newPage } from './support/browser';
import { seedDemo, signIn, signUpOwner, spendAll, startE2e, waitDisabled, type E2e } from './support/app';

let e2e: E2e;
let owner: Account;
let page: Page;

beforeAll(async () => {
  e2e = await startE2e();
  owner = await signUpOwner(e2e.server, 'Jo Park', 'Park Outdoor');
  await subscribePaid(e2e.server, owner.token, 'pro');
  await seedDemo(e2e.server, owner.token, owner.workspaceId);
  await spendAll(e2e.server, owner.token, 'Hero AI: deep investigation across 3 campaigns');
  expect(await balanceOf(e2e.server, owner.token)).toMatchObject({ available: '0' });
  ({ page } = await newPage(e2e.browser, DESKTOP));
  await signIn(page, e2e.server, owner.email, '/');
});
afterAll(() => e2e?.stop());

const nav = (name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });
const api = (query: string) => gqlOk(e2e.server.url, query, {}, owner.token);

/** Every step goes through the app's own links and forms, at a zero balance; none of it is refused. */
describe('at zero credits, everything already created keeps working', () => {
  it('the dashboard and existing campaign performance', async () => {
    await page.getByRole('heading', { name: 'Welcome back, Jo' }).waitFor();
    await page.getByTestId('sidebar-balance-value').filter({ hasText: '0.00' }).waitFor();
    const notice = page.getByRole('status').filter({ hasText: "You're out of credits." });
    expect(await notice.textContent()).toContain("everything you've created is still here");
    const allocation = page.locator('.stat', { hasText: 'Allocation used this period' });
    expect(await allocation.textContent()).toContain('20.00 / 20');
    expect(await allocation.textContent()).toContain('Pro plan');
    await page.getByRole('heading', { name: 'Last 30 days' }).waitFor();
    const top = page.getByRole('region', { name: 'Top campaigns' });
    await top.getByRole('link', { name: 'Spring Sale' }).waitFor();
    expect(await top.getByRole('listitem').count()).toBe(3);
    expect(await top.textContent()).toContain('3 launched · 2 drafts');

    await top.getByRole('link', { name: 'Spring Sale' }).click();
    await page.getByRole('heading', { name: 'Spring Sale', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Daily results' }).waitFor();
    expect(await page.getByText('No results yet.').count()).toBe(0);
  });

  it('the campaigns list, and drafts open, edit and save', async () => {
    await nav('Campaigns').click();
    await page.getByTestId('campaign-row').first().waitFor();
    expect(await page.getByTestId('campaign-row').count()).toBe(3);

    await page.getByRole('link', { name: 'Drafts', exact: true }).click();
    await page.getByTestId('draft-row').first().waitFor();
    expect(await page.getByTestId('draft-row').count()).toBe(2);
    await page.getByRole('link', { name: 'Edit Winter Trail Promo' }).click();

    const name = page.getByLabel('Campaign name');
    await name.and(page.locator('[value="Winter Trail Promo"]')).waitFor();
    await waitDisabled(page.getByTestId('create-campaign'));
    await name.fill('Winter Trail Promo (EU)');
    await page.getByLabel('Daily budget (USD)').fill('55');
    await page.getByLabel('Locations').fill('Germany, Austria');
    const headlines = page.getByLabel('Headlines (one per line, ≤ 30 characters)');
    // Drafts keep at most 15 headlines: replace the last one.
    const current = (await headlines.inputValue()).split('\n');
    await headlines.fill([...current.slice(0, -1), 'Dry feet all winter'].join('\n'));
    await page.getByTestId('save-draft').click();
    await page.getByTestId('save-draft').filter({ hasText: 'Saved' }).waitFor();
    expect(await page.locator('[role="alert"]').count()).toBe(0);

    const { campaigns } = await api(
      '{ campaigns(status: DRAFT) { name dailyBudgetCents locations adCopy { headlines } } }',
    );
    const saved = campaigns.find((c: { name: string }) => c.name === 'Winter Trail Promo (EU)');
    expect(saved).toMatchObject({ dailyBudgetCents: 5_500, locations: 'Germany, Austria' });
    expect(saved.adCopy.headlines).toContain('Dry feet all winter');

    await page.getByRole('link', { name: 'All drafts' }).click();
    await page.getByTestId('draft-row').filter({ hasText: 'Winter Trail Promo (EU)' }).waitFor();
  });

  it('past Hero AI conversations are readable', async () => {
    await nav('Hero AI').click();
    const links = page.getByTestId('conversation-link');
    await links.first().waitFor();
    expect(await links.count()).toBe(2);

    await links.filter({ hasText: 'How is Spring Sale doing?' }).click();
    const messages = page.getByTestId('message');
    await messages.filter({ hasText: '9,812 impressions' }).waitFor();
    expect(await messages.count()).toBe(2);

    await links.filter({ hasText: 'Compare all campaigns' }).click();
    await messages.filter({ hasText: 'phrase-match negatives' }).waitFor();
    expect(await messages.count()).toBe(4);
    await waitDisabled(page.getByTestId('composer-input'));
  });

  it('accounts and products: add, edit, switch', async () => {
    await nav('Accounts & products').click();
    await page.getByTestId('ad-account-row').first().waitFor();
    expect(await page.getByTestId('ad-account-row').count()).toBe(1);

    // Add an ad account and switch to it.
    await page.getByRole('button', { name: 'Add ad account' }).click();
    const accounts = page.getByRole('region', { name: 'Ad accounts' });
    await accounts.getByLabel('Name').fill('Park Outdoor - Microsoft Ads');
    await accounts.getByLabel('Platform').selectOption({ label: 'Microsoft Ads' });
    await accounts.getByLabel('Account ID').fill('987-654-3210');
    await accounts.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByTestId('ad-account-row').nth(1).waitFor();
    await page.getByRole('button', { name: 'Make Park Outdoor - Microsoft Ads the active ad account' }).click();
    await page
      .getByTestId('ad-account-row')
      .filter({ hasText: 'Microsoft Ads' })
      .filter({ hasText: 'Active' })
      .waitFor();

    // Add a product.
    const cards = page.getByTestId('product-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(2);
    await page.getByRole('button', { name: 'Add product' }).click();
    const form = page.getByRole('form', { name: 'New product' });
    await form.getByLabel('Name').fill('Ridge Rain Shell');
    await form.getByLabel('Price (USD, optional)').fill('149');
    await form.getByLabel('Description').fill('Packable 3-layer waterproof jacket.');
    await form.getByRole('button', { name: 'Add product' }).click();
    await cards.filter({ hasText: 'Ridge Rain Shell' }).waitFor();
    expect(await cards.count()).toBe(3);

    // Edit one.
    await page.getByRole('button', { name: 'Edit Summit Daypack' }).click();
    const edit = page.getByRole('form', { name: 'Edit Summit Daypack' });
    await edit.getByLabel('Price (USD, optional)').fill('79');
    await edit.getByRole('button', { name: 'Save' }).click();
    await cards.filter({ hasText: 'Summit Daypack' }).filter({ hasText: '$79.00' }).waitFor();

    // Switch the active product.
    await cards.filter({ hasText: 'Summit Daypack' }).getByRole('button', { name: 'Make active' }).click();
    await cards.filter({ hasText: 'Summit Daypack' }).locator('.badge', { hasText: 'Active' }).waitFor();
    await cards.filter({ hasText: 'Trail Runner 3' }).getByRole('button', { name: 'Make active' }).waitFor();

    // Only re-running the analysis is paused.
    await waitDisabled(page.getByTestId('analyze-product').first());
    expect(await page.locator('[role="alert"]').count()).toBe(0);

    const { products, adAccounts } = await api(
      '{ products { name priceCents active } adAccounts { name platform active } }',
    );
    expect(products).toEqual(
      expect.arrayContaining([
        { name: 'Ridge Rain Shell', priceCents: 14_900, active: false },
        { name: 'Summit Daypack', priceCents: 7_900, active: true },
        { name: 'Trail Runner 3', priceCents: 12_900, active: false },
      ]),
    );
    expect(adAccounts).toEqual(
      expect.arrayContaining([
        { name: 'Park Outdoor - Microsoft Ads', platform: 'MICROSOFT_ADS', active: true },
        { name: 'Example Outdoor - Google Ads', platform: 'GOOGLE_ADS', active: false },
      ]),
    );
    expect(await balanceOf(e2e.server, owner.token)).toMatchObject({ available: '0' });
  });
});

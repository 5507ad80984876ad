// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { access, balance, createFakeApi } from '../../test/fakeApi';
import AccountsPage from '../products/AccountsPage';
import { OutOfCreditsScreen } from './OutOfCreditsScreen';

afterEach(cleanup);

const plans = [
  { code: 'pro', name: 'Pro', creditsPerPeriod: '20', priceCents: 2900, currency: 'usd' },
  { code: 'growth', name: 'Growth', creditsPerPeriod: '50', priceCents: 4900, currency: 'usd' },
  { code: 'agency', name: 'Agency', creditsPerPeriod: '100', priceCents: 8900, currency: 'usd' },
];

const billing = {
  status: 'ACTIVE',
  renewsAt: '2026-12-12T00:00:00.000Z',
  plan: plans[0],
  topUpPack: { credits: '20', priceCents: 2000, currency: 'usd' },
};

describe('the out-of-credits screen', () => {
  it('says what is paused, what still works, and the three ways out, as the help article does', async () => {
    const api = createFakeApi({ balance: balance(), billing, plans, viewer: { role: 'OWNER' } });
    render(
      <api.Providers>
        <OutOfCreditsScreen />
      </api.Providers>,
    );
    const screenEl = await screen.findByTestId('out-of-credits');
    const text = () => screenEl.textContent ?? '';
    expect(within(screenEl).getByRole('heading', { level: 1 }).textContent).toBe("You're out of credits");
    expect(text()).toMatch(/You can still browse and edit drafts/);
    expect(text()).toMatch(/Existing chats stay readable/);
    expect(text()).toMatch(/ad copy, sitelinks and keyword research/);
    expect(text()).toMatch(/Re-running product analysis/);
    expect(text()).toMatch(/Managing accounts and products: add, edit, switch/);
    expect(text()).toMatch(/doesn't lock you out of anything you've already created/);
    await waitFor(() => expect(text()).toMatch(/\$20 buys 20 credits/));
    expect(screen.getByTestId('ooc-renewal').textContent).toMatch(/refreshes on Dec 12, 2026/);
    expect(text()).toMatch(/Pro to Growth: from 20 to 50 credits\./);
    expect(text()).toMatch(/Growth to Agency: from 50 to 100 credits\./);

    fireEvent.click(screen.getByTestId('ooc-buy-credits'));
    expect(await screen.findByTestId('checkout')).toBeTruthy();
  });

  it('opens by itself when any mutation is refused with INSUFFICIENT_CREDITS', async () => {
    const state = {
      balance: balance({ available: '0.1', purchased: '0.1', outOfCredits: false }),
      featureAccess: [access('product_analysis', true)],
      billing,
      plans,
      viewer: { role: 'OWNER' },
      adAccounts: [],
      products: [
        {
          id: 'p1',
          name: 'Trail shoes',
          url: null,
          description: 'Light shoes',
          priceCents: 12000,
          active: true,
          updatedAt: '2026-11-20T00:00:00.000Z',
          analysis: null,
        },
      ],
      analyzeProduct: () => {
        throw new GraphQLError('Not enough credits', {
          extensions: { code: 'INSUFFICIENT_CREDITS', required: '0.5', available: '0.1', renewsAt: billing.renewsAt },
        });
      },
    };
    const api = createFakeApi(state);
    render(
      <api.Providers>
        <AccountsPage />
      </api.Providers>,
    );
    const button = await screen.findByTestId('analyze-product');
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);

    const modal = await screen.findByTestId('out-of-credits-modal');
    expect(within(modal).getByRole('heading', { level: 1 }).textContent).toBe('Not enough credits for this');
    expect(modal.textContent).toMatch(/needs up to 0\.50 credits and you have 0\.10 available/);
    fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('out-of-credits-modal')).toBeNull());
  });
});

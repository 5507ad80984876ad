// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { balance, createFakeApi } from '../../test/fakeApi';
import { SidebarBalance } from './SidebarBalance';

afterEach(cleanup);

const DAY = 86_400_000;

describe('the sidebar balance', () => {
  it('opens the credit popover with the split, the renewal, both shortcuts and a forecast', async () => {
    const now = Date.now();
    const renewsAt = new Date(now + 20 * DAY).toISOString();
    // 2 credits a day over the last 4 days, 10 available: about 5 days left, 15 before renewal.
    const charge = (id: string, daysAgo: number, cost: string) => ({
      cursor: id,
      node: { id, amount: `-${cost}`, reservedChange: '0', createdAt: new Date(now - daysAgo * DAY).toISOString() },
    });
    const api = createFakeApi({
      balance: balance({ available: '10', planAllocation: '7.5', purchased: '2.5', outOfCredits: false, renewsAt }),
      billing: { plan: { code: 'pro', name: 'Pro' }, allocationGranted: '20', renewsAt },
      transactions: () => ({
        edges: [charge('a', 1, '2'), charge('b', 2, '2'), charge('c', 3, '2'), charge('d', 4, '2')],
        pageInfo: { hasNextPage: false, endCursor: null },
      }),
    });
    render(
      <api.Providers>
        <SidebarBalance />
      </api.Providers>,
    );

    const button = await screen.findByTestId('sidebar-balance');
    await waitFor(() => expect(screen.getByTestId('sidebar-balance-value').textContent).toMatch(/^10\.00/));
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);

    const popover = await screen.findByTestId('credit-popover');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(popover.textContent).toMatch(/Plan allocation left7\.50/);
    expect(popover.textContent).toMatch(/Purchased credits2\.50/);
    expect(screen.getByTestId('buy-credits')).toBeTruthy();
    expect(screen.getByTestId('upgrade-plan')).toBeTruthy();
    const forecast = await screen.findByTestId('credit-forecast');
    expect(forecast.textContent).toMatch(
      /^At this pace you run out around \w{3} \d{1,2}, 1[45] days before renewal\.$/,
    );

    fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('credit-popover')).toBeNull());
  });
});

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
    // The server's forecast: 2 credits a day, 10 available: out in 5 days, 15 before renewal.
    const serverForecast = {
      windowDays: 14,
      windowStart: new Date(now - 14 * DAY).toISOString(),
      spent: '28',
      charges: 4,
      burnPerDay: '2',
      available: '10',
      runsOutAt: new Date(now + 5 * DAY).toISOString(),
      daysUntilEmpty: 5,
      renewsAt,
      planAllocation: '7.5',
      allocationRunsOutAt: new Date(now + 3.75 * DAY).toISOString(),
      allocationRunsOutBeforeRenewal: true,
      allocationExpiringUnused: '0',
    };
    const api = createFakeApi({
      balance: balance({ available: '10', planAllocation: '7.5', purchased: '2.5', outOfCredits: false, renewsAt }),
      billing: { plan: { code: 'pro', name: 'Pro' }, allocationGranted: '20', renewsAt },
      forecast: () => serverForecast,
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

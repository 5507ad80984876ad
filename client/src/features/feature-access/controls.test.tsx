// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { access, balance, createFakeApi } from '../../test/fakeApi';
import { LiveBalance } from '../balance/LiveBalance';
import { MeteredButton } from './MeteredButton';

afterEach(cleanup);

const disabled = (el: HTMLElement) => (el as HTMLButtonElement).disabled;

describe('a metered control', () => {
  it('is disabled with its reason and ways out at zero, and comes back when credits arrive, without a reload', async () => {
    const state: Record<string, unknown> = {
      balance: balance(),
      featureAccess: [access('ad_copy', false, 'Out of credits: needs up to 0.5, you have 0')],
    };
    const api = createFakeApi(state);
    render(
      <api.Providers>
        <LiveBalance />
        <MeteredButton feature="ad_copy" data-testid="ai-ad-copy">
          Generate ad copy
        </MeteredButton>
      </api.Providers>,
    );

    const button = await screen.findByTestId('ai-ad-copy');
    await waitFor(() => expect(disabled(button)).toBe(true));
    const notice = screen.getByTestId('blocked-reason');
    expect(notice.textContent).toMatch(/out of credits\. Ad copy generation checks credits before it starts/i);
    expect(disabled(screen.getByRole('button', { name: 'Buy credits' }))).toBe(false);
    expect(screen.getByRole('link', { name: 'Upgrade plan' }).getAttribute('href')).toBe('/settings/billing#plans');
    expect(button.getAttribute('aria-describedby')).toBe(notice.id);

    // A top-up lands: the server's state changes and the new balance is pushed.
    state.featureAccess = [access('ad_copy', true)];
    state.balance = balance({ available: '20', purchased: '20', outOfCredits: false, version: 2 });
    act(() => api.push('balanceChanged', state.balance));

    await waitFor(() => expect(disabled(button)).toBe(false));
    expect(screen.queryByTestId('blocked-reason')).toBeNull();
  });

  it('keeps the newest balance when an older one arrives late', async () => {
    const state: Record<string, unknown> = {
      balance: balance({ available: '5', outOfCredits: false, version: 7 }),
      featureAccess: [],
    };
    const api = createFakeApi(state);
    render(
      <api.Providers>
        <LiveBalance />
        <MeteredButton feature="hero_ai_message" data-testid="send">
          Send
        </MeteredButton>
      </api.Providers>,
    );
    const button = await screen.findByTestId('send');
    await waitFor(() => expect(disabled(button)).toBe(false));

    act(() => api.push('balanceChanged', balance({ available: '0', version: 6 })));
    // Version 6 is older than the 7 on screen: nothing changes.
    await new Promise((r) => setTimeout(r, 0));
    expect(disabled(button)).toBe(false);

    act(() => api.push('balanceChanged', balance({ available: '0', version: 8 })));
    await waitFor(() => expect(disabled(button)).toBe(true));
  });
});

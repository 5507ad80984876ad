// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { balance, createFakeApi } from '../../test/fakeApi';
import { PlanPicker } from './PlanPicker';

afterEach(cleanup);

const DAY = 86_400_000;
const plans = [
  { code: 'pro', name: 'Pro', creditsPerPeriod: '20', priceCents: 2900, currency: 'usd' },
  { code: 'growth', name: 'Growth', creditsPerPeriod: '50', priceCents: 4900, currency: 'usd' },
  { code: 'agency', name: 'Agency', creditsPerPeriod: '100', priceCents: 8900, currency: 'usd' },
];

function setup(role = 'OWNER', current = plans[0]) {
  const now = Date.now();
  // 12 of 30 days left (plus a minute, so the whole-day count is stable while the test runs).
  const end = new Date(now + 12 * DAY + 60_000).toISOString();
  const start = new Date(now + 12 * DAY + 60_000 - 30 * DAY).toISOString();
  const changes: unknown[] = [];
  const api = createFakeApi({
    balance: balance(),
    plans,
    viewer: { role },
    billing: {
      status: 'ACTIVE',
      plan: current,
      scheduledPlan: null,
      currentPeriodStart: start,
      currentPeriodEnd: end,
      renewsAt: end,
    },
    // The server's share: 12 days and 10 minutes of 30, and what Stripe will charge for it today.
    planChangePreview: () => ({
      kind: 'UPGRADE',
      prorationCredits: '12.00463',
      effectiveAt: new Date(now).toISOString(),
      prorationDate: new Date(now).toISOString(),
      secondsLeft: 12 * 86_400 + 600,
      periodSeconds: 30 * 86_400,
      chargeTodayCents: 801,
    }),
    changePlan: ({ input }: { input: unknown }) => {
      changes.push(input);
      return {
        kind: 'UPGRADE',
        status: 'PENDING_PAYMENT',
        effectiveAt: new Date(now).toISOString(),
        prorationCredits: '12',
        fromPlan: { code: 'pro', name: 'Pro' },
        toPlan: { code: 'growth', name: 'Growth' },
      };
    },
  });
  render(
    <api.Providers>
      <PlanPicker />
    </api.Providers>,
  );
  return { changes, now };
}

describe('the plan picker', () => {
  it('compares plans and shows the prorated credits of an upgrade before confirming', async () => {
    const { changes, now } = setup();
    const picker = await screen.findByTestId('plan-picker');
    await waitFor(() => expect(picker.textContent).toMatch(/Current plan/));
    expect(screen.getByTestId('plan-growth').textContent).toMatch(/50 credits every billing period/);
    expect(screen.getByTestId('plan-growth').textContent).toMatch(/\$0\.98 per credit/);

    fireEvent.click(screen.getByTestId('choose-plan-growth'));
    const preview = await screen.findByTestId('proration-preview');
    // Days cut to two decimals, as the history writes them, and the amount charged today before confirming.
    await waitFor(() =>
      expect(preview.textContent).toMatch(/You get 12\.00 credits now: \(50 − 20\) × 12\.00 of 30 days left/),
    );
    expect(screen.getByTestId('charge-today').textContent).toBe('You pay $8.01 today');
    expect(changes).toHaveLength(0);

    fireEvent.click(screen.getByTestId('confirm-plan-change'));
    expect(await screen.findByTestId('plan-change-done')).toBeTruthy();
    // At the preview's moment, so the upgrade is prorated at exactly the share shown.
    expect(changes).toEqual([
      { plan: 'growth', idempotencyKey: expect.any(String), prorationDate: new Date(now).toISOString() },
    ]);
  });

  it('says a downgrade waits for renewal and grants nothing now', async () => {
    setup('OWNER', plans[1]);
    await waitFor(() => expect(screen.getByTestId('choose-plan-pro').textContent).toBe('Switch to Pro'));
    expect(screen.getByTestId('choose-plan-agency').textContent).toBe('Upgrade to Agency');
    fireEvent.click(screen.getByTestId('choose-plan-pro'));
    const confirm = await screen.findByTestId('plan-change-confirm');
    expect(confirm.textContent).toMatch(/Your plan changes to Pro at your next renewal on/);
    expect(confirm.textContent).toMatch(/nothing is clawed back or refunded/);
    expect(screen.queryByTestId('proration-preview')).toBeNull();
  });

  it('lets members compare but not change', async () => {
    setup('MEMBER');
    await waitFor(() =>
      expect(screen.getByTestId('plan-picker').textContent).toMatch(/Only a workspace owner or admin/),
    );
    expect((screen.getByTestId('choose-plan-growth') as HTMLButtonElement).disabled).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { isLivePeriod, supersedes, type SubscriptionVersion } from './subscription-order';

const d = (day: number, hour = 0) => new Date(Date.UTC(2026, 10, day, hour));
const stored: SubscriptionVersion = {
  stripeSubscriptionId: 'sub_a',
  canceled: false,
  startedAt: d(1),
  currentPeriodStart: d(1),
  stateAt: d(3),
};

describe('supersedes: is an incoming view of the subscription newer than the stored one', () => {
  it.each<[string, Partial<SubscriptionVersion>, boolean]>([
    ['the same view again', {}, true],
    ['a later event in the same period', { stateAt: d(4) }, true],
    ['an earlier event in the same period (a late upgrade event)', { stateAt: d(2) }, false],
    ['a later period, even from an older event', { currentPeriodStart: d(30), stateAt: d(2) }, true],
    ['an earlier period, even from a newer event', { currentPeriodStart: d(1, -1), stateAt: d(5) }, false],
    ['its cancellation', { canceled: true, stateAt: d(2) }, true],
    [
      'another subscription that started later',
      { stripeSubscriptionId: 'sub_b', startedAt: d(20), stateAt: d(2) },
      true,
    ],
    [
      'another subscription that started earlier',
      { stripeSubscriptionId: 'sub_0', startedAt: d(1, -5), stateAt: d(9) },
      false,
    ],
  ])('%s → %s', (_name, incoming, expected) => {
    expect(supersedes({ ...stored, ...incoming }, stored)).toBe(expected);
  });

  it('a canceled subscription never comes back, whatever the event time', () => {
    const canceled = { ...stored, canceled: true, stateAt: d(5) };
    expect(supersedes({ ...stored, stateAt: d(9) }, canceled)).toBe(false);
    expect(supersedes({ ...stored, canceled: true, stateAt: d(9) }, canceled)).toBe(true);
    expect(supersedes({ ...stored, stripeSubscriptionId: 'sub_b', startedAt: d(10) }, canceled)).toBe(true);
  });

  it('a row stored before event times were recorded takes any view of its period', () => {
    expect(supersedes({ ...stored, stateAt: d(1) }, { ...stored, stateAt: null })).toBe(true);
  });
});

describe('isLivePeriod: whether a paid period may still be credited', () => {
  it.each<[string, { canceled: boolean; currentPeriodStart: Date }, Date, boolean]>([
    ['the current period', { canceled: false, currentPeriodStart: d(1) }, d(1), true],
    ['an upgrade inside the current period', { canceled: false, currentPeriodStart: d(1) }, d(4), true],
    ['a period Stripe has moved past', { canceled: false, currentPeriodStart: d(30) }, d(1), false],
    ['a canceled subscription', { canceled: true, currentPeriodStart: d(1) }, d(1), false],
  ])('%s → %s', (_name, sub, lineStart, expected) => {
    expect(isLivePeriod(sub, lineStart)).toBe(expected);
  });
});

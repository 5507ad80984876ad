import { describe, expect, it } from 'vitest';
import { creditsForCents, upgradeProration } from './proration';

const pro = { name: 'Pro', creditsMicro: 20_000_000 };
const growth = { name: 'Growth', creditsMicro: 50_000_000 };
const agency = { name: 'Agency', creditsMicro: 100_000_000 };
const periodStart = new Date('2026-11-01T00:00:00Z');
const periodEnd = new Date('2026-12-01T00:00:00Z'); // 30 days

describe('upgradeProration', () => {
  it.each([
    [
      'at the start',
      '2026-11-01T00:00:00Z',
      pro,
      growth,
      30_000_000,
      'Upgrade Pro → Growth: 30 credits × 30 of 30 days left = 30.00',
    ],
    [
      '12 of 30 days left',
      '2026-11-19T00:00:00Z',
      pro,
      growth,
      12_000_000,
      'Upgrade Pro → Growth: 30 credits × 12 of 30 days left = 12.00',
    ],
    [
      'in the middle',
      '2026-11-16T00:00:00Z',
      growth,
      agency,
      25_000_000,
      'Upgrade Growth → Agency: 50 credits × 15 of 30 days left = 25.00',
    ],
    [
      'in the last hour',
      '2026-11-30T23:00:00Z',
      pro,
      agency,
      111_111,
      'Upgrade Pro → Agency: 80 credits × 0.04 of 30 days left = 0.11',
    ],
    [
      'one second before the end',
      '2026-11-30T23:59:59Z',
      pro,
      growth,
      11,
      'Upgrade Pro → Growth: 30 credits × 0.00 of 30 days left = 0.00',
    ],
    [
      'at the end',
      '2026-12-01T00:00:00Z',
      pro,
      growth,
      0,
      'Upgrade Pro → Growth: 30 credits × 0 of 30 days left = 0.00',
    ],
    [
      'before the start counts as the start',
      '2026-10-20T00:00:00Z',
      pro,
      growth,
      30_000_000,
      'Upgrade Pro → Growth: 30 credits × 30 of 30 days left = 30.00',
    ],
  ])('%s', (_name, at, from, to, grant, description) => {
    const p = upgradeProration({ fromPlan: from, toPlan: to, periodStart, periodEnd, changedAt: new Date(at) });
    expect(p.grantMicro).toBe(grant);
    expect(p.description).toBe(description);
    expect(p.grantMicro).toBe(Math.floor(((to.creditsMicro - from.creditsMicro) * p.secondsLeft) / p.periodSeconds));
  });

  it('rounds down to the micro-credit, never up', () => {
    // 30 credits × 1/3 of a 3-second period = 10 exactly; × 1/7 is 4.285714285… → 4.285714
    const p = upgradeProration({
      fromPlan: pro,
      toPlan: growth,
      periodStart,
      periodEnd: new Date(periodStart.getTime() + 7000),
      changedAt: new Date(periodStart.getTime() + 6000),
    });
    expect(p.grantMicro).toBe(4_285_714);
  });

  it('refuses a change that does not raise the allocation', () => {
    expect(() =>
      upgradeProration({ fromPlan: growth, toPlan: pro, periodStart, periodEnd, changedAt: periodStart }),
    ).toThrow(RangeError);
    expect(() =>
      upgradeProration({ fromPlan: pro, toPlan: pro, periodStart, periodEnd, changedAt: periodStart }),
    ).toThrow(RangeError);
  });
});

describe('creditsForCents', () => {
  const pack = { creditsMicro: 20_000_000, priceCents: 2000 };
  it.each([
    [2000, 20_000_000],
    [6000, 60_000_000],
    [1, 10_000],
    [1234, 12_340_000],
    [0, 0],
  ])('%i cents buy %i µcr', (cents, micro) => expect(creditsForCents(cents, pack)).toBe(micro));
});

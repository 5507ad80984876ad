import { describe, expect, it } from 'vitest';
import { DAY_MS, forecast } from './forecast';

const now = new Date('2026-12-01T12:00:00Z');
const daysFrom = (d: number) => new Date(now.getTime() + d * DAY_MS);
const C = 1_000_000;

describe('forecast', () => {
  it('averages the burn over the window and projects the balance and the allocation', () => {
    // 14 credits in 14 days: 1 a day. 30 available, 10 of them allocation, renewal in 20 days.
    const f = forecast({
      spentMicro: 14 * C,
      charges: 7,
      windowStart: daysFrom(-14),
      now,
      availableMicro: 30 * C,
      planAllocationMicro: 10 * C,
      renewsAt: daysFrom(20),
    });
    expect(f.burnPerDayMicro).toBe(C);
    expect(f.runsOutAt).toEqual(daysFrom(30));
    expect(f.daysUntilEmpty).toBe(30);
    expect(f.allocationRunsOutAt).toEqual(daysFrom(10));
    expect(f.allocationRunsOutBeforeRenewal).toBe(true);
    expect(f.allocationExpiringUnusedMicro).toBe(0);
  });

  it('says how much of the allocation expires unused at a slow pace', () => {
    const f = forecast({
      spentMicro: 7 * C,
      charges: 3,
      windowStart: daysFrom(-14),
      now,
      availableMicro: 50 * C,
      planAllocationMicro: 50 * C,
      renewsAt: daysFrom(10),
    });
    // 0.5 a day for 10 days: 5 used, 45 expire.
    expect(f.allocationRunsOutBeforeRenewal).toBe(false);
    expect(f.allocationExpiringUnusedMicro).toBe(45 * C);
  });

  it('averages over the window it is given (a workspace younger than the window: its life)', () => {
    const young = forecast({
      spentMicro: 4 * C,
      charges: 4,
      windowStart: daysFrom(-2),
      now,
      availableMicro: 10 * C,
      planAllocationMicro: 0,
      renewsAt: null,
    });
    expect(young.burnPerDayMicro).toBe(2 * C);
    expect(young.runsOutAt).toEqual(daysFrom(5));
  });

  it('gives no run-out date without spending, and the whole allocation expiring unused', () => {
    const f = forecast({
      spentMicro: 0,
      charges: 0,
      windowStart: daysFrom(-14),
      now,
      availableMicro: 10 * C,
      planAllocationMicro: 8 * C,
      renewsAt: daysFrom(3),
    });
    expect(f.runsOutAt).toBeNull();
    expect(f.daysUntilEmpty).toBeNull();
    expect(f.allocationRunsOutBeforeRenewal).toBe(false);
    expect(f.allocationExpiringUnusedMicro).toBe(8 * C);
  });

  it('an empty balance has run out now; rounding stays integer', () => {
    const f = forecast({
      spentMicro: 1,
      charges: 1,
      windowStart: daysFrom(-3),
      now,
      availableMicro: 0,
      planAllocationMicro: 0,
      renewsAt: null,
    });
    expect(f.runsOutAt).toEqual(now);
    expect(f.burnPerDayMicro).toBe(0);
    expect(Number.isInteger(f.allocationExpiringUnusedMicro)).toBe(true);
  });
});

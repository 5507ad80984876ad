import { describe, expect, it } from 'vitest';
import { forecastRunOut, forecastSentence, type ChargePoint } from './forecast';

const DAY = 86_400_000;
const now = new Date('2026-11-24T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY);
const charge = (credits: number, ago: number): ChargePoint => ({ amountMicro: -credits * 1_000_000, at: daysAgo(ago) });

describe('forecastRunOut', () => {
  it('projects 1 credit/day over 9 credits to 9 days out, 9 days before an 18-day renewal', () => {
    const charges = [charge(4, 4), charge(3, 2), charge(1, 1)]; // 8 credits over 4 days = 2/day
    const result = forecastRunOut({
      charges,
      availableMicro: 18_000_000,
      renewsAt: new Date(now.getTime() + 18 * DAY),
      now,
    });
    expect(result).toEqual({
      kind: 'runsOutBeforeRenewal',
      runOutAt: new Date(now.getTime() + 9 * DAY),
      daysBeforeRenewal: 9,
      perDayMicro: 2_000_000,
    });
    expect(forecastSentence(result!)).toBe('At this pace you run out around Dec 3, 9 days before renewal.');
  });

  it('says the credits last when the projection passes renewal', () => {
    const charges = [charge(1, 10), charge(1, 5), charge(1, 1)];
    const renewsAt = new Date(now.getTime() + 5 * DAY);
    const result = forecastRunOut({ charges, availableMicro: 10_000_000, renewsAt, now });
    expect(result?.kind).toBe('lastsUntilRenewal');
    expect(forecastSentence(result!)).toBe('At this pace your credits last until renewal on Nov 29.');
  });

  it('projects without a renewal date', () => {
    const result = forecastRunOut({
      charges: [charge(1, 3), charge(1, 2), charge(1, 1)],
      availableMicro: 1_000_000,
      renewsAt: null,
      now,
    });
    expect(result).toMatchObject({ kind: 'runsOut', runOutAt: new Date(now.getTime() + DAY) });
  });

  it.each([
    ['too few charges', [charge(5, 3), charge(5, 1)], 10_000_000],
    ['a window shorter than a day', [charge(1, 0.5), charge(1, 0.2), charge(1, 0.1)], 10_000_000],
    ['nothing left to forecast', [charge(1, 3), charge(1, 2), charge(1, 1)], 0],
    ['only charges older than the window', [charge(1, 30), charge(1, 20), charge(1, 16)], 10_000_000],
    ['zero-cost charges', [charge(0, 3), charge(0, 2), charge(0, 1)], 10_000_000],
  ])('gives no forecast with %s', (_name, charges, availableMicro) => {
    expect(forecastRunOut({ charges, availableMicro, renewsAt: null, now })).toBeNull();
  });

  it('ignores charges dated in the future (clock skew)', () => {
    const charges = [charge(1, 3), charge(1, 2), charge(1, 1), charge(100, -1)];
    const result = forecastRunOut({ charges, availableMicro: 3_000_000, renewsAt: null, now });
    expect(result).toMatchObject({ perDayMicro: 1_000_000 });
  });

  it('never uses floating point on amounts: large balances stay exact', () => {
    const charges = [charge(3, 3), charge(3, 2), charge(3, 1)];
    const result = forecastRunOut({ charges, availableMicro: 9_000_000_000_000, renewsAt: null, now });
    expect(result).toMatchObject({ kind: 'runsOut', runOutAt: new Date(now.getTime() + 3_000_000 * DAY) });
  });

  it('says "just before renewal" on the same day', () => {
    const charges = [charge(1, 3), charge(1, 2), charge(1, 1)];
    const renewsAt = new Date(now.getTime() + 3 * DAY + 3_600_000);
    const result = forecastRunOut({ charges, availableMicro: 3_000_000, renewsAt, now });
    expect(forecastSentence(result!)).toBe('At this pace you run out around Nov 27, just before renewal.');
  });
});

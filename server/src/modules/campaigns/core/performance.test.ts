import { describe, expect, it } from 'vitest';
import { dailyPerformance, totalsOf } from './performance';

const campaign = {
  id: '6f1c1a52-0000-4000-8000-000000000001',
  dailyBudgetCents: 5_000,
  launchedAt: new Date('2026-10-01T09:00:00Z'),
};
const today = new Date('2026-11-25T15:00:00Z');

describe('dailyPerformance', () => {
  it('is the same every time for the same campaign and days', () => {
    expect(dailyPerformance(campaign, today, 30)).toEqual(dailyPerformance(campaign, today, 30));
  });

  it('covers the last N days up to today, never before launch', () => {
    const days = dailyPerformance(campaign, today, 7);
    expect(days.map((d) => d.date)).toEqual([
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ]);
    expect(dailyPerformance(campaign, today, 365)[0]!.date).toBe('2026-10-01');
    expect(dailyPerformance({ ...campaign, launchedAt: null }, today, 30)).toEqual([]);
  });

  it('keeps every number a non-negative integer, spend within the daily budget', () => {
    for (const d of dailyPerformance(campaign, today, 365)) {
      for (const n of [d.impressions, d.clicks, d.conversions, d.spendCents]) {
        expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
      }
      expect(d.spendCents).toBeLessThanOrEqual(campaign.dailyBudgetCents);
      expect(d.clicks).toBeLessThanOrEqual(d.impressions);
      expect(d.conversions).toBeLessThanOrEqual(d.clicks);
    }
  });

  it('differs between campaigns', () => {
    const other = { ...campaign, id: '6f1c1a52-0000-4000-8000-000000000002' };
    expect(totalsOf(dailyPerformance(other, today, 30))).not.toEqual(totalsOf(dailyPerformance(campaign, today, 30)));
  });
});

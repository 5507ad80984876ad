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

describe('a campaign that has only just started', () => {
  const launchedAt = new Date('2026-11-30T10:00:00Z');
  const started = { id: 'camp-new', dailyBudgetCents: 4_000, launchedAt };

  it('has no impressions, clicks or spend seconds after its launch', () => {
    const seconds = new Date(launchedAt.getTime() + 10_000);
    expect(totalsOf(dailyPerformance(started, seconds, 30))).toEqual({
      impressions: 0,
      clicks: 0,
      conversions: 0,
      spendCents: 0,
    });
  });

  it('spends only the hours it has run, within the daily budget', () => {
    const sixHours = totalsOf(dailyPerformance(started, new Date(launchedAt.getTime() + 6 * 3_600_000), 30));
    const twelveHours = totalsOf(dailyPerformance(started, new Date(launchedAt.getTime() + 12 * 3_600_000), 30));
    expect(sixHours.spendCents).toBeGreaterThan(0);
    expect(sixHours.spendCents).toBeLessThanOrEqual(1_000); // a quarter of the $40 budget at most
    expect(twelveHours.spendCents).toBeGreaterThan(sixHours.spendCents);
  });
});

import { describe, expect, it } from 'vitest';
import { describeSplits, featureLabel, netChangeMicro, prorationShare, usageByDay, usageFeatures } from './history';

describe('describeSplits', () => {
  it('says what each grant paid', () => {
    expect(
      describeSplits([
        { amount: '1.2', grantLabel: 'Pro allocation' },
        { amount: '0.5', grantLabel: 'top-up' },
      ]),
    ).toBe('1.20 from Pro allocation, 0.50 from top-up');
  });
  it('ignores signs and zero splits', () => {
    expect(
      describeSplits([
        { amount: '-0.25', grantLabel: 'Top-up' },
        { amount: '0', grantLabel: 'Pro' },
      ]),
    ).toBe('0.25 from Top-up');
  });
  it('is empty without splits', () => expect(describeSplits([])).toBe(''));
});

describe('usageByDay', () => {
  const now = new Date(2026, 10, 24, 15, 0);
  const at = (day: number, hour = 12) => new Date(2026, 10, day, hour);

  it('sums µcr per day and feature, with empty days kept', () => {
    const rows = usageByDay(
      [
        { amountMicro: -1_200_000, at: at(24, 9), feature: 'hero_ai_message' },
        { amountMicro: -300_000, at: at(24, 10), feature: 'hero_ai_message' },
        { amountMicro: -500_000, at: at(22), feature: 'ad_copy' },
        { amountMicro: -100_000, at: at(22), feature: null },
        { amountMicro: -9_000_000, at: at(10), feature: 'ad_copy' }, // outside the window
      ],
      3,
      now,
    );
    expect(rows).toEqual([
      { day: '2026-11-22', byFeature: { ad_copy: 500_000, other: 100_000 }, totalMicro: 600_000 },
      { day: '2026-11-23', byFeature: {}, totalMicro: 0 },
      { day: '2026-11-24', byFeature: { hero_ai_message: 1_500_000 }, totalMicro: 1_500_000 },
    ]);
    expect(usageFeatures(rows)).toEqual(['hero_ai_message', 'ad_copy', 'other']);
  });

  it('crosses month ends', () => {
    const rows = usageByDay([], 3, new Date(2026, 11, 1, 8));
    expect(rows.map((r) => r.day)).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
  });
});

describe('featureLabel', () => {
  it.each([
    ['hero_ai_message', 'Hero AI'],
    ['keyword_research', 'Keyword research'],
    ['new_thing', 'new thing'],
    [null, '—'],
  ])('%s → %s', (f, label) => expect(featureLabel(f)).toBe(label));
});

describe('netChangeMicro', () => {
  it.each([
    ['a charge settling a 1.00 hold at 0.46', '0.54', '-1', -460_000],
    ['an overrun: 1.30 charged on a 1.00 hold', '-0.3', '-1', -1_300_000],
    ['a hold', '-1', '1', 0],
    ['a release', '1', '-1', 0],
    ['a grant', '20', '0', 20_000_000],
    ['a charge without a hold', '-0.25', '0', -250_000],
  ])('%s', (_name, amount, reservedChange, expected) => {
    expect(netChangeMicro({ amount, reservedChange })).toBe(expected);
  });
});

describe('prorationShare', () => {
  it('is the share of the period left, whatever unit the fraction is in', () => {
    expect(prorationShare('1727998/2592000')).toBe('66.67%');
    expect(prorationShare('12/30')).toBe('40.00%');
    expect(prorationShare('30/30')).toBe('100.00%');
  });
  it('is null for anything that is not a fraction of a period', () => {
    expect(prorationShare(null)).toBeNull();
    expect(prorationShare('')).toBeNull();
    expect(prorationShare('3/0')).toBeNull();
    expect(prorationShare('31/30')).toBeNull();
    expect(prorationShare('0.5')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { describeSplits, featureLabel, historyExportUrl, netChangeMicro, prorationShare, splitVerb } from './history';

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

describe('historyExportUrl', () => {
  it('passes the list filters to the server export', () => {
    expect(historyExportUrl(null)).toBe('/export/history.csv');
    expect(
      historyExportUrl({ types: ['CHARGE', 'GRANT'], feature: 'ad_copy', from: '2026-11-01T00:00:00.000Z', to: null }),
    ).toBe('/export/history.csv?types=CHARGE%2CGRANT&feature=ad_copy&from=2026-11-01T00%3A00%3A00.000Z');
  });
});

describe('splitVerb', () => {
  it('says which way each kind of entry moved credits', () => {
    const split = [{ amount: '20', grantLabel: 'Top-up #2' }];
    expect(describeSplits(split, splitVerb('GRANT', 20_000_000))).toBe('20.00 into Top-up #2');
    expect(describeSplits(split, splitVerb('CHARGE', -20_000_000))).toBe('20.00 from Top-up #2');
    expect(describeSplits(split, splitVerb('EXPIRY', -20_000_000))).toBe('20.00 expired from Top-up #2');
    expect(describeSplits(split, splitVerb('REFUND', -20_000_000))).toBe('20.00 taken back from Top-up #2');
    expect(describeSplits(split, splitVerb('DEFICIT_REPAYMENT', 0))).toBe('20.00 paid from Top-up #2');
    expect(splitVerb('ADJUSTMENT', 1)).toBe('into');
    expect(splitVerb('ADJUSTMENT', -1)).toBe('from');
  });
});

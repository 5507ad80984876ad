import { describe, expect, it } from 'vitest';
import { prorationPreview } from './proration';

const M = 1_000_000;
const start = new Date('2026-11-01T00:00:00Z');
const end = new Date('2026-12-01T00:00:00Z'); // 30 days
const at = (day: number) => new Date(start.getTime() + day * 86_400_000);

describe('prorationPreview', () => {
  it.each([
    // old, new, day of period, expected µcr
    ['Pro → Growth with 12 of 30 days left', 20 * M, 50 * M, 18, 12 * M],
    ['Growth → Agency at the start', 50 * M, 100 * M, 0, 50 * M],
    ['Pro → Agency half way', 20 * M, 100 * M, 15, 40 * M],
    ['at the very end', 20 * M, 50 * M, 30, 0],
    ['after the end', 20 * M, 50 * M, 31, 0],
    ['before the start (clamped to the whole period)', 20 * M, 50 * M, -2, 30 * M],
    ['a downgrade', 50 * M, 20 * M, 10, 0],
    ['the same plan', 20 * M, 20 * M, 10, 0],
  ])('%s', (_name, oldMicro, newMicro, day, expected) => {
    expect(prorationPreview(oldMicro, newMicro, start, end, at(day)).grantMicro).toBe(expected);
  });

  it('rounds down to the µcr: 30 credits × 1/3 of a 30-day period less 1 ms', () => {
    const now = new Date(end.getTime() - 10 * 86_400_000 - 1);
    const p = prorationPreview(20 * M, 50 * M, start, end, now);
    // 30e6 × (864e6 + 1) / 2592e6 = 10_000_000.0115… → 10_000_000
    expect(p.grantMicro).toBe(10_000_000);
    expect(p).toMatchObject({ daysLeft: 10, periodDays: 30, differenceMicro: 30 * M });
  });

  it('stays exact where doubles would not (µcr × ms above 2^53)', () => {
    const p = prorationPreview(0, 999_999_999 * M, start, end, at(7));
    expect(p.grantMicro).toBe(Number((999_999_999n * 1_000_000n * 23n) / 30n));
  });

  it.each([
    ['a negative amount', -1, 20 * M, start, end],
    ['a fractional amount', 0.5, 20 * M, start, end],
    ['an empty period', 0, 20 * M, end, end],
    ['an inverted period', 0, 20 * M, end, start],
  ])('rejects %s', (_name, oldMicro, newMicro, s, e) => {
    expect(() => prorationPreview(oldMicro, newMicro, s, e, at(3))).toThrow(RangeError);
  });
});

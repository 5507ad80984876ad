import { describe, expect, it } from 'vitest';
import { NO_FILTERS, toApiFilter } from './TransactionHistory';

describe('toApiFilter', () => {
  it('hides holds and releases by default, and only then', () => {
    expect(toApiFilter(NO_FILTERS)?.types).toEqual(expect.not.arrayContaining(['HOLD', 'RELEASE']));
    expect(toApiFilter(NO_FILTERS)?.types).toContain('CHARGE');
    expect(toApiFilter({ ...NO_FILTERS, showHolds: true })).toBeNull();
    expect(toApiFilter({ ...NO_FILTERS, type: 'HOLD' })?.types).toEqual(['HOLD']);
  });

  it('turns calendar days into a [from, to) range that includes the whole "to" day', () => {
    const f = toApiFilter({ ...NO_FILTERS, showHolds: true, from: '2026-11-01', to: '2026-11-03', feature: 'ad_copy' });
    expect(f).toEqual({
      feature: 'ad_copy',
      from: new Date(2026, 10, 1).toISOString(),
      to: new Date(2026, 10, 4).toISOString(),
    });
  });
});

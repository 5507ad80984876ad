import { describe, expect, it } from 'vitest';
import { overrunAllowanceMicro, packsPaidFor, shareMicro, upgradeCreditsMicro } from './amounts';

const C = 1_000_000;
const DAY_S = 86_400;
const START_S = Date.parse('2026-11-01T00:00:00Z') / 1000;
const PACK = { creditsMicro: 20 * C, priceCents: 2000 };

describe('upgrade credits (SPEC §4)', () => {
  it.each([
    { name: 'Pro → Growth with 12 of 30 days left = 12', from: 20, to: 50, left: 12 * DAY_S, expected: 12 * C },
    {
      name: 'Pro → Agency on the first second: the whole difference',
      from: 20,
      to: 100,
      left: 30 * DAY_S,
      expected: 80 * C,
    },
    { name: 'one second left of 30 days, rounded down', from: 20, to: 50, left: 1, expected: 11 },
    { name: 'a third of the period: 30 × 1/3 = 10 exactly', from: 20, to: 50, left: 10 * DAY_S, expected: 10 * C },
    { name: 'no time left: nothing', from: 20, to: 50, left: 0, expected: 0 },
    { name: 'a downgrade grants nothing', from: 50, to: 20, left: 12 * DAY_S, expected: 0 },
  ])('$name', ({ from, to, left, expected }) => {
    const periodEndS = START_S + 30 * DAY_S;
    expect(
      upgradeCreditsMicro({
        fromMicro: from * C,
        toMicro: to * C,
        periodStartS: START_S,
        periodEndS,
        changedAtS: periodEndS - left,
      }),
    ).toBe(expected);
  });

  it('a change before the period counts from its start; after its end, nothing', () => {
    const base = { fromMicro: 20 * C, toMicro: 50 * C, periodStartS: START_S, periodEndS: START_S + 30 * DAY_S };
    expect(upgradeCreditsMicro({ ...base, changedAtS: START_S - DAY_S })).toBe(30 * C);
    expect(upgradeCreditsMicro({ ...base, changedAtS: START_S + 31 * DAY_S })).toBe(0);
  });

  it('stays exact where µcr × seconds passes 2^53', () => {
    const huge = { fromMicro: 0, toMicro: 1e15, periodStartS: 0, periodEndS: 3 * 365 * DAY_S };
    expect(upgradeCreditsMicro({ ...huge, changedAtS: DAY_S })).toBe(999_086_757_990_867);
  });
});

describe('top-up credits and the overrun allowance', () => {
  it.each([
    { cents: 2000, packs: 1 },
    { cents: 6000, packs: 3 },
    { cents: 2500, packs: 1 },
    { cents: 1999, packs: 0 },
    { cents: 0, packs: 0 },
  ])('$cents cents pay for $packs packs', ({ cents, packs }) => {
    expect(packsPaidFor(cents, PACK)).toBe(packs);
  });

  it.each([
    { hold: 2 * C, expected: C },
    { hold: 4 * C, expected: C },
    { hold: 10 * C, expected: 2_500_000 },
    { hold: 10 * C + 3, expected: 2_500_000 },
  ])('a hold of $hold µcr may be exceeded by $expected', ({ hold, expected }) => {
    expect(overrunAllowanceMicro(hold, { percent: 25, minimumMicro: C })).toBe(expected);
  });
});

describe('the share of a payment its money stands for', () => {
  it.each([
    { cents: 2000, expected: 20 * C },
    { cents: 500, expected: 5 * C },
    { cents: 4000, expected: 20 * C },
    { cents: 1, expected: 10_000 },
    { cents: 0, expected: 0 },
  ])('$cents of 2000 cents that granted 20 credits: $expected µcr', ({ cents, expected }) => {
    expect(shareMicro(20 * C, 2000, cents)).toBe(expected);
  });

  it('rounds down, and stays exact where µcr × cents passes 2^53', () => {
    expect(shareMicro(10, 3, 1)).toBe(3);
    expect(shareMicro(1e15, 1e6, 999_999)).toBe(999_999_000_000_000);
  });
});

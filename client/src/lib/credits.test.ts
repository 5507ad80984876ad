import { describe, expect, it } from 'vitest';
import {
  centsToInput,
  formatCredits,
  formatMoney,
  parseMoneyToCents,
  toCreditsString,
  toMicro,
  toMicroOrNull,
} from './credits';

describe('toMicro', () => {
  it.each([
    ['0', 0],
    ['19.5', 19_500_000],
    ['0.137', 137_000],
    ['-1.2', -1_200_000],
    ['0.000001', 1],
    ['100', 100_000_000],
  ])('%s → %d µcr', (text, micro) => expect(toMicro(text)).toBe(micro));

  it.each(['', 'abc', '1.1234567', '1e3', 'NaN', '--1'])('rejects %j', (text) => {
    expect(() => toMicro(text)).toThrow(RangeError);
  });

  it('maps missing or malformed optional values to null', () => {
    expect(toMicroOrNull(null)).toBeNull();
    expect(toMicroOrNull('x')).toBeNull();
    expect(toMicroOrNull('2')).toBe(2_000_000);
  });
});

describe('formatCredits', () => {
  it.each([
    [1_005_000, '1.01'],
    [1_004_999, '1.00'],
    [-1_005_000, '-1.01'],
    [-4_000, '0.00'],
    [1_234_567_890, '1,234.57'],
    [20_000_000, '20.00'],
  ])('%d µcr → %s', (micro, text) => expect(formatCredits(micro)).toBe(text));

  it('round-trips exact strings', () => {
    for (const text of ['0', '19.5', '0.137', '-1.2', '20']) expect(toCreditsString(toMicro(text))).toBe(text);
  });
});

describe('formatMoney', () => {
  it.each([
    [2900, 'usd', '$29.00'],
    [5, 'usd', '$0.05'],
    [123456, 'eur', '€1,234.56'],
    [100, 'chf', '1.00 CHF'],
  ])('%d %s → %s', (cents, currency, text) => expect(formatMoney(cents, currency)).toBe(text));

  it('drops zero cents on request only', () => {
    expect(formatMoney(2000, 'usd', { whole: true })).toBe('$20');
    expect(formatMoney(2050, 'usd', { whole: true })).toBe('$20.50');
  });
});

describe('parseMoneyToCents', () => {
  it.each([
    ['25', 2500],
    ['25.5', 2550],
    ['$25.05', 2505],
    [' 0.99 ', 99],
    ['', null],
    ['1.234', null],
    ['-5', null],
    ['1e3', null],
  ])('%j → %s', (text, cents) => expect(parseMoneyToCents(text)).toBe(cents));
  it('round-trips through the input format', () => expect(parseMoneyToCents(centsToInput(2505))).toBe(2505));
});

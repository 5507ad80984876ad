import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertSafeMicro,
  CreditsFormatError,
  formatCredits,
  formatCreditsFixed,
  MAX_CREDITS_INPUT_MICRO,
  MICRO_PER_CREDIT,
  parseCredits,
} from './money';

describe('constants', () => {
  it('are integers in the safe range', () => {
    expect(MICRO_PER_CREDIT).toBe(1_000_000);
    expect(MAX_CREDITS_INPUT_MICRO).toBe(1e15);
    expect(Number.isSafeInteger(MAX_CREDITS_INPUT_MICRO)).toBe(true);
  });
});

describe('parseCredits', () => {
  it.each([
    ['0', 0],
    ['0.0', 0],
    ['1', 1_000_000],
    ['20', 20_000_000],
    ['19.5', 19_500_000],
    ['0.137', 137_000],
    ['0.000001', 1],
    ['1.000001', 1_000_001],
    ['123456.789012', 123_456_789_012],
    ['999999999.999999', 999_999_999_999_999],
    ['1000000000', 1e15],
    ['1000000000.000000', 1e15],
  ])('%j → %d µcr', (text, micro) => {
    expect(parseCredits(text)).toBe(micro);
  });

  it.each([
    ['', 'empty'],
    ['-1', 'negative'],
    ['-0', 'negative'],
    ['-0.5', 'negative'],
    ['1e3', 'exponent notation'],
    ['1.5E2', 'exponent notation'],
    ['1e-6', 'exponent notation'],
    ['NaN', 'not a finite number'],
    ['Infinity', 'not a finite number'],
    ['-Infinity', 'negative'],
    ['0.0000001', 'more than 6 fractional digits'],
    ['1.1234567', 'more than 6 fractional digits'],
    ['1000000000.000001', 'above maximum of 1000000000 credits'],
    ['99999999999999999999999', 'above maximum of 1000000000 credits'],
    ['01', 'leading zeros'],
    ['00.5', 'leading zeros'],
    [' 1', 'surrounding whitespace'],
    ['1 ', 'surrounding whitespace'],
    ['abc', 'not a decimal number'],
    ['1.', 'not a decimal number'],
    ['.5', 'not a decimal number'],
    ['+1', 'not a decimal number'],
    ['1,5', 'not a decimal number'],
    ['1_000', 'not a decimal number'],
    ['0x10', 'not a decimal number'],
    ['١', 'not a decimal number'],
  ])('rejects %j (%s)', (text, reason) => {
    let caught: unknown;
    try {
      parseCredits(text);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CreditsFormatError);
    expect((caught as CreditsFormatError).reason).toBe(reason);
  });

  it('rejects non-strings at run time', () => {
    expect(() => parseCredits(12 as unknown as string)).toThrow(CreditsFormatError);
  });

  it('round-trips with formatCredits for every amount up to the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CREDITS_INPUT_MICRO }), (micro) => {
        expect(parseCredits(formatCredits(micro))).toBe(micro);
      }),
    );
  });
});

describe('formatCredits', () => {
  it.each([
    [0, '0'],
    [1, '0.000001'],
    [137_000, '0.137'],
    [500_000, '0.5'],
    [19_500_000, '19.5'],
    [20_000_000, '20'],
    [-1_200_000, '-1.2'],
    [-1, '-0.000001'],
    [1_000_001, '1.000001'],
    [1e15, '1000000000'],
    [Number.MAX_SAFE_INTEGER, '9007199254.740991'],
    [Number.MIN_SAFE_INTEGER, '-9007199254.740991'],
  ])('%d µcr → %j', (micro, text) => {
    expect(formatCredits(micro)).toBe(text);
  });

  it.each([[0.5], [NaN], [Infinity], [2 ** 53]])('throws on %d', (micro) => {
    expect(() => formatCredits(micro)).toThrow(RangeError);
  });
});

describe('formatCreditsFixed (round half away from zero)', () => {
  it.each([
    [0, 2, '0.00'],
    [19_500_000, 2, '19.50'],
    [137_000, 2, '0.14'],
    [1_005_000, 2, '1.01'],
    [1_004_999, 2, '1.00'],
    [-1_005_000, 2, '-1.01'],
    [-1_004_999, 2, '-1.00'],
    [-4_000, 2, '0.00'],
    [-5_000, 2, '-0.01'],
    [999_999, 2, '1.00'],
    [9_995_000, 2, '10.00'],
    [1_500_000, 0, '2'],
    [2_500_000, 0, '3'],
    [-2_500_000, 0, '-3'],
    [2_499_999, 0, '2'],
    [1_234_567, 6, '1.234567'],
    [1_234_567, 5, '1.23457'],
    [1_234_567, 1, '1.2'],
    [20_000_000, 2, '20.00'],
    [Number.MAX_SAFE_INTEGER, 2, '9007199254.74'],
  ])('%d µcr with %d digits → %j', (micro, digits, text) => {
    expect(formatCreditsFixed(micro, digits)).toBe(text);
  });

  it('defaults to 2 digits', () => {
    expect(formatCreditsFixed(1_200_000)).toBe('1.20');
  });

  it.each([[-1], [7], [1.5], [NaN]])('rejects digits=%d', (digits) => {
    expect(() => formatCreditsFixed(1, digits)).toThrow(RangeError);
  });

  it('throws on a non-integer amount', () => {
    expect(() => formatCreditsFixed(0.1)).toThrow(RangeError);
  });
});

describe('assertSafeMicro', () => {
  it.each([[0], [1], [-1], [Number.MAX_SAFE_INTEGER], [Number.MIN_SAFE_INTEGER]])('accepts %d', (n) => {
    expect(() => assertSafeMicro(n, 'x')).not.toThrow();
  });

  it.each([[0.5], [NaN], [Infinity], [-Infinity], [2 ** 53], ['1'], [null], [undefined], [1n]])('rejects %s', (n) => {
    expect(() => assertSafeMicro(n, 'amount')).toThrow(/amount must be a safe integer/);
  });
});

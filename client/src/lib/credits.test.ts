import { describe, expect, it } from 'vitest';
import { toCreditsString, toMicro, toMicroOrNull } from './credits';

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

describe('toCreditsString', () => {
  it('round-trips exact strings', () => {
    for (const text of ['0', '19.5', '0.137', '-1.2', '20']) expect(toCreditsString(toMicro(text))).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { SafeIntegerType } from './columns';

describe('amount columns read back exactly or not at all', () => {
  const type = new SafeIntegerType();

  it.each([
    ['0', 0],
    ['1000000', 1_000_000],
    ['-25', -25],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('%s reads as %i', (stored, expected) => {
    expect(type.convertToJSValue(stored)).toBe(expected);
  });

  it.each(['9007199254740993', '-9007199254740993', '1e300'])('%s is refused rather than rounded', (stored) => {
    expect(() => type.convertToJSValue(stored)).toThrow(RangeError);
  });

  it('null stays null (a nullable column)', () => {
    expect(type.convertToJSValue(null)).toBeNull();
  });
});

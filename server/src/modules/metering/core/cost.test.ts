import { describe, expect, it } from 'vitest';
import { boundMicro, costMicro, groupThousands } from './cost';
import { DEFAULT_RATE_CARD, rateCardProblems, type FeatureRate, type RateCard } from './rate-card';
import { METERED_FEATURES } from './features';

const rate: FeatureRate = {
  inputMicroPer1k: 30_000,
  outputMicroPer1k: 120_000,
  minimumMicro: 10_000,
  maxInputTokens: 12_000,
  maxOutputTokens: 1_200,
};

describe('costMicro', () => {
  it.each([
    // [input, output, expected µcr, why]
    [0, 0, 10_000, 'nothing used: the minimum'],
    [100, 10, 10_000, '3,000 + 1,200 = 4,200 µcr is under the minimum'],
    [1_000, 1_000, 150_000, 'exact thousands: no rounding'],
    [1, 0, 10_000, 'one token: 30 µcr, minimum applies'],
    [8_000, 412, 289_440, '240,000 + 49,440'],
    [8_001, 412, 289_470, '240,030 + 49,440'],
    [12_000, 1_200, 504_000, 'both limits: the bound'],
  ])('%i in, %i out → %i µcr (%s)', (inputTokens, outputTokens, expected) => {
    expect(costMicro(rate, { inputTokens, outputTokens })).toBe(expected);
  });

  it.each([
    // rates that leave a remainder: each case rounds the exact sum up once, to the µcr
    [{ inputMicroPer1k: 1, outputMicroPer1k: 0 }, 1, 0, 1, '0.001 µcr rounds up to 1'],
    [{ inputMicroPer1k: 1, outputMicroPer1k: 0 }, 1_000, 0, 1, 'exactly 1 µcr'],
    [{ inputMicroPer1k: 1, outputMicroPer1k: 0 }, 1_001, 0, 2, '1.001 µcr rounds up to 2'],
    [{ inputMicroPer1k: 333, outputMicroPer1k: 667 }, 1, 1, 1, '0.333 + 0.667 = 1 exactly: one rounding, not two'],
    [{ inputMicroPer1k: 333, outputMicroPer1k: 333 }, 1, 1, 1, '0.666 → 1'],
    [{ inputMicroPer1k: 999, outputMicroPer1k: 0 }, 3, 0, 3, '2.997 → 3'],
  ])('%o, %i in, %i out → %i µcr (%s)', (rates, inputTokens, outputTokens, expected) => {
    const r = { ...rate, ...rates, minimumMicro: 0 };
    expect(costMicro(r, { inputTokens, outputTokens })).toBe(expected);
  });

  it.each([
    [-1, 0],
    [0, -1],
    [1.5, 0],
    [0, Number.NaN],
    [Number.POSITIVE_INFINITY, 0],
  ])('refuses %s in / %s out', (inputTokens, outputTokens) => {
    expect(() => costMicro(rate, { inputTokens, outputTokens })).toThrow(RangeError);
  });

  it('stays exact for huge reported token counts and refuses what leaves the safe range', () => {
    const big = { ...rate, inputMicroPer1k: 1_000_000_000 };
    expect(costMicro(big, { inputTokens: 9_000_000, outputTokens: 0 })).toBe(9_000_000_000_000);
    expect(() => costMicro(big, { inputTokens: Number.MAX_SAFE_INTEGER, outputTokens: 0 })).toThrow(RangeError);
  });
});

describe('boundMicro', () => {
  it('is the cost at both token limits, and no run within the limits costs more', () => {
    const bound = boundMicro(rate);
    expect(bound).toBe(504_000);
    for (const [i, o] of [
      [0, 0],
      [12_000, 0],
      [0, 1_200],
      [11_999, 1_199],
    ]) {
      expect(costMicro(rate, { inputTokens: i!, outputTokens: o! })).toBeLessThanOrEqual(bound);
    }
  });
});

describe('the default rate card', () => {
  it('is valid and prices every metered feature', () => {
    expect(rateCardProblems(DEFAULT_RATE_CARD)).toEqual([]);
    for (const f of METERED_FEATURES) expect(boundMicro(DEFAULT_RATE_CARD.features[f])).toBeGreaterThan(0);
  });

  it.each([
    [{ version: '' }, 'version: 1-40 letters, digits, . _ -'],
    [{ hero_ai_message: { ...rate, inputMicroPer1k: -1 } }, 'features.hero_ai_message.inputMicroPer1k'],
    [{ ad_copy: { ...rate, maxOutputTokens: 0 } }, 'features.ad_copy.maxOutputTokens'],
    [{ sitelinks: { ...rate, minimumMicro: 0.5 } }, 'features.sitelinks.minimumMicro'],
    [{ sitelinks: undefined }, 'features.sitelinks: missing'],
  ])('reports %o', (change, problem) => {
    const { version, ...features } = change as Record<string, unknown>;
    const card = {
      version: typeof version === 'string' ? version : DEFAULT_RATE_CARD.version,
      features: { ...DEFAULT_RATE_CARD.features, ...features },
    } as RateCard;
    expect(rateCardProblems(card).join('\n')).toContain(problem);
  });
});

describe('groupThousands', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1_000, '1,000'],
    [8_412, '8,412'],
    [1_234_567, '1,234,567'],
    [-12_345, '-12,345'],
  ])('%i → %s', (n, text) => expect(groupThousands(n)).toBe(text));
});

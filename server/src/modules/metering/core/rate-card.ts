import { METERED_FEATURES, type MeteredFeature } from './features';

/**
 * What one feature costs. Rates are integer µcr per 1,000 tokens, so a rate card never needs a
 * fraction; the token limits make the worst case finite, and that worst case is what a run holds.
 */
export interface FeatureRate {
  inputMicroPer1k: number;
  outputMicroPer1k: number;
  /** The least a run that finished is charged, however few tokens it used. */
  minimumMicro: number;
  /** Larger requests are refused before anything is reserved. */
  maxInputTokens: number;
  /** Passed to the provider as its output limit. */
  maxOutputTokens: number;
}

export interface RateCard {
  /** Recorded on every charge, so support can audit a charge against the card it was priced with. */
  version: string;
  features: Record<MeteredFeature, FeatureRate>;
}

/**
 * Calibrated against the local provider's output (see test/integration/metering.test.ts, which prints the
 * figure): a typical campaign setup (ad copy + sitelinks + keywords + creation) costs 1.5-2 credits, a simple
 * Hero AI lookup a few hundredths of a credit, a deep investigation (several campaigns, weeks of daily data)
 * several times that.
 */
export const DEFAULT_RATE_CARD: RateCard = {
  version: '2026-11-01',
  features: {
    hero_ai_message: {
      inputMicroPer1k: 30_000,
      outputMicroPer1k: 120_000,
      minimumMicro: 10_000,
      maxInputTokens: 12_000,
      maxOutputTokens: 1_200,
    },
    ad_copy: {
      inputMicroPer1k: 400_000,
      outputMicroPer1k: 1_350_000,
      minimumMicro: 100_000,
      maxInputTokens: 2_500,
      maxOutputTokens: 500,
    },
    sitelinks: {
      inputMicroPer1k: 400_000,
      outputMicroPer1k: 1_350_000,
      minimumMicro: 100_000,
      maxInputTokens: 2_500,
      maxOutputTokens: 500,
    },
    keyword_research: {
      inputMicroPer1k: 400_000,
      outputMicroPer1k: 1_350_000,
      minimumMicro: 100_000,
      maxInputTokens: 2_500,
      maxOutputTokens: 500,
    },
    campaign_creation: {
      inputMicroPer1k: 400_000,
      outputMicroPer1k: 1_350_000,
      minimumMicro: 200_000,
      maxInputTokens: 3_000,
      maxOutputTokens: 600,
    },
    product_analysis: {
      inputMicroPer1k: 200_000,
      outputMicroPer1k: 800_000,
      minimumMicro: 100_000,
      maxInputTokens: 1_500,
      maxOutputTokens: 800,
    },
  },
};

/** Largest rate accepted: 1,000 credits per 1,000 tokens keeps every product of the cost maths exact. */
const MAX_RATE_MICRO = 1_000_000_000;
const MAX_TOKENS = 1_000_000;

/** Problems with a rate card, each naming the field; empty when it is usable. */
export function rateCardProblems(card: RateCard): string[] {
  const problems: string[] = [];
  if (!/^[A-Za-z0-9._-]{1,40}$/.test(card.version)) problems.push('version: 1-40 letters, digits, . _ -');
  for (const feature of METERED_FEATURES) {
    const rate = card.features[feature];
    if (!rate) {
      problems.push(`features.${feature}: missing`);
      continue;
    }
    const check = (field: keyof FeatureRate, min: number, max: number) => {
      const v = rate[field];
      if (!Number.isSafeInteger(v) || v < min || v > max) {
        problems.push(`features.${feature}.${field}: an integer from ${min} to ${max}`);
      }
    };
    check('inputMicroPer1k', 0, MAX_RATE_MICRO);
    check('outputMicroPer1k', 0, MAX_RATE_MICRO);
    check('minimumMicro', 0, MAX_RATE_MICRO);
    check('maxInputTokens', 1, MAX_TOKENS);
    check('maxOutputTokens', 1, MAX_TOKENS);
  }
  return problems;
}

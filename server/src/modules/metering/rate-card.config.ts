import { z } from 'zod';
import { ConfigError } from '../../platform/config';
import { DEFAULT_RATE_CARD, METERED_FEATURES, rateCardProblems, type RateCard } from './core';

const rateSchema = z.object({
  inputMicroPer1k: z.number(),
  outputMicroPer1k: z.number(),
  minimumMicro: z.number(),
  maxInputTokens: z.number(),
  maxOutputTokens: z.number(),
});

const cardSchema = z.object({
  version: z.string(),
  features: z.object(
    Object.fromEntries(METERED_FEATURES.map((f) => [f, rateSchema])) as Record<
      (typeof METERED_FEATURES)[number],
      typeof rateSchema
    >,
  ),
});

/** The rate card in force: RATE_CARD_JSON when set (every feature, integer µcr), else the default. */
export function loadRateCard(config: { RATE_CARD_JSON?: string }): RateCard {
  if (!config.RATE_CARD_JSON) return DEFAULT_RATE_CARD;
  let raw: unknown;
  try {
    raw = JSON.parse(config.RATE_CARD_JSON);
  } catch {
    throw new ConfigError(['RATE_CARD_JSON: must be valid JSON']);
  }
  const parsed = cardSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `RATE_CARD_JSON.${i.path.join('.')}: ${i.message}`));
  }
  const card = parsed.data as RateCard;
  const problems = rateCardProblems(card);
  if (problems.length) throw new ConfigError(problems.map((p) => `RATE_CARD_JSON.${p}`));
  return card;
}

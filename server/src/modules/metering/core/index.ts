/** Pure metering core: rate card, cost maths. No I/O, integer µcr only. */
export { METERED_FEATURES, FEATURE_LABELS, isMeteredFeature, type MeteredFeature } from './features';
export { DEFAULT_RATE_CARD, rateCardProblems, type FeatureRate, type RateCard } from './rate-card';
export { costMicro, boundMicro, groupThousands, type TokenUsage } from './cost';

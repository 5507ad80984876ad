/** The features that cost credits (SPEC section 5). Everything else never depends on the balance. */
export const METERED_FEATURES = [
  'hero_ai_message',
  'campaign_creation',
  'ad_copy',
  'sitelinks',
  'keyword_research',
  'product_analysis',
] as const;

export type MeteredFeature = (typeof METERED_FEATURES)[number];

export const FEATURE_LABELS: Record<MeteredFeature, string> = {
  hero_ai_message: 'Hero AI message',
  campaign_creation: 'Campaign creation',
  ad_copy: 'Ad copy generation',
  sitelinks: 'Sitelinks',
  keyword_research: 'Keyword research',
  product_analysis: 'Product analysis',
};

export const isMeteredFeature = (value: string): value is MeteredFeature =>
  (METERED_FEATURES as readonly string[]).includes(value);

/**
 * One colour per feature key, the same on every visit and in every chart: a colour follows the feature, not its
 * rank in the current range. The known features have their own; any other key (a partner's feature) gets one
 * of the spare colours by a hash of its name, so it too keeps its colour. In the dark theme each colour is a
 * lighter shade of the same hue (same position in the lists), so a bar stands out from the dark card (at least
 * 3:1, see featureColors.test.ts) and still reads as the same feature.
 */
const KNOWN: Record<string, readonly [light: string, dark: string]> = {
  hero_ai_message: ['#4f46e5', '#818cf8'],
  campaign_creation: ['#a855f7', '#c084fc'],
  ad_copy: ['#0ea5e9', '#38bdf8'],
  sitelinks: ['#f59e0b', '#fbbf24'],
  keyword_research: ['#10b981', '#34d399'],
  product_analysis: ['#ef4444', '#f87171'],
  other: ['#64748b', '#94a3b8'],
};

const SPARE: readonly (readonly [light: string, dark: string])[] = [
  ['#db2777', '#f472b6'],
  ['#0d9488', '#2dd4bf'],
  ['#ca8a04', '#facc15'],
  ['#7c3aed', '#a78bfa'],
  ['#2563eb', '#60a5fa'],
  ['#ea580c', '#fb923c'],
  ['#65a30d', '#a3e635'],
  ['#0891b2', '#22d3ee'],
];

export type ColorScheme = 'light' | 'dark';

/** The colour of a feature key (null or '' for charges without a feature), in the given theme. */
export function featureColor(feature: string | null | undefined, scheme: ColorScheme = 'light'): string {
  const key = feature || 'other';
  let pair = KNOWN[key];
  if (!pair) {
    let hash = 0;
    for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) >>> 0;
    pair = SPARE[hash % SPARE.length]!;
  }
  return pair[scheme === 'dark' ? 1 : 0];
}

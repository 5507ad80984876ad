/**
 * Why a metered control is disabled, or null when it can run. Pure, so every page states the same reason.
 *
 * `featureAccess` from the API is authoritative when present (it knows each feature's worst-case hold);
 * without it, an out-of-credits balance is enough to say no. Unknown state (still loading) leaves the control
 * enabled: the server pre-checks anyway, and a refusal opens the out-of-credits screen.
 */

/** The API's feature names (FeatureAccess.feature, Transaction.feature). */
export type MeteredFeature =
  'campaign_creation' | 'hero_ai_message' | 'ad_copy' | 'sitelinks' | 'keyword_research' | 'product_analysis';

export const FEATURE_LABELS: Record<MeteredFeature, string> = {
  campaign_creation: 'Campaign creation',
  hero_ai_message: 'Hero AI',
  ad_copy: 'Ad copy generation',
  sitelinks: 'Sitelinks',
  keyword_research: 'Keyword research',
  product_analysis: 'Product analysis',
};

export interface AccessState {
  allowed: boolean;
  /** The server's own words, when it gives them. */
  reason?: string | null;
}

export interface BalanceState {
  outOfCredits: boolean;
  availableMicro: number;
}

export type DisabledCode = 'OUT_OF_CREDITS' | 'NOT_ENOUGH_CREDITS' | 'NOT_ALLOWED';

export interface DisabledReason {
  code: DisabledCode;
  message: string;
  /** Show the ways out (buy, upgrade, wait for renewal) next to the control. */
  creditsWayOut: boolean;
}

const OUT_OF_CREDITS: Record<MeteredFeature, string> = {
  campaign_creation: "You're out of credits, so new campaigns can't be launched. Drafts stay editable.",
  hero_ai_message: "You're out of credits, so Hero AI can't take new messages. Past conversations stay readable.",
  ad_copy: "You're out of credits. Ad copy generation checks credits before it starts, so it's paused.",
  sitelinks: "You're out of credits. Sitelink generation checks credits before it starts, so it's paused.",
  keyword_research: "You're out of credits. Keyword research checks credits before it starts, so it's paused.",
  // True of a product never analysed as much as of one analysed before.
  product_analysis: "You're out of credits, so product analysis is paused. Analyses already run stay readable.",
};

export function disabledReason(
  feature: MeteredFeature,
  access: AccessState | null | undefined,
  balance: BalanceState | null | undefined,
): DisabledReason | null {
  if (access) {
    if (access.allowed) return null;
    const out = balance ? balance.outOfCredits || balance.availableMicro <= 0 : true;
    if (out) return { code: 'OUT_OF_CREDITS', message: OUT_OF_CREDITS[feature], creditsWayOut: true };
    const reason = access.reason?.trim();
    if (reason && !/credit/i.test(reason)) return { code: 'NOT_ALLOWED', message: reason, creditsWayOut: false };
    return {
      code: 'NOT_ENOUGH_CREDITS',
      message: reason || `${FEATURE_LABELS[feature]} needs more credits than you have available right now.`,
      creditsWayOut: true,
    };
  }
  if (balance && (balance.outOfCredits || balance.availableMicro <= 0)) {
    return { code: 'OUT_OF_CREDITS', message: OUT_OF_CREDITS[feature], creditsWayOut: true };
  }
  return null;
}

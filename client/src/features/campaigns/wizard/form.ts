import type { CampaignGoal, CampaignWizard_CampaignFragment } from '../../../gql/graphql';
import { moneyToInput } from '../../../lib/format';

export type Campaign = CampaignWizard_CampaignFragment;

/** The wizard's inputs, as the user types them. */
export interface Form {
  name: string;
  goal: CampaignGoal;
  productId: string;
  adAccountId: string;
  budget: string;
  locations: string;
  brief: string;
  headlines: string;
  descriptions: string;
  keywords: string;
}

export const EMPTY: Form = {
  name: '',
  goal: 'SALES',
  productId: '',
  adAccountId: '',
  budget: '25',
  locations: '',
  brief: '',
  headlines: '',
  descriptions: '',
  keywords: '',
};

/** A saved draft as form inputs; the budget in its ad account's currency. */
export function toForm(c: Campaign | null, currency: string): Form {
  if (!c) return EMPTY;
  return {
    name: c.name,
    goal: c.goal,
    productId: c.productId ?? '',
    adAccountId: c.adAccountId ?? '',
    budget: moneyToInput(c.dailyBudgetCents, currency),
    locations: c.locations,
    brief: c.brief,
    headlines: c.adCopy?.headlines.join('\n') ?? '',
    descriptions: c.adCopy?.descriptions.join('\n') ?? '',
    keywords: c.keywords.map((k) => k.text).join('\n'),
  };
}

/** The non-empty, trimmed lines of a textarea. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The most a daily budget may be, in the currency's minor unit (the API's limit). */
export const MAX_DAILY_BUDGET = 1_000_000;

import { gqlOk, uniqueKey } from './gql';

/** GraphQL documents and small helpers for the product domain (accounts, products, campaigns, Hero AI). */

export const CHARGE = 'charge { feature held charged inputTokens outputTokens rateCardVersion description replayed }';

export const Q = {
  balance: '{ balance { available reserved deficit outOfCredits renewsAt } }',
  featureAccess: '{ featureAccess { feature label allowed reason estimatedMin estimatedMax } }',
  rateCard: `{ rateCard { version features { feature perThousandInputTokens perThousandOutputTokens minimum
    maxInputTokens maxOutputTokens bound } } }`,
  transactions: `query($filter: TransactionFilter) { transactions(first: 40, filter: $filter) { edges { node {
    type amount reservedChange deficitChange description feature holdId
    details { inputTokens outputTokens rateCardVersion json } } } } }`,
  addProduct: `mutation($input: AddProductInput!) { addProduct(input: $input) { id name active } }`,
  createDraft: `mutation($input: CreateCampaignDraftInput!) { createCampaignDraft(input: $input) { id status name } }`,
  generateAdCopy: `mutation($input: CampaignAiInput!) { generateAdCopy(input: $input) {
    campaign { id adCopy { headlines descriptions } } ${CHARGE} } }`,
  generateSitelinks: `mutation($input: CampaignAiInput!) { generateSitelinks(input: $input) {
    campaign { id sitelinks { text url } } ${CHARGE} } }`,
  researchKeywords: `mutation($input: CampaignAiInput!) { researchKeywords(input: $input) {
    campaign { id keywords { text matchType } } ${CHARGE} } }`,
  launchCampaign: `mutation($input: LaunchCampaignInput!) { launchCampaign(input: $input) {
    campaign { id status plan launchedAt } ${CHARGE} } }`,
  analyzeProduct: `mutation($input: AnalyzeProductInput!) { analyzeProduct(input: $input) {
    product { id analysis { text } } ${CHARGE} } }`,
  sendHeroAiMessage: `mutation($input: SendHeroAiMessageInput!) { sendHeroAiMessage(input: $input) {
    conversation { id title } question { text } answer { id text campaignsReferenced daysOfData } ${CHARGE} } }`,
};

export interface Transaction {
  type: string;
  amount: string;
  reservedChange: string;
  deficitChange: string;
  description: string;
  feature: string | null;
  holdId: string | null;
  details: {
    inputTokens: number | null;
    outputTokens: number | null;
    rateCardVersion: string | null;
    json: string | null;
  };
}

export async function transactions(url: string, token: string, types?: string[]): Promise<Transaction[]> {
  const r = await gqlOk<{ transactions: { edges: Array<{ node: Transaction }> } }>(
    url,
    Q.transactions,
    { filter: types ? { types } : null },
    token,
  );
  return r.transactions.edges.map((e) => e.node);
}

export async function balance(url: string, token: string) {
  return (
    await gqlOk<{
      balance: { available: string; reserved: string; deficit: string; outOfCredits: boolean; renewsAt: string | null };
    }>(url, Q.balance, {}, token)
  ).balance;
}

/** A product and a draft for it, ready for the campaign AI steps. */
export async function productAndDraft(url: string, token: string, name = 'Trail Runner 3') {
  const { addProduct } = await gqlOk(
    url,
    Q.addProduct,
    {
      input: {
        name,
        url: 'https://shop.example.com/trail-runner',
        description: 'Lightweight waterproof trail running shoe with a grippy outsole.',
        priceCents: 12_900,
      },
    },
    token,
  );
  const { createCampaignDraft } = await gqlOk(
    url,
    Q.createDraft,
    {
      input: { name: `${name} launch`, productId: addProduct.id, dailyBudgetCents: 5_000, locations: 'United States' },
    },
    token,
  );
  return { productId: addProduct.id as string, draftId: createCampaignDraft.id as string };
}

export const key = (p: string) => uniqueKey(p);

/** µcr from a Credits string, exactly (BigInt-free: credits strings have at most 6 decimals). */
export function micro(credits: string): number {
  const negative = credits.startsWith('-');
  const [whole, fraction = ''] = credits.replace('-', '').split('.');
  const value = Number(whole) * 1_000_000 + Number(fraction.padEnd(6, '0'));
  return negative ? -value : value;
}

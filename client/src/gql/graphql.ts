/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An exact amount of credits as a decimal string with up to 6 fractional digits, e.g. "19.5" or "0.137". */
  Credits: { input: string; output: string; }
  /** An ISO-8601 date and time in UTC, e.g. "2026-11-25T10:00:00.000Z". */
  DateTime: { input: string; output: string; }
};

/** An advertising account; one is the active one. */
export type AdAccount = {
  __typename?: 'AdAccount';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  externalId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  platform: AdPlatform;
};

export type AdCopy = {
  __typename?: 'AdCopy';
  descriptions: Array<Scalars['String']['output']>;
  headlines: Array<Scalars['String']['output']>;
};

export type AdPlatform =
  | 'GOOGLE_ADS'
  | 'META_ADS'
  | 'MICROSOFT_ADS';

export type AddAdAccountInput = {
  /** ISO 4217, default USD. */
  currency?: InputMaybe<Scalars['String']['input']>;
  externalId: Scalars['String']['input'];
  name: Scalars['String']['input'];
  platform: AdPlatform;
};

export type AddMemberInput = {
  email: Scalars['String']['input'];
  role: Role;
};

/** Adding by email: a membership when the person has an account, else an invitation. */
export type AddMemberResult = {
  __typename?: 'AddMemberResult';
  invitation?: Maybe<PendingInvitation>;
  member?: Maybe<Member>;
};

export type AddProductInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  priceCents?: InputMaybe<Scalars['Int']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type AdjustCreditsInput = {
  amount: Scalars['Credits']['input'];
  direction: AdjustmentDirection;
  idempotencyKey: Scalars['String']['input'];
  /** Why; shown in the workspace history and kept for audit. */
  reason: Scalars['String']['input'];
  workspaceId: Scalars['ID']['input'];
};

export type AdjustmentDirection =
  | 'CREDIT'
  | 'DEBIT';

/** Exactly one of `days` and `toNextRenewal`. */
export type AdvanceDemoClockInput = {
  days?: InputMaybe<Scalars['Int']['input']>;
  toNextRenewal?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An alert on the credits of the workspace: in the app, by email and as an `alert.fired` event. */
export type Alert = {
  __typename?: 'Alert';
  createdAt: Scalars['DateTime']['output'];
  /** The alert in words, e.g. "Balance below 5.00 credits". */
  description: Scalars['String']['output'];
  /** True: emails whoever is an owner or admin when it fires; false: the members in `recipients`. */
  emailsOwnersAndAdmins: Scalars['Boolean']['output'];
  enabled: Scalars['Boolean']['output'];
  /** When it last fired. */
  firedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: AlertKind;
  /** ALLOCATION_PERCENT_BELOW: whole percent, 1 to 100. */
  percent?: Maybe<Scalars['Int']['output']>;
  /** Who gets the email if it fires now. */
  recipients: Array<AlertRecipient>;
  state: AlertState;
  /** BALANCE_BELOW and ALLOCATION_WILL_EXPIRE. */
  threshold?: Maybe<Scalars['Credits']['output']>;
};

export type AlertKind =
  /** The available balance falls below `percent`% of the current period's plan allocation. */
  | 'ALLOCATION_PERCENT_BELOW'
  /** At the pace of the last 14 days, at least `threshold` of the period's allocation expires unused. */
  | 'ALLOCATION_WILL_EXPIRE'
  /** The available balance falls below `threshold`. */
  | 'BALANCE_BELOW'
  /** At the pace of the last 14 days, the balance runs out before the plan renews. */
  | 'RUNS_OUT_BEFORE_RENEWAL';

/** A member an alert emails. */
export type AlertRecipient = {
  __typename?: 'AlertRecipient';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type AlertState =
  /** Waiting: fires when its condition starts to hold. */
  | 'ARMED'
  /** Fired: fires again only after its condition has cleared. */
  | 'FIRED';

export type AnalyzeProductInput = {
  idempotencyKey: Scalars['String']['input'];
  productId: Scalars['ID']['input'];
};

export type AnalyzeProductResult = {
  __typename?: 'AnalyzeProductResult';
  charge: MeteredChargeInfo;
  product: Product;
};

export type AnswerSupportRequestInput = {
  /** Close the request with this answer. */
  close?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey: Scalars['String']['input'];
  message: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

export type ApiKeyGql = {
  __typename?: 'ApiKeyGql';
  /** When the monthly count starts again: the next month, 00:00 UTC. */
  budgetResetsAt: Scalars['DateTime']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The most this key's holds may reserve and charge per calendar month (UTC); null: no budget. A hold that would pass it is refused with INSUFFICIENT_CREDITS (extensions budget, spentThisMonth, resetsAt). */
  monthlyBudget?: Maybe<Scalars['Credits']['output']>;
  name: Scalars['String']['output'];
  /** The start of the key, to tell keys apart. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiScope>;
  /** What this key's holds count for in the current calendar month (UTC): active holds at their amount, settled ones at their actual cost, released and expired ones nothing. */
  spentThisMonth: Scalars['Credits']['output'];
};

export type ApiScope =
  /** Read balance, plans and billing. */
  | 'BILLING_READ'
  /** Read the workspace's event feed (events(after:)). */
  | 'EVENTS_READ'
  /** Run metered features and hold credits on the workspace's behalf. */
  | 'FEATURES_RUN'
  /** Read the transaction history and holds. */
  | 'USAGE_READ'
  /** Register webhook endpoints, roll their secrets, read their delivery log, send again. */
  | 'WEBHOOKS_MANAGE';

/** One grant: what it started with and where every credit of it went. */
export type AuditGrant = {
  __typename?: 'AuditGrant';
  /** Charged, debited by support, or paid towards a deficit. */
  consumed: Scalars['Credits']['output'];
  createdAt: Scalars['DateTime']['output'];
  expired: Scalars['Credits']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  origin: GrantOrigin;
  original: Scalars['Credits']['output'];
  /** Free to spend (stored). */
  remaining: Scalars['Credits']['output'];
  /** Reserved now by active holds. */
  reserved: Scalars['Credits']['output'];
  /** Taken back by a refund, a dispute or a reversal. */
  revoked: Scalars['Credits']['output'];
  source: GrantSource;
};

/** A new session. The token is shown once; browsers also get it as an httpOnly cookie. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
};

export type AutoTopUpInput = {
  enabled: Scalars['Boolean']['input'];
  /** At most this many packs per calendar month. */
  monthlyCapPacks: Scalars['Int']['input'];
  packs: Scalars['Int']['input'];
  /** Buy when the available balance falls below this. */
  threshold: Scalars['Credits']['input'];
};

export type AutoTopUpSettings = {
  __typename?: 'AutoTopUpSettings';
  enabled: Scalars['Boolean']['output'];
  monthlyCapPacks: Scalars['Int']['output'];
  packs: Scalars['Int']['output'];
  threshold: Scalars['Credits']['output'];
};

export type BillingNotice = {
  __typename?: 'BillingNotice';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The workspace's plan and period at a glance. */
export type BillingSnapshot = {
  __typename?: 'BillingSnapshot';
  /** This period's allocation and proration grants. */
  allocationGranted: Scalars['Credits']['output'];
  /** How much of it was taken back unused: revoked when the plan ended early (refund, dispute), or expired. */
  allocationRemoved: Scalars['Credits']['output'];
  /** How much of it has been used (charged or reserved). */
  allocationUsed: Scalars['Credits']['output'];
  autoTopUp?: Maybe<AutoTopUpSettings>;
  cancelAtPeriodEnd: Scalars['Boolean']['output'];
  currentPeriodEnd?: Maybe<Scalars['DateTime']['output']>;
  currentPeriodStart?: Maybe<Scalars['DateTime']['output']>;
  /** Payment problems the owner must know about. */
  notices: Array<BillingNotice>;
  plan?: Maybe<Plan>;
  /** Until then, cancelling refunds the subscription fee and ends the plan at once. */
  refundableUntil?: Maybe<Scalars['DateTime']['output']>;
  /** When the next allocation is granted (null if it will not renew). */
  renewsAt?: Maybe<Scalars['DateTime']['output']>;
  /** A downgrade waiting for the next renewal. */
  scheduledPlan?: Maybe<Plan>;
  status: BillingStatus;
  topUpPack: TopUpPack;
};

export type BillingStatus =
  | 'ACTIVE'
  | 'CANCELED'
  | 'INCOMPLETE'
  | 'NONE'
  | 'PAST_DUE';

/** A draft in the wizard, or a launched (historical) campaign. */
export type Campaign = {
  __typename?: 'Campaign';
  adAccountId?: Maybe<Scalars['ID']['output']>;
  adCopy?: Maybe<AdCopy>;
  brief: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  dailyBudgetCents: Scalars['Int']['output'];
  goal: CampaignGoal;
  id: Scalars['ID']['output'];
  keywords: Array<Keyword>;
  launchedAt?: Maybe<Scalars['DateTime']['output']>;
  locations: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The launch plan, once launched. */
  plan?: Maybe<Scalars['String']['output']>;
  productId?: Maybe<Scalars['ID']['output']>;
  sitelinks: Array<Sitelink>;
  status: CampaignStatus;
  updatedAt: Scalars['DateTime']['output'];
};

/** Runs one campaign AI feature on a draft; each run (and each regeneration) is metered. */
export type CampaignAiInput = {
  draftId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  /** Extra guidance for this run, at most 4,000 characters. */
  instructions?: InputMaybe<Scalars['String']['input']>;
};

export type CampaignAiResult = {
  __typename?: 'CampaignAiResult';
  campaign: Campaign;
  charge: MeteredChargeInfo;
};

export type CampaignGoal =
  | 'AWARENESS'
  | 'LEADS'
  | 'SALES'
  | 'TRAFFIC';

export type CampaignPerformance = {
  __typename?: 'CampaignPerformance';
  campaignId: Scalars['ID']['output'];
  /** Oldest first; empty for drafts. */
  days: Array<DailyPerformance>;
  totals: PerformanceTotals;
};

export type CampaignStatus =
  | 'DRAFT'
  | 'LAUNCHED';

export type CampaignSummary = {
  __typename?: 'CampaignSummary';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  totals: PerformanceTotals;
};

export type Cancellation = {
  __typename?: 'Cancellation';
  endsAt: Scalars['DateTime']['output'];
  /** True within 14 days of the start: the subscription fee is refunded and the plan ends now. */
  refunded: Scalars['Boolean']['output'];
};

export type ChangePlanInput = {
  idempotencyKey: Scalars['String']['input'];
  plan: Scalars['String']['input'];
  /** Upgrades: the preview's prorationDate, so the upgrade prorates at the share the preview showed. */
  prorationDate?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A Stripe Checkout page to send the user to. */
export type CheckoutSession = {
  __typename?: 'CheckoutSession';
  id: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type CloseSupportRequestInput = {
  idempotencyKey: Scalars['String']['input'];
  /** Why; kept in the staff action log, not shown to the member. */
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

export type CreateAlertInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  kind: AlertKind;
  /** Required for ALLOCATION_PERCENT_BELOW. */
  percent?: InputMaybe<Scalars['Int']['input']>;
  /** Members to email. Absent: the owners and admins, whoever they are when it fires. Empty: nobody. */
  recipientIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Required for BALANCE_BELOW and ALLOCATION_WILL_EXPIRE. */
  threshold?: InputMaybe<Scalars['Credits']['input']>;
};

export type CreateApiKeyInput = {
  /** A spending cap per calendar month (UTC) for this key's holds; absent or null: none. */
  monthlyBudget?: InputMaybe<Scalars['Credits']['input']>;
  name: Scalars['String']['input'];
  scopes: Array<ApiScope>;
};

export type CreateCampaignDraftInput = {
  adAccountId?: InputMaybe<Scalars['ID']['input']>;
  brief?: InputMaybe<Scalars['String']['input']>;
  /** Cents, at most 1,000,000 ($10,000 a day). */
  dailyBudgetCents?: InputMaybe<Scalars['Int']['input']>;
  goal?: InputMaybe<CampaignGoal>;
  locations?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  productId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** ["*"] for every type, or names from webhookEventTypes. */
  eventTypes: Array<Scalars['String']['input']>;
  /** https://…; http only to localhost outside production. */
  url: Scalars['String']['input'];
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKeyGql;
  /** The secret. Shown only now; store it safely. */
  secret: Scalars['String']['output'];
};

export type CreatedWebhookSecret = {
  __typename?: 'CreatedWebhookSecret';
  endpoint: WebhookEndpoint;
  /** The signing secret (whsec_…). Shown only now; store it safely. */
  secret: Scalars['String']['output'];
};

/** A workspace's credits right now. */
export type CreditBalance = {
  __typename?: 'CreditBalance';
  /** What can be spent now: allocation + purchased − deficit. */
  available: Scalars['Credits']['output'];
  /** Owed from overruns or refunds; the next grant pays it first. */
  deficit: Scalars['Credits']['output'];
  outOfCredits: Scalars['Boolean']['output'];
  /** Remaining of this period's allocation and proration grants. */
  planAllocation: Scalars['Credits']['output'];
  /** Remaining purchased (and other never-expiring) credits. */
  purchased: Scalars['Credits']['output'];
  /** When the plan allocation renews. */
  renewsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Reserved by AI features that are running now. */
  reserved: Scalars['Credits']['output'];
  /** The ledger's version: grows with every entry; newer always wins. */
  version: Scalars['Int']['output'];
};

/** Where the balance is heading at the recent pace of spending. */
export type CreditForecast = {
  __typename?: 'CreditForecast';
  /** What of the allocation will expire unused at renewal at this pace. */
  allocationExpiringUnused: Scalars['Credits']['output'];
  /** When the allocation is used up at this pace. */
  allocationRunsOutAt?: Maybe<Scalars['DateTime']['output']>;
  /** At this pace the allocation is used up before it renews. */
  allocationRunsOutBeforeRenewal: Scalars['Boolean']['output'];
  /** Available now. */
  available: Scalars['Credits']['output'];
  /** Average burn per day over the window. */
  burnPerDay: Scalars['Credits']['output'];
  /** Charges in the window. */
  charges: Scalars['Int']['output'];
  /** Whole days until the balance runs out at this pace. */
  daysUntilEmpty?: Maybe<Scalars['Int']['output']>;
  /** Left of this period's allocation. */
  planAllocation: Scalars['Credits']['output'];
  renewsAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the balance runs out at this pace. */
  runsOutAt?: Maybe<Scalars['DateTime']['output']>;
  /** Credits charged in the window. */
  spent: Scalars['Credits']['output'];
  /** The window asked for, in days. */
  windowDays: Scalars['Int']['output'];
  /** Where the observed window starts: windowDays ago, or when the workspace began if later. */
  windowStart: Scalars['DateTime']['output'];
};

export type DailyPerformance = {
  __typename?: 'DailyPerformance';
  clicks: Scalars['Int']['output'];
  conversions: Scalars['Int']['output'];
  /** UTC day, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  impressions: Scalars['Int']['output'];
  spendCents: Scalars['Int']['output'];
};

/** The home page. Never depends on credits. */
export type DashboardSummary = {
  __typename?: 'DashboardSummary';
  activeAdAccount?: Maybe<AdAccount>;
  activeProduct?: Maybe<Product>;
  /** The period the totals cover, in days up to today. */
  days: Scalars['Int']['output'];
  drafts: Scalars['Int']['output'];
  launchedCampaigns: Scalars['Int']['output'];
  recentConversations: Array<HeroAiConversation>;
  /** Launched campaigns with the most conversions. */
  topCampaigns: Array<CampaignSummary>;
  totals: PerformanceTotals;
};

/** The demo workspace's clock (demo only): its time runs ahead of the wall clock once advanced. */
export type DemoClock = {
  __typename?: 'DemoClock';
  /** Whole days the workspace runs ahead of the wall clock. */
  daysAhead: Scalars['Int']['output'];
  /** The period end "advance to the next renewal" moves to; null without an active plan. */
  nextRenewalAt?: Maybe<Scalars['DateTime']['output']>;
  /** The workspace's time. */
  now: Scalars['DateTime']['output'];
};

/** Whether a metered feature can start now, and what one run costs. */
export type FeatureAccess = {
  __typename?: 'FeatureAccess';
  /** False when the available balance cannot cover the worst case of one run. */
  allowed: Scalars['Boolean']['output'];
  /** The most one run costs: what is reserved before it starts. */
  estimatedMax: Scalars['Credits']['output'];
  /** The least one run costs (the minimum charge). */
  estimatedMin: Scalars['Credits']['output'];
  /** hero_ai_message, campaign_creation, ad_copy, sitelinks, keyword_research or product_analysis. */
  feature: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Why not, e.g. "Out of credits: needs up to 0.42, you have 0.1". */
  reason?: Maybe<Scalars['String']['output']>;
};

/** The price of one metered feature. */
export type FeatureRateInfo = {
  __typename?: 'FeatureRateInfo';
  /** The cost at both token limits: what one run reserves. */
  bound: Scalars['Credits']['output'];
  feature: Scalars['String']['output'];
  label: Scalars['String']['output'];
  maxInputTokens: Scalars['Int']['output'];
  maxOutputTokens: Scalars['Int']['output'];
  minimum: Scalars['Credits']['output'];
  perThousandInputTokens: Scalars['Credits']['output'];
  perThousandOutputTokens: Scalars['Credits']['output'];
};

/** One feature's charges in a bucket or over the range. */
export type FeatureUsage = {
  __typename?: 'FeatureUsage';
  /** How many charges. */
  charges: Scalars['Int']['output'];
  /** Credits charged. */
  credits: Scalars['Credits']['output'];
  /** The feature key; null for charges made without one. */
  feature?: Maybe<Scalars['String']['output']>;
  /** Input tokens recorded on those charges (a whole number). */
  inputTokens: Scalars['Float']['output'];
  /** Output tokens recorded on those charges (a whole number). */
  outputTokens: Scalars['Float']['output'];
};

/** Where a grant came from, with the numbers support needs to check it. */
export type GrantOrigin = {
  __typename?: 'GrantOrigin';
  /** The entry that credited the grant. */
  description: Scalars['String']['output'];
  /** Plan period and proration: the Stripe invoice. */
  invoiceId?: Maybe<Scalars['String']['output']>;
  /** Top-up: the payment (Stripe payment intent). */
  paymentId?: Maybe<Scalars['String']['output']>;
  periodEnd?: Maybe<Scalars['DateTime']['output']>;
  /** Plan period and proration: the period the grant is for. */
  periodStart?: Maybe<Scalars['DateTime']['output']>;
  /** Proration: seconds left / seconds in the period. */
  prorationFraction?: Maybe<Scalars['String']['output']>;
  /** Adjustment: the reason support gave. */
  reason?: Maybe<Scalars['String']['output']>;
};

export type GrantSource =
  | 'ADJUSTMENT'
  | 'PLAN_ALLOCATION'
  | 'PRORATION'
  | 'TOP_UP';

/** A Hero AI chat; readable at any balance. */
export type HeroAiConversation = {
  __typename?: 'HeroAiConversation';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Oldest first. */
  messages: Array<HeroAiMessage>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type HeroAiMessage = {
  __typename?: 'HeroAiMessage';
  /** Assistant messages: campaigns the answer looked at. */
  campaignsReferenced: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Assistant messages: days of data the answer looked at. */
  daysOfData: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  inputTokens: Scalars['Int']['output'];
  outputTokens: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  role: HeroAiMessageRole;
  text: Scalars['String']['output'];
};

export type HeroAiMessageRole =
  | 'ASSISTANT'
  | 'USER';

export type HeroAiReply = {
  __typename?: 'HeroAiReply';
  /** The whole answer (also streamed to heroAiMessageStream). */
  answer: HeroAiMessage;
  charge: MeteredChargeInfo;
  conversation: HeroAiConversation;
  question: HeroAiMessage;
};

/** A piece of an answer being written, or its end. */
export type HeroAiStreamEvent = {
  __typename?: 'HeroAiStreamEvent';
  conversationId: Scalars['ID']['output'];
  delta: Scalars['String']['output'];
  done: Scalars['Boolean']['output'];
  /** The stored answer, on the last event. */
  messageId?: Maybe<Scalars['ID']['output']>;
};

/** Credits reserved before a metered feature starts. */
export type Hold = {
  __typename?: 'Hold';
  amount: Scalars['Credits']['output'];
  /** What was charged when settled. */
  charged: Scalars['Credits']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  feature?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  status: HoldStatus;
};

/** How support ends a stuck hold: RELEASED (given back) or EXPIRED (as if its time ran out). */
export type HoldOutcome =
  | 'EXPIRED'
  | 'RELEASED';

export type HoldStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'RELEASED'
  | 'SETTLED';

export type Keyword = {
  __typename?: 'Keyword';
  matchType: KeywordMatchType;
  monthlySearches?: Maybe<Scalars['Int']['output']>;
  text: Scalars['String']['output'];
};

export type KeywordMatchType =
  | 'BROAD'
  | 'EXACT'
  | 'PHRASE';

export type LaunchCampaignInput = {
  draftId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};

export type Member = {
  __typename?: 'Member';
  email: Scalars['String']['output'];
  joinedAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  role: Role;
  userId: Scalars['ID']['output'];
};

/** What a metered run reserved and what it was charged. */
export type MeteredChargeInfo = {
  __typename?: 'MeteredChargeInfo';
  /** Charged when it finished; the rest of the hold went back. */
  charged: Scalars['Credits']['output'];
  description: Scalars['String']['output'];
  feature: Scalars['String']['output'];
  /** Reserved before the run started. */
  held: Scalars['Credits']['output'];
  inputTokens: Scalars['Int']['output'];
  outputTokens: Scalars['Int']['output'];
  rateCardVersion: Scalars['String']['output'];
  /** True when this answers a retry with an idempotency key already used. */
  replayed: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addAdAccount: AdAccount;
  /** Owners and admins add people by email. */
  addMember: AddMemberResult;
  addProduct: Product;
  /** Support staff: credit or debit a workspace, with a written reason. */
  adjustCredits: CreditBalance;
  /** Demo only: moves the workspace's time (and its Stripe test clock) forward by whole days or to the next renewal; renewals, expiries and the 14-day window follow. DEMO_ONLY against real Stripe. */
  advanceDemoClock: DemoClock;
  /** Runs or re-runs product analysis. Metered: refused with INSUFFICIENT_CREDITS before it starts. */
  analyzeProduct: AnalyzeProductResult;
  /** Support staff: answers a request (and closes it with close). */
  answerSupportRequest: SupportRequest;
  /** A link to Stripe's customer portal: payment methods and invoices. */
  billingPortalUrl: Scalars['String']['output'];
  /** Cancels a scheduled downgrade. */
  cancelScheduledPlanChange: BillingSnapshot;
  /** Within 14 days of the start: refund and end now. Later: end at the period end. */
  cancelSubscription: Cancellation;
  /** Upgrades now (prorated), or schedules a downgrade for the next renewal. */
  changePlan: PlanChange;
  /** Support staff: closes a request, with a reason for the log. */
  closeSupportRequest: SupportRequest;
  /** Adds an alert (owners and admins). */
  createAlert: Alert;
  /** Creates a key for a partner integration; the secret is shown once. */
  createApiKey: CreatedApiKey;
  createCampaignDraft: Campaign;
  /** Registers an endpoint for the events that happen from now on; the signing secret is shown once. */
  createWebhookEndpoint: CreatedWebhookSecret;
  /** Deletes an alert (owners and admins); its past notifications stay. */
  deleteAlert: Scalars['ID']['output'];
  /** Deletes an endpoint and its delivery log; returns its id. */
  deleteWebhookEndpoint: Scalars['ID']['output'];
  /** Generates ad copy for a draft. Metered; each regeneration too. */
  generateAdCopy: CampaignAiResult;
  /** Generates sitelinks for a draft. Metered; each regeneration too. */
  generateSitelinks: CampaignAiResult;
  /** The wizard's final step: metered campaign creation, then the draft becomes a launched campaign. */
  launchCampaign: CampaignAiResult;
  /** Marks notifications read for the signed-in member: the given ones, or all of them without `ids`. */
  markNotificationsRead: NotificationSummary;
  /** Asks support a question, optionally about ledger entries. */
  openSupportRequest: SupportRequest;
  /** Starts a Stripe Checkout for top-up packs. Credits arrive when the payment succeeds. */
  purchaseCredits: CheckoutSession;
  /** Gives a hold back in full, when the task did not run. */
  releaseHold: Hold;
  /** Support staff: release or expire a stuck active hold, with a reason. */
  releaseStuckHold: CreditBalance;
  /** Adds to the conversation; reopens an answered request. */
  replyToSupportRequest: SupportRequest;
  /** Emails a single-use link (valid one hour) to reset the password, if an account has this email. Answers true either way. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Researches keywords for a draft. Metered; each regeneration too. */
  researchKeywords: CampaignAiResult;
  /** Sends a delivery again now, with a fresh retry window. */
  resendWebhookDelivery: WebhookDelivery;
  /** Reserves credits before running a metered task. Refused with INSUFFICIENT_CREDITS when the balance cannot cover it. */
  reserveCredits: Hold;
  /** Sets a new password with an emailed link and ends every session. */
  resetPassword: Scalars['Boolean']['output'];
  /** Keeps a plan that was set to cancel at the period end. */
  resumeSubscription: BillingSnapshot;
  /** Revokes a key at once, on every server. */
  revokeApiKey: ApiKeyGql;
  /** A new signing secret, shown once; the previous one keeps signing for 24 hours. */
  rollWebhookSecret: CreatedWebhookSecret;
  /** Asks Hero AI. Metered: pre-checks credits and is refused with INSUFFICIENT_CREDITS before it starts; once started the answer always finishes. Pieces are pushed to heroAiMessageStream while it is written. */
  sendHeroAiMessage: HeroAiReply;
  /** Makes this the active ad account. */
  setActiveAdAccount: AdAccount;
  /** Makes this the active product. */
  setActiveProduct: Product;
  /** Sets or removes (null) a key's monthly budget; it applies to holds made from now on (owners and admins). */
  setApiKeyBudget: ApiKeyGql;
  /** Charges the actual cost of a held task and releases the rest of the hold. */
  settleHold: Hold;
  signIn: AuthPayload;
  /** Ends this session everywhere it is used. */
  signOut: Scalars['Boolean']['output'];
  /** Creates an account, its own workspace (as owner) and signs in. */
  signUp: AuthPayload;
  /** An empty conversation, to subscribe to its stream before the first message. Free. */
  startHeroAiConversation: HeroAiConversation;
  /** Starts a Stripe Checkout for a plan, for a workspace without one. */
  subscribe: CheckoutSession;
  /** Makes another of your workspaces the current one for this session. */
  switchWorkspace: Scalars['Boolean']['output'];
  updateAdAccount: AdAccount;
  /** Changes an alert (owners and admins). A new threshold arms it again. */
  updateAlert: Alert;
  updateAutoTopUp: AutoTopUpSettings;
  /** Edits a draft; never depends on credits. */
  updateCampaignDraft: Campaign;
  updateProduct: Product;
  /** Changes URL, event types, description, or enables/disables. */
  updateWebhookEndpoint: WebhookEndpoint;
  /** Support staff: void what remains of one grant, with a reason. */
  voidGrant: CreditBalance;
};


export type MutationAddAdAccountArgs = {
  input: AddAdAccountInput;
};


export type MutationAddMemberArgs = {
  input: AddMemberInput;
};


export type MutationAddProductArgs = {
  input: AddProductInput;
};


export type MutationAdjustCreditsArgs = {
  input: AdjustCreditsInput;
};


export type MutationAdvanceDemoClockArgs = {
  input: AdvanceDemoClockInput;
};


export type MutationAnalyzeProductArgs = {
  input: AnalyzeProductInput;
};


export type MutationAnswerSupportRequestArgs = {
  input: AnswerSupportRequestInput;
};


export type MutationChangePlanArgs = {
  input: ChangePlanInput;
};


export type MutationCloseSupportRequestArgs = {
  input: CloseSupportRequestInput;
};


export type MutationCreateAlertArgs = {
  input: CreateAlertInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCampaignDraftArgs = {
  input: CreateCampaignDraftInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeleteAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGenerateAdCopyArgs = {
  input: CampaignAiInput;
};


export type MutationGenerateSitelinksArgs = {
  input: CampaignAiInput;
};


export type MutationLaunchCampaignArgs = {
  input: LaunchCampaignInput;
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationOpenSupportRequestArgs = {
  input: OpenSupportRequestInput;
};


export type MutationPurchaseCreditsArgs = {
  input: PurchaseCreditsInput;
};


export type MutationReleaseHoldArgs = {
  input: ReleaseHoldInput;
};


export type MutationReleaseStuckHoldArgs = {
  input: ReleaseStuckHoldInput;
};


export type MutationReplyToSupportRequestArgs = {
  input: ReplyToSupportRequestInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationResearchKeywordsArgs = {
  input: CampaignAiInput;
};


export type MutationResendWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReserveCreditsArgs = {
  input: ReserveCreditsInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRollWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendHeroAiMessageArgs = {
  input: SendHeroAiMessageInput;
};


export type MutationSetActiveAdAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetActiveProductArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetApiKeyBudgetArgs = {
  input: SetApiKeyBudgetInput;
};


export type MutationSettleHoldArgs = {
  input: SettleHoldInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStartHeroAiConversationArgs = {
  input?: InputMaybe<StartHeroAiConversationInput>;
};


export type MutationSubscribeArgs = {
  input: ChangePlanInput;
};


export type MutationSwitchWorkspaceArgs = {
  workspaceId: Scalars['ID']['input'];
};


export type MutationUpdateAdAccountArgs = {
  input: UpdateAdAccountInput;
};


export type MutationUpdateAlertArgs = {
  input: UpdateAlertInput;
};


export type MutationUpdateAutoTopUpArgs = {
  input: AutoTopUpInput;
};


export type MutationUpdateCampaignDraftArgs = {
  input: UpdateCampaignDraftInput;
};


export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
};


export type MutationVoidGrantArgs = {
  input: VoidGrantInput;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** Newest first. */
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  /** The signed-in member's unread notifications in this workspace. */
  unreadCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: NotificationGql;
};

/** Something the workspace was told about: an alert that fired. */
export type NotificationGql = {
  __typename?: 'NotificationGql';
  /** The alert that fired (null once it was deleted). */
  alertId?: Maybe<Scalars['ID']['output']>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** What fired, e.g. an alert kind such as BALANCE_BELOW. */
  kind: Scalars['String']['output'];
  /** Read by the signed-in member. */
  read: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

/** What the notification bell shows. */
export type NotificationSummary = {
  __typename?: 'NotificationSummary';
  /** A balance alert has fired and its condition still holds. */
  lowBalance: Scalars['Boolean']['output'];
  unreadCount: Scalars['Int']['output'];
};

export type OpenSupportRequestInput = {
  /** Ledger entries of the workspace it is about; at most 20. */
  entryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  idempotencyKey: Scalars['String']['input'];
  message: Scalars['String']['input'];
  /** Defaults to the message's first line. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PendingInvitation = {
  __typename?: 'PendingInvitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type PerformanceTotals = {
  __typename?: 'PerformanceTotals';
  clicks: Scalars['Int']['output'];
  conversions: Scalars['Int']['output'];
  impressions: Scalars['Int']['output'];
  spendCents: Scalars['Int']['output'];
};

/** A subscription plan on sale. */
export type Plan = {
  __typename?: 'Plan';
  /** Stable code: pro, growth, agency. */
  code: Scalars['String']['output'];
  /** Credits granted each billing period; they expire at its end. */
  creditsPerPeriod: Scalars['Credits']['output'];
  currency: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Monthly price in cents. */
  priceCents: Scalars['Int']['output'];
};

export type PlanChange = {
  __typename?: 'PlanChange';
  /** Upgrades: the prorated price difference charged today, in cents of the plan's currency. */
  chargeTodayCents?: Maybe<Scalars['Int']['output']>;
  effectiveAt: Scalars['DateTime']['output'];
  fromPlan: Plan;
  kind: PlanChangeKind;
  /** Upgrades: seconds in the period. */
  periodSeconds?: Maybe<Scalars['Int']['output']>;
  /** Upgrades: (new − old allocation) × time left in the period. */
  prorationCredits: Scalars['Credits']['output'];
  /** Upgrades: the moment the share is computed at. Pass it to changePlan (within the hour) to upgrade at exactly this share. */
  prorationDate?: Maybe<Scalars['DateTime']['output']>;
  /** Upgrades: seconds left in the period at prorationDate. */
  secondsLeft?: Maybe<Scalars['Int']['output']>;
  status: PlanChangeStatus;
  toPlan: Plan;
};

export type PlanChangeKind =
  | 'DOWNGRADE'
  | 'UPGRADE';

export type PlanChangeStatus =
  /** Upgrade: takes effect, and its credits arrive, once the prorated invoice is paid. */
  | 'PENDING_PAYMENT'
  /** Downgrade: takes effect at the next renewal. */
  | 'SCHEDULED';

/** Something the workspace advertises; one is the active one. */
export type Product = {
  __typename?: 'Product';
  active: Scalars['Boolean']['output'];
  /** The newest analysis, if any was run. */
  analysis?: Maybe<ProductAnalysis>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  priceCents?: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/** The result of one product analysis run. */
export type ProductAnalysis = {
  __typename?: 'ProductAnalysis';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  inputTokens: Scalars['Int']['output'];
  outputTokens: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** A payment (charge) as the payment provider reports it. */
export type ProviderCharge = {
  __typename?: 'ProviderCharge';
  /** Cents. */
  amountCents: Scalars['Int']['output'];
  /** Cents. */
  amountRefundedCents: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  disputes: Array<ProviderDispute>;
  id: Scalars['ID']['output'];
  paymentIntentId?: Maybe<Scalars['String']['output']>;
  refunds: Array<ProviderRefund>;
  status: Scalars['String']['output'];
};

/** A dispute (chargeback) as the payment provider reports it. */
export type ProviderDispute = {
  __typename?: 'ProviderDispute';
  /** Cents. */
  amountCents: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** Stripe's status: needs_response, under_review, won, lost… */
  status: Scalars['String']['output'];
};

/** The workspace's payments as the payment provider reports them. */
export type ProviderPayments = {
  __typename?: 'ProviderPayments';
  /** Newest first, at most 100. */
  charges: Array<ProviderCharge>;
  /** False when no payment provider is configured. */
  connected: Scalars['Boolean']['output'];
  customerId?: Maybe<Scalars['String']['output']>;
};

/** A refund as the payment provider reports it. */
export type ProviderRefund = {
  __typename?: 'ProviderRefund';
  /** Cents. */
  amountCents: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  status?: Maybe<Scalars['String']['output']>;
};

export type PurchaseCreditsInput = {
  idempotencyKey: Scalars['String']['input'];
  /** Packs of 20 credits at $20 each, 1 to 50. */
  packs: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  adAccounts: Array<AdAccount>;
  /** The workspace's alerts, oldest first (new workspaces start with two defaults). Needs `billing:read` for API keys. */
  alerts: Array<Alert>;
  /** The workspace's API keys (owners and admins). */
  apiKeys: Array<ApiKeyGql>;
  balance: CreditBalance;
  billing: BillingSnapshot;
  campaign: Campaign;
  /** Daily results of a launched campaign (last `days` days). */
  campaignPerformance: CampaignPerformance;
  /** Drafts and launched (historical) campaigns, newest first. */
  campaigns: Array<Campaign>;
  dashboard: DashboardSummary;
  /** The workspace's demo clock; null outside the demo (real Stripe) or for a workspace without one. */
  demoClock?: Maybe<DemoClock>;
  /** The workspace's events after a sequence number, oldest first, with no gaps: how an integration that was down catches up. */
  events: WorkspaceEventPage;
  /** Per metered feature: whether it can start now, why not, and its cost range. Never blocks reading. */
  featureAccess: Array<FeatureAccess>;
  /** Support staff: workspaces by name, member email, workspace id or Stripe customer id (at most 20). */
  findWorkspaces: Array<WorkspaceMatch>;
  /** The average burn over the last windowDays days, and where the balance and allocation head at it. */
  forecast: CreditForecast;
  heroAiConversation: HeroAiConversation;
  /** Hero AI chats, most recent first. Never blocked. */
  heroAiConversations: Array<HeroAiConversation>;
  hold: Hold;
  members: Array<Member>;
  /** The workspace's notifications, newest first (members). */
  notifications: NotificationConnection;
  /** One plan by its code; an unknown code is BAD_USER_INPUT. Public. */
  plan: Plan;
  /** What changing to this plan would do now, without doing it. */
  planChangePreview: PlanChange;
  /** The plans on sale, smallest first. Public. */
  plans: Array<Plan>;
  product: Product;
  products: Array<Product>;
  /** The prices of metered features. */
  rateCard: RateCardInfo;
  /** Support staff: the log of every staff action, newest first, by staff member and workspace. */
  staffActions: StaffActionConnection;
  /** Support staff: what support did in a workspace, newest first. */
  supportActions: Array<SupportActionGql>;
  /** Support staff: requests of every workspace, oldest first. */
  supportQueue: Array<SupportRequest>;
  /** Support staff: one request of any workspace. */
  supportRequest: SupportRequest;
  /** The caller's support requests in the current workspace (owners and admins: all of them), newest first. */
  supportRequests: Array<SupportRequest>;
  /** The credit history, newest first. */
  transactions: TransactionConnection;
  /** Credits charged per feature per day or week, with token counts. Buckets are cut in UTC. */
  usage: Usage;
  viewer: Viewer;
  /** An endpoint's deliveries, newest event first. */
  webhookDeliveries: Array<WebhookDelivery>;
  webhookEndpoints: Array<WebhookEndpoint>;
  /** Every event type an endpoint can receive. */
  webhookEventTypes: Array<WebhookEventType>;
  /** Support staff: audit any workspace. */
  workspaceAudit: WorkspaceAudit;
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignPerformanceArgs = {
  campaignId: Scalars['ID']['input'];
  days?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCampaignsArgs = {
  status?: InputMaybe<CampaignStatus>;
};


export type QueryDashboardArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFindWorkspacesArgs = {
  query: Scalars['String']['input'];
};


export type QueryForecastArgs = {
  windowDays?: Scalars['Int']['input'];
};


export type QueryHeroAiConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHoldArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlanArgs = {
  code: Scalars['String']['input'];
};


export type QueryPlanChangePreviewArgs = {
  plan: Scalars['String']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySupportActionsArgs = {
  workspaceId: Scalars['ID']['input'];
};


export type QuerySupportQueueArgs = {
  status?: InputMaybe<SupportRequestStatus>;
};


export type QuerySupportRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsageArgs = {
  granularity?: UsageGranularity;
  range: UsageRange;
};


export type QueryWebhookDeliveriesArgs = {
  endpointId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};


export type QueryWorkspaceAuditArgs = {
  workspaceId: Scalars['ID']['input'];
};

/** The rate card in force. Every charge records its version. */
export type RateCardInfo = {
  __typename?: 'RateCardInfo';
  features: Array<FeatureRateInfo>;
  version: Scalars['String']['output'];
};

/** The independent auditor's line for one workspace: what its facts say it must hold against what the ledger holds. */
export type Reconciliation = {
  __typename?: 'Reconciliation';
  /** ledgerHolds − mustHold; 0 when they agree. */
  difference: Scalars['Credits']['output'];
  /** Every difference the auditor found, in words. */
  differences: Array<Scalars['String']['output']>;
  /** Free + reserved − deficit, as the ledger stores it. */
  ledgerHolds: Scalars['Credits']['output'];
  /** Free + reserved − deficit, by the auditor from external facts. */
  mustHold: Scalars['Credits']['output'];
  notes: Array<Scalars['String']['output']>;
  /** Grants no outside fact explains (taken from their own rows). */
  unsourcedGrants: Scalars['Int']['output'];
};

export type ReleaseHoldInput = {
  holdId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};

export type ReleaseStuckHoldInput = {
  holdId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  outcome: HoldOutcome;
  /** Why; shown in the workspace history and kept for audit. */
  reason: Scalars['String']['input'];
  workspaceId: Scalars['ID']['input'];
};

export type ReplyToSupportRequestInput = {
  idempotencyKey: Scalars['String']['input'];
  message: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type ReserveCreditsInput = {
  amount: Scalars['Credits']['input'];
  description: Scalars['String']['input'];
  feature?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey: Scalars['String']['input'];
  /** Seconds before an unsettled hold is released (default 15 minutes). */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  /** The token from the emailed link. */
  token: Scalars['String']['input'];
};

/** owner (billing), admin, member. */
export type Role =
  | 'ADMIN'
  | 'MEMBER'
  | 'OWNER';

export type SendHeroAiMessageInput = {
  /** Omit to start a new conversation. */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey: Scalars['String']['input'];
  /** The question, 1-4,000 characters. */
  text: Scalars['String']['input'];
};

export type SetApiKeyBudgetInput = {
  id: Scalars['ID']['input'];
  /** The new cap per calendar month (UTC), more than 0; null removes the budget. */
  monthlyBudget?: InputMaybe<Scalars['Credits']['input']>;
};

export type SettleHoldInput = {
  /** The actual cost; above the hold is an overrun. */
  actual: Scalars['Credits']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  holdId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  workspaceName: Scalars['String']['input'];
};

export type Sitelink = {
  __typename?: 'Sitelink';
  description1: Scalars['String']['output'];
  description2: Scalars['String']['output'];
  text: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** A staff action in the log, with who did it and where. */
export type StaffAction = {
  __typename?: 'StaffAction';
  /** ADJUST: the signed amount. */
  amount?: Maybe<Scalars['Credits']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** AUDIT, SEARCH, ADJUST, VOID_GRANT, RELEASE_HOLD, ANSWER or CLOSE. */
  kind: Scalars['String']['output'];
  /** The reason given; for a search, the words searched. */
  reason?: Maybe<Scalars['String']['output']>;
  staffEmail?: Maybe<Scalars['String']['output']>;
  supportUserId: Scalars['ID']['output'];
  /** The grant or hold the action was about. */
  targetId?: Maybe<Scalars['String']['output']>;
  /** Null for a search. */
  workspaceId?: Maybe<Scalars['String']['output']>;
  workspaceName?: Maybe<Scalars['String']['output']>;
};

/** Staff actions, newest first. */
export type StaffActionConnection = {
  __typename?: 'StaffActionConnection';
  edges: Array<StaffActionEdge>;
  pageInfo: PageInfo;
};

export type StaffActionEdge = {
  __typename?: 'StaffActionEdge';
  cursor: Scalars['String']['output'];
  node: StaffAction;
};

export type StaffActionFilter = {
  staffUserId?: InputMaybe<Scalars['ID']['input']>;
  workspaceId?: InputMaybe<Scalars['ID']['input']>;
};

export type StartHeroAiConversationInput = {
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The workspace's balance: the current one at once, then each newer version as credits move, on any server. Versions only grow; a client keeps the highest it has seen. Needs `billing:read` for API keys. */
  balanceChanged: CreditBalance;
  /** The answer to the next message of a conversation, piece by piece, ending with done = true. */
  heroAiMessageStream: HeroAiStreamEvent;
  /** The bell: the member's unread count and the low-balance flag at once, then whenever they change. */
  notificationsChanged: NotificationSummary;
  /** Each new ledger entry of the workspace, in sequence order: those after `after` (the newest sequence the client has, so nothing falls between loading the history and subscribing), or from now on. Needs `usage:read` for API keys. */
  transactionAdded: Transaction;
};


export type SubscriptionHeroAiMessageStreamArgs = {
  conversationId: Scalars['ID']['input'];
};


export type SubscriptionTransactionAddedArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
};

/** One thing support staff did. */
export type SupportActionGql = {
  __typename?: 'SupportActionGql';
  /** ADJUST: the signed amount. */
  amount?: Maybe<Scalars['Credits']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** AUDIT, SEARCH, ADJUST, VOID_GRANT, RELEASE_HOLD, ANSWER or CLOSE. */
  kind: Scalars['String']['output'];
  /** The reason given; for a search, the words searched. */
  reason?: Maybe<Scalars['String']['output']>;
  supportUserId: Scalars['ID']['output'];
  /** The grant or hold the action was about. */
  targetId?: Maybe<Scalars['String']['output']>;
  /** Null for a search. */
  workspaceId?: Maybe<Scalars['String']['output']>;
};

/** A member's question to support, with the ledger entries it is about and the conversation. */
export type SupportRequest = {
  __typename?: 'SupportRequest';
  author: SupportRequestAuthor;
  createdAt: Scalars['DateTime']['output'];
  /** The ledger entries the request is about, oldest first. */
  entries: Array<Transaction>;
  id: Scalars['ID']['output'];
  /** Oldest first; the first is the question. */
  messages: Array<SupportRequestMessage>;
  status: SupportRequestStatus;
  subject: Scalars['String']['output'];
  /** The last message or status change. */
  updatedAt: Scalars['DateTime']['output'];
  workspaceId: Scalars['ID']['output'];
  workspaceName: Scalars['String']['output'];
};

/** The member who opened a support request. */
export type SupportRequestAuthor = {
  __typename?: 'SupportRequestAuthor';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** One message of a support request's conversation. */
export type SupportRequestMessage = {
  __typename?: 'SupportRequestMessage';
  authorId: Scalars['ID']['output'];
  /** The writer's name as the member sees it (support staff appear by name, never by email). */
  authorName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** True for an answer from support staff. */
  fromStaff: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

/** OPEN: waiting for support. ANSWERED: support replied. CLOSED: done; a new question is a new request. */
export type SupportRequestStatus =
  | 'ANSWERED'
  | 'CLOSED'
  | 'OPEN';

export type TopUpPack = {
  __typename?: 'TopUpPack';
  credits: Scalars['Credits']['output'];
  currency: Scalars['String']['output'];
  priceCents: Scalars['Int']['output'];
};

/** One append-only ledger entry. */
export type Transaction = {
  __typename?: 'Transaction';
  /** USER, API_KEY, SUPPORT, STRIPE or SYSTEM. */
  actorKind: Scalars['String']['output'];
  /** Signed effect on the available balance. */
  amount: Scalars['Credits']['output'];
  /** Charges only: the actual cost (the amount above is what the hold gave back, or the overrun). */
  charged?: Maybe<Scalars['Credits']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Change to the deficit. */
  deficitChange: Scalars['Credits']['output'];
  description: Scalars['String']['output'];
  details: TransactionDetails;
  feature?: Maybe<Scalars['String']['output']>;
  holdId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** Change to reserved credits. */
  reservedChange: Scalars['Credits']['output'];
  /** Position in the workspace ledger: 1, 2, 3… */
  sequence: Scalars['Int']['output'];
  /** Charges: what each grant paid. Others: the change to each grant. */
  splits: Array<TransactionSplit>;
  type: TransactionType;
};

export type TransactionConnection = {
  __typename?: 'TransactionConnection';
  edges: Array<TransactionEdge>;
  pageInfo: PageInfo;
};

/** The numbers behind an entry, for auditing the math. */
export type TransactionDetails = {
  __typename?: 'TransactionDetails';
  inputTokens?: Maybe<Scalars['Int']['output']>;
  /** All recorded numbers as JSON text. */
  json?: Maybe<Scalars['String']['output']>;
  outputTokens?: Maybe<Scalars['Int']['output']>;
  /** Upgrades: seconds left / seconds in the period, e.g. "1036800/2592000". */
  prorationFraction?: Maybe<Scalars['String']['output']>;
  rateCardVersion?: Maybe<Scalars['String']['output']>;
};

export type TransactionEdge = {
  __typename?: 'TransactionEdge';
  cursor: Scalars['String']['output'];
  node: Transaction;
};

export type TransactionFilter = {
  feature?: InputMaybe<Scalars['String']['input']>;
  /** Inclusive. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exclusive. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  types?: InputMaybe<Array<TransactionType>>;
};

/** How much of an entry came from, or went back to, one grant. */
export type TransactionSplit = {
  __typename?: 'TransactionSplit';
  /** Positive: taken from the grant (charges) or added to it (grants). */
  amount: Scalars['Credits']['output'];
  grantId: Scalars['ID']['output'];
  grantLabel: Scalars['String']['output'];
  grantSource?: Maybe<GrantSource>;
};

/** The kind of a ledger entry. */
export type TransactionType =
  | 'ADJUSTMENT'
  | 'CHARGE'
  | 'DEFICIT_REPAYMENT'
  | 'EXPIRY'
  | 'GRANT'
  | 'HOLD'
  | 'REFUND'
  | 'RELEASE'
  | 'REVERSAL';

export type UpdateAdAccountInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateAlertInput = {
  /** true: email the owners and admins instead of a list. */
  emailOwnersAndAdmins?: InputMaybe<Scalars['Boolean']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  percent?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the list of members to email. */
  recipientIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  threshold?: InputMaybe<Scalars['Credits']['input']>;
};

export type UpdateCampaignDraftInput = {
  adAccountId?: InputMaybe<Scalars['ID']['input']>;
  brief?: InputMaybe<Scalars['String']['input']>;
  dailyBudgetCents?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the descriptions (each at most 90 characters). */
  descriptions?: InputMaybe<Array<Scalars['String']['input']>>;
  goal?: InputMaybe<CampaignGoal>;
  /** Replaces the headlines (each at most 30 characters). */
  headlines?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  /** Replaces the keywords (broad match). */
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  locations?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateProductInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  priceCents?: InputMaybe<Scalars['Int']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Credits charged per feature per bucket, from the settled charges of the ledger. */
export type Usage = {
  __typename?: 'Usage';
  /** Every bucket of the range, oldest first, empty ones included. */
  buckets: Array<UsageBucket>;
  /** Per feature over the whole range, biggest first. */
  features: Array<FeatureUsage>;
  /** The start of the first bucket. */
  from: Scalars['DateTime']['output'];
  granularity: UsageGranularity;
  /** The time zone buckets are cut in: always "UTC". */
  timeZone: Scalars['String']['output'];
  /** The end of the last bucket (exclusive). */
  to: Scalars['DateTime']['output'];
  total: Scalars['Credits']['output'];
};

/** Credits charged in one day or week. */
export type UsageBucket = {
  __typename?: 'UsageBucket';
  /** Exclusive. */
  end: Scalars['DateTime']['output'];
  /** Features with charges in this bucket, by feature key. */
  features: Array<FeatureUsage>;
  start: Scalars['DateTime']['output'];
  total: Scalars['Credits']['output'];
};

/** Bucket size: UTC days, or ISO weeks starting Monday 00:00 UTC. */
export type UsageGranularity =
  | 'DAY'
  | 'WEEK';

export type UsageRange = {
  /** Inclusive; widened down to its bucket's start. */
  from: Scalars['DateTime']['input'];
  /** Exclusive; widened up to the next bucket boundary. */
  to: Scalars['DateTime']['input'];
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Who is calling, and in which workspace. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Support staff can audit and adjust any workspace. */
  isSupport: Scalars['Boolean']['output'];
  role?: Maybe<Role>;
  /** Null when calling with an API key. */
  user?: Maybe<User>;
  workspace: Workspace;
  workspaces: Array<WorkspaceMembership>;
};

export type VoidGrantInput = {
  grantId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  /** Why; shown in the workspace history and kept for audit. */
  reason: Scalars['String']['input'];
  workspaceId: Scalars['ID']['input'];
};

export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  attempt: Scalars['Int']['output'];
  durationMs: Scalars['Int']['output'];
  /** Why no answer came (refused, timed out…). */
  error?: Maybe<Scalars['String']['output']>;
  /** The start of the answer body. */
  responseExcerpt?: Maybe<Scalars['String']['output']>;
  /** Null when no HTTP answer came. */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** The latest attempts, newest first (at most 10). */
  attemptLog: Array<WebhookAttempt>;
  attempts: Scalars['Int']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  event: WorkspaceEvent;
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When it is tried next (PENDING only). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryStatus =
  /** Answered with a 2xx. */
  | 'DELIVERED'
  /** Still failing when its retry window (3 days) ended; "send again" starts a new one. */
  | 'FAILED'
  /** Not answered with a 2xx yet; tried again at nextAttemptAt. */
  | 'PENDING';

export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  /** ["*"] for every type, or the types it receives. */
  eventTypes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** After a roll: until when the previous secret also signs. */
  previousSecretExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The start of the signing secret, to tell secrets apart. */
  secretPrefix: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** One type of event in the catalogue. */
export type WebhookEventType = {
  __typename?: 'WebhookEventType';
  description: Scalars['String']['output'];
  /** The name in payloads and subscriptions, e.g. "credits.granted". */
  type: Scalars['String']['output'];
};

export type Workspace = {
  __typename?: 'Workspace';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Support's check of a workspace's math: the stored balance against a replay of its ledger. */
export type WorkspaceAudit = {
  __typename?: 'WorkspaceAudit';
  /** Holds still active (a stuck one can be released). */
  activeHolds: Array<Hold>;
  balance: CreditBalance;
  entries: Scalars['Int']['output'];
  /** Everything ever granted. */
  granted: Scalars['Credits']['output'];
  /** Every grant, oldest first, and where its credits went. */
  grants: Array<AuditGrant>;
  /** The ledger entries, newest first, with their splits. */
  history: TransactionConnection;
  mismatches: Array<Scalars['String']['output']>;
  /** Payments, refunds and disputes as Stripe reports them. */
  payments: ProviderPayments;
  /** The independent auditor (server/src/audit) for this workspace: must hold, ledger holds, difference. */
  reconciliation: Reconciliation;
  /** True when replaying every entry gives exactly the stored grants, holds and deficit. */
  replayMatches: Scalars['Boolean']['output'];
  workspaceId: Scalars['ID']['output'];
  workspaceName: Scalars['String']['output'];
};


/** Support's check of a workspace's math: the stored balance against a replay of its ledger. */
export type WorkspaceAuditHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One event of the workspace feed: the same fields as a webhook payload. */
export type WorkspaceEvent = {
  __typename?: 'WorkspaceEvent';
  createdAt: Scalars['DateTime']['output'];
  /** The event data as a JSON object (the payload's "data"). */
  data: Scalars['String']['output'];
  /** Unique; receivers deduplicate by it (a delivery may come more than once). */
  id: Scalars['ID']['output'];
  /** 1, 2, 3… per workspace, with no gaps. */
  sequence: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};

export type WorkspaceEventPage = {
  __typename?: 'WorkspaceEventPage';
  /** More events follow: ask again with after = the last sequence here. */
  hasMore: Scalars['Boolean']['output'];
  /** The newest sequence number of the workspace (0 when it has no events yet). */
  lastSequence: Scalars['Int']['output'];
  /** Oldest first. */
  nodes: Array<WorkspaceEvent>;
};

/** A workspace found by support: by name, member email, workspace id or Stripe customer. */
export type WorkspaceMatch = {
  __typename?: 'WorkspaceMatch';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** NAME, MEMBER_EMAIL, WORKSPACE_ID or STRIPE_CUSTOMER. */
  matchedBy: Scalars['String']['output'];
  /** The members' emails, owners first. */
  memberEmails: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  stripeCustomerId?: Maybe<Scalars['String']['output']>;
};

/** A workspace the viewer belongs to, and their role in it. */
export type WorkspaceMembership = {
  __typename?: 'WorkspaceMembership';
  role: Role;
  workspace: Workspace;
};

export type ShellViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellViewerQuery = { __typename?: 'Query', viewer: (
    { __typename?: 'Viewer', role?: Role | null, isSupport: boolean, user?: { __typename?: 'User', id: string, name: string, email: string } | null }
    & { ' $fragmentRefs'?: { 'WorkspaceSwitcher_ViewerFragment': WorkspaceSwitcher_ViewerFragment } }
  ) };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type PageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
}>;


export type PageQuery = { __typename?: 'Query', transactions: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', cursor: string, node: { __typename?: 'Transaction', id: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type AlertsSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertsSettingsQuery = { __typename?: 'Query', alerts: Array<{ __typename?: 'Alert', id: string, kind: AlertKind, description: string, enabled: boolean, state: AlertState, firedAt?: string | null, emailsOwnersAndAdmins: boolean, recipients: Array<{ __typename?: 'AlertRecipient', userId: string, name: string, email: string }> }>, viewer: { __typename?: 'Viewer', role?: Role | null } };

export type AlertRecipientsChoiceQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRecipientsChoiceQuery = { __typename?: 'Query', members: Array<{ __typename?: 'Member', userId: string, name: string, email: string }> };

export type CreateAlertMutationVariables = Exact<{
  input: CreateAlertInput;
}>;


export type CreateAlertMutation = { __typename?: 'Mutation', createAlert: { __typename?: 'Alert', id: string } };

export type UpdateAlertMutationVariables = Exact<{
  input: UpdateAlertInput;
}>;


export type UpdateAlertMutation = { __typename?: 'Mutation', updateAlert: { __typename?: 'Alert', id: string, enabled: boolean, state: AlertState } };

export type DeleteAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAlertMutation = { __typename?: 'Mutation', deleteAlert: string };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', unreadCount: number, edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'NotificationGql', id: string, title: string, body: string, read: boolean, createdAt: string } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: { __typename?: 'NotificationSummary', unreadCount: number, lowBalance: boolean } };

export type NotificationsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationsChangedSubscription = { __typename?: 'Subscription', notificationsChanged: { __typename?: 'NotificationSummary', unreadCount: number, lowBalance: boolean } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'AuthPayload', expiresAt: string } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', expiresAt: string } };

export type WorkspaceSwitcher_ViewerFragment = { __typename?: 'Viewer', workspace: { __typename?: 'Workspace', id: string, name: string }, workspaces: Array<{ __typename?: 'WorkspaceMembership', role: Role, workspace: { __typename?: 'Workspace', id: string, name: string } }> } & { ' $fragmentName'?: 'WorkspaceSwitcher_ViewerFragment' };

export type SwitchWorkspaceMutationVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type SwitchWorkspaceMutation = { __typename?: 'Mutation', switchWorkspace: boolean };

export type CreditPopoverDetailsQueryVariables = Exact<{
  windowDays: Scalars['Int']['input'];
}>;


export type CreditPopoverDetailsQuery = { __typename?: 'Query', billing: { __typename?: 'BillingSnapshot', allocationGranted: string, renewsAt?: string | null, plan?: { __typename?: 'Plan', code: string, name: string } | null }, forecast: { __typename?: 'CreditForecast', charges: number, burnPerDay: string, available: string, runsOutAt?: string | null, renewsAt?: string | null } };

export type BalanceChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BalanceChangedSubscription = { __typename?: 'Subscription', balanceChanged: (
    { __typename?: 'CreditBalance' }
    & { ' $fragmentRefs'?: { 'BalanceFieldsFragment': BalanceFieldsFragment } }
  ) };

export type BalanceFieldsFragment = { __typename?: 'CreditBalance', available: string, planAllocation: string, purchased: string, reserved: string, deficit: string, outOfCredits: boolean, renewsAt?: string | null, version: number } & { ' $fragmentName'?: 'BalanceFieldsFragment' };

export type SidebarBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type SidebarBalanceQuery = { __typename?: 'Query', balance: (
    { __typename?: 'CreditBalance' }
    & { ' $fragmentRefs'?: { 'BalanceFieldsFragment': BalanceFieldsFragment } }
  ) };

export type AutoTopUp_SettingsFragment = { __typename?: 'AutoTopUpSettings', enabled: boolean, threshold: string, packs: number, monthlyCapPacks: number } & { ' $fragmentName'?: 'AutoTopUp_SettingsFragment' };

export type AutoTopUpSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AutoTopUpSettingsQuery = { __typename?: 'Query', billing: { __typename?: 'BillingSnapshot', autoTopUp?: (
      { __typename?: 'AutoTopUpSettings' }
      & { ' $fragmentRefs'?: { 'AutoTopUp_SettingsFragment': AutoTopUp_SettingsFragment } }
    ) | null, topUpPack: (
      { __typename?: 'TopUpPack' }
      & { ' $fragmentRefs'?: { 'BuyCredits_PackFragment': BuyCredits_PackFragment } }
    ) }, viewer: { __typename?: 'Viewer', role?: Role | null } };

export type UpdateAutoTopUpMutationVariables = Exact<{
  input: AutoTopUpInput;
}>;


export type UpdateAutoTopUpMutation = { __typename?: 'Mutation', updateAutoTopUp: (
    { __typename?: 'AutoTopUpSettings' }
    & { ' $fragmentRefs'?: { 'AutoTopUp_SettingsFragment': AutoTopUp_SettingsFragment } }
  ) };

export type BuyCredits_PackFragment = { __typename?: 'TopUpPack', credits: string, priceCents: number, currency: string } & { ' $fragmentName'?: 'BuyCredits_PackFragment' };

export type BuyCreditsInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type BuyCreditsInfoQuery = { __typename?: 'Query', billing: { __typename?: 'BillingSnapshot', topUpPack: (
      { __typename?: 'TopUpPack' }
      & { ' $fragmentRefs'?: { 'BuyCredits_PackFragment': BuyCredits_PackFragment } }
    ) }, viewer: { __typename?: 'Viewer', role?: Role | null } };

export type CancelInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type CancelInfoQuery = { __typename?: 'Query', billing: { __typename?: 'BillingSnapshot', status: BillingStatus, cancelAtPeriodEnd: boolean, currentPeriodEnd?: string | null, refundableUntil?: string | null, plan?: { __typename?: 'Plan', code: string, name: string } | null }, viewer: { __typename?: 'Viewer', role?: Role | null } };

export type CancelSubscriptionMutationVariables = Exact<{ [key: string]: never; }>;


export type CancelSubscriptionMutation = { __typename?: 'Mutation', cancelSubscription: { __typename?: 'Cancellation', endsAt: string, refunded: boolean } };

export type ResumeSubscriptionMutationVariables = Exact<{ [key: string]: never; }>;


export type ResumeSubscriptionMutation = { __typename?: 'Mutation', resumeSubscription: { __typename?: 'BillingSnapshot', status: BillingStatus, cancelAtPeriodEnd: boolean, renewsAt?: string | null } };

export type PlanPickerQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanPickerQuery = { __typename?: 'Query', plans: Array<(
    { __typename?: 'Plan' }
    & { ' $fragmentRefs'?: { 'PlanTermsFragment': PlanTermsFragment } }
  )>, billing: { __typename?: 'BillingSnapshot', status: BillingStatus, currentPeriodStart?: string | null, currentPeriodEnd?: string | null, renewsAt?: string | null, plan?: (
      { __typename?: 'Plan' }
      & { ' $fragmentRefs'?: { 'PlanTermsFragment': PlanTermsFragment } }
    ) | null, scheduledPlan?: { __typename?: 'Plan', code: string } | null }, viewer: { __typename?: 'Viewer', role?: Role | null } };

export type PlanChangePreviewQueryVariables = Exact<{
  plan: Scalars['String']['input'];
}>;


export type PlanChangePreviewQuery = { __typename?: 'Query', planChangePreview: { __typename?: 'PlanChange', kind: PlanChangeKind, prorationCredits: string, effectiveAt: string, prorationDate?: string | null, secondsLeft?: number | null, periodSeconds?: number | null, chargeTodayCents?: number | null } };

export type BillingSnapshotCardQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingSnapshotCardQuery = { __typename?: 'Query', billing: { __typename?: 'BillingSnapshot', status: BillingStatus, currentPeriodStart?: string | null, currentPeriodEnd?: string | null, renewsAt?: string | null, cancelAtPeriodEnd: boolean, allocationGranted: string, allocationUsed: string, allocationRemoved: string, plan?: (
      { __typename?: 'Plan' }
      & { ' $fragmentRefs'?: { 'PlanTermsFragment': PlanTermsFragment } }
    ) | null, scheduledPlan?: (
      { __typename?: 'Plan' }
      & { ' $fragmentRefs'?: { 'PlanTermsFragment': PlanTermsFragment } }
    ) | null, notices: Array<{ __typename?: 'BillingNotice', id: string, kind: string, message: string, createdAt: string }> }, viewer: { __typename?: 'Viewer', role?: Role | null } };

export type BillingPortalMutationVariables = Exact<{ [key: string]: never; }>;


export type BillingPortalMutation = { __typename?: 'Mutation', billingPortalUrl: string };

export type CancelScheduledPlanChangeMutationVariables = Exact<{ [key: string]: never; }>;


export type CancelScheduledPlanChangeMutation = { __typename?: 'Mutation', cancelScheduledPlanChange: { __typename?: 'BillingSnapshot', scheduledPlan?: { __typename?: 'Plan', code: string } | null } };

export type HistoryRow_TransactionFragment = (
  { __typename?: 'Transaction', id: string, sequence: number, deficitChange: string, actorKind: string, splits: Array<{ __typename?: 'TransactionSplit', amount: string, grantLabel: string, grantSource?: GrantSource | null }>, details: { __typename?: 'TransactionDetails', inputTokens?: number | null, outputTokens?: number | null, rateCardVersion?: string | null, prorationFraction?: string | null } }
  & { ' $fragmentRefs'?: { 'TransactionSummaryFragment': TransactionSummaryFragment } }
) & { ' $fragmentName'?: 'HistoryRow_TransactionFragment' };

export type TransactionHistoryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
}>;


export type TransactionHistoryQuery = { __typename?: 'Query', transactions: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', cursor: string, node: (
        { __typename?: 'Transaction', id: string }
        & { ' $fragmentRefs'?: { 'HistoryRow_TransactionFragment': HistoryRow_TransactionFragment } }
      ) }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type HistoryTransactionAddedSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HistoryTransactionAddedSubscription = { __typename?: 'Subscription', transactionAdded: { __typename?: 'Transaction', id: string, sequence: number, type: TransactionType, feature?: string | null, createdAt: string } };

export type UsageByFeatureQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type UsageByFeatureQuery = { __typename?: 'Query', usage: { __typename?: 'Usage', total: string, buckets: Array<{ __typename?: 'UsageBucket', start: string, features: Array<{ __typename?: 'FeatureUsage', feature?: string | null, credits: string }> }>, features: Array<{ __typename?: 'FeatureUsage', feature?: string | null, credits: string }> } };

export type TransactionSummaryFragment = { __typename?: 'Transaction', id: string, type: TransactionType, createdAt: string, description: string, feature?: string | null, amount: string, reservedChange: string } & { ' $fragmentName'?: 'TransactionSummaryFragment' };

export type PlanTermsFragment = { __typename?: 'Plan', code: string, name: string, creditsPerPeriod: string, priceCents: number, currency: string } & { ' $fragmentName'?: 'PlanTermsFragment' };

export type ChangePlanMutationVariables = Exact<{
  input: ChangePlanInput;
}>;


export type ChangePlanMutation = { __typename?: 'Mutation', changePlan: { __typename?: 'PlanChange', kind: PlanChangeKind, status: PlanChangeStatus, effectiveAt: string, prorationCredits: string, fromPlan: { __typename?: 'Plan', code: string, name: string }, toPlan: { __typename?: 'Plan', code: string, name: string } } };

export type SubscribeToPlanMutationVariables = Exact<{
  input: ChangePlanInput;
}>;


export type SubscribeToPlanMutation = { __typename?: 'Mutation', subscribe: { __typename?: 'CheckoutSession', id: string, url: string } };

export type PurchaseCreditsMutationVariables = Exact<{
  input: PurchaseCreditsInput;
}>;


export type PurchaseCreditsMutation = { __typename?: 'Mutation', purchaseCredits: { __typename?: 'CheckoutSession', id: string, url: string } };

export type CampaignDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignDetailQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, name: string, status: CampaignStatus, goal: CampaignGoal, brief: string, locations: string, dailyBudgetCents: number, adAccountId?: string | null, launchedAt?: string | null, plan?: string | null, adCopy?: { __typename?: 'AdCopy', headlines: Array<string>, descriptions: Array<string> } | null, sitelinks: Array<{ __typename?: 'Sitelink', text: string, url: string }>, keywords: Array<{ __typename?: 'Keyword', text: string, matchType: KeywordMatchType }> }, campaignPerformance: { __typename?: 'CampaignPerformance', days: Array<{ __typename?: 'DailyPerformance', date: string, impressions: number, clicks: number, conversions: number, spendCents: number }>, totals: { __typename?: 'PerformanceTotals', impressions: number, clicks: number, conversions: number, spendCents: number } } };

export type CampaignsListQueryVariables = Exact<{
  status?: InputMaybe<CampaignStatus>;
}>;


export type CampaignsListQuery = { __typename?: 'Query', campaigns: Array<{ __typename?: 'Campaign', id: string, name: string, status: CampaignStatus, goal: CampaignGoal, dailyBudgetCents: number, adAccountId?: string | null, locations: string, launchedAt?: string | null, updatedAt: string }> };

export type CampaignWizard_CampaignFragment = { __typename?: 'Campaign', id: string, name: string, status: CampaignStatus, goal: CampaignGoal, brief: string, locations: string, dailyBudgetCents: number, productId?: string | null, adAccountId?: string | null, updatedAt: string, adCopy?: { __typename?: 'AdCopy', headlines: Array<string>, descriptions: Array<string> } | null, sitelinks: Array<{ __typename?: 'Sitelink', text: string, url: string, description1: string, description2: string }>, keywords: Array<{ __typename?: 'Keyword', text: string, matchType: KeywordMatchType, monthlySearches?: number | null }> } & { ' $fragmentName'?: 'CampaignWizard_CampaignFragment' };

export type CampaignWizardDraftQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignWizardDraftQuery = { __typename?: 'Query', campaign: (
    { __typename?: 'Campaign' }
    & { ' $fragmentRefs'?: { 'CampaignWizard_CampaignFragment': CampaignWizard_CampaignFragment } }
  ) };

export type CreateCampaignDraftMutationVariables = Exact<{
  input: CreateCampaignDraftInput;
}>;


export type CreateCampaignDraftMutation = { __typename?: 'Mutation', createCampaignDraft: (
    { __typename?: 'Campaign' }
    & { ' $fragmentRefs'?: { 'CampaignWizard_CampaignFragment': CampaignWizard_CampaignFragment } }
  ) };

export type UpdateCampaignDraftMutationVariables = Exact<{
  input: UpdateCampaignDraftInput;
}>;


export type UpdateCampaignDraftMutation = { __typename?: 'Mutation', updateCampaignDraft: (
    { __typename?: 'Campaign' }
    & { ' $fragmentRefs'?: { 'CampaignWizard_CampaignFragment': CampaignWizard_CampaignFragment } }
  ) };

export type GenerateAdCopyMutationVariables = Exact<{
  input: CampaignAiInput;
}>;


export type GenerateAdCopyMutation = { __typename?: 'Mutation', generateAdCopy: { __typename?: 'CampaignAiResult', campaign: (
      { __typename?: 'Campaign' }
      & { ' $fragmentRefs'?: { 'CampaignWizard_CampaignFragment': CampaignWizard_CampaignFragment } }
    ), charge: (
      { __typename?: 'MeteredChargeInfo' }
      & { ' $fragmentRefs'?: { 'RunFeedback_ChargeFragment': RunFeedback_ChargeFragment } }
    ) } };

export type GenerateSitelinksMutationVariables = Exact<{
  input: CampaignAiInput;
}>;


export type GenerateSitelinksMutation = { __typename?: 'Mutation', generateSitelinks: { __typename?: 'CampaignAiResult', campaign: (
      { __typename?: 'Campaign' }
      & { ' $fragmentRefs'?: { 'CampaignWizard_CampaignFragment': CampaignWizard_CampaignFragment } }
    ), charge: (
      { __typename?: 'MeteredChargeInfo' }
      & { ' $fragmentRefs'?: { 'RunFeedback_ChargeFragment': RunFeedback_ChargeFragment } }
    ) } };

export type ResearchKeywordsMutationVariables = Exact<{
  input: CampaignAiInput;
}>;


export type ResearchKeywordsMutation = { __typename?: 'Mutation', researchKeywords: { __typename?: 'CampaignAiResult', campaign: (
      { __typename?: 'Campaign' }
      & { ' $fragmentRefs'?: { 'CampaignWizard_CampaignFragment': CampaignWizard_CampaignFragment } }
    ), charge: (
      { __typename?: 'MeteredChargeInfo' }
      & { ' $fragmentRefs'?: { 'RunFeedback_ChargeFragment': RunFeedback_ChargeFragment } }
    ) } };

export type LaunchCampaignMutationVariables = Exact<{
  input: LaunchCampaignInput;
}>;


export type LaunchCampaignMutation = { __typename?: 'Mutation', launchCampaign: { __typename?: 'CampaignAiResult', campaign: { __typename?: 'Campaign', id: string, status: CampaignStatus, launchedAt?: string | null }, charge: (
      { __typename?: 'MeteredChargeInfo' }
      & { ' $fragmentRefs'?: { 'RunFeedback_ChargeFragment': RunFeedback_ChargeFragment } }
    ) } };

export type CampaignWizardOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignWizardOptionsQuery = { __typename?: 'Query', products: Array<{ __typename?: 'Product', id: string, name: string, active: boolean }>, adAccounts: Array<{ __typename?: 'AdAccount', id: string, name: string, platform: AdPlatform, active: boolean }> };

export type DashboardOverviewQueryVariables = Exact<{
  types?: InputMaybe<Array<TransactionType> | TransactionType>;
}>;


export type DashboardOverviewQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', user?: { __typename?: 'User', id: string, name: string } | null, workspace: { __typename?: 'Workspace', id: string, name: string } }, billing: { __typename?: 'BillingSnapshot', allocationGranted: string, allocationUsed: string, renewsAt?: string | null, plan?: { __typename?: 'Plan', code: string, name: string } | null }, dashboard: { __typename?: 'DashboardSummary', days: number, drafts: number, launchedCampaigns: number, totals: { __typename?: 'PerformanceTotals', impressions: number, clicks: number, conversions: number, spendCents: number }, topCampaigns: Array<{ __typename?: 'CampaignSummary', id: string, name: string, totals: { __typename?: 'PerformanceTotals', clicks: number, conversions: number, spendCents: number } }>, recentConversations: Array<{ __typename?: 'HeroAiConversation', id: string, title: string, updatedAt: string }>, activeProduct?: { __typename?: 'Product', id: string, name: string } | null, activeAdAccount?: { __typename?: 'AdAccount', id: string, name: string, platform: AdPlatform, currency: string } | null }, transactions: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: (
        { __typename?: 'Transaction', id: string }
        & { ' $fragmentRefs'?: { 'TransactionSummaryFragment': TransactionSummaryFragment } }
      ) }> } };

export type DemoClockQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoClockQuery = { __typename?: 'Query', demoClock?: { __typename?: 'DemoClock', now: string, daysAhead: number, nextRenewalAt?: string | null } | null, viewer: { __typename?: 'Viewer', role?: Role | null } };

export type AdvanceDemoClockMutationVariables = Exact<{
  input: AdvanceDemoClockInput;
}>;


export type AdvanceDemoClockMutation = { __typename?: 'Mutation', advanceDemoClock: { __typename?: 'DemoClock', now: string, daysAhead: number, nextRenewalAt?: string | null } };

export type FeatureAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type FeatureAccessQuery = { __typename?: 'Query', featureAccess: Array<{ __typename?: 'FeatureAccess', feature: string, label: string, allowed: boolean, reason?: string | null, estimatedMin: string, estimatedMax: string }> };

export type RunFeedback_ChargeFragment = { __typename?: 'MeteredChargeInfo', charged: string, held: string, replayed: boolean } & { ' $fragmentName'?: 'RunFeedback_ChargeFragment' };

export type ConversationLink_ConversationFragment = { __typename?: 'HeroAiConversation', id: string, title: string, updatedAt: string } & { ' $fragmentName'?: 'ConversationLink_ConversationFragment' };

export type HeroAiConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type HeroAiConversationsQuery = { __typename?: 'Query', heroAiConversations: Array<(
    { __typename?: 'HeroAiConversation', id: string }
    & { ' $fragmentRefs'?: { 'ConversationLink_ConversationFragment': ConversationLink_ConversationFragment } }
  )> };

export type HeroAiConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HeroAiConversationQuery = { __typename?: 'Query', heroAiConversation: { __typename?: 'HeroAiConversation', id: string, title: string, messages: Array<{ __typename?: 'HeroAiMessage', id: string, role: HeroAiMessageRole, text: string, createdAt: string, campaignsReferenced: number, daysOfData: number, inputTokens: number, outputTokens: number }> } };

export type StartHeroAiConversationMutationVariables = Exact<{
  input?: InputMaybe<StartHeroAiConversationInput>;
}>;


export type StartHeroAiConversationMutation = { __typename?: 'Mutation', startHeroAiConversation: (
    { __typename?: 'HeroAiConversation', id: string }
    & { ' $fragmentRefs'?: { 'ConversationLink_ConversationFragment': ConversationLink_ConversationFragment } }
  ) };

export type SendHeroAiMessageMutationVariables = Exact<{
  input: SendHeroAiMessageInput;
}>;


export type SendHeroAiMessageMutation = { __typename?: 'Mutation', sendHeroAiMessage: { __typename?: 'HeroAiReply', conversation: (
      { __typename?: 'HeroAiConversation', id: string }
      & { ' $fragmentRefs'?: { 'ConversationLink_ConversationFragment': ConversationLink_ConversationFragment } }
    ), question: { __typename?: 'HeroAiMessage', id: string }, answer: { __typename?: 'HeroAiMessage', id: string }, charge: (
      { __typename?: 'MeteredChargeInfo' }
      & { ' $fragmentRefs'?: { 'RunFeedback_ChargeFragment': RunFeedback_ChargeFragment } }
    ) } };

export type HeroAiMessageStreamSubscriptionVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type HeroAiMessageStreamSubscription = { __typename?: 'Subscription', heroAiMessageStream: { __typename?: 'HeroAiStreamEvent', conversationId: string, delta: string, done: boolean, messageId?: string | null } };

export type OutOfCreditsInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type OutOfCreditsInfoQuery = { __typename?: 'Query', billing: { __typename?: 'BillingSnapshot', renewsAt?: string | null, plan?: (
      { __typename?: 'Plan' }
      & { ' $fragmentRefs'?: { 'PlanTermsFragment': PlanTermsFragment } }
    ) | null, topUpPack: (
      { __typename?: 'TopUpPack' }
      & { ' $fragmentRefs'?: { 'BuyCredits_PackFragment': BuyCredits_PackFragment } }
    ) }, plans: Array<(
    { __typename?: 'Plan' }
    & { ' $fragmentRefs'?: { 'PlanTermsFragment': PlanTermsFragment } }
  )> };

export type KeyBudget_KeyFragment = { __typename?: 'ApiKeyGql', id: string, name: string, revokedAt?: string | null, monthlyBudget?: string | null, spentThisMonth: string, budgetResetsAt: string } & { ' $fragmentName'?: 'KeyBudget_KeyFragment' };

export type ApiKeyRow_KeyFragment = (
  { __typename?: 'ApiKeyGql', id: string, name: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, revokedAt?: string | null }
  & { ' $fragmentRefs'?: { 'KeyBudget_KeyFragment': KeyBudget_KeyFragment } }
) & { ' $fragmentName'?: 'ApiKeyRow_KeyFragment' };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: Array<(
    { __typename?: 'ApiKeyGql', id: string }
    & { ' $fragmentRefs'?: { 'ApiKeyRow_KeyFragment': ApiKeyRow_KeyFragment } }
  )> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, apiKey: (
      { __typename?: 'ApiKeyGql', id: string }
      & { ' $fragmentRefs'?: { 'ApiKeyRow_KeyFragment': ApiKeyRow_KeyFragment } }
    ) } };

export type SetApiKeyBudgetMutationVariables = Exact<{
  input: SetApiKeyBudgetInput;
}>;


export type SetApiKeyBudgetMutation = { __typename?: 'Mutation', setApiKeyBudget: (
    { __typename?: 'ApiKeyGql', id: string }
    & { ' $fragmentRefs'?: { 'KeyBudget_KeyFragment': KeyBudget_KeyFragment } }
  ) };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKeyGql', id: string, revokedAt?: string | null } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint', id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, secretPrefix: string, previousSecretExpiresAt?: string | null, createdAt: string }>, webhookEventTypes: Array<{ __typename?: 'WebhookEventType', type: string, description: string }> };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'CreatedWebhookSecret', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string } } };

export type RollWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RollWebhookSecretMutation = { __typename?: 'Mutation', rollWebhookSecret: { __typename?: 'CreatedWebhookSecret', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, secretPrefix: string, previousSecretExpiresAt?: string | null } } };

export type SetWebhookEndpointEnabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type SetWebhookEndpointEnabledMutation = { __typename?: 'Mutation', updateWebhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, enabled: boolean } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookEndpointMutation = { __typename?: 'Mutation', deleteWebhookEndpoint: string };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: Scalars['ID']['input'];
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: Array<{ __typename?: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt?: string | null, lastStatusCode?: number | null, lastAttemptAt?: string | null, event: { __typename?: 'WorkspaceEvent', id: string, sequence: number, type: string }, attemptLog: Array<{ __typename?: 'WebhookAttempt', attempt: number, error?: string | null }> }> };

export type ResendWebhookDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResendWebhookDeliveryMutation = { __typename?: 'Mutation', resendWebhookDelivery: { __typename?: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus, nextAttemptAt?: string | null } };

export type AccountsAndProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsAndProductsQuery = { __typename?: 'Query', adAccounts: Array<(
    { __typename?: 'AdAccount', id: string }
    & { ' $fragmentRefs'?: { 'AdAccountsSection_AccountFragment': AdAccountsSection_AccountFragment } }
  )>, products: Array<(
    { __typename?: 'Product', id: string }
    & { ' $fragmentRefs'?: { 'ProductCard_ProductFragment': ProductCard_ProductFragment } }
  )> };

export type AdAccountsSection_AccountFragment = { __typename?: 'AdAccount', id: string, name: string, platform: AdPlatform, externalId: string, currency: string, active: boolean, createdAt: string } & { ' $fragmentName'?: 'AdAccountsSection_AccountFragment' };

export type AddAdAccountMutationVariables = Exact<{
  input: AddAdAccountInput;
}>;


export type AddAdAccountMutation = { __typename?: 'Mutation', addAdAccount: (
    { __typename?: 'AdAccount' }
    & { ' $fragmentRefs'?: { 'AdAccountsSection_AccountFragment': AdAccountsSection_AccountFragment } }
  ) };

export type SetActiveAdAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SetActiveAdAccountMutation = { __typename?: 'Mutation', setActiveAdAccount: { __typename?: 'AdAccount', id: string, active: boolean } };

export type ProductCard_ProductFragment = { __typename?: 'Product', id: string, name: string, url?: string | null, description: string, priceCents?: number | null, active: boolean, updatedAt: string, analysis?: { __typename?: 'ProductAnalysis', id: string, text: string, createdAt: string } | null } & { ' $fragmentName'?: 'ProductCard_ProductFragment' };

export type SetActiveProductMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SetActiveProductMutation = { __typename?: 'Mutation', setActiveProduct: { __typename?: 'Product', id: string, active: boolean } };

export type AnalyzeProductMutationVariables = Exact<{
  input: AnalyzeProductInput;
}>;


export type AnalyzeProductMutation = { __typename?: 'Mutation', analyzeProduct: { __typename?: 'AnalyzeProductResult', product: (
      { __typename?: 'Product' }
      & { ' $fragmentRefs'?: { 'ProductCard_ProductFragment': ProductCard_ProductFragment } }
    ), charge: (
      { __typename?: 'MeteredChargeInfo' }
      & { ' $fragmentRefs'?: { 'RunFeedback_ChargeFragment': RunFeedback_ChargeFragment } }
    ) } };

export type AddProductMutationVariables = Exact<{
  input: AddProductInput;
}>;


export type AddProductMutation = { __typename?: 'Mutation', addProduct: (
    { __typename?: 'Product' }
    & { ' $fragmentRefs'?: { 'ProductCard_ProductFragment': ProductCard_ProductFragment } }
  ) };

export type UpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { __typename?: 'Mutation', updateProduct: (
    { __typename?: 'Product' }
    & { ' $fragmentRefs'?: { 'ProductCard_ProductFragment': ProductCard_ProductFragment } }
  ) };

export type ConsoleWorkspaceEntriesQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleWorkspaceEntriesQuery = { __typename?: 'Query', workspaceAudit: { __typename?: 'WorkspaceAudit', workspaceId: string, history: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string, sequence: number, type: TransactionType, amount: string, description: string, actorKind: string, createdAt: string, splits: Array<{ __typename?: 'TransactionSplit', grantLabel: string, amount: string }>, details: { __typename?: 'TransactionDetails', inputTokens?: number | null, outputTokens?: number | null, rateCardVersion?: string | null, prorationFraction?: string | null } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type ConsoleFindWorkspacesQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type ConsoleFindWorkspacesQuery = { __typename?: 'Query', findWorkspaces: Array<{ __typename?: 'WorkspaceMatch', id: string, name: string, matchedBy: string, stripeCustomerId?: string | null, memberEmails: Array<string> }> };

export type ConsoleSupportQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSupportQueueQuery = { __typename?: 'Query', supportQueue: Array<{ __typename?: 'SupportRequest', id: string, workspaceId: string, workspaceName: string, subject: string, status: SupportRequestStatus, createdAt: string, author: { __typename?: 'SupportRequestAuthor', name: string }, entries: Array<{ __typename?: 'Transaction', id: string }> }> };

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', isSupport: boolean } };

export type ConsoleWorkspacePaymentsQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type ConsoleWorkspacePaymentsQuery = { __typename?: 'Query', workspaceAudit: { __typename?: 'WorkspaceAudit', workspaceId: string, payments: { __typename?: 'ProviderPayments', connected: boolean, customerId?: string | null, charges: Array<{ __typename?: 'ProviderCharge', id: string, paymentIntentId?: string | null, amountCents: number, amountRefundedCents: number, currency: string, status: string, description?: string | null, createdAt: string, disputes: Array<{ __typename?: 'ProviderDispute', id: string, amountCents: number, status: string, reason: string }> }> } } };

export type ConsoleMessage_MessageFragment = { __typename?: 'SupportRequestMessage', id: string, fromStaff: boolean, authorName: string, body: string, createdAt: string } & { ' $fragmentName'?: 'ConsoleMessage_MessageFragment' };

export type ConsoleSupportRequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleSupportRequestQuery = { __typename?: 'Query', supportRequest: { __typename?: 'SupportRequest', id: string, workspaceId: string, workspaceName: string, subject: string, status: SupportRequestStatus, author: { __typename?: 'SupportRequestAuthor', name: string, email: string }, entries: Array<{ __typename?: 'Transaction', id: string, sequence: number, description: string, amount: string, reservedChange: string }>, messages: Array<(
      { __typename?: 'SupportRequestMessage', id: string }
      & { ' $fragmentRefs'?: { 'ConsoleMessage_MessageFragment': ConsoleMessage_MessageFragment } }
    )> } };

export type ConsoleAnswerSupportRequestMutationVariables = Exact<{
  input: AnswerSupportRequestInput;
}>;


export type ConsoleAnswerSupportRequestMutation = { __typename?: 'Mutation', answerSupportRequest: { __typename?: 'SupportRequest', id: string, status: SupportRequestStatus, messages: Array<(
      { __typename?: 'SupportRequestMessage', id: string }
      & { ' $fragmentRefs'?: { 'ConsoleMessage_MessageFragment': ConsoleMessage_MessageFragment } }
    )> } };

export type ConsoleCloseSupportRequestMutationVariables = Exact<{
  input: CloseSupportRequestInput;
}>;


export type ConsoleCloseSupportRequestMutation = { __typename?: 'Mutation', closeSupportRequest: { __typename?: 'SupportRequest', id: string, status: SupportRequestStatus } };

export type ConsoleStaffActionsQueryVariables = Exact<{
  filter?: InputMaybe<StaffActionFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleStaffActionsQuery = { __typename?: 'Query', staffActions: { __typename?: 'StaffActionConnection', edges: Array<{ __typename?: 'StaffActionEdge', cursor: string, node: { __typename?: 'StaffAction', id: string, kind: string, staffEmail?: string | null, supportUserId: string, workspaceId?: string | null, workspaceName?: string | null, reason?: string | null, targetId?: string | null, amount?: string | null, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ConsoleWorkspaceAuditQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type ConsoleWorkspaceAuditQuery = { __typename?: 'Query', workspaceAudit: { __typename?: 'WorkspaceAudit', workspaceId: string, workspaceName: string, entries: number, replayMatches: boolean, mismatches: Array<string>, balance: { __typename?: 'CreditBalance', available: string, reserved: string, deficit: string }, reconciliation: { __typename?: 'Reconciliation', mustHold: string, ledgerHolds: string, difference: string, unsourcedGrants: number, differences: Array<string>, notes: Array<string> }, grants: Array<{ __typename?: 'AuditGrant', id: string, label: string, source: GrantSource, original: string, consumed: string, expired: string, revoked: string, reserved: string, remaining: string, expiresAt?: string | null, origin: { __typename?: 'GrantOrigin', periodStart?: string | null, periodEnd?: string | null, prorationFraction?: string | null, paymentId?: string | null, invoiceId?: string | null, reason?: string | null } }>, activeHolds: Array<{ __typename?: 'Hold', id: string, amount: string, description: string, createdAt: string, expiresAt: string }> } };

export type ConsoleAdjustCreditsMutationVariables = Exact<{
  input: AdjustCreditsInput;
}>;


export type ConsoleAdjustCreditsMutation = { __typename?: 'Mutation', adjustCredits: { __typename?: 'CreditBalance', available: string } };

export type ConsoleVoidGrantMutationVariables = Exact<{
  input: VoidGrantInput;
}>;


export type ConsoleVoidGrantMutation = { __typename?: 'Mutation', voidGrant: { __typename?: 'CreditBalance', available: string } };

export type ConsoleReleaseStuckHoldMutationVariables = Exact<{
  input: ReleaseStuckHoldInput;
}>;


export type ConsoleReleaseStuckHoldMutation = { __typename?: 'Mutation', releaseStuckHold: { __typename?: 'CreditBalance', available: string } };

export type SupportRequestCard_RequestFragment = { __typename?: 'SupportRequest', id: string, status: SupportRequestStatus, subject: string, createdAt: string, updatedAt: string, author: { __typename?: 'SupportRequestAuthor', id: string, name: string }, entries: Array<{ __typename?: 'Transaction', id: string, sequence: number, description: string, amount: string, createdAt: string }>, messages: Array<{ __typename?: 'SupportRequestMessage', id: string, fromStaff: boolean, authorName: string, body: string, createdAt: string }> } & { ' $fragmentName'?: 'SupportRequestCard_RequestFragment' };

export type SupportRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportRequestsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', user?: { __typename?: 'User', id: string } | null }, supportRequests: Array<(
    { __typename?: 'SupportRequest', id: string }
    & { ' $fragmentRefs'?: { 'SupportRequestCard_RequestFragment': SupportRequestCard_RequestFragment } }
  )> };

export type ReplyToSupportRequestMutationVariables = Exact<{
  input: ReplyToSupportRequestInput;
}>;


export type ReplyToSupportRequestMutation = { __typename?: 'Mutation', replyToSupportRequest: (
    { __typename?: 'SupportRequest', id: string }
    & { ' $fragmentRefs'?: { 'SupportRequestCard_RequestFragment': SupportRequestCard_RequestFragment } }
  ) };

export type OpenSupportRequestMutationVariables = Exact<{
  input: OpenSupportRequestInput;
}>;


export type OpenSupportRequestMutation = { __typename?: 'Mutation', openSupportRequest: { __typename?: 'SupportRequest', id: string, status: SupportRequestStatus, subject: string } };

export type AdAccountCurrenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdAccountCurrenciesQuery = { __typename?: 'Query', adAccounts: Array<{ __typename?: 'AdAccount', id: string, active: boolean, currency: string }> };

export const WorkspaceSwitcher_ViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceSwitcher_viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceSwitcher_ViewerFragment, unknown>;
export const BalanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"planAllocation"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"deficit"}},{"kind":"Field","name":{"kind":"Name","value":"outOfCredits"}},{"kind":"Field","name":{"kind":"Name","value":"renewsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<BalanceFieldsFragment, unknown>;
export const AutoTopUp_SettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutoTopUp_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutoTopUpSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"packs"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCapPacks"}}]}}]} as unknown as DocumentNode<AutoTopUp_SettingsFragment, unknown>;
export const BuyCredits_PackFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuyCredits_pack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopUpPack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<BuyCredits_PackFragment, unknown>;
export const TransactionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reservedChange"}}]}}]} as unknown as DocumentNode<TransactionSummaryFragment, unknown>;
export const HistoryRow_TransactionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryRow_transaction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"deficitChange"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"splits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"grantLabel"}},{"kind":"Field","name":{"kind":"Name","value":"grantSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"rateCardVersion"}},{"kind":"Field","name":{"kind":"Name","value":"prorationFraction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reservedChange"}}]}}]} as unknown as DocumentNode<HistoryRow_TransactionFragment, unknown>;
export const PlanTermsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditsPerPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<PlanTermsFragment, unknown>;
export const CampaignWizard_CampaignFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWizard_campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"locations"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBudgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"adAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adCopy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headlines"}},{"kind":"Field","name":{"kind":"Name","value":"descriptions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sitelinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description1"}},{"kind":"Field","name":{"kind":"Name","value":"description2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matchType"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySearches"}}]}}]}}]} as unknown as DocumentNode<CampaignWizard_CampaignFragment, unknown>;
export const RunFeedback_ChargeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFeedback_charge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeteredChargeInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]} as unknown as DocumentNode<RunFeedback_ChargeFragment, unknown>;
export const ConversationLink_ConversationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationLink_conversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeroAiConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConversationLink_ConversationFragment, unknown>;
export const KeyBudget_KeyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyBudget_key"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyGql"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyBudget"}},{"kind":"Field","name":{"kind":"Name","value":"spentThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"budgetResetsAt"}}]}}]} as unknown as DocumentNode<KeyBudget_KeyFragment, unknown>;
export const ApiKeyRow_KeyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_key"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyGql"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyBudget_key"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyBudget_key"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyGql"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyBudget"}},{"kind":"Field","name":{"kind":"Name","value":"spentThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"budgetResetsAt"}}]}}]} as unknown as DocumentNode<ApiKeyRow_KeyFragment, unknown>;
export const AdAccountsSection_AccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdAccountsSection_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdAccountsSection_AccountFragment, unknown>;
export const ProductCard_ProductFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCard_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ProductCard_ProductFragment, unknown>;
export const ConsoleMessage_MessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMessage_message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequestMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleMessage_MessageFragment, unknown>;
export const SupportRequestCard_RequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportRequestCard_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SupportRequestCard_RequestFragment, unknown>;
export const ShellViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShellViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isSupport"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceSwitcher_viewer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceSwitcher_viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ShellViewerQuery, ShellViewerQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const PageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Page"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PageQuery, PageQueryVariables>;
export const AlertsSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"firedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailsOwnersAndAdmins"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AlertsSettingsQuery, AlertsSettingsQueryVariables>;
export const AlertRecipientsChoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertRecipientsChoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<AlertRecipientsChoiceQuery, AlertRecipientsChoiceQueryVariables>;
export const CreateAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAlertMutation, CreateAlertMutationVariables>;
export const UpdateAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<UpdateAlertMutation, UpdateAlertMutationVariables>;
export const DeleteAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAlertMutation, DeleteAlertMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowBalance"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowBalance"}}]}}]}}]} as unknown as DocumentNode<NotificationsChangedSubscription, NotificationsChangedSubscriptionVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SwitchWorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}]}]}}]} as unknown as DocumentNode<SwitchWorkspaceMutation, SwitchWorkspaceMutationVariables>;
export const CreditPopoverDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditPopoverDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocationGranted"}},{"kind":"Field","name":{"kind":"Name","value":"renewsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"windowDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charges"}},{"kind":"Field","name":{"kind":"Name","value":"burnPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"runsOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"renewsAt"}}]}}]}}]} as unknown as DocumentNode<CreditPopoverDetailsQuery, CreditPopoverDetailsQueryVariables>;
export const BalanceChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BalanceChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"planAllocation"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"deficit"}},{"kind":"Field","name":{"kind":"Name","value":"outOfCredits"}},{"kind":"Field","name":{"kind":"Name","value":"renewsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<BalanceChangedSubscription, BalanceChangedSubscriptionVariables>;
export const SidebarBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SidebarBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"planAllocation"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"deficit"}},{"kind":"Field","name":{"kind":"Name","value":"outOfCredits"}},{"kind":"Field","name":{"kind":"Name","value":"renewsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SidebarBalanceQuery, SidebarBalanceQueryVariables>;
export const AutoTopUpSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutoTopUpSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoTopUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutoTopUp_settings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpPack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuyCredits_pack"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutoTopUp_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutoTopUpSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"packs"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCapPacks"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuyCredits_pack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopUpPack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<AutoTopUpSettingsQuery, AutoTopUpSettingsQueryVariables>;
export const UpdateAutoTopUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAutoTopUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutoTopUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAutoTopUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutoTopUp_settings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutoTopUp_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutoTopUpSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"packs"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCapPacks"}}]}}]} as unknown as DocumentNode<UpdateAutoTopUpMutation, UpdateAutoTopUpMutationVariables>;
export const BuyCreditsInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuyCreditsInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUpPack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuyCredits_pack"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuyCredits_pack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopUpPack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<BuyCreditsInfoQuery, BuyCreditsInfoQueryVariables>;
export const CancelInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CancelInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelAtPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"refundableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CancelInfoQuery, CancelInfoQueryVariables>;
export const CancelSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}}]}}]}}]} as unknown as DocumentNode<CancelSubscriptionMutation, CancelSubscriptionMutationVariables>;
export const ResumeSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelAtPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewsAt"}}]}}]}}]} as unknown as DocumentNode<ResumeSubscriptionMutation, ResumeSubscriptionMutationVariables>;
export const PlanPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanPicker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTerms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTerms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditsPerPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<PlanPickerQuery, PlanPickerQueryVariables>;
export const PlanChangePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanChangePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planChangePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"prorationCredits"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"prorationDate"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"periodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"chargeTodayCents"}}]}}]}}]} as unknown as DocumentNode<PlanChangePreviewQuery, PlanChangePreviewQueryVariables>;
export const BillingSnapshotCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingSnapshotCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTerms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTerms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewsAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelAtPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"allocationGranted"}},{"kind":"Field","name":{"kind":"Name","value":"allocationUsed"}},{"kind":"Field","name":{"kind":"Name","value":"allocationRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditsPerPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<BillingSnapshotCardQuery, BillingSnapshotCardQueryVariables>;
export const BillingPortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BillingPortal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingPortalUrl"}}]}}]} as unknown as DocumentNode<BillingPortalMutation, BillingPortalMutationVariables>;
export const CancelScheduledPlanChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelScheduledPlanChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelScheduledPlanChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CancelScheduledPlanChangeMutation, CancelScheduledPlanChangeMutationVariables>;
export const TransactionHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransactionHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryRow_transaction"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reservedChange"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryRow_transaction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"deficitChange"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"splits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"grantLabel"}},{"kind":"Field","name":{"kind":"Name","value":"grantSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"rateCardVersion"}},{"kind":"Field","name":{"kind":"Name","value":"prorationFraction"}}]}}]}}]} as unknown as DocumentNode<TransactionHistoryQuery, TransactionHistoryQueryVariables>;
export const HistoryTransactionAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HistoryTransactionAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<HistoryTransactionAddedSubscription, HistoryTransactionAddedSubscriptionVariables>;
export const UsageByFeatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsageByFeature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"DAY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}}]}}]}}]}}]} as unknown as DocumentNode<UsageByFeatureQuery, UsageByFeatureQueryVariables>;
export const ChangePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"prorationCredits"}},{"kind":"Field","name":{"kind":"Name","value":"fromPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePlanMutation, ChangePlanMutationVariables>;
export const SubscribeToPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribeToPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<SubscribeToPlanMutation, SubscribeToPlanMutationVariables>;
export const PurchaseCreditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchaseCredits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseCreditsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<PurchaseCreditsMutation, PurchaseCreditsMutationVariables>;
export const CampaignDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"locations"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBudgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"adAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"adCopy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headlines"}},{"kind":"Field","name":{"kind":"Name","value":"descriptions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sitelinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matchType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaignPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"clicks"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"spendCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"clicks"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"spendCents"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignDetailQuery, CampaignDetailQueryVariables>;
export const CampaignsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBudgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"adAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"locations"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CampaignsListQuery, CampaignsListQueryVariables>;
export const CampaignWizardDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignWizardDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWizard_campaign"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWizard_campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"locations"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBudgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"adAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adCopy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headlines"}},{"kind":"Field","name":{"kind":"Name","value":"descriptions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sitelinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description1"}},{"kind":"Field","name":{"kind":"Name","value":"description2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matchType"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySearches"}}]}}]}}]} as unknown as DocumentNode<CampaignWizardDraftQuery, CampaignWizardDraftQueryVariables>;
export const CreateCampaignDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaignDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaignDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWizard_campaign"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWizard_campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"locations"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBudgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"adAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adCopy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headlines"}},{"kind":"Field","name":{"kind":"Name","value":"descriptions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sitelinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description1"}},{"kind":"Field","name":{"kind":"Name","value":"description2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matchType"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySearches"}}]}}]}}]} as unknown as DocumentNode<CreateCampaignDraftMutation, CreateCampaignDraftMutationVariables>;
export const UpdateCampaignDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaignDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaignDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWizard_campaign"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWizard_campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"locations"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBudgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"adAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adCopy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headlines"}},{"kind":"Field","name":{"kind":"Name","value":"descriptions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sitelinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description1"}},{"kind":"Field","name":{"kind":"Name","value":"description2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matchType"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySearches"}}]}}]}}]} as unknown as DocumentNode<UpdateCampaignDraftMutation, UpdateCampaignDraftMutationVariables>;
export const GenerateAdCopyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateAdCopy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignAiInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateAdCopy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWizard_campaign"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFeedback_charge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWizard_campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"locations"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBudgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"adAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adCopy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headlines"}},{"kind":"Field","name":{"kind":"Name","value":"descriptions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sitelinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description1"}},{"kind":"Field","name":{"kind":"Name","value":"description2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matchType"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySearches"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFeedback_charge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeteredChargeInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]} as unknown as DocumentNode<GenerateAdCopyMutation, GenerateAdCopyMutationVariables>;
export const GenerateSitelinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateSitelinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignAiInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateSitelinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWizard_campaign"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFeedback_charge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWizard_campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"locations"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBudgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"adAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adCopy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headlines"}},{"kind":"Field","name":{"kind":"Name","value":"descriptions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sitelinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description1"}},{"kind":"Field","name":{"kind":"Name","value":"description2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matchType"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySearches"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFeedback_charge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeteredChargeInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]} as unknown as DocumentNode<GenerateSitelinksMutation, GenerateSitelinksMutationVariables>;
export const ResearchKeywordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResearchKeywords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignAiInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchKeywords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWizard_campaign"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFeedback_charge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWizard_campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"locations"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBudgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"adAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adCopy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headlines"}},{"kind":"Field","name":{"kind":"Name","value":"descriptions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sitelinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description1"}},{"kind":"Field","name":{"kind":"Name","value":"description2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matchType"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySearches"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFeedback_charge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeteredChargeInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]} as unknown as DocumentNode<ResearchKeywordsMutation, ResearchKeywordsMutationVariables>;
export const LaunchCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LaunchCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"launchCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFeedback_charge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFeedback_charge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeteredChargeInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]} as unknown as DocumentNode<LaunchCampaignMutation, LaunchCampaignMutationVariables>;
export const CampaignWizardOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignWizardOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<CampaignWizardOptionsQuery, CampaignWizardOptionsQueryVariables>;
export const DashboardOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocationGranted"}},{"kind":"Field","name":{"kind":"Name","value":"allocationUsed"}},{"kind":"Field","name":{"kind":"Name","value":"renewsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"drafts"}},{"kind":"Field","name":{"kind":"Name","value":"launchedCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"clicks"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"spendCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clicks"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"spendCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeAdAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reservedChange"}}]}}]} as unknown as DocumentNode<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const DemoClockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demoClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"daysAhead"}},{"kind":"Field","name":{"kind":"Name","value":"nextRenewalAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<DemoClockQuery, DemoClockQueryVariables>;
export const AdvanceDemoClockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceDemoClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceDemoClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceDemoClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"daysAhead"}},{"kind":"Field","name":{"kind":"Name","value":"nextRenewalAt"}}]}}]}}]} as unknown as DocumentNode<AdvanceDemoClockMutation, AdvanceDemoClockMutationVariables>;
export const FeatureAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeatureAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMax"}}]}}]}}]} as unknown as DocumentNode<FeatureAccessQuery, FeatureAccessQueryVariables>;
export const HeroAiConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeroAiConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heroAiConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationLink_conversation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationLink_conversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeroAiConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<HeroAiConversationsQuery, HeroAiConversationsQueryVariables>;
export const HeroAiConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeroAiConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heroAiConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaignsReferenced"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfData"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}}]}}]}}]}}]} as unknown as DocumentNode<HeroAiConversationQuery, HeroAiConversationQueryVariables>;
export const StartHeroAiConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartHeroAiConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StartHeroAiConversationInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startHeroAiConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationLink_conversation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationLink_conversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeroAiConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StartHeroAiConversationMutation, StartHeroAiConversationMutationVariables>;
export const SendHeroAiMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendHeroAiMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendHeroAiMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendHeroAiMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationLink_conversation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFeedback_charge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationLink_conversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeroAiConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFeedback_charge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeteredChargeInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]} as unknown as DocumentNode<SendHeroAiMessageMutation, SendHeroAiMessageMutationVariables>;
export const HeroAiMessageStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HeroAiMessageStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heroAiMessageStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}}]}}]} as unknown as DocumentNode<HeroAiMessageStreamSubscription, HeroAiMessageStreamSubscriptionVariables>;
export const OutOfCreditsInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutOfCreditsInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewsAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTerms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpPack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuyCredits_pack"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTerms"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditsPerPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuyCredits_pack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopUpPack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<OutOfCreditsInfoQuery, OutOfCreditsInfoQueryVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow_key"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyBudget_key"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyGql"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyBudget"}},{"kind":"Field","name":{"kind":"Name","value":"spentThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"budgetResetsAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_key"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyGql"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyBudget_key"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow_key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyBudget_key"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyGql"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyBudget"}},{"kind":"Field","name":{"kind":"Name","value":"spentThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"budgetResetsAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_key"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyGql"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyBudget_key"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const SetApiKeyBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetApiKeyBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetApiKeyBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setApiKeyBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyBudget_key"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyBudget_key"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyGql"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyBudget"}},{"kind":"Field","name":{"kind":"Name","value":"spentThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"budgetResetsAt"}}]}}]} as unknown as DocumentNode<SetApiKeyBudgetMutation, SetApiKeyBudgetMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookEventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const RollWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<RollWebhookSecretMutation, RollWebhookSecretMutationVariables>;
export const SetWebhookEndpointEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWebhookEndpointEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<SetWebhookEndpointEnabledMutation, SetWebhookEndpointEnabledMutationVariables>;
export const DeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const ResendWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]} as unknown as DocumentNode<ResendWebhookDeliveryMutation, ResendWebhookDeliveryMutationVariables>;
export const AccountsAndProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsAndProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdAccountsSection_account"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCard_product"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdAccountsSection_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCard_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AccountsAndProductsQuery, AccountsAndProductsQueryVariables>;
export const AddAdAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAdAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAdAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAdAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdAccountsSection_account"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdAccountsSection_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AddAdAccountMutation, AddAdAccountMutationVariables>;
export const SetActiveAdAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActiveAdAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActiveAdAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetActiveAdAccountMutation, SetActiveAdAccountMutationVariables>;
export const SetActiveProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActiveProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActiveProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetActiveProductMutation, SetActiveProductMutationVariables>;
export const AnalyzeProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnalyzeProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyzeProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyzeProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCard_product"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFeedback_charge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCard_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFeedback_charge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeteredChargeInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]} as unknown as DocumentNode<AnalyzeProductMutation, AnalyzeProductMutationVariables>;
export const AddProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCard_product"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCard_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AddProductMutation, AddProductMutationVariables>;
export const UpdateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCard_product"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCard_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UpdateProductMutation, UpdateProductMutationVariables>;
export const ConsoleWorkspaceEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWorkspaceEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"splits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantLabel"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"rateCardVersion"}},{"kind":"Field","name":{"kind":"Name","value":"prorationFraction"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWorkspaceEntriesQuery, ConsoleWorkspaceEntriesQueryVariables>;
export const ConsoleFindWorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleFindWorkspaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findWorkspaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stripeCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberEmails"}}]}}]}}]} as unknown as DocumentNode<ConsoleFindWorkspacesQuery, ConsoleFindWorkspacesQueryVariables>;
export const ConsoleSupportQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSupportQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSupportQueueQuery, ConsoleSupportQueueQueryVariables>;
export const ConsoleViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSupport"}}]}}]}}]} as unknown as DocumentNode<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const ConsoleWorkspacePaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWorkspacePayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentIntentId"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountRefundedCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWorkspacePaymentsQuery, ConsoleWorkspacePaymentsQueryVariables>;
export const ConsoleSupportRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSupportRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reservedChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleMessage_message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMessage_message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequestMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleSupportRequestQuery, ConsoleSupportRequestQueryVariables>;
export const ConsoleAnswerSupportRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAnswerSupportRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerSupportRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSupportRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleMessage_message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMessage_message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequestMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleAnswerSupportRequestMutation, ConsoleAnswerSupportRequestMutationVariables>;
export const ConsoleCloseSupportRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCloseSupportRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseSupportRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSupportRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleCloseSupportRequestMutation, ConsoleCloseSupportRequestMutationVariables>;
export const ConsoleStaffActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleStaffActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffActionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"staffEmail"}},{"kind":"Field","name":{"kind":"Name","value":"supportUserId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleStaffActionsQuery, ConsoleStaffActionsQueryVariables>;
export const ConsoleWorkspaceAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWorkspaceAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"deficit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replayMatches"}},{"kind":"Field","name":{"kind":"Name","value":"mismatches"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mustHold"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerHolds"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"unsourcedGrants"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"consumed"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"prorationFraction"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeHolds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWorkspaceAuditQuery, ConsoleWorkspaceAuditQueryVariables>;
export const ConsoleAdjustCreditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAdjustCredits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustCreditsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<ConsoleAdjustCreditsMutation, ConsoleAdjustCreditsMutationVariables>;
export const ConsoleVoidGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleVoidGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<ConsoleVoidGrantMutation, ConsoleVoidGrantMutationVariables>;
export const ConsoleReleaseStuckHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReleaseStuckHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseStuckHoldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseStuckHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<ConsoleReleaseStuckHoldMutation, ConsoleReleaseStuckHoldMutationVariables>;
export const SupportRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportRequestCard_request"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportRequestCard_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SupportRequestsQuery, SupportRequestsQueryVariables>;
export const ReplyToSupportRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToSupportRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToSupportRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToSupportRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportRequestCard_request"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportRequestCard_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReplyToSupportRequestMutation, ReplyToSupportRequestMutationVariables>;
export const OpenSupportRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSupportRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenSupportRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSupportRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]} as unknown as DocumentNode<OpenSupportRequestMutation, OpenSupportRequestMutationVariables>;
export const AdAccountCurrenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdAccountCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<AdAccountCurrenciesQuery, AdAccountCurrenciesQueryVariables>;
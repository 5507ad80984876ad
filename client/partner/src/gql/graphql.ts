/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  externalId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  platform: AdPlatform;
};

export type AdCopy = {
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
  enabled: Scalars['Boolean']['output'];
  monthlyCapPacks: Scalars['Int']['output'];
  packs: Scalars['Int']['output'];
  threshold: Scalars['Credits']['output'];
};

export type BillingNotice = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The workspace's plan and period at a glance. */
export type BillingSnapshot = {
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
  campaign: Campaign;
  charge: MeteredChargeInfo;
};

export type CampaignGoal =
  | 'AWARENESS'
  | 'LEADS'
  | 'SALES'
  | 'TRAFFIC';

export type CampaignPerformance = {
  campaignId: Scalars['ID']['output'];
  /** Oldest first; empty for drafts. */
  days: Array<DailyPerformance>;
  totals: PerformanceTotals;
};

export type CampaignStatus =
  | 'DRAFT'
  | 'LAUNCHED';

export type CampaignSummary = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  totals: PerformanceTotals;
};

export type Cancellation = {
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
  apiKey: ApiKeyGql;
  /** The secret. Shown only now; store it safely. */
  secret: Scalars['String']['output'];
};

export type CreatedWebhookSecret = {
  endpoint: WebhookEndpoint;
  /** The signing secret (whsec_…). Shown only now; store it safely. */
  secret: Scalars['String']['output'];
};

/** A workspace's credits right now. */
export type CreditBalance = {
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
  clicks: Scalars['Int']['output'];
  conversions: Scalars['Int']['output'];
  /** UTC day, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  impressions: Scalars['Int']['output'];
  spendCents: Scalars['Int']['output'];
};

/** The home page. Never depends on credits. */
export type DashboardSummary = {
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
  /** Whole days the workspace runs ahead of the wall clock. */
  daysAhead: Scalars['Int']['output'];
  /** The period end "advance to the next renewal" moves to; null without an active plan. */
  nextRenewalAt?: Maybe<Scalars['DateTime']['output']>;
  /** The workspace's time. */
  now: Scalars['DateTime']['output'];
};

/** Whether a metered feature can start now, and what one run costs. */
export type FeatureAccess = {
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
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Oldest first. */
  messages: Array<HeroAiMessage>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type HeroAiMessage = {
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
  /** The whole answer (also streamed to heroAiMessageStream). */
  answer: HeroAiMessage;
  charge: MeteredChargeInfo;
  conversation: HeroAiConversation;
  question: HeroAiMessage;
};

/** A piece of an answer being written, or its end. */
export type HeroAiStreamEvent = {
  conversationId: Scalars['ID']['output'];
  delta: Scalars['String']['output'];
  done: Scalars['Boolean']['output'];
  /** The stored answer, on the last event. */
  messageId?: Maybe<Scalars['ID']['output']>;
};

/** Credits reserved before a metered feature starts. */
export type Hold = {
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
  email: Scalars['String']['output'];
  joinedAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  role: Role;
  userId: Scalars['ID']['output'];
};

/** What a metered run reserved and what it was charged. */
export type MeteredChargeInfo = {
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
  /** Newest first. */
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  /** The signed-in member's unread notifications in this workspace. */
  unreadCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  cursor: Scalars['String']['output'];
  node: NotificationGql;
};

/** Something the workspace was told about: an alert that fired. */
export type NotificationGql = {
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
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PendingInvitation = {
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type PerformanceTotals = {
  clicks: Scalars['Int']['output'];
  conversions: Scalars['Int']['output'];
  impressions: Scalars['Int']['output'];
  spendCents: Scalars['Int']['output'];
};

/** A subscription plan on sale. */
export type Plan = {
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
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  inputTokens: Scalars['Int']['output'];
  outputTokens: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** A payment (charge) as the payment provider reports it. */
export type ProviderCharge = {
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
  /** Newest first, at most 100. */
  charges: Array<ProviderCharge>;
  /** False when no payment provider is configured. */
  connected: Scalars['Boolean']['output'];
  customerId?: Maybe<Scalars['String']['output']>;
};

/** A refund as the payment provider reports it. */
export type ProviderRefund = {
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
  features: Array<FeatureRateInfo>;
  version: Scalars['String']['output'];
};

/** The independent auditor's line for one workspace: what its facts say it must hold against what the ledger holds. */
export type Reconciliation = {
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
  description1: Scalars['String']['output'];
  description2: Scalars['String']['output'];
  text: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** A staff action in the log, with who did it and where. */
export type StaffAction = {
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
  edges: Array<StaffActionEdge>;
  pageInfo: PageInfo;
};

export type StaffActionEdge = {
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
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** One message of a support request's conversation. */
export type SupportRequestMessage = {
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
  credits: Scalars['Credits']['output'];
  currency: Scalars['String']['output'];
  priceCents: Scalars['Int']['output'];
};

/** One append-only ledger entry. */
export type Transaction = {
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
  edges: Array<TransactionEdge>;
  pageInfo: PageInfo;
};

/** The numbers behind an entry, for auditing the math. */
export type TransactionDetails = {
  inputTokens?: Maybe<Scalars['Int']['output']>;
  /** All recorded numbers as JSON text. */
  json?: Maybe<Scalars['String']['output']>;
  outputTokens?: Maybe<Scalars['Int']['output']>;
  /** Upgrades: seconds left / seconds in the period, e.g. "1036800/2592000". */
  prorationFraction?: Maybe<Scalars['String']['output']>;
  rateCardVersion?: Maybe<Scalars['String']['output']>;
};

export type TransactionEdge = {
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
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Who is calling, and in which workspace. */
export type Viewer = {
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
  description: Scalars['String']['output'];
  /** The name in payloads and subscriptions, e.g. "credits.granted". */
  type: Scalars['String']['output'];
};

export type Workspace = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Support's check of a workspace's math: the stored balance against a replay of its ledger. */
export type WorkspaceAudit = {
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
  /** More events follow: ask again with after = the last sequence here. */
  hasMore: Scalars['Boolean']['output'];
  /** The newest sequence number of the workspace (0 when it has no events yet). */
  lastSequence: Scalars['Int']['output'];
  /** Oldest first. */
  nodes: Array<WorkspaceEvent>;
};

/** A workspace found by support: by name, member email, workspace id or Stripe customer. */
export type WorkspaceMatch = {
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
  role: Role;
  workspace: Workspace;
};

export type PartnerBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerBalanceQuery = { balance: { available: string, planAllocation: string, purchased: string, reserved: string, deficit: string, outOfCredits: boolean, renewsAt?: string | null, version: number } };

export type PartnerHistoryQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
}>;


export type PartnerHistoryQuery = { transactions: { edges: Array<{ cursor: string, node: { id: string, sequence: number, type: TransactionType, amount: string, charged?: string | null, reservedChange: string, deficitChange: string, description: string, feature?: string | null, actorKind: string, holdId?: string | null, createdAt: string, splits: Array<{ grantId: string, grantLabel: string, grantSource?: GrantSource | null, amount: string }>, details: { inputTokens?: number | null, outputTokens?: number | null, rateCardVersion?: string | null, prorationFraction?: string | null, json?: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type PartnerHoldFieldsFragment = { id: string, amount: string, charged: string, status: HoldStatus, feature?: string | null, description: string, expiresAt: string, createdAt: string };

export type PartnerHoldQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerHoldQuery = { hold: { id: string, amount: string, charged: string, status: HoldStatus, feature?: string | null, description: string, expiresAt: string, createdAt: string } };

export type PartnerReserveMutationVariables = Exact<{
  input: ReserveCreditsInput;
}>;


export type PartnerReserveMutation = { reserveCredits: { id: string, amount: string, charged: string, status: HoldStatus, feature?: string | null, description: string, expiresAt: string, createdAt: string } };

export type PartnerSettleMutationVariables = Exact<{
  input: SettleHoldInput;
}>;


export type PartnerSettleMutation = { settleHold: { id: string, amount: string, charged: string, status: HoldStatus, feature?: string | null, description: string, expiresAt: string, createdAt: string } };

export type PartnerReleaseMutationVariables = Exact<{
  input: ReleaseHoldInput;
}>;


export type PartnerReleaseMutation = { releaseHold: { id: string, amount: string, charged: string, status: HoldStatus, feature?: string | null, description: string, expiresAt: string, createdAt: string } };

export type PartnerUsageQueryVariables = Exact<{
  range: UsageRange;
  granularity?: InputMaybe<UsageGranularity>;
}>;


export type PartnerUsageQuery = { usage: { from: string, to: string, granularity: UsageGranularity, timeZone: string, total: string, buckets: Array<{ start: string, end: string, total: string, features: Array<{ feature?: string | null, credits: string, charges: number, inputTokens: number, outputTokens: number }> }>, features: Array<{ feature?: string | null, credits: string, charges: number, inputTokens: number, outputTokens: number }> } };

export type PartnerForecastQueryVariables = Exact<{
  windowDays?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PartnerForecastQuery = { forecast: { windowDays: number, windowStart: string, spent: string, charges: number, burnPerDay: string, available: string, runsOutAt?: string | null, daysUntilEmpty?: number | null, renewsAt?: string | null, planAllocation: string, allocationRunsOutAt?: string | null, allocationRunsOutBeforeRenewal: boolean, allocationExpiringUnused: string } };

export type PartnerEventsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PartnerEventsQuery = { events: { hasMore: boolean, lastSequence: number, nodes: Array<{ id: string, sequence: number, type: string, data: string, createdAt: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PartnerHoldFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerHoldFields on Hold {
  id
  amount
  charged
  status
  feature
  description
  expiresAt
  createdAt
}
    `, {"fragmentName":"PartnerHoldFields"}) as unknown as TypedDocumentString<PartnerHoldFieldsFragment, unknown>;
export const PartnerBalanceDocument = new TypedDocumentString(`
    query PartnerBalance {
  balance {
    available
    planAllocation
    purchased
    reserved
    deficit
    outOfCredits
    renewsAt
    version
  }
}
    `) as unknown as TypedDocumentString<PartnerBalanceQuery, PartnerBalanceQueryVariables>;
export const PartnerHistoryDocument = new TypedDocumentString(`
    query PartnerHistory($first: Int, $after: String, $filter: TransactionFilter) {
  transactions(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        sequence
        type
        amount
        charged
        reservedChange
        deficitChange
        description
        feature
        actorKind
        holdId
        createdAt
        splits {
          grantId
          grantLabel
          grantSource
          amount
        }
        details {
          inputTokens
          outputTokens
          rateCardVersion
          prorationFraction
          json
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerHistoryQuery, PartnerHistoryQueryVariables>;
export const PartnerHoldDocument = new TypedDocumentString(`
    query PartnerHold($id: ID!) {
  hold(id: $id) {
    ...PartnerHoldFields
  }
}
    fragment PartnerHoldFields on Hold {
  id
  amount
  charged
  status
  feature
  description
  expiresAt
  createdAt
}`) as unknown as TypedDocumentString<PartnerHoldQuery, PartnerHoldQueryVariables>;
export const PartnerReserveDocument = new TypedDocumentString(`
    mutation PartnerReserve($input: ReserveCreditsInput!) {
  reserveCredits(input: $input) {
    ...PartnerHoldFields
  }
}
    fragment PartnerHoldFields on Hold {
  id
  amount
  charged
  status
  feature
  description
  expiresAt
  createdAt
}`) as unknown as TypedDocumentString<PartnerReserveMutation, PartnerReserveMutationVariables>;
export const PartnerSettleDocument = new TypedDocumentString(`
    mutation PartnerSettle($input: SettleHoldInput!) {
  settleHold(input: $input) {
    ...PartnerHoldFields
  }
}
    fragment PartnerHoldFields on Hold {
  id
  amount
  charged
  status
  feature
  description
  expiresAt
  createdAt
}`) as unknown as TypedDocumentString<PartnerSettleMutation, PartnerSettleMutationVariables>;
export const PartnerReleaseDocument = new TypedDocumentString(`
    mutation PartnerRelease($input: ReleaseHoldInput!) {
  releaseHold(input: $input) {
    ...PartnerHoldFields
  }
}
    fragment PartnerHoldFields on Hold {
  id
  amount
  charged
  status
  feature
  description
  expiresAt
  createdAt
}`) as unknown as TypedDocumentString<PartnerReleaseMutation, PartnerReleaseMutationVariables>;
export const PartnerUsageDocument = new TypedDocumentString(`
    query PartnerUsage($range: UsageRange!, $granularity: UsageGranularity) {
  usage(range: $range, granularity: $granularity) {
    from
    to
    granularity
    timeZone
    total
    buckets {
      start
      end
      total
      features {
        feature
        credits
        charges
        inputTokens
        outputTokens
      }
    }
    features {
      feature
      credits
      charges
      inputTokens
      outputTokens
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerUsageQuery, PartnerUsageQueryVariables>;
export const PartnerForecastDocument = new TypedDocumentString(`
    query PartnerForecast($windowDays: Int) {
  forecast(windowDays: $windowDays) {
    windowDays
    windowStart
    spent
    charges
    burnPerDay
    available
    runsOutAt
    daysUntilEmpty
    renewsAt
    planAllocation
    allocationRunsOutAt
    allocationRunsOutBeforeRenewal
    allocationExpiringUnused
  }
}
    `) as unknown as TypedDocumentString<PartnerForecastQuery, PartnerForecastQueryVariables>;
export const PartnerEventsDocument = new TypedDocumentString(`
    query PartnerEvents($after: Int, $first: Int) {
  events(after: $after, first: $first) {
    nodes {
      id
      sequence
      type
      data
      createdAt
    }
    hasMore
    lastSequence
  }
}
    `) as unknown as TypedDocumentString<PartnerEventsQuery, PartnerEventsQueryVariables>;
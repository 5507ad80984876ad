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

/** A new session. The token is shown once; browsers also get it as an httpOnly cookie. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
};

/** The workspace's plan and period at a glance. */
export type BillingSnapshot = {
  __typename?: 'BillingSnapshot';
  /** This period's allocation and proration grants. */
  allocationGranted: Scalars['Credits']['output'];
  /** How much of it has been used (charged or reserved). */
  allocationUsed: Scalars['Credits']['output'];
  cancelAtPeriodEnd: Scalars['Boolean']['output'];
  currentPeriodEnd?: Maybe<Scalars['DateTime']['output']>;
  currentPeriodStart?: Maybe<Scalars['DateTime']['output']>;
  plan?: Maybe<Plan>;
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

export type GrantSource =
  | 'ADJUSTMENT'
  | 'PLAN_ALLOCATION'
  | 'PRORATION'
  | 'TOP_UP';

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

export type HoldStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'RELEASED'
  | 'SETTLED';

export type Member = {
  __typename?: 'Member';
  email: Scalars['String']['output'];
  joinedAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  role: Role;
  userId: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Owners and admins add people by email. */
  addMember: AddMemberResult;
  /** Support staff: credit or debit a workspace, with a written reason. */
  adjustCredits: CreditBalance;
  /** Gives a hold back in full, when the task did not run. */
  releaseHold: Hold;
  /** Reserves credits before running a metered task. Refused with INSUFFICIENT_CREDITS when the balance cannot cover it. */
  reserveCredits: Hold;
  /** Charges the actual cost of a held task and releases the rest of the hold. */
  settleHold: Hold;
  signIn: AuthPayload;
  /** Ends this session everywhere it is used. */
  signOut: Scalars['Boolean']['output'];
  /** Creates an account, its own workspace (as owner) and signs in. */
  signUp: AuthPayload;
  /** Makes another of your workspaces the current one for this session. */
  switchWorkspace: Scalars['Boolean']['output'];
};


export type MutationAddMemberArgs = {
  input: AddMemberInput;
};


export type MutationAdjustCreditsArgs = {
  input: AdjustCreditsInput;
};


export type MutationReleaseHoldArgs = {
  input: ReleaseHoldInput;
};


export type MutationReserveCreditsArgs = {
  input: ReserveCreditsInput;
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


export type MutationSwitchWorkspaceArgs = {
  workspaceId: Scalars['ID']['input'];
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

export type Query = {
  __typename?: 'Query';
  balance: CreditBalance;
  billing: BillingSnapshot;
  hold: Hold;
  members: Array<Member>;
  /** The plans on sale, smallest first. Public. */
  plans: Array<Plan>;
  /** The credit history, newest first. */
  transactions: TransactionConnection;
  viewer: Viewer;
  /** Support staff: audit any workspace. */
  workspaceAudit: WorkspaceAudit;
};


export type QueryHoldArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkspaceAuditArgs = {
  workspaceId: Scalars['ID']['input'];
};

export type ReleaseHoldInput = {
  holdId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};

export type ReserveCreditsInput = {
  amount: Scalars['Credits']['input'];
  description: Scalars['String']['input'];
  feature?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey: Scalars['String']['input'];
  /** Seconds before an unsettled hold is released (default 15 minutes). */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** owner (billing), admin, member. */
export type Role =
  | 'ADMIN'
  | 'MEMBER'
  | 'OWNER';

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
  /** Proration as "days left / days in period", e.g. "12/30". */
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

export type Workspace = {
  __typename?: 'Workspace';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Support's check of a workspace's math: the stored balance against a replay of its ledger. */
export type WorkspaceAudit = {
  __typename?: 'WorkspaceAudit';
  balance: CreditBalance;
  entries: Scalars['Int']['output'];
  /** Everything ever granted. */
  granted: Scalars['Credits']['output'];
  mismatches: Array<Scalars['String']['output']>;
  /** True when replaying every entry gives exactly the stored grants, holds and deficit. */
  replayMatches: Scalars['Boolean']['output'];
  workspaceId: Scalars['ID']['output'];
};

/** A workspace the viewer belongs to, and their role in it. */
export type WorkspaceMembership = {
  __typename?: 'WorkspaceMembership';
  role: Role;
  workspace: Workspace;
};

export type AppPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type AppPlansQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', code: string, name: string, creditsPerPeriod: string }> };


export const AppPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditsPerPeriod"}}]}}]}}]} as unknown as DocumentNode<AppPlansQuery, AppPlansQueryVariables>;
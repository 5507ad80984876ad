import { IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CreditsScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import { CreditBalance, GrantSourceGql, IDEMPOTENCY_KEY, PageInfo } from '../ledger/ledger.types';

const keyMessage = 'idempotencyKey: 8-128 characters of letters, digits, . _ : -';
const reasonMessage = 'reason: 1 to 500 characters';

export enum AdjustmentDirection {
  CREDIT = 'CREDIT',
  DEBIT = 'DEBIT',
}
registerEnumType(AdjustmentDirection, { name: 'AdjustmentDirection' });

export enum HoldOutcome {
  RELEASED = 'RELEASED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(HoldOutcome, {
  name: 'HoldOutcome',
  description: 'How support ends a stuck hold: RELEASED (given back) or EXPIRED (as if its time ran out).',
});

@InputType()
export class AdjustCreditsInput {
  @Field(() => ID)
  workspaceId!: string;

  @Field(() => CreditsScalar)
  amount!: number;

  @Field(() => AdjustmentDirection)
  @IsEnum(AdjustmentDirection)
  direction!: AdjustmentDirection;

  @Field({ description: 'Why; shown in the workspace history and kept for audit.' })
  @Length(5, 500, { message: 'reason: 5 to 500 characters' })
  reason!: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

@InputType()
export class VoidGrantInput {
  @Field(() => ID)
  workspaceId!: string;

  @Field(() => ID)
  grantId!: string;

  @Field({ description: 'Why; shown in the workspace history and kept for audit.' })
  @Length(1, 500, { message: reasonMessage })
  reason!: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

@InputType()
export class ReleaseStuckHoldInput {
  @Field(() => ID)
  workspaceId!: string;

  @Field(() => ID)
  holdId!: string;

  @Field(() => HoldOutcome)
  @IsEnum(HoldOutcome)
  outcome!: HoldOutcome;

  @Field({ description: 'Why; shown in the workspace history and kept for audit.' })
  @Length(1, 500, { message: reasonMessage })
  reason!: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

@InputType()
export class StaffActionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  staffUserId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  workspaceId?: string;
}

@ObjectType({ description: 'A workspace found by support: by name, member email, workspace id or Stripe customer.' })
export class WorkspaceMatch {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  stripeCustomerId!: string | null;

  @Field({ description: 'NAME, MEMBER_EMAIL, WORKSPACE_ID or STRIPE_CUSTOMER.' })
  matchedBy!: string;

  @Field(() => [String], { description: "The members' emails, owners first." })
  memberEmails!: string[];

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType({ description: 'Where a grant came from, with the numbers support needs to check it.' })
export class GrantOrigin {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Plan period and proration: the period the grant is for.',
  })
  periodStart!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  periodEnd!: Date | null;

  @Field(() => String, { nullable: true, description: 'Proration: seconds left / seconds in the period.' })
  prorationFraction!: string | null;

  @Field(() => String, { nullable: true, description: 'Top-up: the payment (Stripe payment intent).' })
  paymentId!: string | null;

  @Field(() => String, { nullable: true, description: 'Plan period and proration: the Stripe invoice.' })
  invoiceId!: string | null;

  @Field(() => String, { nullable: true, description: 'Adjustment: the reason support gave.' })
  reason!: string | null;

  @Field({ description: 'The entry that credited the grant.' })
  description!: string;
}

@ObjectType({ description: 'One grant: what it started with and where every credit of it went.' })
export class AuditGrant {
  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field(() => GrantSourceGql)
  source!: GrantSourceGql;

  @Field(() => CreditsScalar)
  original!: number;

  @Field(() => CreditsScalar, { description: 'Charged, debited by support, or paid towards a deficit.' })
  consumed!: number;

  @Field(() => CreditsScalar)
  expired!: number;

  @Field(() => CreditsScalar, { description: 'Taken back by a refund, a dispute or a reversal.' })
  revoked!: number;

  @Field(() => CreditsScalar, { description: 'Reserved now by active holds.' })
  reserved!: number;

  @Field(() => CreditsScalar, { description: 'Free to spend (stored).' })
  remaining!: number;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => GrantOrigin)
  origin!: GrantOrigin;
}

@ObjectType({
  description:
    "The independent auditor's line for one workspace: what its facts say it must hold against what the ledger holds.",
})
export class Reconciliation {
  @Field(() => CreditsScalar, { description: 'Free + reserved − deficit, by the auditor from external facts.' })
  mustHold!: number;

  @Field(() => CreditsScalar, { description: 'Free + reserved − deficit, as the ledger stores it.' })
  ledgerHolds!: number;

  @Field(() => CreditsScalar, { description: 'ledgerHolds − mustHold; 0 when they agree.' })
  difference!: number;

  @Field(() => Int, { description: 'Grants no outside fact explains (taken from their own rows).' })
  unsourcedGrants!: number;

  @Field(() => [String], { description: 'Every difference the auditor found, in words.' })
  differences!: string[];

  @Field(() => [String])
  notes!: string[];
}

@ObjectType({ description: 'A refund as the payment provider reports it.' })
export class ProviderRefund {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Cents.' })
  amountCents!: number;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType({ description: 'A dispute (chargeback) as the payment provider reports it.' })
export class ProviderDispute {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Cents.' })
  amountCents!: number;

  @Field({ description: "Stripe's status: needs_response, under_review, won, lost…" })
  status!: string;

  @Field()
  reason!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType({ description: 'A payment (charge) as the payment provider reports it.' })
export class ProviderCharge {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  paymentIntentId!: string | null;

  @Field(() => Int, { description: 'Cents.' })
  amountCents!: number;

  @Field(() => Int, { description: 'Cents.' })
  amountRefundedCents!: number;

  @Field()
  currency!: string;

  @Field()
  status!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => [ProviderRefund])
  refunds!: ProviderRefund[];

  @Field(() => [ProviderDispute])
  disputes!: ProviderDispute[];
}

@ObjectType({ description: "The workspace's payments as the payment provider reports them." })
export class ProviderPayments {
  @Field(() => String, { nullable: true })
  customerId!: string | null;

  @Field({ description: 'False when no payment provider is configured.' })
  connected!: boolean;

  @Field(() => [ProviderCharge], { description: 'Newest first, at most 100.' })
  charges!: ProviderCharge[];
}

@ObjectType({
  description: "Support's check of a workspace's math: the stored balance against a replay of its ledger.",
})
export class WorkspaceAudit {
  @Field(() => ID)
  workspaceId!: string;

  @Field()
  workspaceName!: string;

  @Field(() => CreditBalance)
  balance!: CreditBalance;

  @Field(() => Int)
  entries!: number;

  @Field(() => CreditsScalar, { description: 'Everything ever granted.' })
  granted!: number;

  @Field({ description: 'True when replaying every entry gives exactly the stored grants, holds and deficit.' })
  replayMatches!: boolean;

  @Field(() => [String])
  mismatches!: string[];
}

@ObjectType({ description: 'One thing support staff did.' })
export class SupportActionGql {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'AUDIT, SEARCH, ADJUST, VOID_GRANT, RELEASE_HOLD, ANSWER or CLOSE.' })
  kind!: string;

  @Field(() => ID)
  supportUserId!: string;

  @Field(() => String, { nullable: true, description: 'Null for a search.' })
  workspaceId!: string | null;

  @Field(() => String, { nullable: true, description: 'The reason given; for a search, the words searched.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The grant or hold the action was about.' })
  targetId!: string | null;

  @Field(() => CreditsScalar, { nullable: true, description: 'ADJUST: the signed amount.' })
  amount!: number | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType({ description: 'A staff action in the log, with who did it and where.' })
export class StaffAction extends SupportActionGql {
  @Field(() => String, { nullable: true })
  staffEmail!: string | null;

  @Field(() => String, { nullable: true })
  workspaceName!: string | null;
}

@ObjectType()
export class StaffActionEdge {
  @Field()
  cursor!: string;

  @Field(() => StaffAction)
  node!: StaffAction;
}

@ObjectType({ description: 'Staff actions, newest first.' })
export class StaffActionConnection {
  @Field(() => [StaffActionEdge])
  edges!: StaffActionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

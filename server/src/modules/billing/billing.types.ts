import { Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IDEMPOTENCY_KEY } from '../ledger/ledger.types';
import { CreditsScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import { Plan } from '../plans/plans.types';

export enum BillingStatus {
  NONE = 'NONE',
  ACTIVE = 'ACTIVE',
  PAST_DUE = 'PAST_DUE',
  CANCELED = 'CANCELED',
  INCOMPLETE = 'INCOMPLETE',
}
registerEnumType(BillingStatus, { name: 'BillingStatus' });

@ObjectType()
export class TopUpPack {
  @Field(() => CreditsScalar)
  credits!: number;

  @Field(() => Int)
  priceCents!: number;

  @Field()
  currency!: string;
}

@ObjectType()
export class AutoTopUpSettings {
  @Field()
  enabled!: boolean;

  @Field(() => CreditsScalar)
  threshold!: number;

  @Field(() => Int)
  packs!: number;

  @Field(() => Int)
  monthlyCapPacks!: number;
}

@ObjectType('BillingNotice')
export class BillingNoticeGql {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field()
  message!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType({ description: "The workspace's plan and period at a glance." })
export class BillingSnapshot {
  @Field(() => Plan, { nullable: true })
  plan!: Plan | null;

  @Field(() => BillingStatus)
  status!: BillingStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  currentPeriodStart!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  currentPeriodEnd!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the next allocation is granted (null if it will not renew).',
  })
  renewsAt!: Date | null;

  @Field(() => CreditsScalar, { description: "This period's allocation and proration grants." })
  allocationGranted!: number;

  @Field(() => CreditsScalar, { description: 'How much of it has been used (charged or reserved).' })
  allocationUsed!: number;

  @Field(() => CreditsScalar, {
    description:
      'How much of it was taken back unused: revoked when the plan ended early (refund, dispute), or expired.',
  })
  allocationRemoved!: number;

  @Field()
  cancelAtPeriodEnd!: boolean;

  @Field(() => Plan, { nullable: true, description: 'A downgrade waiting for the next renewal.' })
  scheduledPlan!: Plan | null;

  @Field(() => TopUpPack)
  topUpPack!: TopUpPack;

  @Field(() => AutoTopUpSettings, { nullable: true })
  autoTopUp!: AutoTopUpSettings | null;

  @Field(() => [BillingNoticeGql], { description: 'Payment problems the owner must know about.' })
  notices!: BillingNoticeGql[];

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Until then, cancelling refunds the subscription fee and ends the plan at once.',
  })
  refundableUntil!: Date | null;
}

@ObjectType({ description: 'A Stripe Checkout page to send the user to.' })
export class CheckoutSession {
  @Field()
  id!: string;

  @Field()
  url!: string;
}

export enum PlanChangeKind {
  UPGRADE = 'UPGRADE',
  DOWNGRADE = 'DOWNGRADE',
}
registerEnumType(PlanChangeKind, { name: 'PlanChangeKind' });

export enum PlanChangeStatus {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  SCHEDULED = 'SCHEDULED',
}
registerEnumType(PlanChangeStatus, {
  name: 'PlanChangeStatus',
  valuesConfig: {
    PENDING_PAYMENT: {
      description: 'Upgrade: takes effect, and its credits arrive, once the prorated invoice is paid.',
    },
    SCHEDULED: { description: 'Downgrade: takes effect at the next renewal.' },
  },
});

@ObjectType()
export class PlanChange {
  @Field(() => PlanChangeKind)
  kind!: PlanChangeKind;

  @Field(() => Plan)
  fromPlan!: Plan;

  @Field(() => Plan)
  toPlan!: Plan;

  @Field(() => DateTimeScalar)
  effectiveAt!: Date;

  @Field(() => CreditsScalar, { description: 'Upgrades: (new − old allocation) × time left in the period.' })
  prorationCredits!: number;

  @Field(() => PlanChangeStatus)
  status!: PlanChangeStatus;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Upgrades: the moment the share is computed at. Pass it to changePlan (within the hour) to upgrade at exactly this share.',
  })
  prorationDate!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Upgrades: seconds left in the period at prorationDate.' })
  secondsLeft!: number | null;

  @Field(() => Int, { nullable: true, description: 'Upgrades: seconds in the period.' })
  periodSeconds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Upgrades: the prorated price difference charged today, in cents of the plan's currency.",
  })
  chargeTodayCents!: number | null;
}

@ObjectType()
export class Cancellation {
  @Field({ description: 'True within 14 days of the start: the subscription fee is refunded and the plan ends now.' })
  refunded!: boolean;

  @Field(() => DateTimeScalar)
  endsAt!: Date;
}

const KEY_MESSAGE = 'idempotencyKey: 8-128 characters of letters, digits, . _ : -';

@InputType()
export class PurchaseCreditsInput {
  @Field(() => Int, { description: 'Packs of 20 credits at $20 each, 1 to 50.' })
  packs!: number;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: KEY_MESSAGE })
  idempotencyKey!: string;
}

@InputType()
export class ChangePlanInput {
  @Field()
  @Length(1, 32, { message: 'plan: a plan code' })
  plan!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Upgrades: the preview's prorationDate, so the upgrade prorates at the share the preview showed.",
  })
  prorationDate?: Date | null;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: KEY_MESSAGE })
  idempotencyKey!: string;
}

@InputType()
export class AutoTopUpInput {
  @Field()
  enabled!: boolean;

  @Field(() => CreditsScalar, { description: 'Buy when the available balance falls below this.' })
  threshold!: number;

  @Field(() => Int)
  packs!: number;

  @Field(() => Int, { description: 'At most this many packs per calendar month.' })
  monthlyCapPacks!: number;
}

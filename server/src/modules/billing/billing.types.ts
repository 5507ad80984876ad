import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
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

  @Field()
  cancelAtPeriodEnd!: boolean;

  @Field(() => Plan, { nullable: true, description: 'A downgrade waiting for the next renewal.' })
  scheduledPlan!: Plan | null;

  @Field(() => TopUpPack)
  topUpPack!: TopUpPack;
}

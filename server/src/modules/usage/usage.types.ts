import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CreditsScalar, DateTimeScalar } from '../../platform/graphql/scalars';

export enum UsageGranularityGql {
  DAY = 'DAY',
  WEEK = 'WEEK',
}
registerEnumType(UsageGranularityGql, {
  name: 'UsageGranularity',
  description: 'Bucket size: UTC days, or ISO weeks starting Monday 00:00 UTC.',
});

@InputType()
export class UsageRange {
  @Field(() => DateTimeScalar, { description: "Inclusive; widened down to its bucket's start." })
  from!: Date;

  @Field(() => DateTimeScalar, { description: 'Exclusive; widened up to the next bucket boundary.' })
  to!: Date;
}

@ObjectType({ description: "One feature's charges in a bucket or over the range." })
export class FeatureUsage {
  @Field(() => String, { nullable: true, description: 'The feature key; null for charges made without one.' })
  feature!: string | null;

  @Field(() => CreditsScalar, { description: 'Credits charged.' })
  credits!: number;

  @Field(() => Int, { description: 'How many charges.' })
  charges!: number;

  @Field(() => Float, { description: 'Input tokens recorded on those charges (a whole number).' })
  inputTokens!: number;

  @Field(() => Float, { description: 'Output tokens recorded on those charges (a whole number).' })
  outputTokens!: number;
}

@ObjectType({ description: 'Credits charged in one day or week.' })
export class UsageBucket {
  @Field(() => DateTimeScalar)
  start!: Date;

  @Field(() => DateTimeScalar, { description: 'Exclusive.' })
  end!: Date;

  @Field(() => CreditsScalar)
  total!: number;

  @Field(() => [FeatureUsage], { description: 'Features with charges in this bucket, by feature key.' })
  features!: FeatureUsage[];
}

@ObjectType({ description: 'Credits charged per feature per bucket, from the settled charges of the ledger.' })
export class Usage {
  @Field(() => DateTimeScalar, { description: 'The start of the first bucket.' })
  from!: Date;

  @Field(() => DateTimeScalar, { description: 'The end of the last bucket (exclusive).' })
  to!: Date;

  @Field(() => UsageGranularityGql)
  granularity!: UsageGranularityGql;

  @Field({ description: 'The time zone buckets are cut in: always "UTC".' })
  timeZone!: string;

  @Field(() => [UsageBucket], { description: 'Every bucket of the range, oldest first, empty ones included.' })
  buckets!: UsageBucket[];

  @Field(() => [FeatureUsage], { description: 'Per feature over the whole range, biggest first.' })
  features!: FeatureUsage[];

  @Field(() => CreditsScalar)
  total!: number;
}

@ObjectType({ description: 'Where the balance is heading at the recent pace of spending.' })
export class CreditForecast {
  @Field(() => Int, { description: 'The window asked for, in days.' })
  windowDays!: number;

  @Field(() => DateTimeScalar, {
    description: 'Where the observed window starts: windowDays ago, or when the workspace began if later.',
  })
  windowStart!: Date;

  @Field(() => CreditsScalar, { description: 'Credits charged in the window.' })
  spent!: number;

  @Field(() => Int, { description: 'Charges in the window.' })
  charges!: number;

  @Field(() => CreditsScalar, { description: 'Average burn per day over the window.' })
  burnPerDay!: number;

  @Field(() => CreditsScalar, { description: 'Available now.' })
  available!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the balance runs out at this pace.' })
  runsOutAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Whole days until the balance runs out at this pace.' })
  daysUntilEmpty!: number | null;

  @Field(() => DateTimeScalar, { nullable: true })
  renewsAt!: Date | null;

  @Field(() => CreditsScalar, { description: "Left of this period's allocation." })
  planAllocation!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the allocation is used up at this pace.' })
  allocationRunsOutAt!: Date | null;

  @Field({ description: 'At this pace the allocation is used up before it renews.' })
  allocationRunsOutBeforeRenewal!: boolean;

  @Field(() => CreditsScalar, { description: 'What of the allocation will expire unused at renewal at this pace.' })
  allocationExpiringUnused!: number;
}

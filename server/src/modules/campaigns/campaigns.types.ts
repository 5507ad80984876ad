import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../platform/graphql/scalars';
import { IDEMPOTENCY_KEY } from '../ledger/ledger.types';
import { MeteredChargeInfo } from '../metering/metering.types';
import { CampaignGoal, CampaignStatus } from './campaign.entity';

registerEnumType(CampaignStatus, { name: 'CampaignStatus' });
registerEnumType(CampaignGoal, { name: 'CampaignGoal' });

export enum KeywordMatchType {
  BROAD = 'BROAD',
  PHRASE = 'PHRASE',
  EXACT = 'EXACT',
}
registerEnumType(KeywordMatchType, { name: 'KeywordMatchType' });

@ObjectType('AdCopy')
export class AdCopyType {
  @Field(() => [String])
  headlines!: string[];

  @Field(() => [String])
  descriptions!: string[];
}

@ObjectType('Sitelink')
export class SitelinkType {
  @Field()
  text!: string;

  @Field()
  description1!: string;

  @Field()
  description2!: string;

  @Field()
  url!: string;
}

@ObjectType('Keyword')
export class KeywordType {
  @Field()
  text!: string;

  @Field(() => KeywordMatchType)
  matchType!: KeywordMatchType;

  @Field(() => Int, { nullable: true })
  monthlySearches!: number | null;
}

@ObjectType('Campaign', { description: 'A draft in the wizard, or a launched (historical) campaign.' })
export class CampaignType {
  @Field(() => ID)
  id!: string;

  @Field(() => CampaignStatus)
  status!: CampaignStatus;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  productId!: string | null;

  @Field(() => ID, { nullable: true })
  adAccountId!: string | null;

  @Field(() => CampaignGoal)
  goal!: CampaignGoal;

  @Field(() => Int)
  dailyBudgetCents!: number;

  @Field()
  locations!: string;

  @Field()
  brief!: string;

  @Field(() => AdCopyType, { nullable: true })
  adCopy!: AdCopyType | null;

  @Field(() => [SitelinkType])
  sitelinks!: SitelinkType[];

  @Field(() => [KeywordType])
  keywords!: KeywordType[];

  @Field(() => String, { nullable: true, description: 'The launch plan, once launched.' })
  plan!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  launchedAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@ObjectType('DailyPerformance')
export class DailyPerformanceType {
  @Field({ description: 'UTC day, YYYY-MM-DD.' })
  date!: string;

  @Field(() => Int)
  impressions!: number;

  @Field(() => Int)
  clicks!: number;

  @Field(() => Int)
  conversions!: number;

  @Field(() => Int)
  spendCents!: number;
}

@ObjectType('PerformanceTotals')
export class PerformanceTotalsType {
  @Field(() => Int)
  impressions!: number;

  @Field(() => Int)
  clicks!: number;

  @Field(() => Int)
  conversions!: number;

  @Field(() => Int)
  spendCents!: number;
}

@ObjectType('CampaignPerformance')
export class CampaignPerformanceType {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => [DailyPerformanceType], { description: 'Oldest first; empty for drafts.' })
  days!: DailyPerformanceType[];

  @Field(() => PerformanceTotalsType)
  totals!: PerformanceTotalsType;
}

@ObjectType()
export class CampaignAiResult {
  @Field(() => CampaignType)
  campaign!: CampaignType;

  @Field(() => MeteredChargeInfo)
  charge!: MeteredChargeInfo;
}

const keyMessage = 'idempotencyKey: 8-128 characters of letters, digits, . _ : -';

@InputType()
export class CreateCampaignDraftInput {
  @Field()
  @Length(1, 120)
  name!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  productId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  adAccountId?: string;

  @Field(() => CampaignGoal, { nullable: true })
  @IsOptional()
  goal?: CampaignGoal;

  @Field(() => Int, { nullable: true, description: 'Cents, at most 1,000,000 ($10,000 a day).' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  dailyBudgetCents?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  locations?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 4000)
  brief?: string;
}

@InputType()
export class UpdateCampaignDraftInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  productId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  adAccountId?: string;

  @Field(() => CampaignGoal, { nullable: true })
  @IsOptional()
  goal?: CampaignGoal;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  dailyBudgetCents?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  locations?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 4000)
  brief?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the headlines (each at most 30 characters).' })
  @IsOptional()
  @ArrayMaxSize(15)
  @Length(1, 30, { each: true })
  headlines?: string[];

  @Field(() => [String], { nullable: true, description: 'Replaces the descriptions (each at most 90 characters).' })
  @IsOptional()
  @ArrayMaxSize(4)
  @Length(1, 90, { each: true })
  descriptions?: string[];

  @Field(() => [String], { nullable: true, description: 'Replaces the keywords (broad match).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 80, { each: true })
  keywords?: string[];
}

@InputType({ description: 'Runs one campaign AI feature on a draft; each run (and each regeneration) is metered.' })
export class CampaignAiInput {
  @Field(() => ID)
  draftId!: string;

  @Field(() => String, { nullable: true, description: 'Extra guidance for this run, at most 4,000 characters.' })
  @IsOptional()
  @Length(1, 4000)
  instructions?: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

@InputType()
export class LaunchCampaignInput {
  @Field(() => ID)
  draftId!: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

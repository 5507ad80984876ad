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

@ObjectType('DailyPerformance')
export class DailyPerformanceType extends PerformanceTotalsType {
  @Field({ description: 'UTC day, YYYY-MM-DD.' })
  date!: string;
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

/**
 * What a draft is created with and updated by; each input adds its own `name` and budget rules. A base
 * input must be registered for its fields to be inherited; no operation takes it, so it stays out of the schema.
 */
@InputType()
abstract class CampaignDraftFieldsInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  productId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  adAccountId?: string;

  @Field(() => CampaignGoal, { nullable: true })
  @IsOptional()
  goal?: CampaignGoal;

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
export class CreateCampaignDraftInput extends CampaignDraftFieldsInput {
  @Field()
  @Length(1, 120)
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Cents, at most 1,000,000 ($10,000 a day).' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  dailyBudgetCents?: number;
}

@InputType()
export class UpdateCampaignDraftInput extends CampaignDraftFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  dailyBudgetCents?: number;

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

/** A metered action on one draft: which draft, and the key that makes a retry safe. */
@InputType()
abstract class DraftActionInput {
  @Field(() => ID)
  draftId!: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

@InputType({ description: 'Runs one campaign AI feature on a draft; each run (and each regeneration) is metered.' })
export class CampaignAiInput extends DraftActionInput {
  @Field(() => String, { nullable: true, description: 'Extra guidance for this run, at most 4,000 characters.' })
  @IsOptional()
  @Length(1, 4000)
  instructions?: string;
}

@InputType()
export class LaunchCampaignInput extends DraftActionInput {}

import { Field, Int, ObjectType } from 'type-graphql';
import { CreditsScalar } from '../../platform/graphql/scalars';
import type { FeatureAccessView, MeteredCharge } from './metering.service';

@ObjectType({ description: 'Whether a metered feature can start now, and what one run costs.' })
export class FeatureAccess {
  @Field({
    description: 'hero_ai_message, campaign_creation, ad_copy, sitelinks, keyword_research or product_analysis.',
  })
  feature!: string;

  @Field()
  label!: string;

  @Field({ description: 'False when the available balance cannot cover the worst case of one run.' })
  allowed!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why not, e.g. "Out of credits: needs up to 0.42, you have 0.1".',
  })
  reason!: string | null;

  @Field(() => CreditsScalar, { description: 'The least one run costs (the minimum charge).' })
  estimatedMin!: number;

  @Field(() => CreditsScalar, { description: 'The most one run costs: what is reserved before it starts.' })
  estimatedMax!: number;
}

export const toFeatureAccess = (v: FeatureAccessView): FeatureAccess => ({
  feature: v.feature,
  label: v.label,
  allowed: v.allowed,
  reason: v.reason,
  estimatedMin: v.estimatedMinMicro,
  estimatedMax: v.estimatedMaxMicro,
});

@ObjectType({ description: 'What a metered run reserved and what it was charged.' })
export class MeteredChargeInfo {
  @Field()
  feature!: string;

  @Field(() => CreditsScalar, { description: 'Reserved before the run started.' })
  held!: number;

  @Field(() => CreditsScalar, { description: 'Charged when it finished; the rest of the hold went back.' })
  charged!: number;

  @Field(() => Int)
  inputTokens!: number;

  @Field(() => Int)
  outputTokens!: number;

  @Field()
  rateCardVersion!: string;

  @Field()
  description!: string;

  @Field({ description: 'True when this answers a retry with an idempotency key already used.' })
  replayed!: boolean;
}

export const toChargeInfo = (c: MeteredCharge, replayed: boolean): MeteredChargeInfo => ({
  feature: c.feature,
  held: c.heldMicro,
  charged: c.chargedMicro,
  inputTokens: c.inputTokens,
  outputTokens: c.outputTokens,
  rateCardVersion: c.rateCardVersion,
  description: c.description,
  replayed,
});

@ObjectType({ description: 'The price of one metered feature.' })
export class FeatureRateInfo {
  @Field()
  feature!: string;

  @Field()
  label!: string;

  @Field(() => CreditsScalar)
  perThousandInputTokens!: number;

  @Field(() => CreditsScalar)
  perThousandOutputTokens!: number;

  @Field(() => CreditsScalar)
  minimum!: number;

  @Field(() => Int)
  maxInputTokens!: number;

  @Field(() => Int)
  maxOutputTokens!: number;

  @Field(() => CreditsScalar, { description: 'The cost at both token limits: what one run reserves.' })
  bound!: number;
}

@ObjectType({ description: 'The rate card in force. Every charge records its version.' })
export class RateCardInfo {
  @Field()
  version!: string;

  @Field(() => [FeatureRateInfo])
  features!: FeatureRateInfo[];
}

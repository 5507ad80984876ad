import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AdAccountType } from '../ad-accounts/ad-accounts.types';
import { PerformanceTotalsType } from '../campaigns/campaigns.types';
import { HeroAiConversationType } from '../hero-ai/hero-ai.types';
import { ProductType } from '../products/products.types';

@ObjectType('CampaignSummary')
export class CampaignSummaryType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => PerformanceTotalsType)
  totals!: PerformanceTotalsType;
}

@ObjectType('DashboardSummary', { description: 'The home page. Never depends on credits.' })
export class DashboardSummaryType {
  @Field(() => Int, { description: 'The period the totals cover, in days up to today.' })
  days!: number;

  @Field(() => AdAccountType, { nullable: true })
  activeAdAccount!: AdAccountType | null;

  @Field(() => ProductType, { nullable: true })
  activeProduct!: ProductType | null;

  @Field(() => Int)
  launchedCampaigns!: number;

  @Field(() => Int)
  drafts!: number;

  @Field(() => PerformanceTotalsType)
  totals!: PerformanceTotalsType;

  @Field(() => [CampaignSummaryType], { description: 'Launched campaigns with the most conversions.' })
  topCampaigns!: CampaignSummaryType[];

  @Field(() => [HeroAiConversationType])
  recentConversations!: HeroAiConversationType[];
}

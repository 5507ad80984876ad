import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, requireScope, type Context } from '../../platform/context';
import { checkId } from '../../platform/ids';
import { toChargeInfo } from '../metering/metering.types';
import { CampaignStatus, type Campaign } from './campaign.entity';
import type { CampaignAiFeature } from './campaigns.service';
import {
  CampaignAiInput,
  CampaignAiResult,
  CampaignPerformanceType,
  CampaignType,
  CreateCampaignDraftInput,
  KeywordMatchType,
  LaunchCampaignInput,
  UpdateCampaignDraftInput,
} from './campaigns.types';

export const toCampaign = (c: Campaign): CampaignType => ({
  id: c.id,
  status: c.status,
  name: c.name,
  productId: c.product,
  adAccountId: c.adAccount,
  goal: c.goal,
  dailyBudgetCents: c.dailyBudgetCents,
  locations: c.locations,
  brief: c.brief,
  adCopy: c.adCopy,
  sitelinks: c.sitelinks ?? [],
  keywords: (c.keywords ?? []).map((k) => ({ ...k, matchType: k.matchType as KeywordMatchType })),
  plan: c.plan,
  launchedAt: c.launchedAt,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

const optionalId = (id: string | null | undefined, field: string) => (id == null ? id : checkId(id, field));

@Resolver()
export class CampaignsResolver {
  @Query(() => [CampaignType], { description: 'Drafts and launched (historical) campaigns, newest first.' })
  async campaigns(
    @Ctx() ctx: Context,
    @Arg('status', () => CampaignStatus, { nullable: true }) status?: CampaignStatus,
  ): Promise<CampaignType[]> {
    const auth = requireScope(ctx, 'features:run');
    return (await ctx.services.campaigns.list(auth.workspaceId, status)).map(toCampaign);
  }

  @Query(() => CampaignType)
  async campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CampaignType> {
    const auth = requireScope(ctx, 'features:run');
    return toCampaign(await ctx.services.campaigns.get(auth.workspaceId, checkId(id, 'id')));
  }

  @Query(() => CampaignPerformanceType, { description: 'Daily results of a launched campaign (last `days` days).' })
  async campaignPerformance(
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() ctx: Context,
    @Arg('days', () => Int, { nullable: true, defaultValue: 30 }) days: number,
  ): Promise<CampaignPerformanceType> {
    const auth = requireScope(ctx, 'features:run');
    const id = checkId(campaignId, 'campaignId');
    return { campaignId: id, ...(await ctx.services.campaigns.performance(auth.workspaceId, id, days)) };
  }

  @Mutation(() => CampaignType)
  async createCampaignDraft(
    @Arg('input', () => CreateCampaignDraftInput) input: CreateCampaignDraftInput,
    @Ctx() ctx: Context,
  ): Promise<CampaignType> {
    const auth = requireScope(ctx, 'features:run');
    const draft = await ctx.services.campaigns.createDraft(auth.workspaceId, {
      ...input,
      productId: optionalId(input.productId, 'productId'),
      adAccountId: optionalId(input.adAccountId, 'adAccountId'),
    });
    return toCampaign(draft);
  }

  @Mutation(() => CampaignType, { description: 'Edits a draft; never depends on credits.' })
  async updateCampaignDraft(
    @Arg('input', () => UpdateCampaignDraftInput) input: UpdateCampaignDraftInput,
    @Ctx() ctx: Context,
  ): Promise<CampaignType> {
    const auth = requireScope(ctx, 'features:run');
    const draft = await ctx.services.campaigns.updateDraft(auth.workspaceId, checkId(input.id, 'id'), {
      ...input,
      productId: optionalId(input.productId, 'productId'),
      adAccountId: optionalId(input.adAccountId, 'adAccountId'),
    });
    return toCampaign(draft);
  }

  @Mutation(() => CampaignAiResult, { description: 'Generates ad copy for a draft. Metered; each regeneration too.' })
  generateAdCopy(@Arg('input', () => CampaignAiInput) input: CampaignAiInput, @Ctx() ctx: Context) {
    return this.runAi(ctx, 'ad_copy', input);
  }

  @Mutation(() => CampaignAiResult, { description: 'Generates sitelinks for a draft. Metered; each regeneration too.' })
  generateSitelinks(@Arg('input', () => CampaignAiInput) input: CampaignAiInput, @Ctx() ctx: Context) {
    return this.runAi(ctx, 'sitelinks', input);
  }

  @Mutation(() => CampaignAiResult, { description: 'Researches keywords for a draft. Metered; each regeneration too.' })
  researchKeywords(@Arg('input', () => CampaignAiInput) input: CampaignAiInput, @Ctx() ctx: Context) {
    return this.runAi(ctx, 'keyword_research', input);
  }

  @Mutation(() => CampaignAiResult, {
    description: "The wizard's final step: metered campaign creation, then the draft becomes a launched campaign.",
  })
  async launchCampaign(
    @Arg('input', () => LaunchCampaignInput) input: LaunchCampaignInput,
    @Ctx() ctx: Context,
  ): Promise<CampaignAiResult> {
    const auth = requireScope(ctx, 'features:run');
    const draftId = checkId(input.draftId, 'draftId');
    const outcome = await ctx.services.campaigns.launch(auth.workspaceId, actorOf(auth), draftId, input.idempotencyKey);
    // Answered from what the launch wrote; read only when it replays an earlier request's answer.
    const campaign = outcome.campaign ?? (await ctx.services.campaigns.get(auth.workspaceId, draftId));
    return { campaign: toCampaign(campaign), charge: toChargeInfo(outcome.charge, outcome.replayed) };
  }

  private async runAi(ctx: Context, feature: CampaignAiFeature, input: CampaignAiInput): Promise<CampaignAiResult> {
    const auth = requireScope(ctx, 'features:run');
    const draftId = checkId(input.draftId, 'draftId');
    const outcome = await ctx.services.campaigns.generate(
      auth.workspaceId,
      actorOf(auth),
      feature,
      draftId,
      input.instructions,
      input.idempotencyKey,
    );
    // Answered from what the step wrote; read only when it replays an earlier request's answer.
    const campaign = outcome.campaign ?? (await ctx.services.campaigns.get(auth.workspaceId, draftId));
    return { campaign: toCampaign(campaign), charge: toChargeInfo(outcome.charge, outcome.replayed) };
  }
}

import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError, badInput, notFound } from '../../platform/errors';
import type { AdAccountsService } from '../ad-accounts/ad-accounts.service';
import type { Actor } from '../ledger/ledger.service';
import { tokensText, type MeteredAi } from '../metering/metered-ai';
import type { MeteredOutcome } from '../metering/metering.service';
import { formatCents, productContext, type ProductsService } from '../products/products.service';
import { Campaign, CampaignGoal, CampaignStatus } from './campaign.entity';
import { parseAdCopy, parseKeywords, parseSitelinks } from './core/parse';
import { dailyPerformance, totalsOf, type DayPerformance, type PerformanceTotals } from './core/performance';

export interface DraftFields {
  name?: string | null;
  productId?: string | null;
  adAccountId?: string | null;
  goal?: CampaignGoal | null;
  dailyBudgetCents?: number | null;
  locations?: string | null;
  brief?: string | null;
  headlines?: string[] | null;
  descriptions?: string[] | null;
  keywords?: string[] | null;
}

export type CampaignAiFeature = 'ad_copy' | 'sitelinks' | 'keyword_research';

const AI_STEPS: Record<CampaignAiFeature, { prompt: string; title: string }> = {
  ad_copy: { prompt: 'Write the responsive search ad for this campaign.', title: 'Ad copy' },
  sitelinks: { prompt: 'Write the sitelinks for this campaign.', title: 'Sitelinks' },
  keyword_research: { prompt: 'Research the keywords for this campaign.', title: 'Keyword research' },
};

const DEFAULT_BUDGET_CENTS = 5_000;

/** Drafts, the wizard's AI steps and launch (metered), historical campaigns and their performance. */
export class CampaignsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly meteredAi: MeteredAi,
    private readonly products: ProductsService,
    private readonly adAccounts: AdAccountsService,
  ) {}

  list(workspaceId: string, status?: CampaignStatus | null): Promise<Campaign[]> {
    return this.db
      .read()
      .find(
        Campaign,
        { workspace: workspaceId, ...(status ? { status } : {}) },
        { orderBy: { updatedAt: 'desc', id: 'asc' } },
      );
  }

  async get(workspaceId: string, id: string, em: EntityManager = this.db.read()): Promise<Campaign> {
    const campaign = await em.findOne(Campaign, { id, workspace: workspaceId });
    if (!campaign) throw notFound('Campaign');
    return campaign;
  }

  /** A new draft; without a product or ad account it takes the workspace's active ones. */
  async createDraft(workspaceId: string, input: DraftFields & { name: string }): Promise<Campaign> {
    const name = nonBlank(input.name, 'name');
    const productId = input.productId
      ? (await this.products.get(workspaceId, input.productId)).id
      : ((await this.products.active(workspaceId))?.id ?? null);
    const adAccountId = input.adAccountId
      ? (await this.adAccounts.get(workspaceId, input.adAccountId)).id
      : ((await this.adAccounts.active(workspaceId))?.id ?? null);
    return this.db.run(async ({ em }) => {
      const now = this.clock.now();
      const draft = em.create(Campaign, {
        workspace: workspaceId,
        status: CampaignStatus.DRAFT,
        name,
        product: productId,
        adAccount: adAccountId,
        goal: input.goal ?? CampaignGoal.SALES,
        dailyBudgetCents: input.dailyBudgetCents ?? DEFAULT_BUDGET_CENTS,
        locations: input.locations?.trim() || 'United States',
        brief: input.brief ?? '',
        createdAt: now,
        updatedAt: now,
      });
      await em.flush();
      return draft;
    });
  }

  /** Drafts stay editable at any balance; a launched campaign is history and does not change. */
  async updateDraft(workspaceId: string, id: string, input: DraftFields): Promise<Campaign> {
    if (input.productId) await this.products.get(workspaceId, input.productId);
    if (input.adAccountId) await this.adAccounts.get(workspaceId, input.adAccountId);
    return this.db.run(async ({ em }) => {
      const draft = await this.get(workspaceId, id, em);
      requireDraft(draft);
      if (input.name != null) draft.name = nonBlank(input.name, 'name');
      if (input.productId != null) draft.product = input.productId;
      if (input.adAccountId != null) draft.adAccount = input.adAccountId;
      if (input.goal != null) draft.goal = input.goal;
      if (input.dailyBudgetCents != null) draft.dailyBudgetCents = input.dailyBudgetCents;
      if (input.locations != null) draft.locations = input.locations.trim();
      if (input.brief != null) draft.brief = input.brief;
      if (input.headlines != null || input.descriptions != null) {
        draft.adCopy = {
          headlines: input.headlines?.map((h) => h.trim()) ?? draft.adCopy?.headlines ?? [],
          descriptions: input.descriptions?.map((d) => d.trim()) ?? draft.adCopy?.descriptions ?? [],
        };
      }
      if (input.keywords != null) {
        draft.keywords = input.keywords.map((k) => ({
          text: k.trim().toLowerCase(),
          matchType: 'BROAD' as const,
          monthlySearches: null,
        }));
      }
      draft.updatedAt = this.clock.now();
      await em.flush();
      return draft;
    });
  }

  /** Ad copy, sitelinks or keyword research on a draft. Each run, regenerations included, is metered. */
  async generate(
    workspaceId: string,
    actor: Actor,
    feature: CampaignAiFeature,
    draftId: string,
    instructions: string | null | undefined,
    idempotencyKey: string,
  ): Promise<MeteredOutcome<{ campaignId: string }> & { campaign: Campaign | null }> {
    const extra = instructions == null ? null : nonBlank(instructions, 'instructions');
    const draft = await this.get(workspaceId, draftId);
    requireDraft(draft);
    const step = AI_STEPS[feature];
    let changed: Campaign | null = null;
    const outcome = await this.meteredAi.run(
      workspaceId,
      actor,
      {
        feature,
        prompt: extra ? `${step.prompt}\nInstructions: ${extra}` : step.prompt,
        context: await this.contextOf(workspaceId, draft, false),
        summary: `${step.title} for "${draft.name}"`,
        idempotencyKey,
        params: { feature, draftId, instructions: extra },
      },
      async (answer) => {
        const patch = {
          ...(feature === 'ad_copy' ? { adCopy: parseAdCopy(answer.text) } : {}),
          ...(feature === 'sitelinks' ? { sitelinks: parseSitelinks(answer.text) } : {}),
          ...(feature === 'keyword_research' ? { keywords: parseKeywords(answer.text) } : {}),
        };
        const updatedAt = await this.changeDraft(workspaceId, draftId, patch);
        changed = Object.assign(draft, patch, { updatedAt });
        return {
          value: { campaignId: draftId },
          description: `${step.title} for "${draft.name}": ${tokensText(answer)}`,
        };
      },
    );
    // The draft as this step wrote it; a replayed answer leaves it to the caller to read.
    return { ...outcome, campaign: outcome.replayed ? null : changed };
  }

  /** The wizard's final step: metered campaign creation, then the draft is launched. */
  async launch(
    workspaceId: string,
    actor: Actor,
    draftId: string,
    idempotencyKey: string,
  ): Promise<MeteredOutcome<{ campaignId: string }> & { campaign: Campaign | null }> {
    const draft = await this.get(workspaceId, draftId);
    requireDraft(draft);
    if (draft.dailyBudgetCents <= 0) throw badInput('dailyBudgetCents: set a daily budget before launching');
    let launched: Campaign | null = null;
    const outcome = await this.meteredAi.run(
      workspaceId,
      actor,
      {
        feature: 'campaign_creation',
        prompt: 'Create the launch plan for this campaign.',
        context: await this.contextOf(workspaceId, draft, true),
        summary: `Campaign creation: "${draft.name}"`,
        idempotencyKey,
        params: { draftId },
      },
      async (answer) => {
        const patch = { plan: answer.text, status: CampaignStatus.LAUNCHED, launchedAt: this.clock.now() };
        const updatedAt = await this.changeDraft(workspaceId, draftId, patch);
        launched = Object.assign(draft, patch, { updatedAt });
        return {
          value: { campaignId: draftId },
          description: `Campaign creation: "${draft.name}", ${tokensText(answer)}`,
        };
      },
    );
    // The campaign as the launch wrote it; a replayed answer leaves it to the caller to read.
    return { ...outcome, campaign: outcome.replayed ? null : launched };
  }

  async performance(
    workspaceId: string,
    id: string,
    days: number,
  ): Promise<{ days: DayPerformance[]; totals: PerformanceTotals }> {
    if (!Number.isInteger(days) || days < 1 || days > 365) throw badInput('days: between 1 and 365', 'days');
    const campaign = await this.get(workspaceId, id);
    const rows = dailyPerformance(campaign, this.clock.now(), days);
    return { days: rows, totals: totalsOf(rows) };
  }

  /** The "Key: value" lines the AI reads; with the generated parts for the launch plan. */
  private async contextOf(workspaceId: string, draft: Campaign, withGenerated: boolean): Promise<string> {
    const product = draft.product ? await this.products.get(workspaceId, draft.product) : null;
    const lines = [
      `Campaign: ${draft.name}`,
      `Goal: ${draft.goal}`,
      `Daily budget: ${formatCents(draft.dailyBudgetCents)}`,
      `Locations: ${draft.locations || 'United States'}`,
      draft.brief ? `Brief: ${draft.brief}` : null,
      product ? productContext(product) : null,
    ];
    if (withGenerated) {
      for (const h of draft.adCopy?.headlines ?? []) lines.push(`Headline: ${h}`);
      for (const d of draft.adCopy?.descriptions ?? []) lines.push(`Description: ${d}`);
      for (const s of draft.sitelinks ?? []) lines.push(`Sitelink: ${s.text} | ${s.url}`);
      for (const k of draft.keywords ?? []) lines.push(`Keyword: ${k.text} | ${k.matchType}`);
    }
    return lines.filter(Boolean).join('\n');
  }

  /**
   * Applies an AI result to a draft only while it is still a draft: one conditional UPDATE, so of two
   * concurrent launches exactly one wins; the other's run fails with CONFLICT and its hold is released.
   */
  /** Changes a campaign that is still a draft; returns the time it wrote as `updatedAt`. */
  private async changeDraft(workspaceId: string, id: string, patch: Partial<Campaign>): Promise<Date> {
    const updatedAt = this.clock.now();
    const changed = await this.db.run(({ em }) =>
      em.nativeUpdate(Campaign, { id, workspace: workspaceId, status: CampaignStatus.DRAFT }, { ...patch, updatedAt }),
    );
    if (changed === 0) requireDraft(await this.get(workspaceId, id));
    return updatedAt;
  }
}

function requireDraft(campaign: Campaign): void {
  if (campaign.status !== CampaignStatus.DRAFT) {
    throw new AppError('CONFLICT', 'This campaign is already launched; launched campaigns do not change');
  }
}

function nonBlank(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(`${field}: must not be blank`, field);
  return trimmed;
}

import type { AdAccountsService } from '../ad-accounts/ad-accounts.service';
import type { AdAccount } from '../ad-accounts/ad-account.entity';
import { CampaignStatus } from '../campaigns/campaign.entity';
import type { CampaignsService } from '../campaigns/campaigns.service';
import { dailyPerformance, totalsOf, type PerformanceTotals } from '../campaigns/core/performance';
import type { HeroConversation } from '../hero-ai/conversation.entity';
import type { HeroAiService } from '../hero-ai/hero-ai.service';
import type { Product } from '../products/product.entity';
import type { ProductsService } from '../products/products.service';
import type { Clock } from '../../platform/clock';

export interface CampaignSummary {
  id: string;
  name: string;
  totals: PerformanceTotals;
}

export interface DashboardView {
  days: number;
  activeAdAccount: AdAccount | null;
  activeProduct: Product | null;
  launchedCampaigns: number;
  drafts: number;
  totals: PerformanceTotals;
  topCampaigns: CampaignSummary[];
  recentConversations: HeroConversation[];
}

const TOP = 5;
const RECENT = 5;

/** The home page: what is running and how it performs. Read-only; never depends on credits. */
export class DashboardService {
  constructor(
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
    private readonly products: ProductsService,
    private readonly adAccounts: AdAccountsService,
    private readonly heroAi: HeroAiService,
  ) {}

  async summary(workspaceId: string, days = 30): Promise<DashboardView> {
    const [all, activeAdAccount, activeProduct, conversations] = await Promise.all([
      this.campaigns.list(workspaceId),
      this.adAccounts.active(workspaceId),
      this.products.active(workspaceId),
      this.heroAi.conversations(workspaceId),
    ]);
    const today = this.clock.now();
    const launched = all.filter((c) => c.status === CampaignStatus.LAUNCHED);
    const perCampaign = launched.map((c) => ({
      id: c.id,
      name: c.name,
      totals: totalsOf(dailyPerformance(c, today, days)),
    }));
    const totals = perCampaign.reduce<PerformanceTotals>(
      (t, c) => ({
        impressions: t.impressions + c.totals.impressions,
        clicks: t.clicks + c.totals.clicks,
        conversions: t.conversions + c.totals.conversions,
        spendCents: t.spendCents + c.totals.spendCents,
      }),
      { impressions: 0, clicks: 0, conversions: 0, spendCents: 0 },
    );
    return {
      days,
      activeAdAccount,
      activeProduct,
      launchedCampaigns: launched.length,
      drafts: all.length - launched.length,
      totals,
      topCampaigns: [...perCampaign]
        .sort((a, b) => b.totals.conversions - a.totals.conversions || a.name.localeCompare(b.name))
        .slice(0, TOP),
      recentConversations: conversations.slice(0, RECENT),
    };
  }
}

import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { requireScope, type Context } from '../../platform/context';
import { badInput } from '../../platform/errors';
import { toAdAccount } from '../ad-accounts/ad-accounts.types';
import { toConversation } from '../hero-ai/hero-ai.types';
import { toProduct } from '../products/products.types';
import { DashboardSummaryType } from './dashboard.types';

@Resolver()
export class DashboardResolver {
  @Query(() => DashboardSummaryType)
  async dashboard(
    @Ctx() ctx: Context,
    @Arg('days', () => Int, { nullable: true, defaultValue: 30 }) days: number,
  ): Promise<DashboardSummaryType> {
    const auth = requireScope(ctx, 'features:run');
    if (!Number.isInteger(days) || days < 1 || days > 365) throw badInput('days: between 1 and 365', 'days');
    const view = await ctx.services.dashboard.summary(auth.workspaceId, days);
    const product = view.activeProduct;
    const analyses = product ? await ctx.services.products.latestAnalyses(auth.workspaceId, [product.id]) : null;
    return {
      ...view,
      activeAdAccount: view.activeAdAccount ? toAdAccount(view.activeAdAccount) : null,
      activeProduct: product ? toProduct(product, analyses?.get(product.id)) : null,
      recentConversations: view.recentConversations.map(toConversation),
    };
  }
}

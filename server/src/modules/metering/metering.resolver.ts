import { Ctx, Query, Resolver } from 'type-graphql';
import { requireAuth, requireScope, type Context } from '../../platform/context';
import { boundMicro, FEATURE_LABELS, METERED_FEATURES } from './core';
import { FeatureAccess, RateCardInfo, toFeatureAccess } from './metering.types';

@Resolver()
export class MeteringResolver {
  @Query(() => [FeatureAccess], {
    description: 'Per metered feature: whether it can start now, why not, and its cost range. Never blocks reading.',
  })
  async featureAccess(@Ctx() ctx: Context): Promise<FeatureAccess[]> {
    const auth = requireScope(ctx, 'billing:read');
    return (await ctx.services.metering.featureAccess(auth.workspaceId)).map(toFeatureAccess);
  }

  @Query(() => RateCardInfo, { description: 'The prices of metered features.' })
  rateCard(@Ctx() ctx: Context): RateCardInfo {
    requireAuth(ctx);
    const card = ctx.services.metering.rateCard;
    return {
      version: card.version,
      features: METERED_FEATURES.map((feature) => {
        const rate = card.features[feature];
        return {
          feature,
          label: FEATURE_LABELS[feature],
          perThousandInputTokens: rate.inputMicroPer1k,
          perThousandOutputTokens: rate.outputMicroPer1k,
          minimum: rate.minimumMicro,
          maxInputTokens: rate.maxInputTokens,
          maxOutputTokens: rate.maxOutputTokens,
          bound: boundMicro(rate),
        };
      }),
    };
  }
}

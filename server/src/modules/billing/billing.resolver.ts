import { Ctx, Query, Resolver } from 'type-graphql';
import { requireScope, type Context } from '../../platform/context';
import { BillingSnapshot } from './billing.types';

@Resolver()
export class BillingResolver {
  @Query(() => BillingSnapshot)
  async billing(@Ctx() ctx: Context): Promise<BillingSnapshot> {
    const auth = requireScope(ctx, 'billing:read');
    return ctx.services.billing.snapshot(auth.workspaceId);
  }
}

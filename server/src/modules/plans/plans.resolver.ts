import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/context';
import { Plan, toPlan } from './plans.types';

@Resolver()
export class PlansResolver {
  @Query(() => [Plan], { description: 'The plans on sale, smallest first. Public.' })
  plans(@Ctx() ctx: Context): Plan[] {
    return ctx.services.plans.plans.map(toPlan);
  }

  @Query(() => Plan, { description: 'One plan by its code; an unknown code is BAD_USER_INPUT. Public.' })
  plan(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Plan {
    return toPlan(ctx.services.plans.get(code));
  }
}

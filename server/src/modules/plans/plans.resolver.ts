import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/context';
import { Plan, toPlan } from './plans.types';

@Resolver()
export class PlansResolver {
  @Query(() => [Plan], { description: 'The plans on sale, smallest first. Public.' })
  plans(@Ctx() ctx: Context): Plan[] {
    return ctx.services.plans.plans.map(toPlan);
  }
}

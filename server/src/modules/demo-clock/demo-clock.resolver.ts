import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireMember, requireRole, type Context } from '../../platform/context';
import { badInput } from '../../platform/errors';
import { Role } from '../workspaces/membership.entity';
import type { DemoClockState } from './demo-clock.service';
import { AdvanceDemoClockInput, DemoClockView } from './demo-clock.types';

const toView = (s: DemoClockState): DemoClockView => ({
  now: s.now,
  daysAhead: Math.floor(s.aheadMs / 86_400_000),
  nextRenewalAt: s.nextRenewalAt,
});

@Resolver()
export class DemoClockResolver {
  @Query(() => DemoClockView, {
    nullable: true,
    description: "The workspace's demo clock; null outside the demo (real Stripe) or for a workspace without one.",
  })
  async demoClock(@Ctx() ctx: Context): Promise<DemoClockView | null> {
    const auth = requireMember(ctx);
    const state = await ctx.services.demoClock.state(auth.workspaceId);
    return state && toView(state);
  }

  @Mutation(() => DemoClockView, {
    description:
      "Demo only: moves the workspace's time (and its Stripe test clock) forward by whole days or to the next renewal; renewals, expiries and the 14-day window follow. DEMO_ONLY against real Stripe.",
  })
  async advanceDemoClock(
    @Arg('input', () => AdvanceDemoClockInput) input: AdvanceDemoClockInput,
    @Ctx() ctx: Context,
  ): Promise<DemoClockView> {
    const auth = requireRole(ctx, [Role.OWNER, Role.ADMIN]);
    ctx.services.demoClock.assertDemo();
    const days = input.days ?? null;
    const toNext = input.toNextRenewal === true;
    if ((days === null) === !toNext) throw badInput('Give exactly one of days and toNextRenewal', 'days');
    const state = await ctx.services.demoClock.advance(
      auth.workspaceId,
      toNext ? { kind: 'nextRenewal' } : { kind: 'days', days: days! },
    );
    return toView(state);
  }
}

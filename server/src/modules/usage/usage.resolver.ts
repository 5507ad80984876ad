import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { requireScope, type Context } from '../../platform/context';
import { badInput } from '../../platform/errors';
import { balanceFor } from '../ledger/ledger.resolver';
import { DAY_MS, forecast } from './forecast';
import { UsageQueries } from './usage.queries';
import { CreditForecast, Usage, UsageGranularityGql, UsageRange } from './usage.types';

const queriesByDb = new WeakMap<object, UsageQueries>();

/** One UsageQueries per database. */
export function usageQueries(ctx: Pick<Context, 'services'>): UsageQueries {
  const { db } = ctx.services;
  let q = queriesByDb.get(db);
  if (!q) queriesByDb.set(db, (q = new UsageQueries(db, db.kind)));
  return q;
}

@Resolver()
export class UsageResolver {
  @Query(() => Usage, {
    description: 'Credits charged per feature per day or week, with token counts. Buckets are cut in UTC.',
  })
  async usage(
    @Ctx() ctx: Context,
    @Arg('range', () => UsageRange) range: UsageRange,
    @Arg('granularity', () => UsageGranularityGql, { defaultValue: UsageGranularityGql.DAY })
    granularity: UsageGranularityGql,
  ): Promise<Usage> {
    const auth = requireScope(ctx, 'usage:read');
    const report = await usageQueries(ctx).usage(auth.workspaceId, range, granularity);
    const cell = (c: (typeof report.features)[number]) => ({ ...c, credits: c.creditsMicro });
    return {
      from: report.from,
      to: report.to,
      granularity,
      timeZone: 'UTC',
      buckets: report.buckets.map((b) => ({
        start: b.start,
        end: b.end,
        total: b.totalMicro,
        features: b.features.map(cell),
      })),
      features: report.features.map(cell),
      total: report.totalMicro,
    };
  }

  @Query(() => CreditForecast, {
    description: 'The average burn over the last windowDays days, and where the balance and allocation head at it.',
  })
  async forecast(
    @Ctx() ctx: Context,
    @Arg('windowDays', () => Int, { defaultValue: 14 }) windowDays: number,
  ): Promise<CreditForecast> {
    const auth = requireScope(ctx, 'billing:read');
    if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > 90) {
      throw badInput('windowDays: between 1 and 90', 'windowDays');
    }
    const now = ctx.services.clock.now();
    const since = new Date(now.getTime() - windowDays * DAY_MS);
    const [balance, window] = await Promise.all([
      balanceFor(ctx, auth.workspaceId),
      usageQueries(ctx).spentSince(auth.workspaceId, since, new Date(now.getTime() + 1)),
    ]);
    // The window: windowDays, or the workspace's life when shorter, but a day at least, so an hour-old
    // workspace is not forecast at 24 times its first hour.
    const began = window.firstEntryAt?.getTime() ?? since.getTime();
    const windowStart = new Date(Math.min(now.getTime() - DAY_MS, Math.max(since.getTime(), began)));
    const f = forecast({
      spentMicro: window.spentMicro,
      charges: window.charges,
      windowStart,
      now,
      availableMicro: balance.available,
      planAllocationMicro: balance.planAllocation,
      renewsAt: balance.renewsAt,
    });
    return {
      windowDays,
      windowStart: f.windowStart,
      spent: f.spentMicro,
      charges: f.charges,
      burnPerDay: f.burnPerDayMicro,
      available: balance.available,
      runsOutAt: f.runsOutAt,
      daysUntilEmpty: f.daysUntilEmpty,
      renewsAt: balance.renewsAt,
      planAllocation: balance.planAllocation,
      allocationRunsOutAt: f.allocationRunsOutAt,
      allocationRunsOutBeforeRenewal: f.allocationRunsOutBeforeRenewal,
      allocationExpiringUnused: f.allocationExpiringUnusedMicro,
    };
  }
}

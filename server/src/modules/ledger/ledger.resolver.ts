import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, requireScope, type Context } from '../../platform/context';
import { badInput, notFound } from '../../platform/errors';
import { snapshotBalances } from './ledger.subscriptions';
import { formatCredits } from './core';
import {
  CreditBalance,
  Hold,
  ReleaseHoldInput,
  ReserveCreditsInput,
  SettleHoldInput,
  TransactionConnection,
  TransactionFilter,
} from './ledger.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkId(id: string, field: string): string {
  if (!UUID.test(id)) throw badInput(`${field}: not an id from this API`, field);
  return id.toLowerCase();
}

/** The balance as of one instant (account and grants read in one statement). */
export async function balanceFor(ctx: Context, workspaceId: string): Promise<CreditBalance> {
  const balance = (await snapshotBalances(ctx.services, [workspaceId])).get(workspaceId);
  if (!balance) throw notFound('Workspace');
  return balance;
}

@Resolver()
export class LedgerResolver {
  @Query(() => CreditBalance)
  async balance(@Ctx() ctx: Context): Promise<CreditBalance> {
    const auth = requireScope(ctx, 'billing:read');
    return balanceFor(ctx, auth.workspaceId);
  }

  @Query(() => TransactionConnection, { description: 'The credit history, newest first.' })
  async transactions(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => TransactionFilter, { nullable: true }) filter?: TransactionFilter,
  ): Promise<TransactionConnection> {
    const auth = requireScope(ctx, 'usage:read');
    return ctx.services.ledgerQueries.transactions(auth.workspaceId, { first, after, filter });
  }

  @Query(() => Hold)
  async hold(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Hold> {
    const auth = requireScope(ctx, 'usage:read');
    return ctx.services.ledgerQueries.hold(auth.workspaceId, checkId(id, 'id'));
  }

  @Mutation(() => Hold, {
    description:
      'Reserves credits before running a metered task. Refused with INSUFFICIENT_CREDITS when the balance cannot cover it.',
  })
  async reserveCredits(
    @Arg('input', () => ReserveCreditsInput) input: ReserveCreditsInput,
    @Ctx() ctx: Context,
  ): Promise<Hold> {
    const auth = requireScope(ctx, 'features:run');
    if (input.amount <= 0) throw badInput('amount: must be more than 0', 'amount');
    const { holdId } = await ctx.services.ledger.hold(
      auth.workspaceId,
      {
        amountMicro: input.amount,
        description: input.description,
        feature: input.feature ?? null,
        ttlMs: input.ttlSeconds ? input.ttlSeconds * 1000 : undefined,
        actor: actorOf(auth),
        idempotencyKey: input.idempotencyKey,
      },
      { key: input.idempotencyKey, operation: 'reserveCredits', params: { ...input } },
    );
    return ctx.services.ledgerQueries.hold(auth.workspaceId, holdId);
  }

  @Mutation(() => Hold, { description: 'Charges the actual cost of a held task and releases the rest of the hold.' })
  async settleHold(@Arg('input', () => SettleHoldInput) input: SettleHoldInput, @Ctx() ctx: Context): Promise<Hold> {
    const auth = requireScope(ctx, 'features:run');
    const holdId = checkId(input.holdId, 'holdId');
    const hold = await ctx.services.ledgerQueries.hold(auth.workspaceId, holdId);
    await ctx.services.ledger.settle(
      auth.workspaceId,
      holdId,
      {
        actualMicro: input.actual,
        description: input.description ?? `${hold.description}: ${formatCredits(input.actual)} credits`,
        feature: hold.feature,
        actor: actorOf(auth),
        idempotencyKey: input.idempotencyKey,
      },
      { key: input.idempotencyKey, operation: 'settleHold', params: { ...input } },
    );
    return ctx.services.ledgerQueries.hold(auth.workspaceId, holdId);
  }

  @Mutation(() => Hold, { description: 'Gives a hold back in full, when the task did not run.' })
  async releaseHold(@Arg('input', () => ReleaseHoldInput) input: ReleaseHoldInput, @Ctx() ctx: Context): Promise<Hold> {
    const auth = requireScope(ctx, 'features:run');
    const holdId = checkId(input.holdId, 'holdId');
    const hold = await ctx.services.ledgerQueries.hold(auth.workspaceId, holdId);
    await ctx.services.ledger.release(
      auth.workspaceId,
      holdId,
      {
        description: `Released: ${hold.description}`,
        feature: hold.feature,
        actor: actorOf(auth),
        idempotencyKey: input.idempotencyKey,
      },
      { key: input.idempotencyKey, operation: 'releaseHold', params: { ...input } },
    );
    return ctx.services.ledgerQueries.hold(auth.workspaceId, holdId);
  }
}

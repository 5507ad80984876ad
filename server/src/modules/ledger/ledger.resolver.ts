import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, requireScope, type Context } from '../../platform/context';
import { badInput, notFound } from '../../platform/errors';
import { checkId } from '../../platform/ids';
import type { HoldOutcome } from './ledger.service';
import { toHold } from './ledger.queries';
import { balanceOf } from './core';
import type { LedgerSnapshot } from './ledger.snapshot';
import { creditBalance, snapshotBalances } from './ledger.subscriptions';
import {
  CreditBalance,
  Hold,
  ReleaseHoldInput,
  ReserveCreditsInput,
  SettleHoldInput,
  TransactionConnection,
  TransactionFilter,
} from './ledger.types';

/**
 * The balance as of one instant after the call: the account's version read, and the rest from what this
 * process knows of that version (LedgerService.currentBalance), else the whole account read (account,
 * grants and renewal date in one statement) and kept for the next time.
 */
export async function balanceFor(ctx: Context, workspaceId: string): Promise<CreditBalance> {
  const { ledger, clock } = ctx.services;
  const known = await ledger.currentBalance(workspaceId);
  if (known) return creditBalance(balanceOf(known.state, clock.now()), known.renewsAt, known.version);
  return storedBalanceFor(ctx, workspaceId, (read) => ledger.rememberBalance(workspaceId, read));
}

/**
 * The balance as the database holds it now (support's checks compare it with what they recompute);
 * `read` sees the account as read.
 */
export async function storedBalanceFor(
  ctx: Context,
  workspaceId: string,
  read?: (snapshot: LedgerSnapshot) => void,
): Promise<CreditBalance> {
  const balance = (
    await snapshotBalances(ctx.services, [workspaceId], undefined, read && ((_id, snapshot) => read(snapshot)))
  ).get(workspaceId);
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
    const done = await ctx.services.ledger.hold(auth.workspaceId, {
      amountMicro: input.amount,
      description: input.description,
      feature: input.feature ?? null,
      ttlMs: input.ttlSeconds ? input.ttlSeconds * 1000 : undefined,
      actor: actorOf(auth),
      idempotencyKey: input.idempotencyKey,
      idempotency: { key: input.idempotencyKey, operation: 'reserveCredits', params: { ...input } },
    });
    return answer(ctx, auth.workspaceId, done);
  }

  @Mutation(() => Hold, { description: 'Charges the actual cost of a held task and releases the rest of the hold.' })
  async settleHold(@Arg('input', () => SettleHoldInput) input: SettleHoldInput, @Ctx() ctx: Context): Promise<Hold> {
    const auth = requireScope(ctx, 'features:run');
    const holdId = checkId(input.holdId, 'holdId');
    const done = await ctx.services.ledger.settle(auth.workspaceId, holdId, {
      actualMicro: input.actual,
      // Absent: the hold's own description with the amount, and the hold's feature.
      description: input.description ?? undefined,
      actor: actorOf(auth),
      idempotencyKey: input.idempotencyKey,
      idempotency: { key: input.idempotencyKey, operation: 'settleHold', params: { ...input } },
    });
    return answer(ctx, auth.workspaceId, done);
  }

  @Mutation(() => Hold, { description: 'Gives a hold back in full, when the task did not run.' })
  async releaseHold(@Arg('input', () => ReleaseHoldInput) input: ReleaseHoldInput, @Ctx() ctx: Context): Promise<Hold> {
    const auth = requireScope(ctx, 'features:run');
    const holdId = checkId(input.holdId, 'holdId');
    const done = await ctx.services.ledger.release(auth.workspaceId, holdId, {
      description: (hold) => `Released: ${hold.description}`,
      actor: actorOf(auth),
      idempotencyKey: input.idempotencyKey,
      idempotency: { key: input.idempotencyKey, operation: 'releaseHold', params: { ...input } },
    });
    return answer(ctx, auth.workspaceId, done);
  }
}

/** The hold as the command wrote it; read only when the answer came from an earlier request with the same key. */
async function answer(ctx: Context, workspaceId: string, done: HoldOutcome): Promise<Hold> {
  return done.hold ? toHold(done.hold) : ctx.services.ledgerQueries.hold(workspaceId, done.holdId);
}

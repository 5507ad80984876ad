import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireMember, type Context } from '../../platform/context';
import { AppError, badInput } from '../../platform/errors';
import { formatCredits } from '../ledger/core';
import { balanceFor, checkId } from '../ledger/ledger.resolver';
import { CreditBalance } from '../ledger/ledger.types';
import { AdjustCreditsInput, AdjustmentDirection, SupportActionGql, WorkspaceAudit } from './support.types';

function requireSupport(ctx: Context) {
  const auth = requireMember(ctx);
  if (!auth.isSupport) throw new AppError('FORBIDDEN', 'Only support staff can do this');
  return auth;
}

@Resolver()
export class SupportResolver {
  @Query(() => WorkspaceAudit, { description: 'Support staff: audit any workspace.' })
  async workspaceAudit(
    @Arg('workspaceId', () => ID) workspaceIdInput: string,
    @Ctx() ctx: Context,
  ): Promise<WorkspaceAudit> {
    requireSupport(ctx);
    const auth = requireSupport(ctx);
    const workspaceId = checkId(workspaceIdInput, 'workspaceId');
    await ctx.services.workspaces.workspace(workspaceId);
    await ctx.services.support.record(workspaceId, auth.userId, 'AUDIT');
    const audit = await ctx.services.support.audit(workspaceId);
    return {
      workspaceId,
      balance: await balanceFor(ctx, workspaceId),
      entries: audit.entries,
      granted: audit.grantedMicro,
      replayMatches: audit.mismatches.length === 0,
      mismatches: audit.mismatches,
    };
  }

  @Mutation(() => CreditBalance, { description: 'Support staff: credit or debit a workspace, with a written reason.' })
  async adjustCredits(
    @Arg('input', () => AdjustCreditsInput) input: AdjustCreditsInput,
    @Ctx() ctx: Context,
  ): Promise<CreditBalance> {
    const auth = requireSupport(ctx);
    const workspaceId = checkId(input.workspaceId, 'workspaceId');
    if (input.amount <= 0) throw badInput('amount: must be more than 0', 'amount');
    const signed = input.direction === AdjustmentDirection.CREDIT ? input.amount : -input.amount;
    await ctx.services.workspaces.workspace(workspaceId);
    await ctx.services.ledger.adjust(
      workspaceId,
      {
        amountMicro: signed,
        label: 'Support credit',
        description: `Support adjustment ${signed > 0 ? '+' : '−'}${formatCredits(input.amount)}: ${input.reason}`,
        details: { reason: input.reason, supportUserId: auth.userId },
        actor: { kind: 'SUPPORT', id: auth.userId },
        idempotencyKey: input.idempotencyKey,
      },
      { key: input.idempotencyKey, operation: 'adjustCredits', params: { ...input } },
    );
    await ctx.services.support.record(workspaceId, auth.userId, 'ADJUST', input.reason, signed);
    return balanceFor(ctx, workspaceId);
  }

  @Query(() => [SupportActionGql], { description: 'Support staff: what support did in a workspace, newest first.' })
  async supportActions(
    @Arg('workspaceId', () => ID) workspaceIdInput: string,
    @Ctx() ctx: Context,
  ): Promise<SupportActionGql[]> {
    requireSupport(ctx);
    return ctx.services.support.actions(checkId(workspaceIdInput, 'workspaceId'));
  }
}

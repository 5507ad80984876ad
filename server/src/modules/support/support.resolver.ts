import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireMember, type Context } from '../../platform/context';
import { AppError, badInput } from '../../platform/errors';
import { checkId } from '../../platform/ids';
import { storedBalanceFor } from '../ledger/ledger.resolver';
import { CreditBalance, Hold, TransactionConnection } from '../ledger/ledger.types';
import { creditBalance } from '../ledger/ledger.subscriptions';
import { toActionGql, type SupportAnswer } from './support.service';
import {
  AdjustCreditsInput,
  AuditGrant,
  AdjustmentDirection,
  ProviderPayments,
  Reconciliation,
  ReleaseStuckHoldInput,
  StaffActionConnection,
  StaffActionFilter,
  SupportActionGql,
  VoidGrantInput,
  WorkspaceAudit,
  WorkspaceMatch,
} from './support.types';

/** Support staff only: a member, an owner and an API key are refused (FORBIDDEN), anonymous callers too. */
export function requireSupport(ctx: Context) {
  const auth = requireMember(ctx);
  if (!auth.isSupport) throw new AppError('FORBIDDEN', 'Only support staff can do this');
  return { userId: auth.userId };
}

/** A support change's answer: the balance it left, as it committed. */
const answered = ({ balance, renewsAt, version }: SupportAnswer): CreditBalance =>
  creditBalance(balance, renewsAt === null ? null : new Date(renewsAt), version);

@Resolver(() => WorkspaceAudit)
export class SupportResolver {
  @Query(() => [WorkspaceMatch], {
    description: 'Support staff: workspaces by name, member email, workspace id or Stripe customer id (at most 20).',
  })
  async findWorkspaces(@Arg('query') query: string, @Ctx() ctx: Context): Promise<WorkspaceMatch[]> {
    const staff = requireSupport(ctx);
    const matches = await ctx.services.support.search(query);
    await ctx.services.support.record(null, staff.userId, 'SEARCH', query.trim());
    return matches;
  }

  @Query(() => WorkspaceAudit, { description: 'Support staff: audit any workspace.' })
  async workspaceAudit(
    @Arg('workspaceId', () => ID) workspaceIdInput: string,
    @Ctx() ctx: Context,
  ): Promise<WorkspaceAudit> {
    const staff = requireSupport(ctx);
    const workspaceId = checkId(workspaceIdInput, 'workspaceId');
    const workspace = await ctx.services.workspaces.workspace(workspaceId);
    await ctx.services.support.record(workspaceId, staff.userId, 'AUDIT');
    const audit = ctx.services.support.auditing;
    const [check, balance] = await Promise.all([audit.replayCheck(workspaceId), storedBalanceFor(ctx, workspaceId)]);
    return {
      workspaceId,
      workspaceName: workspace.name,
      balance,
      entries: check.entries,
      granted: check.grantedMicro,
      replayMatches: check.mismatches.length === 0,
      mismatches: check.mismatches,
    };
  }

  @FieldResolver(() => [AuditGrant], { description: 'Every grant, oldest first, and where its credits went.' })
  async grants(@Root() audit: WorkspaceAudit, @Ctx() ctx: Context): Promise<AuditGrant[]> {
    requireSupport(ctx);
    return ctx.services.support.auditing.grants(audit.workspaceId);
  }

  @FieldResolver(() => [Hold], { description: 'Holds still active (a stuck one can be released).' })
  async activeHolds(@Root() audit: WorkspaceAudit, @Ctx() ctx: Context): Promise<Hold[]> {
    requireSupport(ctx);
    return ctx.services.support.auditing.activeHolds(audit.workspaceId);
  }

  @FieldResolver(() => Reconciliation, {
    description: 'The independent auditor (server/src/audit) for this workspace: must hold, ledger holds, difference.',
  })
  async reconciliation(@Root() audit: WorkspaceAudit, @Ctx() ctx: Context): Promise<Reconciliation> {
    requireSupport(ctx);
    return ctx.services.support.auditing.reconciliation(audit.workspaceId);
  }

  @FieldResolver(() => ProviderPayments, { description: 'Payments, refunds and disputes as Stripe reports them.' })
  async payments(@Root() audit: WorkspaceAudit, @Ctx() ctx: Context): Promise<ProviderPayments> {
    requireSupport(ctx);
    return ctx.services.support.auditing.payments(audit.workspaceId);
  }

  @FieldResolver(() => TransactionConnection, { description: 'The ledger entries, newest first, with their splits.' })
  async history(
    @Root() audit: WorkspaceAudit,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<TransactionConnection> {
    requireSupport(ctx);
    return ctx.services.ledgerQueries.transactions(audit.workspaceId, { first, after });
  }

  @Mutation(() => CreditBalance, { description: 'Support staff: credit or debit a workspace, with a written reason.' })
  async adjustCredits(
    @Arg('input', () => AdjustCreditsInput) input: AdjustCreditsInput,
    @Ctx() ctx: Context,
  ): Promise<CreditBalance> {
    const staff = requireSupport(ctx);
    const workspaceId = checkId(input.workspaceId, 'workspaceId');
    if (input.amount <= 0) throw badInput('amount: must be more than 0', 'amount');
    await ctx.services.workspaces.workspace(workspaceId);
    const amountMicro = input.direction === AdjustmentDirection.CREDIT ? input.amount : -input.amount;
    return answered(
      await ctx.services.support.adjust(staff, { ...input, workspaceId, amountMicro, params: { ...input } }),
    );
  }

  @Mutation(() => CreditBalance, { description: 'Support staff: void what remains of one grant, with a reason.' })
  async voidGrant(@Arg('input', () => VoidGrantInput) input: VoidGrantInput, @Ctx() ctx: Context) {
    const staff = requireSupport(ctx);
    const workspaceId = checkId(input.workspaceId, 'workspaceId');
    await ctx.services.workspaces.workspace(workspaceId);
    return answered(
      await ctx.services.support.voidGrant(staff, {
        ...input,
        workspaceId,
        grantId: checkId(input.grantId, 'grantId'),
      }),
    );
  }

  @Mutation(() => CreditBalance, {
    description: 'Support staff: release or expire a stuck active hold, with a reason.',
  })
  async releaseStuckHold(@Arg('input', () => ReleaseStuckHoldInput) input: ReleaseStuckHoldInput, @Ctx() ctx: Context) {
    const staff = requireSupport(ctx);
    const workspaceId = checkId(input.workspaceId, 'workspaceId');
    await ctx.services.workspaces.workspace(workspaceId);
    return answered(
      await ctx.services.support.releaseHold(staff, { ...input, workspaceId, holdId: checkId(input.holdId, 'holdId') }),
    );
  }

  @Query(() => [SupportActionGql], { description: 'Support staff: what support did in a workspace, newest first.' })
  async supportActions(
    @Arg('workspaceId', () => ID) workspaceIdInput: string,
    @Ctx() ctx: Context,
  ): Promise<SupportActionGql[]> {
    requireSupport(ctx);
    return (await ctx.services.support.actions(checkId(workspaceIdInput, 'workspaceId'))).map(toActionGql);
  }

  @Query(() => StaffActionConnection, {
    description: 'Support staff: the log of every staff action, newest first, by staff member and workspace.',
  })
  async staffActions(
    @Ctx() ctx: Context,
    @Arg('filter', () => StaffActionFilter, { nullable: true }) filter?: StaffActionFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<StaffActionConnection> {
    requireSupport(ctx);
    const f = {
      staffUserId: filter?.staffUserId ? checkId(filter.staffUserId, 'staffUserId') : null,
      workspaceId: filter?.workspaceId ? checkId(filter.workspaceId, 'workspaceId') : null,
    };
    return ctx.services.support.log(f, first ?? 20, after ?? null);
  }
}

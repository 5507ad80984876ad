import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole, requireScope, type Context } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { Role } from '../workspaces/membership.entity';
import { toPlan } from '../plans/plans.types';
import {
  AutoTopUpInput,
  AutoTopUpSettings,
  BillingSnapshot,
  Cancellation,
  ChangePlanInput,
  CheckoutSession,
  PlanChange,
  PlanChangeKind,
  PlanChangeStatus,
  PurchaseCreditsInput,
} from './billing.types';
import type { PlanChangeResult } from './payments.service';

const BILLING_ROLES = [Role.OWNER, Role.ADMIN];

/** Where the browser came from, so Checkout returns it to the same app. */
function appUrl(ctx: Context): string {
  const request = ctx.http?.request;
  if (!request) throw new AppError('BAD_USER_INPUT', 'Billing operations need an HTTP request');
  return `${request.protocol}://${request.host}`;
}

function toPlanChange(ctx: Context, r: PlanChangeResult): PlanChange {
  return {
    kind: r.kind as PlanChangeKind,
    fromPlan: toPlan(ctx.services.plans.get(r.fromPlan)),
    toPlan: toPlan(ctx.services.plans.get(r.toPlan)),
    effectiveAt: new Date(r.effectiveAt),
    prorationCredits: r.prorationCreditsMicro,
    status: r.status as PlanChangeStatus,
    prorationDate: r.prorationDate ? new Date(r.prorationDate) : null,
    secondsLeft: r.secondsLeft ?? null,
    periodSeconds: r.periodSeconds ?? null,
    chargeTodayCents: r.chargeTodayCents ?? null,
  };
}

@Resolver()
export class BillingResolver {
  @Query(() => BillingSnapshot)
  async billing(@Ctx() ctx: Context): Promise<BillingSnapshot> {
    const auth = requireScope(ctx, 'billing:read');
    return ctx.services.billing.snapshot(auth.workspaceId);
  }

  @Query(() => PlanChange, { description: 'What changing to this plan would do now, without doing it.' })
  async planChangePreview(@Arg('plan', () => String) plan: string, @Ctx() ctx: Context): Promise<PlanChange> {
    const auth = requireScope(ctx, 'billing:read');
    return toPlanChange(ctx, await ctx.services.payments.preview(auth.workspaceId, plan));
  }

  @Mutation(() => CheckoutSession, {
    description: 'Starts a Stripe Checkout for top-up packs. Credits arrive when the payment succeeds.',
  })
  async purchaseCredits(
    @Arg('input', () => PurchaseCreditsInput) input: PurchaseCreditsInput,
    @Ctx() ctx: Context,
  ): Promise<CheckoutSession> {
    const auth = requireRole(ctx, BILLING_ROLES);
    const r = await ctx.services.payments.purchaseCredits(
      auth.workspaceId,
      input.packs,
      input.idempotencyKey,
      appUrl(ctx),
    );
    return { id: r.sessionId, url: r.url };
  }

  @Mutation(() => CheckoutSession, { description: 'Starts a Stripe Checkout for a plan, for a workspace without one.' })
  async subscribe(
    @Arg('input', () => ChangePlanInput) input: ChangePlanInput,
    @Ctx() ctx: Context,
  ): Promise<CheckoutSession> {
    const auth = requireRole(ctx, BILLING_ROLES);
    const r = await ctx.services.payments.subscribe(auth.workspaceId, input.plan, input.idempotencyKey, appUrl(ctx));
    return { id: r.sessionId, url: r.url };
  }

  @Mutation(() => PlanChange, {
    description: 'Upgrades now (prorated), or schedules a downgrade for the next renewal.',
  })
  async changePlan(
    @Arg('input', () => ChangePlanInput) input: ChangePlanInput,
    @Ctx() ctx: Context,
  ): Promise<PlanChange> {
    const auth = requireRole(ctx, BILLING_ROLES);
    return toPlanChange(
      ctx,
      await ctx.services.payments.changePlan(auth.workspaceId, input.plan, input.idempotencyKey, input.prorationDate),
    );
  }

  @Mutation(() => BillingSnapshot, { description: 'Cancels a scheduled downgrade.' })
  async cancelScheduledPlanChange(@Ctx() ctx: Context): Promise<BillingSnapshot> {
    const auth = requireRole(ctx, BILLING_ROLES);
    await ctx.services.payments.cancelScheduledChange(auth.workspaceId);
    return ctx.services.billing.snapshot(auth.workspaceId);
  }

  @Mutation(() => Cancellation, {
    description: 'Within 14 days of the start: refund and end now. Later: end at the period end.',
  })
  async cancelSubscription(@Ctx() ctx: Context): Promise<Cancellation> {
    const auth = requireRole(ctx, BILLING_ROLES);
    return ctx.services.payments.cancelSubscription(auth.workspaceId);
  }

  @Mutation(() => BillingSnapshot, { description: 'Keeps a plan that was set to cancel at the period end.' })
  async resumeSubscription(@Ctx() ctx: Context): Promise<BillingSnapshot> {
    const auth = requireRole(ctx, BILLING_ROLES);
    await ctx.services.payments.resumeSubscription(auth.workspaceId);
    return ctx.services.billing.snapshot(auth.workspaceId);
  }

  @Mutation(() => AutoTopUpSettings)
  async updateAutoTopUp(
    @Arg('input', () => AutoTopUpInput) input: AutoTopUpInput,
    @Ctx() ctx: Context,
  ): Promise<AutoTopUpSettings> {
    const auth = requireRole(ctx, BILLING_ROLES);
    const row = await ctx.services.payments.setAutoTopUp(auth.workspaceId, {
      enabled: input.enabled,
      thresholdMicro: input.threshold,
      packs: input.packs,
      monthlyCapPacks: input.monthlyCapPacks,
    });
    return {
      enabled: row.enabled,
      threshold: row.thresholdMicro,
      packs: row.packs,
      monthlyCapPacks: row.monthlyCapPacks,
    };
  }

  @Mutation(() => String, { description: "A link to Stripe's customer portal: payment methods and invoices." })
  async billingPortalUrl(@Ctx() ctx: Context): Promise<string> {
    const auth = requireRole(ctx, BILLING_ROLES);
    return ctx.services.payments.portalUrl(auth.workspaceId, appUrl(ctx));
  }
}

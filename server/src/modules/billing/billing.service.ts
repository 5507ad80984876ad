import { addDays } from 'date-fns';
import { AutoTopUp, BillingNotice } from './billing.entities';
import { REFUND_WINDOW_DAYS } from './payments.service';
import type { Clock } from '../../platform/clock';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { MICRO_PER_CREDIT } from '../ledger/core';
import { CreditGrant, LedgerEntry } from '../ledger/ledger.entities';
import type { PlansCatalog } from '../plans/plans.catalog';
import { toPlan } from '../plans/plans.types';
import { BillingStatus, type BillingSnapshot } from './billing.types';
import { PlanSubscription, renewsAtOf } from './subscription.entity';

/** Plan state and the period's allocation, as the payment provider's events left them. */
export class BillingService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly plans: PlansCatalog,
    private readonly config: Pick<Config, 'TOPUP_PACK_CREDITS' | 'TOPUP_PACK_PRICE_CENTS'>,
  ) {}

  async subscription(workspaceId: string): Promise<PlanSubscription | null> {
    return this.db.read().findOne(PlanSubscription, { workspace: workspaceId });
  }

  /** The next renewal date, or null when there is no subscription that renews. */
  async renewsAt(workspaceId: string): Promise<Date | null> {
    const sub = await this.subscription(workspaceId);
    return sub ? renewsAtOf(sub) : null;
  }

  async snapshot(workspaceId: string): Promise<BillingSnapshot> {
    const sub = await this.subscription(workspaceId);
    const topUpPack = {
      credits: this.config.TOPUP_PACK_CREDITS * MICRO_PER_CREDIT,
      priceCents: this.config.TOPUP_PACK_PRICE_CENTS,
      currency: 'usd',
    };
    if (!sub) {
      return {
        plan: null,
        status: BillingStatus.NONE,
        currentPeriodStart: null,
        currentPeriodEnd: null,
        renewsAt: null,
        allocationGranted: 0,
        allocationUsed: 0,
        allocationRemoved: 0,
        cancelAtPeriodEnd: false,
        scheduledPlan: null,
        topUpPack,
        ...(await this.extras(workspaceId)),
        refundableUntil: null,
      };
    }
    const { granted, used, removed } = await this.allocationUse(workspaceId, sub);
    const plan = this.plans.find(sub.planCode);
    const scheduled = sub.scheduledPlanCode ? this.plans.find(sub.scheduledPlanCode) : undefined;
    return {
      plan: plan ? toPlan(plan) : null,
      status: sub.status as BillingStatus,
      currentPeriodStart: sub.currentPeriodStart,
      currentPeriodEnd: sub.currentPeriodEnd,
      renewsAt: renewsAtOf(sub),
      allocationGranted: granted,
      allocationUsed: used,
      allocationRemoved: removed,
      cancelAtPeriodEnd: sub.cancelAtPeriodEnd,
      scheduledPlan: scheduled ? toPlan(scheduled) : null,
      topUpPack,
      ...(await this.extras(workspaceId)),
      refundableUntil: this.refundableUntil(sub),
    };
  }

  /** Until this moment a cancellation refunds the fee and ends the plan at once (14-day rule). */
  private refundableUntil(sub: PlanSubscription): Date | null {
    if (sub.status === 'CANCELED' || !sub.stripeSubscriptionId) return null;
    const until = addDays(sub.startedAt, REFUND_WINDOW_DAYS);
    return until > this.clock.now() ? until : null;
  }

  private async extras(workspaceId: string): Promise<Pick<BillingSnapshot, 'autoTopUp' | 'notices'>> {
    const em = this.db.read();
    const [auto, notices] = await Promise.all([
      em.findOne(AutoTopUp, { workspaceId }),
      em.find(BillingNotice, { workspace: workspaceId, resolvedAt: null }, { orderBy: { createdAt: 'desc' } }),
    ]);
    return {
      autoTopUp: auto && {
        enabled: auto.enabled,
        threshold: auto.thresholdMicro,
        packs: auto.packs,
        monthlyCapPacks: auto.monthlyCapPacks,
      },
      notices: notices.map((n) => ({ id: n.id, kind: n.kind, message: n.message, createdAt: n.createdAt })),
    };
  }

  /** Granted this period, and of it: used (charged or held), and taken back unused (revoked or expired). */
  private async allocationUse(
    workspaceId: string,
    sub: PlanSubscription,
  ): Promise<{ granted: number; used: number; removed: number }> {
    const em = this.db.read();
    const grants = await em.find(CreditGrant, {
      workspace: workspaceId,
      source: { $in: ['PLAN_ALLOCATION', 'PRORATION'] },
      expiresAt: { $gt: sub.currentPeriodStart, $lte: sub.currentPeriodEnd },
    });
    const granted = grants.reduce((sum, g) => sum + g.originalMicro, 0);
    const left = grants.reduce((sum, g) => sum + g.remainingMicro, 0);
    // Taken back unused: by a refund of the payment, a reversal (plan ended, dispute) or expiry.
    const ids = new Set(grants.map((g) => g.id));
    const removals = ids.size
      ? await em.find(LedgerEntry, {
          workspace: workspaceId,
          grantId: { $in: [...ids] },
          type: { $in: ['REFUND', 'REVERSAL', 'EXPIRY'] },
        })
      : [];
    const taken = removals
      .flatMap((e) => e.splits)
      .reduce((sum, s) => sum + (ids.has(s.grantId) && s.amountMicro < 0 ? -s.amountMicro : 0), 0);
    const removed = Math.min(granted - left, taken);
    return { granted, used: granted - left - removed, removed };
  }
}

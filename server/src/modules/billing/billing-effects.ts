import type { EntityManager } from '@mikro-orm/core';
import { formatCredits, formatCreditsFixed } from '../ledger/core';
import { CreditGrant } from '../ledger/ledger.entities';
import type { LedgerService, LedgerTx } from '../ledger/ledger.service';
import type { Plan } from '../plans/plans.catalog';
import { AutoTopUp, BillingNotice, TopUpPurchase, type NoticeKind } from './billing.entities';
import { creditsForCents, upgradeProration } from './core/proration';
import { PlanSubscription, type SubscriptionStatus } from './subscription.entity';

const STRIPE = { kind: 'STRIPE' as const, id: null };
const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** What a Stripe event means for us, decided before the transaction (Stripe reads happen there). */
export type BillingEffect =
  | {
      kind: 'topUpPaid';
      workspaceId: string;
      paymentIntentId: string;
      checkoutSessionId: string | null;
      packs: number;
      amountCents: number;
      automatic: boolean;
      eventId: string;
    }
  | { kind: 'syncSubscription'; workspaceId: string; snapshot: SubscriptionSnapshot }
  | {
      kind: 'allocation';
      workspaceId: string;
      invoiceId: string;
      plan: Plan;
      periodStart: Date;
      periodEnd: Date;
      renewal: boolean;
    }
  | {
      kind: 'proration';
      workspaceId: string;
      invoiceId: string;
      from: Plan;
      to: Plan;
      periodStart: Date;
      periodEnd: Date;
      changedAt: Date;
    }
  | { kind: 'revokeAllocation'; workspaceId: string; reason: string }
  | {
      kind: 'topUpReversed';
      workspaceId: string;
      paymentIntentId: string;
      totalCents: number;
      cause: 'refund' | 'dispute';
    }
  | { kind: 'notice'; workspaceId: string; notice: NoticeKind; message: string }
  | { kind: 'resolveNotices'; workspaceId: string; notice: NoticeKind }
  | { kind: 'disableAutoTopUp'; workspaceId: string };

export interface SubscriptionSnapshot {
  stripeSubscriptionId: string;
  planCode: string;
  status: SubscriptionStatus;
  startedAt: Date;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
}

export interface TopUpPack {
  creditsMicro: number;
  priceCents: number;
}

/**
 * Applies billing effects inside the webhook's transaction: every credit effect through the ledger
 * (in the same transaction), every grant keyed by what caused it (payment intent, invoice).
 */
export class BillingEffects {
  constructor(
    private readonly ledger: LedgerService,
    private readonly pack: TopUpPack,
    private readonly now: () => Date,
  ) {}

  async apply(tx: LedgerTx, effect: BillingEffect): Promise<void> {
    switch (effect.kind) {
      case 'topUpPaid':
        return this.topUpPaid(tx, effect);
      case 'syncSubscription':
        return this.syncSubscription(tx.em, effect.workspaceId, effect.snapshot);
      case 'allocation':
        return this.allocation(tx, effect);
      case 'proration':
        return this.proration(tx, effect);
      case 'revokeAllocation':
        return this.revokeAllocation(tx, effect.workspaceId, effect.reason);
      case 'topUpReversed':
        return this.topUpReversed(tx, effect);
      case 'notice':
        // One open notice per kind: the webhook and the auto top-up itself may both report a decline.
        if (await tx.em.count(BillingNotice, { workspace: effect.workspaceId, kind: effect.notice, resolvedAt: null }))
          return;
        tx.em.create(BillingNotice, {
          workspace: effect.workspaceId,
          kind: effect.notice,
          message: effect.message,
          createdAt: this.now(),
          resolvedAt: null,
        });
        return;
      case 'resolveNotices':
        await tx.em.nativeUpdate(
          BillingNotice,
          { workspace: effect.workspaceId, kind: effect.notice, resolvedAt: null },
          { resolvedAt: this.now() },
        );
        return;
      case 'disableAutoTopUp':
        await tx.em.nativeUpdate(
          AutoTopUp,
          { workspaceId: effect.workspaceId },
          { enabled: false, updatedAt: this.now() },
        );
        return;
    }
  }

  private async topUpPaid(tx: LedgerTx, e: Extract<BillingEffect, { kind: 'topUpPaid' }>): Promise<void> {
    if (await tx.em.findOne(TopUpPurchase, { paymentIntentId: e.paymentIntentId })) return;
    const creditsMicro = e.packs * this.pack.creditsMicro;
    const what = `${formatCredits(creditsMicro)} credits`;
    const { grantId } = await this.ledger.grant(
      e.workspaceId,
      {
        source: 'TOP_UP',
        label: `${e.automatic ? 'Auto top-up' : 'Top-up'}: ${what}`,
        amountMicro: creditsMicro,
        expiresAt: null,
        externalKey: `payment:${e.paymentIntentId}`,
        description: `${e.automatic ? 'Auto top-up' : 'Top-up'}: ${what} (${e.packs} × ${formatCredits(this.pack.creditsMicro)}, ${dollars(e.amountCents)})`,
        details: {
          paymentIntentId: e.paymentIntentId,
          checkoutSessionId: e.checkoutSessionId,
          packs: e.packs,
          amountCents: e.amountCents,
          stripeEventId: e.eventId,
        },
        actor: STRIPE,
      },
      undefined,
      tx,
    );
    tx.em.create(TopUpPurchase, {
      workspace: e.workspaceId,
      paymentIntentId: e.paymentIntentId,
      checkoutSessionId: e.checkoutSessionId,
      automatic: e.automatic,
      packs: e.packs,
      creditsMicro,
      amountCents: e.amountCents,
      refundedCents: 0,
      disputedCents: 0,
      grantId,
      createdAt: this.now(),
    });
  }

  async syncSubscription(em: EntityManager, workspaceId: string, s: SubscriptionSnapshot): Promise<void> {
    const row =
      (await em.findOne(PlanSubscription, { workspace: workspaceId })) ??
      em.create(PlanSubscription, {
        workspace: workspaceId,
        ...s,
        scheduledPlanCode: null,
        stripeScheduleId: null,
        updatedAt: this.now(),
      });
    // A canceled subscription stays canceled; a new one replaces it.
    if (row.status === 'CANCELED' && row.stripeSubscriptionId === s.stripeSubscriptionId && s.status !== 'CANCELED')
      return;
    Object.assign(row, s, { updatedAt: this.now() });
    if (row.scheduledPlanCode === s.planCode) Object.assign(row, { scheduledPlanCode: null, stripeScheduleId: null });
    if (s.status === 'CANCELED') Object.assign(row, { scheduledPlanCode: null, stripeScheduleId: null });
  }

  /** A paid first or renewal invoice: the previous allocation expires, the period's allocation is granted. */
  private async allocation(tx: LedgerTx, e: Extract<BillingEffect, { kind: 'allocation' }>): Promise<void> {
    const key = `invoice:${e.invoiceId}`;
    if (await tx.em.findOne(CreditGrant, { workspace: e.workspaceId, externalKey: key })) return;
    await this.ledger.grant(
      e.workspaceId,
      {
        source: 'PLAN_ALLOCATION',
        label: `${e.plan.name} allocation`,
        amountMicro: e.plan.creditsMicro,
        expiresAt: e.periodEnd,
        effectiveAt: e.periodStart,
        externalKey: key,
        expireDueAt: e.renewal ? e.periodStart : undefined,
        description: `${e.renewal ? 'Renewal' : 'Subscription'}: ${e.plan.name} plan, ${formatCredits(e.plan.creditsMicro)} credits for the period`,
        details: {
          invoiceId: e.invoiceId,
          plan: e.plan.code,
          periodStart: e.periodStart.toISOString(),
          periodEnd: e.periodEnd.toISOString(),
        },
        actor: STRIPE,
      },
      undefined,
      tx,
    );
  }

  private async proration(tx: LedgerTx, e: Extract<BillingEffect, { kind: 'proration' }>): Promise<void> {
    const key = `invoice:${e.invoiceId}`;
    if (await tx.em.findOne(CreditGrant, { workspace: e.workspaceId, externalKey: key })) return;
    const p = upgradeProration({
      fromPlan: e.from,
      toPlan: e.to,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      changedAt: e.changedAt,
    });
    if (p.grantMicro <= 0) return;
    await this.ledger.grant(
      e.workspaceId,
      {
        source: 'PRORATION',
        label: `Upgrade to ${e.to.name}`,
        amountMicro: p.grantMicro,
        expiresAt: e.periodEnd,
        externalKey: key,
        description: p.description,
        details: {
          invoiceId: e.invoiceId,
          from: e.from.code,
          to: e.to.code,
          prorationFraction: p.fraction,
          secondsLeft: p.secondsLeft,
          periodSeconds: p.periodSeconds,
        },
        actor: STRIPE,
      },
      undefined,
      tx,
    );
  }

  /** Ends the plan's credits now (cancellation with refund): allocation and proration remainders. */
  private async revokeAllocation(tx: LedgerTx, workspaceId: string, reason: string): Promise<void> {
    const grants = await tx.em.find(CreditGrant, {
      workspace: workspaceId,
      source: { $in: ['PLAN_ALLOCATION', 'PRORATION'] },
      remainingMicro: { $gt: 0 },
    });
    for (const g of grants) {
      await this.ledger.revokeGrant(
        workspaceId,
        {
          grantId: g.id,
          type: 'REVERSAL',
          deficitForRest: false,
          description: `${reason}: remainder of ${g.label} revoked`,
          actor: STRIPE,
        },
        undefined,
        tx,
      );
    }
  }

  /** A refund or dispute from Stripe removes what remains of that purchase, never more; the rest is owed. */
  private async topUpReversed(tx: LedgerTx, e: Extract<BillingEffect, { kind: 'topUpReversed' }>): Promise<void> {
    const purchase = await tx.em.findOne(TopUpPurchase, {
      paymentIntentId: e.paymentIntentId,
      workspace: e.workspaceId,
    });
    if (!purchase) return;
    const field = e.cause === 'refund' ? 'refundedCents' : 'disputedCents';
    const newCents = Math.min(e.totalCents, purchase.amountCents) - purchase[field];
    if (newCents <= 0) return;
    purchase[field] += newCents;
    const micro = Math.min(creditsForCents(newCents, this.pack), purchase.creditsMicro);
    await this.ledger.revokeGrant(
      e.workspaceId,
      {
        grantId: purchase.grantId,
        amountMicro: micro,
        type: 'REFUND',
        deficitForRest: true,
        description: `${e.cause === 'refund' ? 'Refund' : 'Dispute'} of ${dollars(newCents)} on a top-up: ${formatCreditsFixed(micro)} credits removed`,
        details: { paymentIntentId: e.paymentIntentId, cents: newCents },
        actor: STRIPE,
      },
      undefined,
      tx,
    );
  }
}

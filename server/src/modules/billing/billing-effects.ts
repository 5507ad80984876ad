import type { EntityManager } from '@mikro-orm/core';
import type { EventDraft } from '../events/events.catalog';
import { formatCredits, formatCreditsFixed } from '../ledger/core';
import { CreditGrant, LedgerEntry } from '../ledger/ledger.entities';
import type { LedgerService } from '../ledger/ledger.service';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { Plan } from '../plans/plans.catalog';
import {
  AutoTopUp,
  BillingNotice,
  PaymentClawback,
  PaymentDispute,
  TopUpPurchase,
  type DisputeStatus,
  type NoticeKind,
  type PaymentKind,
} from './billing.entities';
import { disputeClaimMicro, disputeGiveBackMicro, refundClaimMicro, shareMicro } from './core/clawback';
import { upgradeProration } from './core/proration';
import { isLivePeriod, supersedes, type SubscriptionVersion } from './core/subscription-order';
import { paidTopUp, type TopUpFacts, type TopUpPack } from './core/top-up';
import { PlanSubscription, type SubscriptionStatus } from './subscription.entity';

export type { TopUpPack } from './core/top-up';

const STRIPE = { kind: 'STRIPE' as const, id: null };
const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** A payment that refunds and disputes may reverse, and where its credits went. */
export interface PaymentRef {
  workspaceId: string;
  paymentIntentId: string;
  kind: PaymentKind;
  /** The externalKey of the grant the payment made: `payment:<pi>` for a top-up, `invoice:<id>` for a plan invoice. */
  grantKey: string;
  /** What the payment received, in cents. */
  paidCents: number;
}

/** What a Stripe event means for us, decided before the transaction (Stripe reads happen there). */
export type BillingEffect =
  | {
      kind: 'topUpPaid';
      workspaceId: string;
      paymentIntentId: string;
      checkoutSessionId: string | null;
      facts: TopUpFacts;
      automatic: boolean;
      eventId: string;
    }
  | { kind: 'syncSubscription'; workspaceId: string; snapshot: SubscriptionSnapshot }
  | {
      kind: 'allocation';
      workspaceId: string;
      invoiceId: string;
      subscriptionId: string;
      plan: Plan;
      periodStart: Date;
      periodEnd: Date;
      renewal: boolean;
    }
  | {
      kind: 'proration';
      workspaceId: string;
      invoiceId: string;
      subscriptionId: string;
      from: Plan;
      to: Plan;
      periodStart: Date;
      periodEnd: Date;
      changedAt: Date;
    }
  | { kind: 'revokeAllocation'; workspaceId: string; subscriptionId: string; reason: string }
  /** `refundedCents`: the charge's cumulative `amount_refunded`. */
  | { kind: 'paymentRefunded'; payment: PaymentRef; refundedCents: number }
  | {
      kind: 'paymentDisputed';
      payment: PaymentRef;
      disputeId: string;
      disputedCents: number;
      status: DisputeStatus;
      /** Cents of the charge refunded at Stripe before the dispute was opened. */
      refundedBeforeCents: number;
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
  /** `created` of the event this view came with (or was read for): orders views of the same subscription. */
  stateAt: Date;
}

const versionOf = (s: {
  stripeSubscriptionId: string | null;
  status: SubscriptionStatus;
  startedAt: Date;
  currentPeriodStart: Date;
}): Omit<SubscriptionVersion, 'stateAt'> => ({
  stripeSubscriptionId: s.stripeSubscriptionId,
  canceled: s.status === 'CANCELED',
  startedAt: s.startedAt,
  currentPeriodStart: s.currentPeriodStart,
});

/**
 * Applies billing effects inside the webhook's transaction: every credit effect through the ledger
 * (in the same transaction), every grant keyed by what caused it (payment intent, invoice, dispute).
 */
export class BillingEffects {
  constructor(
    private readonly ledger: LedgerService,
    private readonly pack: TopUpPack,
    private readonly now: () => Date,
  ) {}

  async apply(tx: UnitOfWork, effect: BillingEffect): Promise<void> {
    switch (effect.kind) {
      case 'topUpPaid':
        return this.topUpPaid(tx, effect);
      case 'syncSubscription': {
        const planChanged = await this.syncSubscription(tx.em, effect.workspaceId, effect.snapshot);
        if (planChanged) this.emit(tx, effect.workspaceId, planChanged);
        return;
      }
      case 'allocation':
        return this.allocation(tx, effect);
      case 'proration':
        return this.proration(tx, effect);
      case 'revokeAllocation':
        return this.revokeAllocation(tx, effect);
      case 'paymentRefunded':
        return this.paymentRefunded(tx, effect);
      case 'paymentDisputed':
        return this.paymentDisputed(tx, effect);
      case 'notice':
        if (effect.notice === 'PAYMENT_FAILED' || effect.notice === 'AUTO_TOPUP_DISABLED') {
          const kind = effect.notice === 'PAYMENT_FAILED' ? 'SUBSCRIPTION' : 'AUTO_TOP_UP';
          this.emit(tx, effect.workspaceId, { type: 'payment.failed', data: { kind, message: effect.message } });
        }
        // One open notice per kind: the webhook and the auto top-up itself may both report a decline.
        if (await tx.em.count(BillingNotice, { workspace: effect.workspaceId, kind: effect.notice, resolvedAt: null }))
          return;
        this.addNotice(tx.em, effect.workspaceId, effect.notice, effect.message);
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

  /** An event for the workspace's feed and webhooks, in the webhook's transaction (the outbox). */
  private emit(tx: UnitOfWork, workspaceId: string, draft: EventDraft): void {
    tx.emit({ workspaceId, ...draft });
  }

  private addNotice(em: EntityManager, workspaceId: string, kind: NoticeKind, message: string): void {
    em.create(BillingNotice, {
      workspace: workspaceId,
      kind,
      message: message.slice(0, 500),
      createdAt: this.now(),
      resolvedAt: null,
    });
  }

  /**
   * Grants the packs the payment paid for (see `paidTopUp`), once per payment intent. When metadata, prices and
   * payment disagree, the purchase row and the grant entry say how, and the owner gets a notice.
   */
  private async topUpPaid(tx: UnitOfWork, e: Extract<BillingEffect, { kind: 'topUpPaid' }>): Promise<void> {
    if (e.facts.paidCents <= 0) return;
    if (await tx.em.findOne(TopUpPurchase, { paymentIntentId: e.paymentIntentId })) return;
    const { packs, creditsMicro, mismatches } = paidTopUp(e.facts, this.pack);
    const mismatch = mismatches.length ? mismatches.join('; ') : null;
    const grantId = creditsMicro > 0 ? await this.grantTopUp(tx, e, packs, creditsMicro, mismatch) : null;
    tx.em.create(TopUpPurchase, {
      workspace: e.workspaceId,
      paymentIntentId: e.paymentIntentId,
      checkoutSessionId: e.checkoutSessionId,
      automatic: e.automatic,
      packs,
      creditsMicro,
      amountCents: e.facts.paidCents,
      grantId,
      mismatch: mismatch?.slice(0, 1000) ?? null,
      createdAt: this.now(),
    });
    if (mismatch) {
      this.addNotice(
        tx.em,
        e.workspaceId,
        'PAYMENT_MISMATCH',
        `A top-up payment of ${dollars(e.facts.paidCents)} did not match its order, so ${formatCredits(creditsMicro)} credits were added: what it paid for. Support has the details under payment ${e.paymentIntentId}.`,
      );
    }
  }

  private async grantTopUp(
    tx: UnitOfWork,
    e: Extract<BillingEffect, { kind: 'topUpPaid' }>,
    packs: number,
    creditsMicro: number,
    mismatch: string | null,
  ): Promise<string> {
    const what = `${formatCredits(creditsMicro)} credits`;
    // Numbered per workspace, so each purchase (and every charge its credits paid) is told apart.
    const number = (await tx.em.count(TopUpPurchase, { workspace: e.workspaceId })) + 1;
    const name = `${e.automatic ? 'Auto top-up' : 'Top-up'} #${number}`;
    const { grantId } = await this.ledger.commands.grant(tx, {
      workspaceId: e.workspaceId,
      source: 'TOP_UP',
      label: name,
      amountMicro: creditsMicro,
      expiresAt: null,
      externalKey: `payment:${e.paymentIntentId}`,
      description: `${e.automatic ? 'Automatically bought' : 'Bought'} ${what} for ${dollars(e.facts.paidCents)} (${name}: ${packs} ${packs === 1 ? 'pack' : 'packs'} of ${formatCredits(this.pack.creditsMicro)})`,
      details: {
        paymentIntentId: e.paymentIntentId,
        checkoutSessionId: e.checkoutSessionId,
        packs,
        amountCents: e.facts.paidCents,
        stripeEventId: e.eventId,
        ...(mismatch ? { mismatch, metadataPacks: e.facts.metadataPacks ?? null } : {}),
      },
      actor: STRIPE,
    });
    return grantId;
  }

  /**
   * Stores a view of the subscription only when it is newer than the stored one (`supersedes`), so a late
   * event cannot bring back an older plan, period or status. Returns a `plan.changed` event when the plan in
   * effect changed (subscribed, changed, ended), else null.
   */
  async syncSubscription(em: EntityManager, workspaceId: string, s: SubscriptionSnapshot): Promise<EventDraft | null> {
    const fields = {
      stripeSubscriptionId: s.stripeSubscriptionId,
      planCode: s.planCode,
      status: s.status,
      startedAt: s.startedAt,
      currentPeriodStart: s.currentPeriodStart,
      currentPeriodEnd: s.currentPeriodEnd,
      cancelAtPeriodEnd: s.cancelAtPeriodEnd,
      stripeEventAt: s.stateAt,
      updatedAt: this.now(),
    };
    const row = await em.findOne(PlanSubscription, { workspace: workspaceId });
    if (!row) {
      em.create(PlanSubscription, {
        workspace: workspaceId,
        ...fields,
        scheduledPlanCode: null,
        stripeScheduleId: null,
      });
      return planChange(null, s);
    }
    const incoming = { ...versionOf(s), stateAt: s.stateAt };
    if (!supersedes(incoming, { ...versionOf(row), stateAt: row.stripeEventAt })) return null;
    const before = row.status === 'CANCELED' ? null : row.planCode;
    const replaced = row.stripeSubscriptionId !== s.stripeSubscriptionId;
    Object.assign(row, fields);
    // A schedule belongs to its subscription; it is spent once its plan is current, and gone when it ends.
    if (replaced || row.scheduledPlanCode === s.planCode || s.status === 'CANCELED')
      Object.assign(row, { scheduledPlanCode: null, stripeScheduleId: null });
    return planChange(before, s);
  }

  /**
   * Whether what we store still lets a period of `subscriptionId` starting at `lineStart` be credited: not when
   * that subscription is stored as ended, nor when a later period of it is already stored (superseded).
   */
  private async storedPeriodIsLive(
    em: EntityManager,
    workspaceId: string,
    subscriptionId: string,
    lineStart: Date,
  ): Promise<boolean> {
    const row = await em.findOne(PlanSubscription, { workspace: workspaceId });
    if (!row || row.stripeSubscriptionId !== subscriptionId) return true;
    return isLivePeriod({ canceled: row.status === 'CANCELED', currentPeriodStart: row.currentPeriodStart }, lineStart);
  }

  /** A paid first or renewal invoice of a live period: the previous allocation expires, the period's is granted. */
  private async allocation(tx: UnitOfWork, e: Extract<BillingEffect, { kind: 'allocation' }>): Promise<void> {
    const key = `invoice:${e.invoiceId}`;
    if (await tx.em.findOne(CreditGrant, { workspace: e.workspaceId, externalKey: key })) return;
    if (!(await this.storedPeriodIsLive(tx.em, e.workspaceId, e.subscriptionId, e.periodStart))) return;
    await this.ledger.commands.grant(tx, {
      workspaceId: e.workspaceId,
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
    });
  }

  private async proration(tx: UnitOfWork, e: Extract<BillingEffect, { kind: 'proration' }>): Promise<void> {
    const key = `invoice:${e.invoiceId}`;
    if (await tx.em.findOne(CreditGrant, { workspace: e.workspaceId, externalKey: key })) return;
    if (!(await this.storedPeriodIsLive(tx.em, e.workspaceId, e.subscriptionId, e.changedAt))) return;
    const p = upgradeProration({
      fromPlan: e.from,
      toPlan: e.to,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      changedAt: e.changedAt,
    });
    if (p.grantMicro <= 0) return;
    await this.ledger.commands.grant(tx, {
      workspaceId: e.workspaceId,
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
    });
  }

  /**
   * Ends the plan's credits now (the subscription ended): allocation and proration remainders. Not when a newer
   * subscription is stored: a late end of an old one must not take the new plan's credits.
   */
  private async revokeAllocation(
    tx: UnitOfWork,
    e: Extract<BillingEffect, { kind: 'revokeAllocation' }>,
  ): Promise<void> {
    const row = await tx.em.findOne(PlanSubscription, { workspace: e.workspaceId });
    if (row && row.stripeSubscriptionId !== e.subscriptionId) return;
    const grants = await tx.em.find(CreditGrant, {
      workspace: e.workspaceId,
      source: { $in: ['PLAN_ALLOCATION', 'PRORATION'] },
      remainingMicro: { $gt: 0 },
    });
    for (const g of grants) {
      await this.ledger.commands.revokeGrant(tx, {
        workspaceId: e.workspaceId,
        grantId: g.id,
        type: 'REVERSAL',
        deficitForRest: false,
        description: `${e.reason}: remainder of ${g.label} revoked`,
        actor: STRIPE,
      });
    }
  }

  // ——— refunds and disputes: per payment, together at most what it granted ———

  /**
   * Takes the workspace's ledger lock before the payment's records are read, so two events about one payment
   * (a refund and a dispute delivered together) see each other's clawback instead of both taking it.
   */
  private async lockLedger(tx: UnitOfWork, workspaceId: string): Promise<void> {
    await this.ledger.commands.expireGrants(tx, { workspaceId });
  }

  /** The payment's clawback record, made on first use from the grant it made; null when it granted nothing. */
  private async clawbackOf(em: EntityManager, p: PaymentRef): Promise<PaymentClawback | null> {
    const existing = await em.findOne(PaymentClawback, { paymentIntentId: p.paymentIntentId });
    if (existing) return existing;
    const grant = await em.findOne(CreditGrant, { workspace: p.workspaceId, externalKey: p.grantKey });
    if (!grant || grant.originalMicro <= 0 || p.paidCents <= 0) return null;
    const now = this.now();
    return em.create(PaymentClawback, {
      workspace: p.workspaceId,
      paymentIntentId: p.paymentIntentId,
      kind: p.kind,
      grantId: grant.id,
      grantedMicro: grant.originalMicro,
      paidCents: p.paidCents,
      refundedCents: 0,
      clawedBackMicro: 0,
      createdAt: now,
      updatedAt: now,
    });
  }

  /** A refund total that grew: its share of the credits leaves the payment's grant, once. */
  private async paymentRefunded(tx: UnitOfWork, e: Extract<BillingEffect, { kind: 'paymentRefunded' }>): Promise<void> {
    await this.lockLedger(tx, e.payment.workspaceId);
    const record = await this.clawbackOf(tx.em, e.payment);
    if (!record || e.refundedCents <= record.refundedCents) return;
    const claimMicro = refundClaimMicro(record, record.refundedCents, e.refundedCents);
    const cents = e.refundedCents - record.refundedCents;
    Object.assign(record, { refundedCents: e.refundedCents, updatedAt: this.now() });
    if (claimMicro <= 0) return;
    record.clawedBackMicro += await this.takeBack(tx, record, claimMicro, {
      description: `Refund of ${dollars(cents)} on ${await this.paymentLabel(tx.em, record)}: ${this.takeWording(record, claimMicro)}`,
      details: { paymentIntentId: record.paymentIntentId, cents, refundedCents: e.refundedCents },
    });
  }

  /**
   * A dispute, whatever event told us about it: the first time it is seen it takes its share (Stripe withdrew the
   * money); once seen won it gives back what it took, once. Seen won first, it takes and gives back at once, so
   * the history is the same whichever of its events arrives first.
   */
  private async paymentDisputed(tx: UnitOfWork, e: Extract<BillingEffect, { kind: 'paymentDisputed' }>): Promise<void> {
    await this.lockLedger(tx, e.payment.workspaceId);
    const dispute = await tx.em.findOne(PaymentDispute, { id: e.disputeId });
    if (!dispute) return this.disputeOpened(tx, e);
    if (dispute.status !== 'OPEN' || e.status === 'OPEN') return;
    Object.assign(dispute, { status: e.status, closedAt: this.now() });
    if (e.status === 'WON' && dispute.takenMicro > 0) await this.giveBack(tx, dispute);
  }

  private async disputeOpened(tx: UnitOfWork, e: Extract<BillingEffect, { kind: 'paymentDisputed' }>): Promise<void> {
    const record = await this.clawbackOf(tx.em, e.payment);
    const dispute = tx.em.create(PaymentDispute, {
      id: e.disputeId,
      workspace: e.payment.workspaceId,
      paymentIntentId: e.payment.paymentIntentId,
      disputedCents: e.disputedCents,
      takenMicro: 0,
      status: e.status,
      createdAt: this.now(),
      closedAt: e.status === 'OPEN' ? null : this.now(),
    });
    if (!record) return;
    const others = await tx.em.find(PaymentDispute, {
      paymentIntentId: e.payment.paymentIntentId,
      id: { $ne: e.disputeId },
      status: { $ne: 'WON' },
    });
    const claimMicro = await this.planAwareClaim(
      tx.em,
      record,
      e.refundedBeforeCents,
      disputeClaimMicro(record, e.disputedCents, {
        refundedCents: e.refundedBeforeCents,
        otherDisputesTakenMicro: others.reduce((sum, d) => sum + d.takenMicro, 0),
      }),
    );
    if (claimMicro <= 0) return;
    dispute.takenMicro = await this.takeBack(tx, record, claimMicro, {
      description: `Dispute of ${dollars(e.disputedCents)} on ${await this.paymentLabel(tx.em, record)}: ${this.takeWording(record, claimMicro)}`,
      details: { paymentIntentId: record.paymentIntentId, disputeId: e.disputeId, cents: e.disputedCents },
    });
    record.clawedBackMicro += dispute.takenMicro;
    record.updatedAt = this.now();
    if (e.status === 'WON' && dispute.takenMicro > 0) await this.giveBack(tx, dispute);
  }

  /**
   * A plan invoice gives back only what remains of its grant, so which reversal comes first decides what each
   * takes. A dispute whose earlier refunds (at Stripe) have not arrived yet leaves them what they will take from
   * what remains, as in Stripe's order.
   */
  private async planAwareClaim(
    em: EntityManager,
    record: PaymentClawback,
    refundedBeforeCents: number,
    claimMicro: number,
  ): Promise<number> {
    if (record.kind !== 'INVOICE' || refundedBeforeCents <= record.refundedCents) return claimMicro;
    const grant = await em.findOne(CreditGrant, { id: record.grantId });
    const remainingMicro = grant?.remainingMicro ?? 0;
    const refundsStillToCome = shareMicro(record, refundedBeforeCents) - shareMicro(record, record.refundedCents);
    return Math.min(claimMicro, Math.max(0, remainingMicro - Math.min(refundsStillToCome, remainingMicro)));
  }

  /**
   * Removes up to `claimMicro` from the payment's grant and returns what was taken. A top-up's rest becomes a
   * deficit (its credits were bought); a plan invoice takes back only what remains of its grant.
   */
  private async takeBack(
    tx: UnitOfWork,
    record: PaymentClawback,
    claimMicro: number,
    entry: { description: string; details: Record<string, unknown> },
  ): Promise<number> {
    const { version } = await this.ledger.commands.revokeGrant(tx, {
      workspaceId: record.workspace,
      grantId: record.grantId,
      amountMicro: claimMicro,
      type: 'REFUND',
      deficitForRest: record.kind === 'TOP_UP',
      ...entry,
      actor: STRIPE,
    });
    const written = await tx.em.findOne(
      LedgerEntry,
      { workspace: record.workspace, grantId: record.grantId, type: 'REFUND', seq: { $lte: version } },
      { orderBy: { seq: 'desc' } },
    );
    if (!written) return 0;
    const removed = -written.splits.reduce((sum, s) => sum + (s.grantId === record.grantId ? s.amountMicro : 0), 0);
    return removed + written.deficitDeltaMicro;
  }

  /** A won dispute's credits, as a new grant like the one they came from (a top-up's never expire). */
  private async giveBack(tx: UnitOfWork, dispute: PaymentDispute): Promise<void> {
    const record = await tx.em.findOne(PaymentClawback, { paymentIntentId: dispute.paymentIntentId });
    const original = record && (await tx.em.findOne(CreditGrant, { id: record.grantId }));
    if (!record || !original) return;
    const now = this.now();
    // An allocation's credits would have expired with their period: nothing comes back after it.
    if (original.expiresAt && original.expiresAt <= now) return;
    const others = await tx.em.find(PaymentDispute, {
      paymentIntentId: dispute.paymentIntentId,
      id: { $ne: dispute.id },
      status: { $ne: 'WON' },
    });
    const amountMicro = disputeGiveBackMicro(
      record,
      dispute.takenMicro,
      others.reduce((sum, d) => sum + d.takenMicro, 0),
    );
    if (amountMicro <= 0) return;
    await this.ledger.commands.grant(tx, {
      workspaceId: record.workspace,
      source: original.source,
      label: `${original.label} (dispute won)`,
      amountMicro,
      expiresAt: original.expiresAt,
      externalKey: `dispute:${dispute.id}`,
      description: `Dispute won: ${formatCreditsFixed(amountMicro)} credits of ${original.label} given back`,
      details: { paymentIntentId: record.paymentIntentId, disputeId: dispute.id },
      actor: STRIPE,
    });
    Object.assign(record, { clawedBackMicro: record.clawedBackMicro - amountMicro, updatedAt: now });
  }

  private async paymentLabel(em: EntityManager, record: PaymentClawback): Promise<string> {
    if (record.kind === 'TOP_UP') return 'a top-up';
    const grant = await em.findOne(CreditGrant, { id: record.grantId });
    return `an invoice (${grant?.label ?? 'plan'})`;
  }

  private takeWording(record: PaymentClawback, claimMicro: number): string {
    return record.kind === 'TOP_UP'
      ? `${formatCreditsFixed(claimMicro)} credits removed`
      : `up to ${formatCreditsFixed(claimMicro)} credits of what remains taken back`;
  }
}

/** `plan.changed` when the plan in effect differs from `before` (null: none, or ended). */
function planChange(before: string | null, s: SubscriptionSnapshot): EventDraft | null {
  const after = s.status === 'CANCELED' ? null : s.planCode;
  if (after === before) return null;
  return {
    type: 'plan.changed',
    data: {
      from: before,
      to: after,
      status: s.status,
      currentPeriodStart: s.currentPeriodStart.toISOString(),
      currentPeriodEnd: s.currentPeriodEnd.toISOString(),
    },
  };
}

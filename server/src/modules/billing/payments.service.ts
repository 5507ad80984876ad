import Stripe from 'stripe';
import type { Clock } from '../../platform/clock';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { AppError, badInput } from '../../platform/errors';
import { idempotentExternal, type ExternalAttempt } from '../../platform/idempotency';
import { MICRO_PER_CREDIT } from '../ledger/core';
import type { Plan, PlansCatalog } from '../plans/plans.catalog';
import { Workspace } from '../workspaces/workspace.entity';
import { AutoTopUp } from './billing.entities';
import { upgradeChargeCents, upgradeProration } from './core/proration';
import type { StripeGateway } from './stripe/stripe-gateway';
import { PlanSubscription } from './subscription.entity';

export const MAX_PACKS = 50;
export const REFUND_WINDOW_DAYS = 14;
/** How long an upgrade preview's moment can be confirmed at. */
export const PRORATION_PREVIEW_MS = 3_600_000;

export interface CheckoutResult {
  sessionId: string;
  url: string;
}

export interface PlanChangeResult {
  kind: 'UPGRADE' | 'DOWNGRADE';
  fromPlan: string;
  toPlan: string;
  effectiveAt: string;
  /** Upgrades: the credits granted once the prorated invoice is paid. */
  prorationCreditsMicro: number;
  /** Upgrades: the moment the proration is computed at (pass it back to change at exactly this share). */
  prorationDate: string | null;
  secondsLeft: number | null;
  periodSeconds: number | null;
  /** Upgrades: the prorated price difference charged today, in cents. */
  chargeTodayCents: number | null;
  status: 'PENDING_PAYMENT' | 'SCHEDULED';
}

const notAllowed = (message: string) => new AppError('PLAN_CHANGE_NOT_ALLOWED', message);

/** Payments the owner starts: every Stripe call carries an idempotency key derived from ours. */
export class PaymentsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly config: Config,
    private readonly plans: PlansCatalog,
    private readonly gateway: () => StripeGateway,
    /** After auto top-up settings change: servers drop what they cached of them (AutoTopUpService). */
    private readonly autoTopUpChanged: (workspaceId: string) => void = () => undefined,
  ) {}

  private get stripe(): Stripe {
    return this.gateway().stripe;
  }

  private returnUrl(path: string, appUrl: string): string {
    return `${this.config.PUBLIC_URL ?? appUrl}${path}`;
  }

  /** The workspace's Stripe customer, created once (concurrent first purchases agree on one). */
  async ensureCustomer(workspaceId: string): Promise<string> {
    const ws = await this.db.read().findOneOrFail(Workspace, { id: workspaceId });
    if (ws.stripeCustomerId) return ws.stripeCustomerId;
    const customer = await this.stripe.customers.create(
      { name: ws.name, metadata: { workspaceId } },
      { idempotencyKey: `customer-${workspaceId}` },
    );
    await this.db.run(({ em }) =>
      em.nativeUpdate(Workspace, { id: workspaceId, stripeCustomerId: null }, { stripeCustomerId: customer.id }),
    );
    return (await this.db.read().findOneOrFail(Workspace, { id: workspaceId })).stripeCustomerId!;
  }

  async purchaseCredits(workspaceId: string, packs: number, key: string, appUrl: string): Promise<CheckoutResult> {
    if (!Number.isSafeInteger(packs) || packs < 1 || packs > MAX_PACKS) {
      throw badInput(`packs: a whole number from 1 to ${MAX_PACKS}`, 'packs');
    }
    const open = (stripeKey: string) => this.topUpCheckout(workspaceId, packs, appUrl, stripeKey);
    return idempotentExternal(
      this.db,
      { workspaceId, key, operation: 'purchaseCredits', params: { packs } },
      () => this.clock.now(),
      (attempt) => open(`topup-${attempt.id}`),
      (first, attempt) => this.usableCheckout(first, () => open(replacementKey('topup', attempt, first))),
    );
  }

  async subscribe(workspaceId: string, planCode: string, key: string, appUrl: string): Promise<CheckoutResult> {
    const plan = this.plans.get(planCode);
    const open = async (stripeKey: string) => {
      const current = await this.current(workspaceId);
      if (current && current.status !== 'CANCELED')
        throw notAllowed('This workspace already has a plan; change it instead');
      return this.planCheckout(workspaceId, plan, appUrl, stripeKey);
    };
    return idempotentExternal(
      this.db,
      { workspaceId, key, operation: 'subscribe', params: { plan: plan.code } },
      () => this.clock.now(),
      (attempt) => open(`subscribe-${attempt.id}`),
      (first, attempt) => this.usableCheckout(first, () => open(replacementKey('subscribe', attempt, first))),
    );
  }

  private async topUpCheckout(
    workspaceId: string,
    packs: number,
    appUrl: string,
    idempotencyKey: string,
  ): Promise<CheckoutResult> {
    const customer = await this.ensureCustomer(workspaceId);
    const metadata = { workspaceId, kind: 'topup', packs: String(packs) };
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        customer,
        client_reference_id: workspaceId,
        line_items: [{ price: this.gateway().prices.topUpPriceId, quantity: packs }],
        metadata,
        payment_intent_data: { metadata, setup_future_usage: 'off_session' },
        success_url: this.returnUrl('/settings/billing?checkout=success&session={CHECKOUT_SESSION_ID}', appUrl),
        cancel_url: this.returnUrl('/settings/billing?checkout=canceled', appUrl),
      },
      { idempotencyKey },
    );
    return { sessionId: session.id, url: session.url! };
  }

  private async planCheckout(
    workspaceId: string,
    plan: Plan,
    appUrl: string,
    idempotencyKey: string,
  ): Promise<CheckoutResult> {
    const customer = await this.ensureCustomer(workspaceId);
    const metadata = { workspaceId, plan: plan.code };
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: 'subscription',
        customer,
        client_reference_id: workspaceId,
        line_items: [{ price: this.gateway().prices.planPriceId(plan), quantity: 1 }],
        metadata,
        subscription_data: { metadata },
        success_url: this.returnUrl('/settings/billing?checkout=success&session={CHECKOUT_SESSION_ID}', appUrl),
        cancel_url: this.returnUrl('/settings/billing?checkout=canceled', appUrl),
      },
      { idempotencyKey },
    );
    return { sessionId: session.id, url: session.url! };
  }

  /**
   * The recorded checkout while it can still be paid (or once it was), else a new one in its place:
   * a session expires 24 hours after it was made, or earlier when expired explicitly.
   */
  private async usableCheckout(first: CheckoutResult, replace: () => Promise<CheckoutResult>): Promise<CheckoutResult> {
    let session: Stripe.Checkout.Session = await this.stripe.checkout.sessions.retrieve(first.sessionId);
    if (session.status === 'open' && session.expires_at * 1000 <= this.clock.now().getTime()) {
      session = await this.expireCheckout(session.id);
    }
    return session.status === 'expired' ? replace() : first;
  }

  /** Stripe expires a session past `expires_at` on its own, a little later; expiring it now closes that gap. */
  private async expireCheckout(sessionId: string): Promise<Stripe.Checkout.Session> {
    try {
      return await this.stripe.checkout.sessions.expire(sessionId);
    } catch (err) {
      // Paid or expired in the meantime: what it is now decides.
      if (err instanceof Stripe.errors.StripeInvalidRequestError)
        return this.stripe.checkout.sessions.retrieve(sessionId);
      throw err;
    }
  }

  /** What a change to `planCode` would do now, without doing it (the plan picker shows this). */
  async preview(workspaceId: string, planCode: string): Promise<PlanChangeResult> {
    return this.plannedChange(await this.changeTarget(workspaceId, this.plans.get(planCode).code));
  }

  /**
   * The key is looked up before any check, so a retry gets the first answer even after the change
   * took effect (when the same request would now be refused).
   */
  /**
   * `prorationDate` (an upgrade's preview moment, at most an hour old and within the period) makes the
   * upgrade prorate at exactly the share the preview showed.
   */
  async changePlan(
    workspaceId: string,
    planCode: string,
    key: string,
    prorationDate?: Date | null,
  ): Promise<PlanChangeResult> {
    const to = this.plans.get(planCode);
    return idempotentExternal(
      this.db,
      { workspaceId, key, operation: 'changePlan', params: { plan: to.code } },
      () => this.clock.now(),
      async (attempt) => {
        const target = await this.changeTarget(workspaceId, to.code);
        const at = prorationDate ? this.checkedProrationDate(target.sub, prorationDate) : undefined;
        const change = this.plannedChange(target, at);
        if (change.kind === 'UPGRADE') await this.upgrade(target.sub, to, attempt, at);
        else await this.scheduleDowngrade(target.sub, to, attempt);
        return change;
      },
    );
  }

  private plannedChange({ sub, from, to }: ChangeTarget, prorationDate?: Date): PlanChangeResult {
    // Whole seconds, as Stripe prorates: the preview, the invoice and the grant then use one share.
    const now = prorationDate ?? new Date(Math.floor(this.clock.now().getTime() / 1000) * 1000);
    if (to.rank > from.rank) {
      const p = upgradeProration({
        fromPlan: from,
        toPlan: to,
        periodStart: sub.currentPeriodStart,
        periodEnd: sub.currentPeriodEnd,
        changedAt: now,
      });
      return {
        kind: 'UPGRADE',
        fromPlan: from.code,
        toPlan: to.code,
        effectiveAt: now.toISOString(),
        prorationCreditsMicro: p.grantMicro,
        status: 'PENDING_PAYMENT',
        prorationDate: now.toISOString(),
        secondsLeft: p.secondsLeft,
        periodSeconds: p.periodSeconds,
        chargeTodayCents: upgradeChargeCents(from.priceCents, to.priceCents, p.secondsLeft, p.periodSeconds),
      };
    }
    // The plan ends at the period end, so there is no renewal for a downgrade to take effect at.
    if (sub.cancelAtPeriodEnd) throw notAllowed('The plan ends at the end of this period; resume it first');
    return {
      kind: 'DOWNGRADE',
      fromPlan: from.code,
      toPlan: to.code,
      effectiveAt: sub.currentPeriodEnd.toISOString(),
      prorationCreditsMicro: 0,
      status: 'SCHEDULED',
      prorationDate: null,
      secondsLeft: null,
      periodSeconds: null,
      chargeTodayCents: null,
    };
  }

  async cancelScheduledChange(workspaceId: string): Promise<void> {
    const sub = await this.requireSubscription(workspaceId);
    if (!sub.scheduledPlanCode && !sub.stripeScheduleId) throw notAllowed('There is no scheduled plan change');
    await this.dropScheduledChange(sub);
  }

  /**
   * Within 14 days of the start: refund the subscription fee and end the plan now (its remaining
   * allocation is revoked when Stripe confirms). Later: cancel at the end of the period, which also
   * drops a scheduled downgrade (Stripe refuses to set a cancellation on a scheduled subscription).
   */
  async cancelSubscription(workspaceId: string): Promise<{ refunded: boolean; endsAt: Date }> {
    const sub = await this.requireSubscription(workspaceId);
    const now = this.clock.now();
    const withinWindow = now.getTime() - sub.startedAt.getTime() < REFUND_WINDOW_DAYS * 86_400_000;
    if (!withinWindow) {
      await this.dropScheduledChange(sub);
      await this.stripe.subscriptions.update(sub.stripeSubscriptionId!, { cancel_at_period_end: true });
      await this.db.run(({ em }) =>
        em.nativeUpdate(PlanSubscription, { id: sub.id }, { cancelAtPeriodEnd: true, updatedAt: now }),
      );
      return { refunded: false, endsAt: sub.currentPeriodEnd };
    }
    for await (const invoice of this.stripe.invoices.list({
      subscription: sub.stripeSubscriptionId!,
      status: 'paid',
      limit: 100,
    })) {
      for await (const payment of this.stripe.invoicePayments.list({ invoice: invoice.id!, limit: 10 })) {
        const pi = payment.payment?.payment_intent;
        if (pi && payment.status === 'paid') {
          await this.stripe.refunds.create(
            { payment_intent: typeof pi === 'string' ? pi : pi.id },
            { idempotencyKey: `refund-${invoice.id}` },
          );
        }
      }
    }
    await this.stripe.subscriptions.cancel(sub.stripeSubscriptionId!, { prorate: false });
    // Stripe has ended it: the snapshot says so at once (the webhook that follows revokes the allocation).
    await this.db.run(({ em }) =>
      em.nativeUpdate(
        PlanSubscription,
        { id: sub.id, status: { $ne: 'CANCELED' } },
        { status: 'CANCELED', updatedAt: now },
      ),
    );
    return { refunded: true, endsAt: now };
  }

  async resumeSubscription(workspaceId: string): Promise<void> {
    const sub = await this.requireSubscription(workspaceId);
    if (!sub.cancelAtPeriodEnd) throw notAllowed('The plan is not set to cancel');
    await this.stripe.subscriptions.update(sub.stripeSubscriptionId!, { cancel_at_period_end: false });
    await this.db.run(({ em }) =>
      em.nativeUpdate(PlanSubscription, { id: sub.id }, { cancelAtPeriodEnd: false, updatedAt: this.clock.now() }),
    );
  }

  async portalUrl(workspaceId: string, appUrl: string): Promise<string> {
    const customer = await this.ensureCustomer(workspaceId);
    const session = await this.stripe.billingPortal.sessions.create({
      customer,
      return_url: this.returnUrl('/settings/billing', appUrl),
    });
    return session.url;
  }

  async setAutoTopUp(
    workspaceId: string,
    input: { enabled: boolean; thresholdMicro: number; packs: number; monthlyCapPacks: number },
  ): Promise<AutoTopUp> {
    if (input.packs < 1 || input.packs > MAX_PACKS) throw badInput(`packs: 1 to ${MAX_PACKS}`, 'packs');
    if (input.monthlyCapPacks < input.packs || input.monthlyCapPacks > 500)
      throw badInput('monthlyCapPacks: at least packs, at most 500', 'monthlyCapPacks');
    if (input.thresholdMicro < MICRO_PER_CREDIT / 10 || input.thresholdMicro > 10_000 * MICRO_PER_CREDIT) {
      throw badInput('threshold: from 0.1 to 10,000 credits', 'threshold');
    }
    if (input.enabled) await this.ensureCustomer(workspaceId);
    return this.db.run(async (tx) => {
      const { em } = tx;
      tx.afterCommit(() => this.autoTopUpChanged(workspaceId));
      const row =
        (await em.findOne(AutoTopUp, { workspaceId })) ??
        em.create(AutoTopUp, { workspaceId, ...input, armed: true, updatedAt: this.clock.now() });
      Object.assign(row, input, { armed: true, updatedAt: this.clock.now() });
      return row;
    });
  }

  private async current(workspaceId: string): Promise<PlanSubscription | null> {
    return this.db.read().findOne(PlanSubscription, { workspace: workspaceId });
  }

  private async requireSubscription(workspaceId: string): Promise<PlanSubscription> {
    const sub = await this.current(workspaceId);
    if (!sub || !sub.stripeSubscriptionId || sub.status === 'CANCELED')
      throw notAllowed('This workspace has no active plan');
    return sub;
  }

  private async changeTarget(workspaceId: string, planCode: string): Promise<ChangeTarget> {
    const to = this.plans.get(planCode);
    const sub = await this.requireSubscription(workspaceId);
    const from = this.plans.get(sub.planCode);
    if (from.code === to.code) throw notAllowed(`The workspace is already on ${to.name}`);
    if (sub.status !== 'ACTIVE') throw notAllowed('Settle the failed payment before changing plan');
    return { sub, from, to };
  }

  /**
   * Now, with the prorated difference invoiced at once; nothing changes unless it is paid. A
   * scheduled downgrade is dropped first: left on the subscription, its next phase would undo the
   * upgrade at the renewal.
   */
  private checkedProrationDate(sub: PlanSubscription, date: Date): Date {
    const at = new Date(Math.floor(date.getTime() / 1000) * 1000);
    const now = this.clock.now().getTime();
    if (at.getTime() > now || now - at.getTime() > PRORATION_PREVIEW_MS || at < sub.currentPeriodStart) {
      throw badInput('prorationDate: the preview is out of date; look at the preview again', 'prorationDate');
    }
    return at;
  }

  private async upgrade(sub: PlanSubscription, to: Plan, attempt: ExternalAttempt, at?: Date): Promise<void> {
    await this.dropScheduledChange(sub);
    const current = await this.stripe.subscriptions.retrieve(sub.stripeSubscriptionId!);
    try {
      await this.stripe.subscriptions.update(
        current.id,
        {
          items: [{ id: current.items.data[0]!.id, price: this.gateway().prices.planPriceId(to) }],
          proration_behavior: 'always_invoice',
          payment_behavior: 'pending_if_incomplete',
          ...(at ? { proration_date: Math.floor(at.getTime() / 1000) } : {}),
          metadata: { ...current.metadata, plan: to.code },
        },
        { idempotencyKey: `upgrade-${attempt.id}` },
      );
    } catch (err) {
      if (err instanceof Stripe.errors.StripeCardError) {
        throw new AppError('PAYMENT_FAILED', `The payment for the upgrade failed: ${err.message}`);
      }
      throw err;
    }
  }

  /**
   * At the next renewal, through a subscription schedule whose second phase has the lower price. The
   * schedule is the one Stripe has on the subscription (a stored id may be of one released since).
   */
  private async scheduleDowngrade(sub: PlanSubscription, to: Plan, attempt: ExternalAttempt): Promise<void> {
    const subscriptionId = sub.stripeSubscriptionId!;
    const scheduleId =
      (await this.attachedSchedule(subscriptionId)) ??
      (
        await this.stripe.subscriptionSchedules.create(
          { from_subscription: subscriptionId },
          { idempotencyKey: `schedule-${attempt.id}` },
        )
      ).id;
    const schedule = await this.stripe.subscriptionSchedules.retrieve(scheduleId);
    // After a renewal the schedule's first phase is one that already ran; past phases may be left out.
    const phase =
      schedule.phases.find((ph) => ph.start_date === schedule.current_phase?.start_date) ?? schedule.phases[0]!;
    const currentPrice = phase.items[0]!.price;
    await this.stripe.subscriptionSchedules.update(scheduleId, {
      end_behavior: 'release',
      phases: [
        {
          items: [{ price: typeof currentPrice === 'string' ? currentPrice : currentPrice.id, quantity: 1 }],
          start_date: phase.start_date,
          end_date: phase.end_date,
        },
        { items: [{ price: this.gateway().prices.planPriceId(to), quantity: 1 }] },
      ],
    });
    await this.db.run(({ em }) =>
      em.nativeUpdate(
        PlanSubscription,
        { id: sub.id },
        { scheduledPlanCode: to.code, stripeScheduleId: scheduleId, updatedAt: this.clock.now() },
      ),
    );
  }

  /**
   * Releases the schedule Stripe has on the subscription, if any, and forgets the scheduled plan. It
   * asks Stripe rather than trusting the stored id, so state left by a schedule released elsewhere
   * (the dashboard, an earlier failure) is repaired rather than failing on a schedule already gone.
   */
  private async dropScheduledChange(sub: PlanSubscription): Promise<void> {
    const scheduleId = await this.attachedSchedule(sub.stripeSubscriptionId!);
    if (scheduleId) await this.stripe.subscriptionSchedules.release(scheduleId);
    if (!sub.scheduledPlanCode && !sub.stripeScheduleId) return;
    await this.db.run(({ em }) =>
      em.nativeUpdate(
        PlanSubscription,
        { id: sub.id },
        { scheduledPlanCode: null, stripeScheduleId: null, updatedAt: this.clock.now() },
      ),
    );
  }

  private async attachedSchedule(subscriptionId: string): Promise<string | null> {
    const { schedule } = await this.stripe.subscriptions.retrieve(subscriptionId);
    return typeof schedule === 'string' ? schedule : (schedule?.id ?? null);
  }
}

interface ChangeTarget {
  sub: PlanSubscription;
  from: Plan;
  to: Plan;
}

/** Stripe's key for the checkout that replaces an expired one: retries of the same replacement agree. */
const replacementKey = (kind: string, attempt: ExternalAttempt, expired: CheckoutResult) =>
  `${kind}-${attempt.id}-after-${expired.sessionId}`;

import type { MikroORM } from '@mikro-orm/core';
import Stripe from 'stripe';
import type { Clock } from '../../platform/clock';
import type { Config } from '../../platform/config';
import { AppError, badInput } from '../../platform/errors';
import { idempotentExternal } from '../../platform/idempotency';
import { MICRO_PER_CREDIT } from '../ledger/core';
import type { Plan, PlansCatalog } from '../plans/plans.catalog';
import { Workspace } from '../workspaces/workspace.entity';
import { AutoTopUp } from './billing.entities';
import { upgradeProration } from './core/proration';
import type { StripeGateway } from './stripe/stripe-gateway';
import { PlanSubscription } from './subscription.entity';

export const MAX_PACKS = 50;
export const REFUND_WINDOW_DAYS = 14;

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
  status: 'PENDING_PAYMENT' | 'SCHEDULED';
}

const notAllowed = (message: string) => new AppError('PLAN_CHANGE_NOT_ALLOWED', message);

/** Payments the owner starts: every Stripe call carries an idempotency key derived from ours. */
export class PaymentsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly config: Config,
    private readonly plans: PlansCatalog,
    private readonly gateway: () => StripeGateway,
  ) {}

  private get stripe(): Stripe {
    return this.gateway().stripe;
  }

  private returnUrl(path: string, appUrl: string): string {
    return `${this.config.PUBLIC_URL ?? appUrl}${path}`;
  }

  /** The workspace's Stripe customer, created once (concurrent first purchases agree on one). */
  async ensureCustomer(workspaceId: string): Promise<string> {
    const em = this.orm.em.fork();
    const ws = await em.findOneOrFail(Workspace, { id: workspaceId });
    if (ws.stripeCustomerId) return ws.stripeCustomerId;
    const customer = await this.stripe.customers.create(
      { name: ws.name, metadata: { workspaceId } },
      { idempotencyKey: `customer-${workspaceId}` },
    );
    await em.nativeUpdate(Workspace, { id: workspaceId, stripeCustomerId: null }, { stripeCustomerId: customer.id });
    return (await this.orm.em.fork().findOneOrFail(Workspace, { id: workspaceId })).stripeCustomerId!;
  }

  async purchaseCredits(workspaceId: string, packs: number, key: string, appUrl: string): Promise<CheckoutResult> {
    if (!Number.isSafeInteger(packs) || packs < 1 || packs > MAX_PACKS) {
      throw badInput(`packs: a whole number from 1 to ${MAX_PACKS}`, 'packs');
    }
    return idempotentExternal(
      this.orm,
      { workspaceId, key, operation: 'purchaseCredits', params: { packs } },
      () => this.clock.now(),
      async () => {
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
          { idempotencyKey: `topup-${workspaceId}-${key}` },
        );
        return { sessionId: session.id, url: session.url! };
      },
    );
  }

  async subscribe(workspaceId: string, planCode: string, key: string, appUrl: string): Promise<CheckoutResult> {
    const plan = this.plans.get(planCode);
    const current = await this.current(workspaceId);
    if (current && current.status !== 'CANCELED')
      throw notAllowed('This workspace already has a plan; change it instead');
    return idempotentExternal(
      this.orm,
      { workspaceId, key, operation: 'subscribe', params: { plan: plan.code } },
      () => this.clock.now(),
      async () => {
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
          { idempotencyKey: `subscribe-${workspaceId}-${key}` },
        );
        return { sessionId: session.id, url: session.url! };
      },
    );
  }

  /** What a change to `planCode` would do now, without doing it (the plan picker shows this). */
  async preview(workspaceId: string, planCode: string): Promise<PlanChangeResult> {
    const { sub, from, to } = await this.changeTarget(workspaceId, planCode);
    const now = this.clock.now();
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
      };
    }
    return {
      kind: 'DOWNGRADE',
      fromPlan: from.code,
      toPlan: to.code,
      effectiveAt: sub.currentPeriodEnd.toISOString(),
      prorationCreditsMicro: 0,
      status: 'SCHEDULED',
    };
  }

  async changePlan(workspaceId: string, planCode: string, key: string): Promise<PlanChangeResult> {
    const preview = await this.preview(workspaceId, planCode);
    return idempotentExternal(
      this.orm,
      { workspaceId, key, operation: 'changePlan', params: { plan: planCode } },
      () => this.clock.now(),
      async () => {
        const { sub, to } = await this.changeTarget(workspaceId, planCode);
        if (preview.kind === 'UPGRADE') {
          await this.upgrade(sub, to, key);
          return preview;
        }
        const scheduleId = await this.scheduleDowngrade(sub, to, key);
        await this.orm.em
          .fork()
          .nativeUpdate(
            PlanSubscription,
            { id: sub.id },
            { scheduledPlanCode: to.code, stripeScheduleId: scheduleId, updatedAt: this.clock.now() },
          );
        return preview;
      },
    );
  }

  async cancelScheduledChange(workspaceId: string): Promise<void> {
    const sub = await this.requireSubscription(workspaceId);
    if (!sub.stripeScheduleId) throw notAllowed('There is no scheduled plan change');
    await this.stripe.subscriptionSchedules.release(sub.stripeScheduleId);
    await this.orm.em
      .fork()
      .nativeUpdate(
        PlanSubscription,
        { id: sub.id },
        { scheduledPlanCode: null, stripeScheduleId: null, updatedAt: this.clock.now() },
      );
  }

  /**
   * Within 14 days of the start: refund the subscription fee and end the plan now (its remaining
   * allocation is revoked when Stripe confirms). Later: cancel at the end of the period.
   */
  async cancelSubscription(workspaceId: string): Promise<{ refunded: boolean; endsAt: Date }> {
    const sub = await this.requireSubscription(workspaceId);
    const now = this.clock.now();
    const withinWindow = now.getTime() - sub.startedAt.getTime() < REFUND_WINDOW_DAYS * 86_400_000;
    if (!withinWindow) {
      await this.stripe.subscriptions.update(sub.stripeSubscriptionId!, { cancel_at_period_end: true });
      await this.orm.em
        .fork()
        .nativeUpdate(PlanSubscription, { id: sub.id }, { cancelAtPeriodEnd: true, updatedAt: now });
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
    return { refunded: true, endsAt: now };
  }

  async resumeSubscription(workspaceId: string): Promise<void> {
    const sub = await this.requireSubscription(workspaceId);
    if (!sub.cancelAtPeriodEnd) throw notAllowed('The plan is not set to cancel');
    await this.stripe.subscriptions.update(sub.stripeSubscriptionId!, { cancel_at_period_end: false });
    await this.orm.em
      .fork()
      .nativeUpdate(PlanSubscription, { id: sub.id }, { cancelAtPeriodEnd: false, updatedAt: this.clock.now() });
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
    const em = this.orm.em.fork();
    const row =
      (await em.findOne(AutoTopUp, { workspaceId })) ??
      em.create(AutoTopUp, { workspaceId, ...input, armed: true, updatedAt: this.clock.now() });
    Object.assign(row, input, { armed: true, updatedAt: this.clock.now() });
    await em.flush();
    return row;
  }

  private async current(workspaceId: string): Promise<PlanSubscription | null> {
    return this.orm.em.fork().findOne(PlanSubscription, { workspace: workspaceId });
  }

  private async requireSubscription(workspaceId: string): Promise<PlanSubscription> {
    const sub = await this.current(workspaceId);
    if (!sub || !sub.stripeSubscriptionId || sub.status === 'CANCELED')
      throw notAllowed('This workspace has no active plan');
    return sub;
  }

  private async changeTarget(
    workspaceId: string,
    planCode: string,
  ): Promise<{ sub: PlanSubscription; from: Plan; to: Plan }> {
    const to = this.plans.get(planCode);
    const sub = await this.requireSubscription(workspaceId);
    const from = this.plans.get(sub.planCode);
    if (from.code === to.code) throw notAllowed(`The workspace is already on ${to.name}`);
    if (sub.status !== 'ACTIVE') throw notAllowed('Settle the failed payment before changing plan');
    return { sub, from, to };
  }

  /** Now, with the prorated difference invoiced at once; nothing changes unless it is paid. */
  private async upgrade(sub: PlanSubscription, to: Plan, key: string): Promise<void> {
    if (sub.stripeScheduleId) await this.stripe.subscriptionSchedules.release(sub.stripeScheduleId);
    const current = await this.stripe.subscriptions.retrieve(sub.stripeSubscriptionId!);
    try {
      await this.stripe.subscriptions.update(
        current.id,
        {
          items: [{ id: current.items.data[0]!.id, price: this.gateway().prices.planPriceId(to) }],
          proration_behavior: 'always_invoice',
          payment_behavior: 'pending_if_incomplete',
          metadata: { ...current.metadata, plan: to.code },
        },
        { idempotencyKey: `upgrade-${sub.workspace}-${key}` },
      );
    } catch (err) {
      if (err instanceof Stripe.errors.StripeCardError) {
        throw new AppError('PAYMENT_FAILED', `The payment for the upgrade failed: ${err.message}`);
      }
      throw err;
    }
  }

  /** At the next renewal, through a subscription schedule whose second phase has the lower price. */
  private async scheduleDowngrade(sub: PlanSubscription, to: Plan, key: string): Promise<string> {
    const scheduleId =
      sub.stripeScheduleId ??
      (
        await this.stripe.subscriptionSchedules.create(
          { from_subscription: sub.stripeSubscriptionId! },
          { idempotencyKey: `schedule-${sub.workspace}-${key}` },
        )
      ).id;
    const schedule = await this.stripe.subscriptionSchedules.retrieve(scheduleId);
    const phase = schedule.phases[0]!;
    const currentPrice = phase.items[0]!.price;
    await this.stripe.subscriptionSchedules.update(scheduleId, {
      end_behavior: 'release',
      phases: [
        {
          items: [{ price: typeof currentPrice === 'string' ? currentPrice : currentPrice.id, quantity: 1 }],
          start_date: phase.start_date,
          end_date: Math.floor(sub.currentPeriodEnd.getTime() / 1000),
        },
        { items: [{ price: this.gateway().prices.planPriceId(to), quantity: 1 }] },
      ],
    });
    return scheduleId;
  }
}

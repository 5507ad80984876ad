import type { MikroORM } from '@mikro-orm/core';
import type Stripe from 'stripe';
import type { Logger } from '../../../platform/logger';
import { Workspace } from '../../workspaces/workspace.entity';
import type { BillingEffect, SubscriptionSnapshot } from '../billing-effects';
import type { SubscriptionStatus } from '../subscription.entity';
import type { PriceBook } from './stripe-gateway';

const idOf = (x: string | { id: string } | null | undefined): string | null =>
  typeof x === 'string' ? x : (x?.id ?? null);
const at = (unix: number) => new Date(unix * 1000);

const STATUS: Record<Stripe.Subscription.Status, SubscriptionStatus> = {
  active: 'ACTIVE',
  trialing: 'ACTIVE',
  past_due: 'PAST_DUE',
  unpaid: 'PAST_DUE',
  canceled: 'CANCELED',
  incomplete: 'INCOMPLETE',
  incomplete_expired: 'CANCELED',
  paused: 'PAST_DUE',
};

/**
 * Turns a verified Stripe event into billing effects. Reads from Stripe when the event alone is not
 * enough (events arrive in any order), so it runs before, not inside, the database transaction.
 */
export class StripeEventInterpreter {
  constructor(
    private readonly orm: MikroORM,
    private readonly stripe: Stripe,
    private readonly prices: PriceBook,
    private readonly logger: Logger,
  ) {}

  async effects(event: Stripe.Event): Promise<BillingEffect[]> {
    switch (event.type) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded':
        return this.checkoutCompleted(event.data.object, event.id);
      case 'payment_intent.succeeded':
        return this.paymentSucceeded(event.data.object, event.id);
      case 'payment_intent.payment_failed':
        return this.paymentFailed(event.data.object);
      case 'invoice.paid':
        return this.invoicePaid(event.data.object);
      case 'invoice.payment_failed':
        return this.invoiceFailed(event.data.object);
      case 'customer.subscription.created':
      case 'customer.subscription.updated':
        return this.subscriptionChanged(event.data.object);
      case 'customer.subscription.deleted':
        return this.subscriptionDeleted(event.data.object);
      case 'charge.refunded':
        return this.chargeReversed(event.data.object, 'refund', event.data.object.amount_refunded);
      case 'charge.dispute.created':
        return this.disputeOpened(event.data.object);
      default:
        return [];
    }
  }

  /** Workspace of a Stripe customer: the id we stored when we created it, else the metadata we set. */
  private async workspaceOf(
    customer: string | { id: string } | null,
    metadata?: Stripe.Metadata | null,
  ): Promise<string | null> {
    const customerId = idOf(customer);
    if (customerId) {
      const ws = await this.orm.em.fork().findOne(Workspace, { stripeCustomerId: customerId }, { fields: ['id'] });
      if (ws) return ws.id;
    }
    return metadata?.workspaceId ?? null;
  }

  private async checkoutCompleted(session: Stripe.Checkout.Session, eventId: string): Promise<BillingEffect[]> {
    const workspaceId = await this.workspaceOf(session.customer, session.metadata);
    if (!workspaceId) return [];
    if (session.mode === 'subscription') {
      const subId = idOf(session.subscription);
      return subId ? [await this.syncEffect(workspaceId, await this.stripe.subscriptions.retrieve(subId))] : [];
    }
    if (session.payment_status !== 'paid' || session.metadata?.kind !== 'topup') return [];
    const pi = idOf(session.payment_intent);
    if (!pi) return [];
    return [this.topUp(workspaceId, pi, session.id, session.metadata, session.amount_total ?? 0, eventId)];
  }

  private async paymentSucceeded(pi: Stripe.PaymentIntent, eventId: string): Promise<BillingEffect[]> {
    const kind = pi.metadata?.kind;
    if (kind !== 'topup' && kind !== 'auto_topup') return [];
    const workspaceId = await this.workspaceOf(pi.customer, pi.metadata);
    if (!workspaceId) return [];
    const effects = [this.topUp(workspaceId, pi.id, null, pi.metadata, pi.amount_received || pi.amount, eventId)];
    if (kind === 'auto_topup') effects.push({ kind: 'resolveNotices', workspaceId, notice: 'AUTO_TOPUP_DISABLED' });
    return effects;
  }

  private topUp(
    workspaceId: string,
    paymentIntentId: string,
    sessionId: string | null,
    metadata: Stripe.Metadata | null,
    amountCents: number,
    eventId: string,
  ): BillingEffect {
    const packs = Number(metadata?.packs);
    return {
      kind: 'topUpPaid',
      workspaceId,
      paymentIntentId,
      checkoutSessionId: sessionId,
      packs: Number.isSafeInteger(packs) && packs > 0 ? packs : 1,
      amountCents,
      automatic: metadata?.kind === 'auto_topup',
      eventId,
    };
  }

  private async paymentFailed(pi: Stripe.PaymentIntent): Promise<BillingEffect[]> {
    if (pi.metadata?.kind !== 'auto_topup') return [];
    const workspaceId = await this.workspaceOf(pi.customer, pi.metadata);
    if (!workspaceId) return [];
    const reason = pi.last_payment_error?.message ?? 'the card was declined';
    return [
      { kind: 'disableAutoTopUp', workspaceId },
      {
        kind: 'notice',
        workspaceId,
        notice: 'AUTO_TOPUP_DISABLED',
        message: `Auto top-up is off: the payment failed (${reason}). Update your card, then turn it on again.`,
      },
    ];
  }

  private subscriptionOf(invoice: Stripe.Invoice): string | null {
    return idOf(invoice.parent?.subscription_details?.subscription ?? null);
  }

  private async invoicePaid(invoice: Stripe.Invoice): Promise<BillingEffect[]> {
    const workspaceId = await this.workspaceOf(invoice.customer, invoice.parent?.subscription_details?.metadata);
    const subId = this.subscriptionOf(invoice);
    if (!workspaceId || !subId || !invoice.id) return [];
    const lines = await this.lines(invoice);
    const sync = await this.syncEffect(workspaceId, await this.stripe.subscriptions.retrieve(subId));
    const resolve: BillingEffect = { kind: 'resolveNotices', workspaceId, notice: 'PAYMENT_FAILED' };
    if (invoice.billing_reason === 'subscription_create' || invoice.billing_reason === 'subscription_cycle') {
      const line = lines.find((l) => l.amount >= 0 && this.planOfLine(l));
      if (!line) return [sync, resolve];
      const plan = this.planOfLine(line)!;
      const renewal = invoice.billing_reason === 'subscription_cycle';
      return [
        sync,
        resolve,
        {
          kind: 'allocation',
          workspaceId,
          invoiceId: invoice.id,
          plan,
          periodStart: at(line.period.start),
          periodEnd: at(line.period.end),
          renewal,
        },
      ];
    }
    if (invoice.billing_reason === 'subscription_update') {
      const credit = lines.find((l) => l.amount < 0 && this.planOfLine(l));
      const debit = lines.find((l) => l.amount > 0 && this.planOfLine(l));
      const from = credit && this.planOfLine(credit);
      const to = debit && this.planOfLine(debit);
      if (!from || !to || to.creditsMicro <= from.creditsMicro || sync.kind !== 'syncSubscription')
        return [sync, resolve];
      return [
        sync,
        resolve,
        {
          kind: 'proration',
          workspaceId,
          invoiceId: invoice.id,
          from,
          to,
          periodStart: sync.snapshot.currentPeriodStart,
          periodEnd: at(debit!.period.end),
          changedAt: at(debit!.period.start),
        },
      ];
    }
    return [sync, resolve];
  }

  private async invoiceFailed(invoice: Stripe.Invoice): Promise<BillingEffect[]> {
    const workspaceId = await this.workspaceOf(invoice.customer, invoice.parent?.subscription_details?.metadata);
    const subId = this.subscriptionOf(invoice);
    if (!workspaceId || !subId) return [];
    const retry = invoice.next_payment_attempt
      ? ` Stripe will try again on ${at(invoice.next_payment_attempt).toDateString()}.`
      : '';
    return [
      await this.syncEffect(workspaceId, await this.stripe.subscriptions.retrieve(subId)),
      {
        kind: 'notice',
        workspaceId,
        notice: 'PAYMENT_FAILED',
        message: `Your subscription payment of $${(invoice.amount_due / 100).toFixed(2)} failed; no new credits until it is paid.${retry} Update your card in the customer portal.`,
      },
    ];
  }

  private async subscriptionChanged(sub: Stripe.Subscription): Promise<BillingEffect[]> {
    const workspaceId = await this.workspaceOf(sub.customer, sub.metadata);
    return workspaceId ? [await this.syncEffect(workspaceId, sub)] : [];
  }

  private async subscriptionDeleted(sub: Stripe.Subscription): Promise<BillingEffect[]> {
    const workspaceId = await this.workspaceOf(sub.customer, sub.metadata);
    if (!workspaceId) return [];
    return [await this.syncEffect(workspaceId, sub), { kind: 'revokeAllocation', workspaceId, reason: 'Plan ended' }];
  }

  private async chargeReversed(
    charge: Stripe.Charge,
    cause: 'refund' | 'dispute',
    totalCents: number,
  ): Promise<BillingEffect[]> {
    const piId = idOf(charge.payment_intent);
    if (!piId) return [];
    // The refund may arrive before the payment's own events: record the payment first, from Stripe.
    const pi = await this.stripe.paymentIntents.retrieve(piId);
    const paid = await this.paymentSucceeded(pi, `reread:${piId}`);
    if (!paid.length) return [];
    const workspaceId = (paid[0] as { workspaceId: string }).workspaceId;
    return [...paid, { kind: 'topUpReversed', workspaceId, paymentIntentId: piId, totalCents, cause }];
  }

  private async disputeOpened(dispute: Stripe.Dispute): Promise<BillingEffect[]> {
    const chargeId = idOf(dispute.charge);
    if (!chargeId) return [];
    return this.chargeReversed(await this.stripe.charges.retrieve(chargeId), 'dispute', dispute.amount);
  }

  private planOfLine(line: Stripe.InvoiceLineItem) {
    const price = line.pricing?.price_details?.price;
    return price ? this.prices.planForPrice(typeof price === 'string' ? price : price.id) : undefined;
  }

  private async lines(invoice: Stripe.Invoice): Promise<Stripe.InvoiceLineItem[]> {
    if (invoice.lines && !invoice.lines.has_more) return invoice.lines.data;
    const all: Stripe.InvoiceLineItem[] = [];
    for await (const line of this.stripe.invoices.listLineItems(invoice.id!, { limit: 100 })) all.push(line);
    return all;
  }

  private async syncEffect(workspaceId: string, sub: Stripe.Subscription): Promise<BillingEffect> {
    const item = sub.items.data[0];
    const plan = item ? this.prices.planForPrice(item.price.id) : undefined;
    if (!item || !plan) {
      this.logger.warn({ subscription: sub.id }, 'subscription without a known plan price');
      return { kind: 'resolveNotices', workspaceId, notice: 'SUBSCRIPTION_CANCELED' };
    }
    const snapshot: SubscriptionSnapshot = {
      stripeSubscriptionId: sub.id,
      planCode: plan.code,
      status: STATUS[sub.status] ?? 'PAST_DUE',
      startedAt: at(sub.start_date),
      currentPeriodStart: at(item.current_period_start),
      currentPeriodEnd: at(item.current_period_end),
      cancelAtPeriodEnd: sub.cancel_at_period_end,
    };
    return { kind: 'syncSubscription', workspaceId, snapshot };
  }
}

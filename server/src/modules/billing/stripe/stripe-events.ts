import type Stripe from 'stripe';
import type { Db } from '../../../platform/db';
import type { Logger } from '../../../platform/logger';
import { Workspace } from '../../workspaces/workspace.entity';
import type { BillingEffect, PaymentRef, SubscriptionSnapshot } from '../billing-effects';
import type { DisputeStatus } from '../billing.entities';
import { isLivePeriod } from '../core/subscription-order';
import type { TopUpFacts } from '../core/top-up';
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

/** Inquiries (`warning_*`) and prevented disputes move no money, so they take no credits. */
const DISPUTE_STATUS: Partial<Record<Stripe.Dispute.Status, DisputeStatus>> = {
  needs_response: 'OPEN',
  under_review: 'OPEN',
  appeal_needs_response: 'OPEN',
  appeal_under_review: 'OPEN',
  won: 'WON',
  lost: 'LOST',
};

/** The event being interpreted: its id, and its `created` time, which orders views of a subscription. */
interface EventRef {
  id: string;
  at: Date;
}

/** A payment's reference and the effects that record the payment itself first (its grant may not exist yet). */
interface PaymentFound {
  ref: PaymentRef;
  recordFirst: BillingEffect[];
}

/**
 * Turns a verified Stripe event into billing effects. Reads from Stripe when the event alone is not
 * enough (events arrive in any order), so it runs before, not inside, the database transaction.
 */
export class StripeEventInterpreter {
  constructor(
    private readonly db: Db,
    private readonly stripe: Stripe,
    private readonly prices: PriceBook,
    private readonly logger: Logger,
  ) {}

  async effects(event: Stripe.Event): Promise<BillingEffect[]> {
    const ref: EventRef = { id: event.id, at: at(event.created) };
    switch (event.type) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded':
        return this.checkoutCompleted(event.data.object, ref);
      case 'payment_intent.succeeded':
        return this.paymentSucceeded(event.data.object, ref);
      case 'payment_intent.payment_failed':
        return this.paymentFailed(event.data.object);
      case 'invoice.paid':
        return this.invoicePaid(event.data.object, ref);
      case 'invoice.payment_failed':
        return this.invoiceFailed(event.data.object, ref);
      case 'customer.subscription.created':
      case 'customer.subscription.updated':
      case 'customer.subscription.pending_update_applied':
        return this.subscriptionChanged(event.data.object, ref);
      case 'customer.subscription.deleted':
        return this.subscriptionDeleted(event.data.object, ref);
      case 'charge.refunded':
        return this.chargeRefunded(event.data.object, ref);
      case 'charge.dispute.created':
      case 'charge.dispute.updated':
      case 'charge.dispute.closed':
      case 'charge.dispute.funds_reinstated':
        return this.disputeChanged(event.data.object, ref);
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
      const ws = await this.db.read().findOne(Workspace, { stripeCustomerId: customerId }, { fields: ['id'] });
      if (ws) return ws.id;
    }
    return metadata?.workspaceId ?? null;
  }

  // ——— top-ups ———

  private async checkoutCompleted(session: Stripe.Checkout.Session, ref: EventRef): Promise<BillingEffect[]> {
    const workspaceId = await this.workspaceOf(session.customer, session.metadata);
    if (!workspaceId) return [];
    if (session.mode === 'subscription') {
      const subId = idOf(session.subscription);
      return subId ? [await this.syncEffect(workspaceId, await this.stripe.subscriptions.retrieve(subId), ref)] : [];
    }
    const piId = idOf(session.payment_intent);
    if (session.payment_status !== 'paid' || session.metadata?.kind !== 'topup' || !piId) return [];
    const pi = await this.stripe.paymentIntents.retrieve(piId);
    return this.topUpEffects(workspaceId, pi, session.id, await this.pricedPacks(session.id), ref);
  }

  private async paymentSucceeded(pi: Stripe.PaymentIntent, ref: EventRef): Promise<BillingEffect[]> {
    const kind = pi.metadata?.kind;
    if (kind !== 'topup' && kind !== 'auto_topup') return [];
    const workspaceId = await this.workspaceOf(pi.customer, pi.metadata);
    if (!workspaceId) return [];
    // A checkout's payment is granted from what the checkout priced, whichever of its events comes first.
    const session = kind === 'topup' ? await this.checkoutOf(pi.id) : null;
    const priced = session ? await this.pricedPacks(session) : null;
    const effects = this.topUpEffects(workspaceId, pi, session, priced, ref);
    if (kind === 'auto_topup') effects.push({ kind: 'resolveNotices', workspaceId, notice: 'AUTO_TOPUP_DISABLED' });
    return effects;
  }

  /** The facts a top-up is granted from: the money received, what was priced, what the metadata asked for. */
  private topUpEffects(
    workspaceId: string,
    pi: Stripe.PaymentIntent,
    sessionId: string | null,
    priced: TopUpFacts['priced'],
    ref: EventRef,
  ): BillingEffect[] {
    if (pi.status !== 'succeeded') return [];
    return [
      {
        kind: 'topUpPaid',
        workspaceId,
        paymentIntentId: pi.id,
        checkoutSessionId: sessionId,
        // The payment intent's metadata, on both paths, so both events describe the same purchase.
        facts: { paidCents: pi.amount_received, metadataPacks: pi.metadata?.packs, priced },
        automatic: pi.metadata?.kind === 'auto_topup',
        eventId: ref.id,
      },
    ];
  }

  private async checkoutOf(paymentIntentId: string): Promise<string | null> {
    const sessions = await this.stripe.checkout.sessions.list({ payment_intent: paymentIntentId, limit: 1 });
    return sessions.data[0]?.id ?? null;
  }

  /** Packs of our top-up price on a checkout's line items, that price's amount, and any other lines. */
  private async pricedPacks(sessionId: string): Promise<NonNullable<TopUpFacts['priced']>> {
    const priced = { packs: 0, unitCents: null as number | null, otherLines: 0 };
    for await (const line of this.stripe.checkout.sessions.listLineItems(sessionId, { limit: 100 })) {
      if (line.price?.id === this.prices.topUpPriceId) {
        priced.packs += line.quantity ?? 0;
        priced.unitCents = line.price.unit_amount;
      } else priced.otherLines += 1;
    }
    return priced;
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

  // ——— subscriptions and their invoices ———

  private subscriptionOf(invoice: Stripe.Invoice): string | null {
    return idOf(invoice.parent?.subscription_details?.subscription ?? null);
  }

  /**
   * A paid subscription invoice: the subscription as Stripe has it now, and the credits of the invoice if its
   * period is still live there. A failed-payment notice is resolved only once Stripe says nothing is overdue.
   */
  private async invoicePaid(invoice: Stripe.Invoice, ref: EventRef): Promise<BillingEffect[]> {
    const workspaceId = await this.workspaceOf(invoice.customer, invoice.parent?.subscription_details?.metadata);
    const subId = this.subscriptionOf(invoice);
    if (!workspaceId || !subId || !invoice.id) return [];
    const sub = await this.stripe.subscriptions.retrieve(subId);
    const effects = [await this.syncEffect(workspaceId, sub, ref)];
    if (sub.status !== 'past_due' && sub.status !== 'unpaid')
      effects.push({ kind: 'resolveNotices', workspaceId, notice: 'PAYMENT_FAILED' });
    return [...effects, ...(await this.invoiceCredits(workspaceId, invoice, sub))];
  }

  /** The allocation or proration an invoice pays for, if its period is still live at Stripe; else nothing. */
  private async invoiceCredits(
    workspaceId: string,
    invoice: Stripe.Invoice,
    sub: Stripe.Subscription,
  ): Promise<BillingEffect[]> {
    const item = sub.items.data[0];
    if (!item || !invoice.id) return [];
    const lines = await this.lines(invoice);
    const view = { canceled: STATUS[sub.status] === 'CANCELED', currentPeriodStart: at(item.current_period_start) };
    const base = { workspaceId, invoiceId: invoice.id, subscriptionId: sub.id };
    if (invoice.billing_reason === 'subscription_create' || invoice.billing_reason === 'subscription_cycle') {
      const line = lines.find((l) => l.amount >= 0 && this.planOfLine(l));
      if (!line || !isLivePeriod(view, at(line.period.start))) return [];
      return [
        {
          kind: 'allocation',
          ...base,
          plan: this.planOfLine(line)!,
          periodStart: at(line.period.start),
          periodEnd: at(line.period.end),
          renewal: invoice.billing_reason === 'subscription_cycle',
        },
      ];
    }
    if (invoice.billing_reason !== 'subscription_update') return [];
    const credit = lines.find((l) => l.amount < 0 && this.planOfLine(l));
    const debit = lines.find((l) => l.amount > 0 && this.planOfLine(l));
    const from = credit && this.planOfLine(credit);
    const to = debit && this.planOfLine(debit);
    if (!from || !to || to.creditsMicro <= from.creditsMicro || !isLivePeriod(view, at(debit!.period.start))) return [];
    return [
      {
        kind: 'proration',
        ...base,
        from,
        to,
        periodStart: at(item.current_period_start),
        periodEnd: at(debit!.period.end),
        changedAt: at(debit!.period.start),
      },
    ];
  }

  /** A failed payment is reported only while its invoice is still unpaid: a late event must not undo a retry. */
  private async invoiceFailed(invoice: Stripe.Invoice, ref: EventRef): Promise<BillingEffect[]> {
    const workspaceId = await this.workspaceOf(invoice.customer, invoice.parent?.subscription_details?.metadata);
    const subId = this.subscriptionOf(invoice);
    if (!workspaceId || !subId || !invoice.id) return [];
    const sync = await this.syncEffect(workspaceId, await this.stripe.subscriptions.retrieve(subId), ref);
    const current = await this.stripe.invoices.retrieve(invoice.id);
    if (current.status !== 'open') return [sync];
    const retry = current.next_payment_attempt
      ? ` Stripe will try again on ${at(current.next_payment_attempt).toDateString()}.`
      : '';
    return [
      sync,
      {
        kind: 'notice',
        workspaceId,
        notice: 'PAYMENT_FAILED',
        message: `Your subscription payment of $${(invoice.amount_due / 100).toFixed(2)} failed; no new credits until it is paid.${retry} Update your card in the customer portal.`,
      },
    ];
  }

  private async subscriptionChanged(sub: Stripe.Subscription, ref: EventRef): Promise<BillingEffect[]> {
    const workspaceId = await this.workspaceOf(sub.customer, sub.metadata);
    return workspaceId ? [await this.syncEffect(workspaceId, sub, ref)] : [];
  }

  private async subscriptionDeleted(sub: Stripe.Subscription, ref: EventRef): Promise<BillingEffect[]> {
    const workspaceId = await this.workspaceOf(sub.customer, sub.metadata);
    if (!workspaceId) return [];
    return [
      await this.syncEffect(workspaceId, sub, ref),
      { kind: 'revokeAllocation', workspaceId, subscriptionId: sub.id, reason: 'Plan ended' },
    ];
  }

  // ——— refunds and disputes ———

  private async chargeRefunded(charge: Stripe.Charge, ref: EventRef): Promise<BillingEffect[]> {
    const payment = await this.paymentOf(charge, ref);
    if (!payment) return [];
    return [
      ...payment.recordFirst,
      { kind: 'paymentRefunded', payment: payment.ref, refundedCents: charge.amount_refunded },
    ];
  }

  /**
   * Every event about a dispute is read as the dispute's state now (re-read from Stripe), so its created and
   * closed events have the same effect in either order, and a redelivery none.
   */
  private async disputeChanged(event: Stripe.Dispute, ref: EventRef): Promise<BillingEffect[]> {
    const dispute = await this.stripe.disputes.retrieve(event.id);
    const status = DISPUTE_STATUS[dispute.status];
    const chargeId = idOf(dispute.charge);
    if (!status || !chargeId) return [];
    const payment = await this.paymentOf(await this.stripe.charges.retrieve(chargeId), ref);
    if (!payment) return [];
    return [
      ...payment.recordFirst,
      {
        kind: 'paymentDisputed',
        payment: payment.ref,
        disputeId: dispute.id,
        disputedCents: dispute.amount,
        status,
        refundedBeforeCents: await this.refundedBefore(chargeId, dispute.created),
      },
    ];
  }

  /** What the charge had refunded when the dispute was opened (Stripe's order: a refund that second counts). */
  private async refundedBefore(chargeId: string, createdS: number): Promise<number> {
    let cents = 0;
    for await (const refund of this.stripe.refunds.list({ charge: chargeId, limit: 100 }))
      if (refund.created <= createdS && refund.status !== 'failed' && refund.status !== 'canceled')
        cents += refund.amount;
    return cents;
  }

  /**
   * The payment behind a charge: a top-up (our metadata on the payment intent) or a subscription invoice (found
   * through its invoice payment). A refund or dispute may arrive before the payment's own events, so the
   * effects that record the payment, read from Stripe, come first.
   */
  private async paymentOf(charge: Stripe.Charge, ref: EventRef): Promise<PaymentFound | null> {
    const piId = idOf(charge.payment_intent);
    if (!piId) return null;
    const pi = await this.stripe.paymentIntents.retrieve(piId);
    const reread: EventRef = { id: `reread:${piId}`, at: ref.at };
    const kind = pi.metadata?.kind;
    if (kind === 'topup' || kind === 'auto_topup') return this.topUpFound(pi, await this.paymentSucceeded(pi, reread));
    const invoice = await this.invoiceOfPayment(piId);
    if (invoice) return this.invoiceFound(pi, invoice);
    // A checkout top-up whose payment intent lacks our metadata: the checkout's says what it was.
    const sessionId = await this.checkoutOf(piId);
    if (!sessionId) return null;
    const session = await this.stripe.checkout.sessions.retrieve(sessionId);
    return this.topUpFound(pi, await this.checkoutCompleted(session, reread));
  }

  private topUpFound(pi: Stripe.PaymentIntent, effects: BillingEffect[]): PaymentFound | null {
    const paid = effects.filter((e) => e.kind === 'topUpPaid');
    if (!paid.length) return null;
    return {
      ref: {
        workspaceId: paid[0]!.workspaceId,
        paymentIntentId: pi.id,
        kind: 'TOP_UP',
        grantKey: `payment:${pi.id}`,
        paidCents: pi.amount_received,
      },
      recordFirst: paid,
    };
  }

  private async invoiceFound(pi: Stripe.PaymentIntent, invoice: Stripe.Invoice): Promise<PaymentFound | null> {
    const subId = this.subscriptionOf(invoice);
    const workspaceId = await this.workspaceOf(invoice.customer, invoice.parent?.subscription_details?.metadata);
    if (!invoice.id || !subId || !workspaceId) return null;
    const credits =
      invoice.status === 'paid'
        ? await this.invoiceCredits(workspaceId, invoice, await this.stripe.subscriptions.retrieve(subId))
        : [];
    return {
      ref: {
        workspaceId,
        paymentIntentId: pi.id,
        kind: 'INVOICE',
        grantKey: `invoice:${invoice.id}`,
        paidCents: pi.amount_received,
      },
      recordFirst: credits,
    };
  }

  /** Since API version basil an invoice's payment intent is linked by an InvoicePayment, not on the invoice. */
  private async invoiceOfPayment(paymentIntentId: string): Promise<Stripe.Invoice | null> {
    const payments = await this.stripe.invoicePayments.list({
      payment: { type: 'payment_intent', payment_intent: paymentIntentId },
      limit: 1,
    });
    const invoiceId = idOf(payments.data[0]?.invoice as string | { id: string } | undefined);
    return invoiceId ? this.stripe.invoices.retrieve(invoiceId) : null;
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

  /** The subscription as a snapshot, stamped with the event it came with (see `supersedes`). */
  private async syncEffect(workspaceId: string, sub: Stripe.Subscription, ref: EventRef): Promise<BillingEffect> {
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
      stateAt: ref.at,
    };
    return { kind: 'syncSubscription', workspaceId, snapshot };
  }
}

import type { MikroORM } from '@mikro-orm/core';
import Stripe from 'stripe';
import type { Clock } from '../../platform/clock';
import type { Logger } from '../../platform/logger';
import type { LedgerService } from '../ledger/ledger.service';
import { Workspace } from '../workspaces/workspace.entity';
import { AutoTopUp, BillingNotice, TopUpPurchase } from './billing.entities';
import type { StripeGateway } from './stripe/stripe-gateway';

/**
 * Opt-in automatic top-ups. After every ledger change of a workspace that has one: below the
 * threshold, the first instance to flip `armed` off (a conditional update, so one winner across
 * instances) buys the packs off-session; back above the threshold, it is armed again. So one purchase
 * per crossing, never two from duplicate triggers. A declined card turns it off and tells the owner.
 */
export class AutoTopUpService {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly ledger: LedgerService,
    private readonly gateway: () => StripeGateway,
    private readonly packPriceCents: number,
    private readonly logger: Logger,
  ) {}

  onChange(workspaceId: string): void {
    const run = this.check(workspaceId)
      .catch((err: unknown) => this.logger.error({ err, workspaceId }, 'auto top-up check failed'))
      .finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
  }

  /** Resolves when every check started so far has finished (tests await this instead of sleeping). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  async check(workspaceId: string): Promise<void> {
    const em = this.orm.em.fork();
    const settings = await em.findOne(AutoTopUp, { workspaceId, enabled: true });
    if (!settings) return;
    const balance = await this.ledger.balance(workspaceId);
    if (balance.availableMicro >= settings.thresholdMicro) {
      if (!settings.armed) await em.nativeUpdate(AutoTopUp, { workspaceId, armed: false }, { armed: true });
      return;
    }
    const won = await em.nativeUpdate(AutoTopUp, { workspaceId, armed: true, enabled: true }, { armed: false });
    if (won !== 1) return;
    if ((await this.packsThisMonth(workspaceId)) + settings.packs > settings.monthlyCapPacks) {
      this.logger.info({ workspaceId }, 'auto top-up skipped: monthly cap reached');
      return;
    }
    await this.buy(workspaceId, settings.packs, balance.version);
  }

  private async packsThisMonth(workspaceId: string): Promise<number> {
    const now = this.clock.now();
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const rows = await this.orm.em
      .fork()
      .find(TopUpPurchase, { workspace: workspaceId, automatic: true, createdAt: { $gte: monthStart } });
    return rows.reduce((sum, r) => sum + r.packs, 0);
  }

  private async buy(workspaceId: string, packs: number, version: number): Promise<void> {
    const { stripe } = this.gateway();
    const ws = await this.orm.em.fork().findOneOrFail(Workspace, { id: workspaceId });
    try {
      const pm = ws.stripeCustomerId ? await savedPaymentMethod(stripe, ws.stripeCustomerId) : null;
      if (!pm) throw new Stripe.errors.StripeCardError({ message: 'no saved card', type: 'card_error' });
      await stripe.paymentIntents.create(
        {
          amount: packs * this.packPriceCents,
          currency: 'usd',
          customer: ws.stripeCustomerId!,
          payment_method: pm,
          off_session: true,
          confirm: true,
          metadata: { workspaceId, kind: 'auto_topup', packs: String(packs) },
        },
        { idempotencyKey: `autotopup-${workspaceId}-${version}` },
      );
    } catch (err) {
      if (!(err instanceof Stripe.errors.StripeCardError)) throw err;
      await this.turnOff(workspaceId, err.message);
    }
  }

  private async turnOff(workspaceId: string, reason: string): Promise<void> {
    const em = this.orm.em.fork();
    await em.nativeUpdate(AutoTopUp, { workspaceId }, { enabled: false, updatedAt: this.clock.now() });
    const open = await em.count(BillingNotice, {
      workspace: workspaceId,
      kind: 'AUTO_TOPUP_DISABLED',
      resolvedAt: null,
    });
    if (open) return;
    em.create(BillingNotice, {
      workspace: workspaceId,
      kind: 'AUTO_TOPUP_DISABLED',
      message: `Auto top-up is off: the payment failed (${reason}). Update your card, then turn it on again.`,
      createdAt: this.clock.now(),
      resolvedAt: null,
    });
    await em.flush();
  }
}

/**
 * The payment method to charge off-session: the customer's default when one was chosen (the
 * customer portal sets it), else the newest card saved to the customer. Checkout saves the card of
 * a top-up (`setup_future_usage: 'off_session'`) or of a subscription to the customer but never
 * makes it the customer's default, so on Stripe the default is usually empty.
 * Why this and not the last top-up's card: docs/decisions/2026-11-30-auto-top-up-card.md.
 */
async function savedPaymentMethod(stripe: Stripe, customerId: string): Promise<string | null> {
  const customer = await stripe.customers.retrieve(customerId);
  if (customer.deleted) return null;
  const chosen = customer.invoice_settings?.default_payment_method;
  if (chosen) return typeof chosen === 'string' ? chosen : chosen.id;
  const cards = await stripe.customers.listPaymentMethods(customerId, { type: 'card', limit: 1 });
  return cards.data[0]?.id ?? null;
}

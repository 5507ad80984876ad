import Stripe from 'stripe';
import type { ConfigBus, LedgerChange } from '../../platform/bus';
import { WorkspaceCache } from '../../platform/bus/workspace-cache';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import type { LedgerService } from '../ledger/ledger.service';
import { Workspace } from '../workspaces/workspace.entity';
import { AutoTopUp, BillingNotice, TopUpPurchase } from './billing.entities';
import type { StripeGateway } from './stripe/stripe-gateway';

/** A workspace's auto top-up as this server last read it; null: none, or turned off. */
interface Settings {
  thresholdMicro: number;
  packs: number;
  monthlyCapPacks: number;
  /** As last read or written here; the database's conditional flips decide, this only spares the query. */
  armed: boolean;
  /** The newest ledger version decided against: an older change arriving late decides nothing. */
  version: number;
}

/** Settings trusted this long without an announcement (the safety net for one that never arrived). */
const SETTINGS_TTL_MS = 5 * 60_000;
const MAX_CACHED_WORKSPACES = 50_000;

/**
 * Opt-in automatic top-ups. After every ledger change of a workspace that has one: below the
 * threshold, the first instance to flip `armed` off (a conditional update, so one winner across
 * instances) buys the packs off-session; back above the threshold, it is armed again. So one purchase
 * per crossing, never two from duplicate triggers. A declined card turns it off and tells the owner.
 *
 * The decision costs no query: the change carries the balance its write left, and the settings are
 * kept in memory per workspace (none is a setting too), dropped when any instance announces a change
 * to them on the bus (`autoTopUp`), and read again after five minutes at most. The database is touched
 * only when the armed flag must flip, which happens once per crossing.
 */
export class AutoTopUpService {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly settings: WorkspaceCache<Settings | null>;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly ledger: Pick<LedgerService, 'balance'>,
    private readonly gateway: () => StripeGateway,
    private readonly packPriceCents: number,
    private readonly logger: Logger,
    private readonly bus: ConfigBus,
  ) {
    this.settings = new WorkspaceCache((workspaceId) => this.read(workspaceId), {
      ttlMs: SETTINGS_TTL_MS,
      maxEntries: MAX_CACHED_WORKSPACES,
    });
    this.unsubscribe = bus.subscribeConfig(
      (change) => {
        if (change.kind === 'autoTopUp') this.settings.drop(change.workspaceId);
      },
      () => this.settings.clear(),
    );
  }

  close(): void {
    this.unsubscribe();
  }

  /** Someone changed the workspace's settings (after commit): every instance reads them again. */
  changed(workspaceId: string): void {
    this.bus.publishConfig({ kind: 'autoTopUp', workspaceId });
  }

  /** After a committed ledger change of this instance. Runs on the publishing call stack: cheap, never throws. */
  onChange(change: LedgerChange): void {
    try {
      const settings = this.settings.peek(change.workspaceId);
      if (settings === null) return; // none: nothing to decide
      if (settings && change.balance) {
        if (change.version <= settings.version) return;
        settings.version = change.version;
        const below = change.balance.availableMicro < settings.thresholdMicro;
        if (below !== settings.armed) return; // above and armed, or below and already bought: nothing changes
        settings.armed = !below; // this instance tries the flip once; the database picks one winner
        this.track(
          below ? this.crossedBelow(change.workspaceId, settings, change.version) : this.rearm(change.workspaceId),
          change.workspaceId,
        );
        return;
      }
      this.track(this.check(change.workspaceId), change.workspaceId);
    } catch (err) {
      this.logger.error({ err, workspaceId: change.workspaceId }, 'auto top-up check failed');
    }
  }

  private track(work: Promise<void>, workspaceId: string): void {
    const run = work
      .catch((err: unknown) => this.logger.error({ err, workspaceId }, 'auto top-up check failed'))
      .finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
  }

  /** Resolves when every check started so far has finished (tests await this instead of sleeping). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  /** The full check, from the balance as read now (a change without a balance, or settings not cached yet). */
  async check(workspaceId: string): Promise<void> {
    const settings = await this.settings.get(workspaceId);
    if (!settings) return;
    const balance = await this.ledger.balance(workspaceId);
    if (balance.version < settings.version) return;
    settings.version = balance.version;
    if (balance.availableMicro >= settings.thresholdMicro) {
      if (!settings.armed) {
        settings.armed = true;
        await this.rearm(workspaceId);
      }
      return;
    }
    if (!settings.armed) return;
    settings.armed = false;
    await this.crossedBelow(workspaceId, settings, balance.version);
  }

  private async read(workspaceId: string): Promise<Settings | null> {
    const row = await this.db.read().findOne(AutoTopUp, { workspaceId, enabled: true });
    if (!row) return null;
    const { thresholdMicro, packs, monthlyCapPacks, armed } = row;
    return { thresholdMicro, packs, monthlyCapPacks, armed, version: -1 };
  }

  private async rearm(workspaceId: string): Promise<void> {
    const moved = await this.db.run(({ em }) =>
      em.nativeUpdate(AutoTopUp, { workspaceId, armed: false }, { armed: true }),
    );
    if (moved) this.changed(workspaceId);
  }

  /** Below the threshold while armed: the instance whose flip wins buys, within the monthly cap. */
  private async crossedBelow(workspaceId: string, settings: Settings, version: number): Promise<void> {
    const won = await this.db.run(({ em }) =>
      em.nativeUpdate(AutoTopUp, { workspaceId, armed: true, enabled: true }, { armed: false }),
    );
    if (won !== 1) {
      this.settings.drop(workspaceId); // someone else changed it: read it again next time
      return;
    }
    this.changed(workspaceId);
    if ((await this.packsThisMonth(workspaceId)) + settings.packs > settings.monthlyCapPacks) {
      this.logger.info({ workspaceId }, 'auto top-up skipped: monthly cap reached');
      return;
    }
    await this.buy(workspaceId, settings.packs, version);
  }

  private async packsThisMonth(workspaceId: string): Promise<number> {
    const now = this.clock.now();
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const rows = await this.db
      .read()
      .find(TopUpPurchase, { workspace: workspaceId, automatic: true, createdAt: { $gte: monthStart } });
    return rows.reduce((sum, r) => sum + r.packs, 0);
  }

  private async buy(workspaceId: string, packs: number, version: number): Promise<void> {
    const { stripe } = this.gateway();
    const ws = await this.db.read().findOneOrFail(Workspace, { id: workspaceId });
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
    await this.db.run(async ({ em }) => {
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
    });
    this.changed(workspaceId);
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

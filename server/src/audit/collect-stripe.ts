import type Stripe from 'stripe';
import { packsPaidFor, upgradeCreditsMicro } from './amounts';
import type { ExpectedGrant, GrantFact, PaymentEvent, StoredGrant, WorkspaceFacts } from './facts';
import { emptyFacts } from './facts';
import { dollars, plural } from './words';

/**
 * Facts as the payment provider reports them, read through the `stripe` library: payments and their
 * refunds and disputes, invoices with their lines' prices and periods, subscriptions. A grant whose
 * external key names a payment (`payment:pi_…`), an invoice (`invoice:in_…`) or a won dispute
 * (`dispute:dp_…`) gets the amount those facts call for, computed here and never read from the ledger.
 */

export interface PlanFact {
  code: string;
  name: string;
  creditsMicro: number;
  stripePriceId?: string;
}

export interface PackFact {
  creditsMicro: number;
  priceCents: number;
}

const TOP_UP_KINDS = new Set(['topup', 'auto_topup']);
const ALLOCATION_REASONS = new Set(['subscription_create', 'subscription_cycle']);
/** Disputes that move money; inquiries (`warning_*`) and prevented ones take nothing. */
const MONEY_DISPUTES = new Set([
  'needs_response',
  'under_review',
  'appeal_needs_response',
  'appeal_under_review',
  'won',
  'lost',
]);
/** The lookup key the product's Stripe setup gives each plan price, in any Stripe account. */
const planLookupKey = (code: string) => `hero_plan_${code}`;

const at = (unixS: number) => new Date(unixS * 1000);
const idOf = (x: string | { id: string } | null | undefined): string | null =>
  typeof x === 'string' ? x : (x?.id ?? null);
const isMissing = (err: unknown) => (err as { statusCode?: number }).statusCode === 404;

interface CustomerData {
  payments: Map<string, Stripe.PaymentIntent>;
  charges: Stripe.Charge[];
  invoices: Map<string, Stripe.Invoice>;
  subscriptions: Map<string, Stripe.Subscription>;
  /** Payment intent → the grant it paid for, as the grants are read. */
  grantOfPayment: Map<string, string>;
}

type Credit = Pick<GrantFact, 'originalMicro' | 'expiresAt' | 'periodStartsAt' | 'origin'>;

export class ProviderFacts {
  private readonly planByPrice = new Map<string, PlanFact | null>();

  constructor(
    private readonly stripe: Stripe,
    private readonly pack: PackFact,
    private readonly plans: PlanFact[],
  ) {}

  /** Learns which price is which plan: configured ids, else the plans' lookup keys. */
  async init(): Promise<void> {
    for (const plan of this.plans) if (plan.stripePriceId) this.planByPrice.set(plan.stripePriceId, plan);
    const keys = this.plans.map((p) => planLookupKey(p.code));
    for await (const price of this.stripe.prices.list({ lookup_keys: keys, limit: 100 })) {
      const plan = this.plans.find((p) => planLookupKey(p.code) === price.lookup_key);
      if (plan && !this.planByPrice.has(price.id)) this.planByPrice.set(price.id, plan);
    }
  }

  /** The facts behind one workspace's grants, and the payments that must have made one. */
  async forWorkspace(customerId: string | null, grants: StoredGrant[], now: Date): Promise<WorkspaceFacts> {
    const facts = emptyFacts();
    const data = customerId ? await this.customerData(customerId) : emptyCustomer();
    const keyed = grants.map((g) => ({ g, key: splitKey(g.externalKey) }));
    for (const { g, key } of keyed) {
      if (key.kind === 'payment') facts.grants.set(g.id, await this.paymentFact(g.id, key.id, data, facts.notes));
      if (key.kind === 'invoice') facts.grants.set(g.id, await this.invoiceFact(g.id, key.id, data));
    }
    // A won dispute's grant refers to the grant its payment made: read after those.
    for (const { g, key } of keyed) {
      if (key.kind === 'dispute') facts.grants.set(g.id, await this.disputeFact(key.id, data, facts.grants));
      else if (key.kind && !['payment', 'invoice'].includes(key.kind))
        facts.notes.push(`grant "${g.label}": external key ${g.externalKey} names nothing the auditor reads`);
    }
    facts.expected.push(...this.expectedPayments(data), ...(await this.expectedInvoices(data, now)));
    return facts;
  }

  // ——— reading ———

  private async customerData(customer: string): Promise<CustomerData> {
    const data = emptyCustomer();
    for await (const pi of this.stripe.paymentIntents.list({ customer, limit: 100 })) data.payments.set(pi.id, pi);
    for await (const ch of this.stripe.charges.list({ customer, limit: 100 })) data.charges.push(ch);
    for await (const inv of this.stripe.invoices.list({ customer, limit: 100 }))
      if (inv.id) data.invoices.set(inv.id, inv);
    for await (const sub of this.stripe.subscriptions.list({ customer, status: 'all', limit: 100 }))
      data.subscriptions.set(sub.id, sub);
    return data;
  }

  private async retrieve<T>(read: () => Promise<T>): Promise<T | null> {
    try {
      return await read();
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  private async payment(id: string, data: CustomerData): Promise<Stripe.PaymentIntent | null> {
    if (data.payments.has(id)) return data.payments.get(id)!;
    const pi = await this.retrieve(() => this.stripe.paymentIntents.retrieve(id));
    if (!pi) return null;
    for await (const ch of this.stripe.charges.list({ payment_intent: id, limit: 100 })) data.charges.push(ch);
    data.payments.set(id, pi);
    return pi;
  }

  private async invoice(id: string, data: CustomerData): Promise<Stripe.Invoice | null> {
    if (data.invoices.has(id)) return data.invoices.get(id)!;
    const inv = await this.retrieve(() => this.stripe.invoices.retrieve(id));
    if (inv) data.invoices.set(id, inv);
    return inv;
  }

  private async lines(invoice: Stripe.Invoice): Promise<Stripe.InvoiceLineItem[]> {
    if (invoice.lines && !invoice.lines.has_more) return invoice.lines.data;
    const all: Stripe.InvoiceLineItem[] = [];
    for await (const line of this.stripe.invoices.listLineItems(invoice.id!, { limit: 100 })) all.push(line);
    return all;
  }

  private async planOf(line: Stripe.InvoiceLineItem): Promise<PlanFact | undefined> {
    const priceId = idOf(line.pricing?.price_details?.price);
    if (!priceId) return undefined;
    if (!this.planByPrice.has(priceId)) {
      const price = await this.stripe.prices.retrieve(priceId);
      this.planByPrice.set(priceId, this.plans.find((p) => planLookupKey(p.code) === price.lookup_key) ?? null);
    }
    return this.planByPrice.get(priceId) ?? undefined;
  }

  /** Refunds, disputes and won disputes of one payment, oldest first. */
  private async paymentEvents(paymentIntent: string, data: CustomerData): Promise<PaymentEvent[]> {
    const charges = data.charges.filter((c) => idOf(c.payment_intent) === paymentIntent);
    const refunds: TimedEvent[] = [];
    const disputes: TimedEvent[] = [];
    if (charges.some((c) => c.amount_refunded > 0)) {
      for await (const r of this.stripe.refunds.list({ payment_intent: paymentIntent, limit: 100 })) {
        if (r.status !== 'succeeded' && r.status !== 'pending') continue;
        const what = `refund ${r.id} of ${dollars(r.amount)}`;
        refunds.push({ id: r.id, what, kind: 'refund', cents: r.amount, atS: r.created, rank: 0 });
      }
    }
    if (charges.some((c) => c.disputed)) {
      for await (const d of this.stripe.disputes.list({ payment_intent: paymentIntent, limit: 100 })) {
        if (!MONEY_DISPUTES.has(d.status)) continue;
        const what = `dispute ${d.id} of ${dollars(d.amount)}`;
        disputes.push({ id: d.id, what, kind: 'dispute', cents: d.amount, atS: d.created, rank: 1 });
        if (d.status !== 'won') continue;
        // Reinstated funds carry their own time; without it, the outcome comes last.
        const back = d.balance_transactions?.find((t) => t.amount > 0)?.created ?? Number.MAX_SAFE_INTEGER;
        disputes.push({
          id: d.id,
          what: `dispute ${d.id}, won`,
          kind: 'dispute won',
          cents: d.amount,
          atS: back,
          rank: 2,
        });
      }
    }
    return oldestFirst(refunds, disputes);
  }

  // ——— payments (top-ups) ———

  /** A top-up grants the whole packs its money paid for; refunds and disputes take back, the rest owed. */
  private async paymentFact(grantId: string, id: string, data: CustomerData, notes: string[]): Promise<GrantFact> {
    const pi = await this.payment(id, data);
    const none = (why: string): GrantFact => ({ originalMicro: 0, expiresAt: null, origin: `payment ${id}, ${why}` });
    if (!pi) return none('unknown to the payment provider');
    if (pi.status !== 'succeeded') return none(`${pi.status}, never paid`);
    if (!TOP_UP_KINDS.has(pi.metadata?.kind ?? '')) return none('not a top-up');
    data.grantOfPayment.set(pi.id, grantId);
    const paidCents = pi.amount_received;
    const packs = packsPaidFor(paidCents, this.pack);
    if (String(packs) !== pi.metadata?.packs || packs * this.pack.priceCents !== paidCents)
      notes.push(
        `payment ${id}: ${dollars(paidCents)} paid, "${pi.metadata?.packs ?? ''}" packs asked: ${plural(packs, 'pack')} paid for`,
      );
    return {
      originalMicro: packs * this.pack.creditsMicro,
      expiresAt: null,
      origin: `payment ${id}`,
      payment: { paidCents, owesRest: true, events: await this.paymentEvents(pi.id, data) },
    };
  }

  private expectedPayments(data: CustomerData): ExpectedGrant[] {
    return [...data.payments.values()]
      .filter((pi) => pi.status === 'succeeded' && TOP_UP_KINDS.has(pi.metadata?.kind ?? ''))
      .filter((pi) => packsPaidFor(pi.amount_received, this.pack) > 0)
      .map((pi) => ({
        externalKey: `payment:${pi.id}`,
        what: `payment ${pi.id} (${dollars(pi.amount_received)}, ${plural(packsPaidFor(pi.amount_received, this.pack), 'pack')})`,
      }));
  }

  // ——— invoices (allocations and upgrades) ———

  private async invoiceFact(grantId: string, id: string, data: CustomerData): Promise<GrantFact> {
    const invoice = await this.invoice(id, data);
    const none = (why: string): GrantFact => ({
      originalMicro: 0,
      expiresAt: null,
      origin: `invoice ${id}, ${why}`,
      revokeAllowedBecause: null,
    });
    if (!invoice) return none('unknown to the payment provider');
    if (invoice.status !== 'paid') return none(`${invoice.status}, never paid`);
    const credit = await this.invoiceCredit(invoice, data);
    if (!credit) return none(`a ${invoice.billing_reason} invoice, which grants nothing`);
    const pi = await this.paymentOfInvoice(invoice.id!, data);
    if (pi) data.grantOfPayment.set(pi.id, grantId);
    const sub = data.subscriptions.get(idOf(invoice.parent?.subscription_details?.subscription) ?? '');
    const ended = sub?.status === 'canceled' || sub?.status === 'incomplete_expired';
    return {
      ...credit,
      revokeAllowedBecause: ended ? 'the plan ended' : null,
      ...(pi && {
        payment: { paidCents: pi.amount_received, owesRest: false, events: await this.paymentEvents(pi.id, data) },
      }),
    };
  }

  private async paymentOfInvoice(invoiceId: string, data: CustomerData): Promise<Stripe.PaymentIntent | null> {
    for await (const p of this.stripe.invoicePayments.list({ invoice: invoiceId, limit: 10 })) {
      const pi = idOf(p.payment?.payment_intent);
      if (pi && p.status === 'paid') return this.payment(pi, data);
    }
    return null;
  }

  /** What a paid invoice grants: the period's allocation, or an upgrade's prorated difference. */
  private async invoiceCredit(invoice: Stripe.Invoice, data: CustomerData): Promise<Credit | null> {
    const lines = await this.lines(invoice);
    if (invoice.billing_reason === 'subscription_update') return this.upgradeCredit(invoice, lines, data);
    if (!ALLOCATION_REASONS.has(invoice.billing_reason ?? '')) return null;
    for (const line of lines) {
      const plan = line.amount >= 0 && !isProration(line) ? await this.planOf(line) : undefined;
      if (!plan) continue;
      return {
        originalMicro: plan.creditsMicro,
        expiresAt: at(line.period.end),
        periodStartsAt: at(line.period.start),
        origin: `invoice ${invoice.id}: ${plan.name} allocation`,
      };
    }
    return null;
  }

  private async upgradeCredit(
    invoice: Stripe.Invoice,
    lines: Stripe.InvoiceLineItem[],
    data: CustomerData,
  ): Promise<Credit | null> {
    let from: PlanFact | undefined;
    let to: PlanFact | undefined;
    let debit: Stripe.InvoiceLineItem | undefined;
    for (const line of lines) {
      const plan = await this.planOf(line);
      if (plan && line.amount < 0) from = plan;
      if (plan && line.amount > 0) [to, debit] = [plan, line];
    }
    if (!from || !to || !debit || to.creditsMicro <= from.creditsMicro) return null;
    const changedAtS = debit.period.start;
    const grantMicro = upgradeCreditsMicro({
      fromMicro: from.creditsMicro,
      toMicro: to.creditsMicro,
      periodStartS: await this.periodStartAt(invoice, changedAtS, debit.period.end, data),
      periodEndS: debit.period.end,
      changedAtS,
    });
    if (grantMicro <= 0) return null;
    return {
      originalMicro: grantMicro,
      expiresAt: at(debit.period.end),
      origin: `invoice ${invoice.id}: upgrade ${from.name} → ${to.name}`,
    };
  }

  /** The start of the billing period an upgrade falls in: from the allocation invoice that covers that time. */
  private async periodStartAt(invoice: Stripe.Invoice, atS: number, endS: number, data: CustomerData): Promise<number> {
    const subId = idOf(invoice.parent?.subscription_details?.subscription);
    for (const other of data.invoices.values()) {
      if (idOf(other.parent?.subscription_details?.subscription) !== subId) continue;
      if (!ALLOCATION_REASONS.has(other.billing_reason ?? '')) continue;
      for (const line of await this.lines(other)) {
        if (!isProration(line) && line.period.start <= atS && atS < line.period.end && line.period.end === endS)
          return line.period.start;
      }
    }
    const item = subId ? data.subscriptions.get(subId)?.items.data[0] : undefined;
    return item && item.current_period_end === endS ? item.current_period_start : atS;
  }

  /**
   * Paid plan invoices of a period still running (allocations of past periods would have expired by
   * now), not taken back, on a plan that has not ended: each must have made its grant.
   */
  private async expectedInvoices(data: CustomerData, now: Date): Promise<ExpectedGrant[]> {
    const out: ExpectedGrant[] = [];
    for (const invoice of data.invoices.values()) {
      if (invoice.status !== 'paid' || !invoice.id) continue;
      const sub = data.subscriptions.get(idOf(invoice.parent?.subscription_details?.subscription) ?? '');
      if (!sub || sub.status === 'canceled' || sub.status === 'incomplete_expired') continue;
      const credit = await this.invoiceCredit(invoice, data);
      if (!credit?.expiresAt || credit.expiresAt <= now) continue;
      const pi = await this.paymentOfInvoice(invoice.id, data);
      if (pi && (await this.paymentEvents(pi.id, data)).length) continue;
      out.push({ externalKey: `invoice:${invoice.id}`, what: `paid ${credit.origin}` });
    }
    return out;
  }

  // ——— won disputes ———

  private async disputeFact(id: string, data: CustomerData, grants: Map<string, GrantFact>): Promise<GrantFact> {
    const none = (why: string): GrantFact => ({ originalMicro: 0, expiresAt: null, origin: `dispute ${id}, ${why}` });
    const dispute = await this.retrieve(() => this.stripe.disputes.retrieve(id));
    if (!dispute) return none('unknown to the payment provider');
    if (dispute.status !== 'won') return none(`${dispute.status}, not won`);
    const grantId = data.grantOfPayment.get(idOf(dispute.payment_intent) ?? '');
    if (!grantId) return none('won, on a payment that made no grant');
    return {
      originalMicro: 0,
      expiresAt: grants.get(grantId)?.expiresAt ?? null,
      origin: `dispute ${id}, won`,
      givesBack: { disputeId: id, grantId },
    };
  }
}

/** A payment event with when it happened (unix seconds) and its rank among events of one second. */
export type TimedEvent = PaymentEvent & { atS: number; rank: number };

/**
 * A payment's events, oldest first. Stripe lists refunds newest first: they are reversed before the
 * (stable) sort, so two refunds made in the same second keep the order they were made in.
 */
export function oldestFirst(listedRefunds: TimedEvent[], disputes: TimedEvent[]): PaymentEvent[] {
  return [...listedRefunds.slice().reverse(), ...disputes]
    .sort((a, b) => a.atS - b.atS || a.rank - b.rank)
    .map(({ id, what, kind, cents }) => ({ id, what, kind, cents }));
}

const isProration = (line: Stripe.InvoiceLineItem): boolean =>
  line.parent?.subscription_item_details?.proration === true;

function splitKey(key: string | null): { kind: string | null; id: string } {
  if (!key) return { kind: null, id: '' };
  const i = key.indexOf(':');
  return i < 0 ? { kind: key, id: '' } : { kind: key.slice(0, i), id: key.slice(i + 1) };
}

const emptyCustomer = (): CustomerData => ({
  payments: new Map(),
  charges: [],
  invoices: new Map(),
  subscriptions: new Map(),
  grantOfPayment: new Map(),
});

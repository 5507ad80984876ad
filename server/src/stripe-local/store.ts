import type Stripe from 'stripe';
import { resourceMissing } from './errors';
import { newId } from './ids';
import type { Clock } from './clock';

/** The Stripe objects this server keeps, by their `object` field. */
export interface ObjectTypes {
  customer: Stripe.Customer;
  product: Stripe.Product;
  price: Stripe.Price;
  payment_method: Stripe.PaymentMethod;
  'checkout.session': Stripe.Checkout.Session;
  payment_intent: Stripe.PaymentIntent;
  charge: Stripe.Charge;
  refund: Stripe.Refund;
  dispute: Stripe.Dispute;
  subscription: Stripe.Subscription;
  subscription_schedule: Stripe.SubscriptionSchedule;
  invoice: Stripe.Invoice;
  invoice_payment: Stripe.InvoicePayment;
  'billing_portal.session': Stripe.BillingPortal.Session;
  'test_helpers.test_clock': Stripe.TestHelpers.TestClock;
}
export type ObjectType = keyof ObjectTypes;
export type StoredObject = ObjectTypes[ObjectType];

/** Names used in "No such …" errors, as Stripe words them. */
const DISPLAY_NAMES: Record<ObjectType, string> = {
  customer: 'customer',
  product: 'product',
  price: 'price',
  payment_method: 'PaymentMethod',
  'checkout.session': 'checkout.session',
  payment_intent: 'payment_intent',
  charge: 'charge',
  refund: 'refund',
  dispute: 'dispute',
  subscription: 'subscription',
  subscription_schedule: 'subscription schedule',
  invoice: 'invoice',
  invoice_payment: 'invoice payment',
  'billing_portal.session': 'billing portal session',
  'test_helpers.test_clock': 'test clock',
};

export function isObjectType(value: unknown): value is ObjectType {
  return typeof value === 'string' && Object.hasOwn(DISPLAY_NAMES, value);
}

/** Fields of a checkout session that Stripe keeps but does not return on the session object. */
export interface CheckoutExtra {
  lineItems: Stripe.LineItem[];
  subscriptionMetadata: Record<string, string>;
  subscriptionDescription: string | null;
  paymentIntentMetadata: Record<string, string>;
  paymentIntentDescription: string | null;
  /** `payment_intent_data.setup_future_usage`: only then does paying save the card to the customer. */
  paymentIntentSetupFutureUsage?: 'on_session' | 'off_session' | null;
}

/** A proration or other one-off amount waiting for the subscription's next invoice. */
export interface PendingLine {
  invoiceItemId: string;
  price: Stripe.Price;
  quantity: number;
  amount: number;
  description: string;
  period: { start: number; end: number };
  subscriptionItemId: string;
}

export interface SubscriptionExtra {
  /** Periods are computed from the anchor (like Stripe), so month-end anchors do not drift. */
  periodIndex: number;
  pendingLines: PendingLine[];
  /** Items to apply once the open `subscription_update` invoice is paid (payment_behavior=pending_if_incomplete). */
  pendingItems: { invoiceId: string; items: Stripe.SubscriptionItem[] } | null;
}

export interface RequestContext {
  id: string;
  idempotencyKey: string | null;
}

export type EventListener = (event: Stripe.Event) => void;

/** Everything the store holds that a restart must not lose (see persistence.ts for the file around it). */
export interface StoreState {
  /** In insertion order, which is also the list order of each type (newest last). */
  objects: StoredObject[];
  checkoutExtra: Record<string, CheckoutExtra>;
  subscriptionExtra: Record<string, SubscriptionExtra>;
  failingCustomers: string[];
  /** Oldest first. */
  events: Stripe.Event[];
}

export class Store {
  private readonly byId = new Map<string, StoredObject>();
  private readonly byType = new Map<ObjectType, StoredObject[]>();
  readonly checkoutExtra = new Map<string, CheckoutExtra>();
  readonly subscriptionExtra = new Map<string, SubscriptionExtra>();
  readonly failingCustomers = new Set<string>();
  readonly events: Stripe.Event[] = [];
  private readonly eventsById = new Map<string, Stripe.Event>();
  private readonly listeners: EventListener[] = [];
  private readonly changeListeners: Array<() => void> = [];
  /** Set by the HTTP layer while a (synchronous) API handler runs, so events can name their request. */
  currentRequest: RequestContext | null = null;
  /**
   * While set, "now" for every object written: a test clock's frozen time, while a request or control
   * touches that clock's customers, or a period end while the clock advances through it.
   */
  private frozenAt: number | null = null;

  constructor(
    readonly clock: Clock,
    readonly apiVersion: string,
    readonly publicUrl: () => string,
  ) {}

  now(): number {
    return this.frozenAt ?? this.clock.unix();
  }

  /** Runs `change` with "now" frozen at `unix` (null: the server's clock), restoring it afterwards. */
  at<T>(unix: number | null, change: () => T): T {
    const previous = this.frozenAt;
    this.frozenAt = unix;
    try {
      return change();
    } finally {
      this.frozenAt = previous;
    }
  }

  insert<T extends StoredObject>(obj: T): T {
    const type = obj.object as ObjectType;
    this.byId.set(obj.id, obj);
    const list = this.byType.get(type) ?? [];
    list.push(obj);
    this.byType.set(type, list);
    return obj;
  }

  /** Forgets an object (a deleted test clock and what belonged to it): later reads answer "No such …". */
  remove(id: string): void {
    const obj = this.byId.get(id);
    if (!obj) return;
    this.byId.delete(id);
    const list = this.byType.get(obj.object as ObjectType) ?? [];
    const index = list.indexOf(obj);
    if (index >= 0) list.splice(index, 1);
  }

  find(id: string): StoredObject | undefined {
    return this.byId.get(id);
  }

  tryGet<K extends ObjectType>(type: K, id: string): ObjectTypes[K] | undefined {
    const obj = this.byId.get(id);
    return obj && obj.object === type ? (obj as ObjectTypes[K]) : undefined;
  }

  get<K extends ObjectType>(type: K, id: string, param = 'id'): ObjectTypes[K] {
    const obj = this.tryGet(type, id);
    if (!obj) throw resourceMissing(DISPLAY_NAMES[type], id, param);
    return obj;
  }

  /** All objects of a type, newest first (Stripe's list order). */
  all<K extends ObjectType>(type: K): ObjectTypes[K][] {
    return [...((this.byType.get(type) ?? []) as ObjectTypes[K][])].reverse();
  }

  onEvent(listener: EventListener): void {
    this.listeners.push(listener);
  }

  /** Called after anything that may have changed the state, so it can be saved. */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  /**
   * Some changes emit no event (a checkout session is created silently, `setCardFailing`), so the
   * HTTP layer and the controls report each write here as well as `emit` does.
   */
  changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  /**
   * Records an event with a snapshot of the object as it is now (later changes must not leak into
   * an already-sent payload) and hands it to the webhook sender.
   */
  emit(type: Stripe.Event.Type, object: object, previous?: Record<string, unknown>): Stripe.Event {
    const data: { object: object; previous_attributes?: Record<string, unknown> } = { object: structuredClone(object) };
    if (previous && Object.keys(previous).length > 0) data.previous_attributes = structuredClone(previous);
    const request = this.currentRequest;
    const event = {
      id: newId('evt'),
      object: 'event',
      api_version: this.apiVersion,
      created: this.now(),
      data,
      livemode: false,
      pending_webhooks: 1,
      request: { id: request?.id ?? null, idempotency_key: request?.idempotencyKey ?? null },
      type,
    } as unknown as Stripe.Event; // Stripe.Event is a union keyed by type; the payload is generic here.
    this.events.push(event);
    this.eventsById.set(event.id, event);
    for (const listener of this.listeners) listener(event);
    this.changed();
    return event;
  }

  getEvent(id: string): Stripe.Event {
    const event = this.eventsById.get(id);
    if (!event) throw resourceMissing('event', id);
    return event;
  }

  /** The live state, for immediate serialization (nothing here is copied). */
  snapshot(): StoreState {
    return {
      objects: [...this.byId.values()],
      checkoutExtra: Object.fromEntries(this.checkoutExtra),
      subscriptionExtra: Object.fromEntries(this.subscriptionExtra),
      failingCustomers: [...this.failingCustomers],
      events: this.events,
    };
  }

  /**
   * Fills an empty store from a saved state, rebuilding the indexes. Stored objects never hold one
   * another by reference: embedded prices, line items and payment methods are copies taken when they
   * were embedded. The nested values shared in memory do not need re-linking: a charge's
   * billing_details (its payment method's) and a subscription item's plan metadata (its price's) are
   * only ever replaced, never changed in place, and a held proration line uses only its price's id,
   * currency, product and amount, which do not change.
   */
  restore(state: StoreState): void {
    if (this.byId.size > 0 || this.events.length > 0) throw new Error('restore() needs an empty store');
    for (const obj of state.objects) this.insert(obj);
    for (const [id, extra] of Object.entries(state.checkoutExtra)) this.checkoutExtra.set(id, extra);
    for (const [id, extra] of Object.entries(state.subscriptionExtra)) this.subscriptionExtra.set(id, extra);
    for (const id of state.failingCustomers) this.failingCustomers.add(id);
    for (const event of state.events) {
      this.events.push(event);
      this.eventsById.set(event.id, event);
    }
  }

  subExtra(subscriptionId: string): SubscriptionExtra {
    let extra = this.subscriptionExtra.get(subscriptionId);
    if (!extra) {
      extra = { periodIndex: 0, pendingLines: [], pendingItems: null };
      this.subscriptionExtra.set(subscriptionId, extra);
    }
    return extra;
  }
}

/** Reads an expandable field (`string | Object`) as its id. */
export function idOf(value: string | { id?: string } | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : (value.id ?? null);
}

/** Fields that changed between two snapshots, with their old values: Stripe's `previous_attributes`. */
export function previousAttributes(before: object, after: object): Record<string, unknown> {
  const prev: Record<string, unknown> = {};
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of Object.keys(b)) {
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) prev[key] = b[key];
  }
  return prev;
}

import type Stripe from 'stripe';
import { invalidRequest } from '../errors';
import type { Params } from '../form';
import { newId } from '../ids';
import { paginate } from '../list';
import { addIntervals, type Recurrence } from '../billing-time';
import { idOf, type StoredObject, type Store } from '../store';
import { advanceSubscription } from './renewal';
import { currentPeriod, recurrenceOf } from './subscriptions';

/**
 * Test clocks, as Stripe has them: a customer created with `test_clock` lives at the clock's frozen
 * time, and advancing the clock moves its customers' subscriptions through every period end passed
 * (renewal invoices collected, scheduled phases applied, cancellations carried out), each with the
 * same events a real renewal sends.
 *
 * Advancing happens within the request: the answer says `advancing` (as Stripe's does), and by the
 * time the caller retrieves the clock it is `ready`. The events are queued for delivery in order.
 */
type TestClock = Stripe.TestHelpers.TestClock;

const DAY = 86_400;
const RENEWABLE: ReadonlySet<string> = new Set(['active', 'past_due', 'trialing']);
/** Stripe deletes a test clock 30 days after it was created. */
const LIFETIME_S = 30 * DAY;
/** Without subscriptions, Stripe lets a clock move at most two years at a time. */
const TWO_YEARS: Recurrence = { interval: 'year', interval_count: 2 };

export function apiCreateTestClock(store: Store, p: Params): TestClock {
  const frozen = p.reqInt('frozen_time');
  const now = store.now();
  const clock: TestClock = {
    id: newId('clock'),
    object: 'test_helpers.test_clock',
    created: now,
    deletes_after: now + LIFETIME_S,
    frozen_time: frozen,
    livemode: false,
    name: p.str('name') ?? null,
    status: 'ready',
    status_details: {},
  };
  store.insert(clock);
  store.emit('test_helpers.test_clock.created', clock);
  return clock;
}

export function apiListTestClocks(store: Store, p: Params): Stripe.ApiList<TestClock> {
  return paginate(store.all('test_helpers.test_clock'), p, '/v1/test_helpers/test_clocks');
}

/** Deletes the clock and the customers on it, as Stripe deletes every object that belongs to a clock. */
export function apiDeleteTestClock(store: Store, id: string): Stripe.TestHelpers.DeletedTestClock {
  const clock = store.get('test_helpers.test_clock', id);
  for (const customer of customersOn(store, clock.id)) {
    for (const sub of store.all('subscription')) if (idOf(sub.customer) === customer.id) store.remove(sub.id);
    store.remove(customer.id);
    store.emit('customer.deleted', customer);
  }
  store.remove(clock.id);
  store.emit('test_helpers.test_clock.deleted', clock);
  return { id: clock.id, object: 'test_helpers.test_clock', deleted: true };
}

export function apiAdvanceTestClock(store: Store, id: string, p: Params): TestClock {
  const clock = store.get('test_helpers.test_clock', id);
  const target = p.reqInt('frozen_time');
  if (clock.status !== 'ready') {
    throw invalidRequest(`The test clock ${clock.id} is ${clock.status}; wait until it is ready.`);
  }
  if (target <= clock.frozen_time) {
    throw invalidRequest("The frozen_time must be after the test clock's current frozen_time.", 'frozen_time');
  }
  const limit = addIntervals(clock.frozen_time, shortestInterval(store, clock.id), 2);
  if (target > limit) {
    throw invalidRequest(
      'Cannot advance the test clock more than two intervals past its current frozen_time for the shortest subscription on it (two years without subscriptions).',
      'frozen_time',
    );
  }
  clock.status = 'advancing';
  clock.status_details = { advancing: { target_frozen_time: target } };
  store.emit('test_helpers.test_clock.advancing', clock);
  const answer = structuredClone(clock);
  passTime(store, clock.id, target);
  clock.frozen_time = target;
  clock.status = 'ready';
  clock.status_details = {};
  store.emit('test_helpers.test_clock.ready', clock);
  return answer;
}

/**
 * Every subscription of the clock's customers that falls due before `target` (its period end, or an
 * earlier `cancel_at`) is moved on at that moment, earliest first, until none is left.
 */
function passTime(store: Store, clockId: string, target: number): void {
  const customers = new Set(customersOn(store, clockId).map((c) => c.id));
  for (let step = 0; step < 10_000; step++) {
    const next = store
      .all('subscription')
      .filter((s) => customers.has(idOf(s.customer) ?? '') && RENEWABLE.has(s.status))
      .map((s) => ({ sub: s, due: dueAt(s) }))
      .filter((d) => d.due <= target)
      .sort((a, b) => a.due - b.due)[0];
    if (!next) return;
    store.at(next.due, () => advanceSubscription(store, next.sub.id));
  }
  throw new Error(`test clock ${clockId}: too many renewals before ${target}`);
}

function dueAt(sub: Stripe.Subscription): number {
  const end = currentPeriod(sub).end;
  return sub.cancel_at !== null && sub.cancel_at < end ? sub.cancel_at : end;
}

function shortestInterval(store: Store, clockId: string): Recurrence {
  const customers = new Set(customersOn(store, clockId).map((c) => c.id));
  let shortest: { rec: Recurrence; seconds: number } | null = null;
  for (const sub of store.all('subscription')) {
    const item = sub.items.data[0];
    if (!item || !customers.has(idOf(sub.customer) ?? '') || sub.status === 'canceled') continue;
    const rec = recurrenceOf(item.price);
    const seconds = addIntervals(0, rec, 1);
    if (!shortest || seconds < shortest.seconds) shortest = { rec, seconds };
  }
  return shortest?.rec ?? TWO_YEARS;
}

function customersOn(store: Store, clockId: string): Stripe.Customer[] {
  return store.all('customer').filter((c) => idOf(c.test_clock) === clockId);
}

/** The test clock a customer lives on, checked when the customer is created with `test_clock`. */
export function clockParam(store: Store, p: Params): string | null {
  const id = p.str('test_clock');
  if (!id) return null;
  return store.get('test_helpers.test_clock', id, 'test_clock').id;
}

/** The customer an object belongs to, through the objects that link it (a refund through its charge). */
function customerIdOf(store: Store, obj: StoredObject): string | null {
  switch (obj.object) {
    case 'customer':
      return obj.id;
    case 'refund':
    case 'dispute': {
      const charge = store.tryGet('charge', idOf(obj.charge) ?? '');
      return charge ? idOf(charge.customer) : null;
    }
    case 'invoice_payment': {
      const invoice = store.tryGet('invoice', idOf(obj.invoice) ?? '');
      return invoice ? idOf(invoice.customer) : null;
    }
    default:
      return 'customer' in obj ? idOf(obj.customer as string | { id?: string } | null) : null;
  }
}

/** Parameters that name an object whose customer may live on a test clock. */
const LINKING_PARAMS = ['customer', 'subscription', 'from_subscription', 'payment_intent', 'charge', 'invoice'];

/**
 * The frozen time of the clock an API request or a control is about (through the object it names or
 * the objects its parameters name), so what it writes is dated as at Stripe; null when none is.
 */
export function frozenTimeFor(store: Store, ids: Array<string | undefined | null>, p?: Params): number | null {
  const named = p ? LINKING_PARAMS.map((name) => p.raw[name]) : [];
  for (const id of [...ids, ...named]) {
    if (typeof id !== 'string' || !id) continue;
    const obj = store.find(id);
    const customerId = obj ? customerIdOf(store, obj) : null;
    const customer = customerId ? store.tryGet('customer', customerId) : undefined;
    const clock = customer ? store.tryGet('test_helpers.test_clock', idOf(customer.test_clock) ?? '') : undefined;
    if (clock) return clock.frozen_time;
  }
  return null;
}

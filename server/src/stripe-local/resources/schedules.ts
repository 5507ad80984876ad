import type Stripe from 'stripe';
import { invalidRequest, missingParam } from '../errors';
import { mergeMetadata, type Params } from '../form';
import { newId } from '../ids';
import { paginate } from '../list';
import { idOf, previousAttributes, type Store } from '../store';
import { addIntervals, type Interval, type Recurrence } from '../billing-time';
import { currentPeriod, endSubscription, recurrenceOf, type ItemInput } from './subscriptions';
import { applyItemChange, diffItems, setItems, type ProrationBehavior } from './subscription-update';

/**
 * Subscription schedules, as used for "downgrade at the next renewal": created from a subscription
 * (one phase = the current period), then updated with a second phase holding the lower price. The
 * renewal (`advanceSubscription`) switches to whichever phase covers the new period.
 */
interface PhaseInput {
  start: number;
  end: number;
  items: ItemInput[];
  metadata: Record<string, string>;
  proration: ProrationBehavior;
}

const EDITABLE: ReadonlySet<string> = new Set(['active', 'not_started']);
const PRORATION: readonly ProrationBehavior[] = ['always_invoice', 'create_prorations', 'none'];
const INTERVALS: readonly Interval[] = ['day', 'week', 'month', 'year'];

function buildPhase(input: PhaseInput, currency: string): Stripe.SubscriptionSchedule.Phase {
  return {
    add_invoice_items: [],
    application_fee_percent: null,
    billing_cycle_anchor: null,
    billing_thresholds: null,
    collection_method: null,
    currency,
    default_payment_method: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    end_date: input.end,
    invoice_settings: null,
    items: input.items.map((item) => ({
      billing_thresholds: null,
      discounts: [],
      metadata: {},
      plan: item.price.id,
      price: item.price.id,
      quantity: item.quantity,
      tax_rates: [],
    })),
    metadata: input.metadata,
    on_behalf_of: null,
    proration_behavior: input.proration,
    start_date: input.start,
    transfer_data: null,
    trial_end: null,
  } satisfies Stripe.SubscriptionSchedule.Phase;
}

function phaseItems(store: Store, phase: Stripe.SubscriptionSchedule.Phase): ItemInput[] {
  return phase.items.map((item) => ({
    price: store.get('price', idOf(item.price) ?? ''),
    quantity: item.quantity ?? 1,
  }));
}

function subscriptionOf(store: Store, schedule: Stripe.SubscriptionSchedule): Stripe.Subscription {
  const subId = idOf(schedule.subscription);
  if (!subId) throw invalidRequest(`Subscription schedule ${schedule.id} has no subscription.`);
  return store.get('subscription', subId, 'subscription');
}

/** Only a schedule that is not_started or active can be updated, released or cancelled (Stripe's rule). */
function checkEditable(
  schedule: Stripe.SubscriptionSchedule,
  action: 'update' | 'release' | 'cancel' = 'update',
): void {
  if (!EDITABLE.has(schedule.status)) {
    throw invalidRequest(
      `You cannot ${action} a subscription schedule that is currently in the \`${schedule.status}\` status. It must be in one of the following statuses: \`not_started\`, \`active\`.`,
    );
  }
}

export function apiCreateSchedule(store: Store, p: Params): Stripe.SubscriptionSchedule {
  const subId = p.str('from_subscription');
  if (!subId)
    throw invalidRequest(
      'The local Stripe server creates subscription schedules only with `from_subscription`.',
      'from_subscription',
    );
  if (p.has('phases')) throw invalidRequest('You cannot set `phases` if `from_subscription` is set.', 'phases');
  const sub = store.get('subscription', subId, 'from_subscription');
  if (sub.schedule) {
    throw invalidRequest(
      `You cannot migrate a subscription that is already attached to a schedule: \`${idOf(sub.schedule)}\`.`,
      'from_subscription',
    );
  }
  if (sub.status === 'canceled')
    throw invalidRequest(
      'You cannot create a subscription schedule from a canceled subscription.',
      'from_subscription',
    );
  const period = currentPeriod(sub);
  const items = sub.items.data.map((i) => ({ price: i.price, quantity: i.quantity ?? 1 }));
  const phase = buildPhase(
    { start: period.start, end: period.end, items, metadata: {}, proration: 'create_prorations' },
    sub.currency,
  );
  const schedule = store.insert(newSchedule(store, sub, phase));
  const before = structuredClone(sub);
  sub.schedule = schedule.id;
  store.emit('subscription_schedule.created', schedule);
  store.emit('customer.subscription.updated', sub, previousAttributes(before, sub));
  return schedule;
}

function newSchedule(
  store: Store,
  sub: Stripe.Subscription,
  phase: Stripe.SubscriptionSchedule.Phase,
): Stripe.SubscriptionSchedule {
  return {
    id: newId('sub_sched'),
    object: 'subscription_schedule',
    application: null,
    billing_mode: { type: 'classic', flexible: null },
    canceled_at: null,
    completed_at: null,
    created: store.now(),
    current_phase: { start_date: phase.start_date, end_date: phase.end_date },
    customer: idOf(sub.customer) ?? '',
    customer_account: null,
    default_settings: {
      application_fee_percent: null,
      billing_cycle_anchor: 'automatic',
      billing_thresholds: null,
      collection_method: 'charge_automatically',
      default_payment_method: null,
      description: null,
      invoice_settings: {
        account_tax_ids: null,
        custom_fields: null,
        days_until_due: null,
        description: null,
        footer: null,
        issuer: { type: 'self' },
      },
      on_behalf_of: null,
      transfer_data: null,
    },
    end_behavior: 'release',
    livemode: false,
    metadata: {},
    pause_schedules: [],
    phases: [phase],
    released_at: null,
    released_subscription: null,
    status: 'active',
    subscription: sub.id,
    test_clock: sub.test_clock,
  } satisfies Stripe.SubscriptionSchedule;
}

/** Phase end: explicit `end_date`, else `duration`, else `iterations`, else one billing interval. */
function phaseEnd(phase: Params, start: number, items: ItemInput[]): number {
  const end = phase.int('end_date');
  if (end !== undefined) return end;
  const duration = phase.obj('duration');
  const first = items[0];
  if (!first) throw missingParam(phase.name('items'));
  const rec: Recurrence = duration
    ? {
        interval: duration.oneOf('interval', INTERVALS) ?? 'month',
        interval_count: duration.int('interval_count') ?? 1,
      }
    : recurrenceOf(first.price);
  return addIntervals(start, rec, phase.int('iterations') ?? 1);
}

function parsePhases(store: Store, schedule: Stripe.SubscriptionSchedule, list: Params[]): PhaseInput[] {
  const currentStart = schedule.current_phase?.start_date ?? schedule.phases[0]?.start_date ?? store.now();
  const knownStarts = new Set(schedule.phases.map((ph) => ph.start_date));
  let previousEnd: number | null = null;
  return list.map((phase, index) => {
    const requested = phase.str('start_date') === 'now' ? store.now() : phase.int('start_date');
    const start = previousEnd ?? requested ?? currentStart;
    // The list may start with the current phase or with an earlier one that already ran, unchanged.
    if (index === 0 && start !== currentStart && !knownStarts.has(start)) {
      throw invalidRequest('You can not modify the start date of the current phase.', phase.name('start_date'));
    }
    if (index > 0 && requested !== undefined && requested !== start) {
      throw invalidRequest('Each phase must start when the previous phase ends.', phase.name('start_date'));
    }
    const items = phase.list('items').map((item) => ({
      price: store.get('price', item.reqStr('price'), item.name('price')),
      quantity: item.int('quantity') ?? 1,
    }));
    if (items.length === 0) throw missingParam(phase.name('items'));
    const end = phaseEnd(phase, start, items);
    if (end <= start) throw invalidRequest('The phase end_date must be after its start_date.', phase.name('end_date'));
    previousEnd = end;
    const proration = phase.oneOf('proration_behavior', PRORATION) ?? 'create_prorations';
    return { start, end, items, metadata: phase.metadata() ?? {}, proration };
  });
}

export function apiUpdateSchedule(store: Store, id: string, p: Params): Stripe.SubscriptionSchedule {
  const schedule = store.get('subscription_schedule', id);
  checkEditable(schedule);
  const before = structuredClone(schedule);
  const behavior = p.oneOf('end_behavior', ['release', 'cancel', 'none', 'renew'] as const);
  if (behavior) schedule.end_behavior = behavior;
  schedule.metadata = mergeMetadata(schedule.metadata ?? {}, p.metadata());
  if (p.has('phases')) replacePhases(store, schedule, parsePhases(store, schedule, p.list('phases')));
  store.emit('subscription_schedule.updated', schedule, previousAttributes(before, schedule));
  return schedule;
}

/** Stores the new phases; a changed current phase is applied to the subscription right away. */
function replacePhases(store: Store, schedule: Stripe.SubscriptionSchedule, phases: PhaseInput[]): void {
  const sub = subscriptionOf(store, schedule);
  schedule.phases = phases.map((phase) => buildPhase(phase, sub.currency));
  const periodStart = currentPeriod(sub).start;
  const current = phases.find((ph) => ph.start <= periodStart && periodStart < ph.end) ?? phases[0];
  if (!current) throw missingParam('phases');
  schedule.current_phase = { start_date: current.start, end_date: current.end };
  const change = diffItems(store, sub, current.items, store.now());
  if (!change) return;
  const before = structuredClone(sub);
  applyItemChange(store, sub, change, { proration: current.proration, payment: 'allow_incomplete', at: store.now() });
  store.emit('customer.subscription.updated', sub, previousAttributes(before, sub));
}

/** Stops the phases and leaves the subscription as it is now: on its current price, free of the schedule. */
export function apiReleaseSchedule(store: Store, id: string): Stripe.SubscriptionSchedule {
  const schedule = store.get('subscription_schedule', id);
  checkEditable(schedule, 'release');
  releaseSchedule(store, schedule);
  return schedule;
}

function releaseSchedule(store: Store, schedule: Stripe.SubscriptionSchedule): void {
  const sub = subscriptionOf(store, schedule);
  const before = structuredClone(sub);
  Object.assign(schedule, {
    status: 'released',
    released_at: store.now(),
    released_subscription: sub.id,
    subscription: null,
    current_phase: null,
  });
  sub.schedule = null;
  store.emit('subscription_schedule.released', schedule);
  store.emit('customer.subscription.updated', sub, previousAttributes(before, sub));
}

/** Cancelling a schedule cancels its subscription now too (releasing is how to keep the subscription). */
export function apiCancelSchedule(store: Store, id: string): Stripe.SubscriptionSchedule {
  const schedule = store.get('subscription_schedule', id);
  checkEditable(schedule, 'cancel');
  const subId = idOf(schedule.subscription);
  if (subId) endSubscription(store, store.get('subscription', subId, 'subscription'));
  else markCanceled(store, schedule);
  return schedule;
}

function markCanceled(store: Store, schedule: Stripe.SubscriptionSchedule): void {
  Object.assign(schedule, { status: 'canceled', canceled_at: store.now(), current_phase: null });
  store.emit('subscription_schedule.canceled', schedule);
}

export function apiListSchedules(store: Store, p: Params): Stripe.ApiList<Stripe.SubscriptionSchedule> {
  const customer = p.str('customer');
  const items = store.all('subscription_schedule').filter((s) => !customer || s.customer === customer);
  return paginate(items, p, '/v1/subscription_schedules');
}

/**
 * At a renewal boundary: switch the subscription to the phase that covers the new period, or, when
 * the schedule has run out of phases, apply its end behaviour. Returns false if the subscription ended.
 */
export function advanceSchedule(store: Store, sub: Stripe.Subscription, boundary: number): boolean {
  const schedule = store.tryGet('subscription_schedule', idOf(sub.schedule) ?? '');
  if (!schedule || !EDITABLE.has(schedule.status)) return true;
  const phase = schedule.phases.find((ph) => ph.start_date <= boundary && boundary < ph.end_date);
  if (phase) {
    if (schedule.current_phase?.start_date === phase.start_date) return true;
    const before = structuredClone(schedule);
    schedule.current_phase = { start_date: phase.start_date, end_date: phase.end_date };
    const items = phaseItems(store, phase);
    if (diffItems(store, sub, items, boundary)) setItems(store, sub, keepIds(sub, items));
    store.emit('subscription_schedule.updated', schedule, previousAttributes(before, schedule));
    return true;
  }
  if (schedule.end_behavior === 'cancel') {
    Object.assign(schedule, { status: 'completed', completed_at: store.now(), current_phase: null });
    store.emit('subscription_schedule.completed', schedule);
    endSubscription(store, sub, { endedAt: boundary });
    return false;
  }
  releaseSchedule(store, schedule);
  return true;
}

/** Phase items replace subscription items position by position, keeping the `si_` ids. */
function keepIds(sub: Stripe.Subscription, items: ItemInput[]): ItemInput[] {
  return items.map((item, i) => ({ ...item, id: sub.items.data[i]?.id }));
}

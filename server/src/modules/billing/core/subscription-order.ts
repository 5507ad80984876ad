/**
 * Which of two views of a workspace's subscription is newer, from Stripe's own data only (Stripe does not
 * deliver events in order; see docs/decisions/2026-11-30-stripe-event-order.md):
 *
 *  1. another subscription that started later replaces this one (a new plan after a cancellation);
 *  2. a canceled subscription never becomes active again, and its cancellation is newer than any other state;
 *  3. otherwise the later billing period wins, and within one period the later Stripe event.
 *
 * Equal in all of that: the later delivery wins, since nothing in the data tells them apart.
 */
export interface SubscriptionVersion {
  stripeSubscriptionId: string | null;
  canceled: boolean;
  startedAt: Date;
  currentPeriodStart: Date;
  /** `created` of the Stripe event the view came from; null for a row written before this was recorded. */
  stateAt: Date | null;
}

const cmp = (a: Date, b: Date) => Math.sign(a.getTime() - b.getTime());

export function supersedes(incoming: SubscriptionVersion, stored: SubscriptionVersion): boolean {
  if (incoming.stripeSubscriptionId !== stored.stripeSubscriptionId)
    return cmp(incoming.startedAt, stored.startedAt) >= 0;
  if (stored.canceled !== incoming.canceled) return incoming.canceled;
  const period = cmp(incoming.currentPeriodStart, stored.currentPeriodStart);
  if (period !== 0) return period > 0;
  if (!stored.stateAt || !incoming.stateAt) return true;
  return cmp(incoming.stateAt, stored.stateAt) >= 0;
}

/**
 * Whether a paid invoice line still belongs to the subscription's live period: the subscription has not ended,
 * and Stripe has not moved on to a period that starts after the line's (which would make it superseded).
 */
export function isLivePeriod(subscription: { canceled: boolean; currentPeriodStart: Date }, lineStart: Date): boolean {
  return !subscription.canceled && cmp(subscription.currentPeriodStart, lineStart) <= 0;
}

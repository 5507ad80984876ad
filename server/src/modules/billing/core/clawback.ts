/**
 * How much of a payment's credits its refunds and disputes take back. One rule for top-ups and plan invoices:
 * every reversal takes the share of the granted credits its money stands for, and all of them together never
 * more than the payment granted, so a refund and then a dispute of the same money take it once.
 */
export interface PaymentCredits {
  /** Credits the payment granted (the top-up's, or the invoice's allocation or proration). */
  grantedMicro: number;
  /** What the payment received, in cents. */
  paidCents: number;
  /** What its refunds and disputes have taken so far, net of what won disputes gave back. */
  clawedBackMicro: number;
}

/** The credits `cents` of the payment stand for, rounded down (BigInt: the product may pass 2^53). */
export function shareMicro(p: Pick<PaymentCredits, 'grantedMicro' | 'paidCents'>, cents: number): number {
  if (p.paidCents <= 0 || cents <= 0) return 0;
  const capped = Math.min(cents, p.paidCents);
  return Number((BigInt(p.grantedMicro) * BigInt(capped)) / BigInt(p.paidCents));
}

const leftToTake = (p: PaymentCredits) => Math.max(0, p.grantedMicro - p.clawedBackMicro);

/**
 * A refund total that went from `beforeCents` to `afterCents` (Stripe reports the charge's cumulative
 * `amount_refunded`): the share of the difference, computed on the totals so partial refunds round like one.
 */
export function refundClaimMicro(p: PaymentCredits, beforeCents: number, afterCents: number): number {
  if (afterCents <= beforeCents) return 0;
  const claim = shareMicro(p, afterCents) - shareMicro(p, beforeCents);
  return Math.min(claim, leftToTake(p));
}

/**
 * A dispute of `disputedCents`: its share, within what refunds and earlier disputes left. `before` says what was
 * reversed before the dispute at Stripe (refunds created by then, other disputes' takes), so a dispute whose
 * events arrive before an earlier refund's takes what it would have taken in Stripe's order, not more.
 */
export function disputeClaimMicro(
  p: PaymentCredits,
  disputedCents: number,
  before: { refundedCents: number; otherDisputesTakenMicro: number } = { refundedCents: 0, otherDisputesTakenMicro: 0 },
): number {
  const leftInStripeOrder = p.grantedMicro - shareMicro(p, before.refundedCents) - before.otherDisputesTakenMicro;
  return Math.max(0, Math.min(shareMicro(p, disputedCents), leftToTake(p), leftInStripeOrder));
}

/**
 * What a won dispute gives back: what it took, but never so much that the payment keeps less than what its
 * refunds and its other standing disputes claim. Delivered in Stripe's order this is what the dispute took; a
 * dispute seen before an earlier refund took the refund's part too, and keeps it, so the end is the same
 * whichever event arrived first.
 */
export function disputeGiveBackMicro(
  p: PaymentCredits & { refundedCents: number },
  takenMicro: number,
  otherDisputesTakenMicro: number,
): number {
  const keep = Math.min(p.grantedMicro, shareMicro(p, p.refundedCents) + otherDisputesTakenMicro);
  return Math.max(0, Math.min(takenMicro, p.clawedBackMicro - keep));
}

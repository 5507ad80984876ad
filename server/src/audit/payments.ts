import { shareMicro } from './amounts';
import type { Books } from './books';
import type { PaymentEvent, PaymentFacts } from './facts';

/**
 * One payment's refunds and disputes, applied to the books in the order they happened. Each takes the
 * share of the granted credits its money stands for (refunds on their running total); per payment,
 * everything taken stays within what the payment granted, so a refund and then a dispute of the same
 * money take it once. A won dispute gives back what that dispute takes in that order, as a grant of its
 * own, whichever order the ledger's entries came in.
 */
export class PaymentClawbacks {
  private next = 0;
  private refundedCents = 0;
  private takenMicro = 0;
  private readonly tookByDispute = new Map<string, number>();
  /** Won disputes, with what each gives back. */
  private readonly won = new Map<string, number>();

  constructor(
    private readonly grantId: string,
    private readonly grantedMicro: number,
    private readonly facts: PaymentFacts,
  ) {}

  /**
   * For one take-back entry of the ledger: applies events up to the next one that takes credits (those
   * that take nothing need no entry); `last`, for the payment's last entry, applies every event left.
   * Returns whether any event took credits.
   */
  applyForEntry(books: Books, last: boolean): boolean {
    let claimed = false;
    while (this.next < this.facts.events.length) {
      claimed = this.apply(this.take(books), this.facts.events[this.next++]!) !== null || claimed;
      if (claimed && !last) break;
    }
    return claimed;
  }

  /**
   * Events no entry applied: applied now. Returns those that moved credits, with what they took: the
   * ledger never took it. (A claim on a plan invoice with nothing left moves nothing and is not missed.)
   */
  applyRest(books: Books): { event: PaymentEvent; takenMicro: number }[] {
    const missed: { event: PaymentEvent; takenMicro: number }[] = [];
    while (this.next < this.facts.events.length) {
      const event = this.facts.events[this.next++]!;
      const takenMicro = this.apply(this.take(books), event);
      if (takenMicro) missed.push({ event, takenMicro });
    }
    return missed;
  }

  /**
   * What a won dispute gives back: what it takes in Stripe's order, against what the payment's refunds and
   * earlier disputes left. The ledger may give it back before the entry that applies its take here (it
   * took before a refund Stripe made first): then what it will take is worked out from the events up to
   * it. Counted once, whenever it is first asked.
   */
  win(disputeId: string, books: Books): number {
    if (!this.won.has(disputeId))
      this.markWon(disputeId, this.tookByDispute.get(disputeId) ?? this.willTake(disputeId, books));
    return this.won.get(disputeId)!;
  }

  /** Won disputes that took credits. */
  wonDisputes(): { id: string; tookMicro: number }[] {
    return [...this.won.keys()].map((id) => ({ id, tookMicro: this.tookByDispute.get(id) ?? 0 }));
  }

  private markWon(disputeId: string, givesBackMicro: number): void {
    this.won.set(disputeId, givesBackMicro);
    if (this.tookByDispute.has(disputeId)) this.takenMicro -= givesBackMicro;
  }

  /** What a dispute not yet applied takes once the events before it are: applied to a copy, the books untouched. */
  private willTake(disputeId: string, books: Books): number {
    const at = this.facts.events.findIndex((e, i) => i >= this.next && e.kind === 'dispute' && e.id === disputeId);
    if (at < 0) return 0;
    const trial = new PaymentClawbacks(this.grantId, this.grantedMicro, this.facts);
    trial.refundedCents = this.refundedCents;
    trial.takenMicro = this.takenMicro;
    for (const [id, micro] of this.tookByDispute) trial.tookByDispute.set(id, micro);
    for (const [id, micro] of this.won) trial.won.set(id, micro);
    let freeMicro = books.pot(this.grantId)?.freeMicro ?? 0;
    const clawback = (claim: number) => {
      const removed = Math.min(claim, freeMicro);
      freeMicro -= removed;
      return this.facts.owesRest ? claim : removed;
    };
    for (let i = this.next; i <= at; i++) trial.apply(clawback, this.facts.events[i]!);
    return trial.tookByDispute.get(disputeId) ?? 0;
  }

  private take(books: Books): (claimMicro: number) => number {
    return (claim) => books.clawback(this.grantId, claim, this.facts.owesRest);
  }

  /** What the event took (0 when its claim found nothing left), or null when it claims nothing. */
  private apply(take: (claimMicro: number) => number, e: PaymentEvent): number | null {
    if (e.kind === 'dispute won') {
      // In Stripe's order the dispute came first: what it took is known.
      if (!this.won.has(e.id)) this.markWon(e.id, this.tookByDispute.get(e.id) ?? 0);
      return null;
    }
    const claim = Math.min(this.claim(e), Math.max(0, this.grantedMicro - this.takenMicro));
    if (claim <= 0) return null;
    const taken = take(claim);
    this.takenMicro += taken;
    if (e.kind !== 'dispute') return taken;
    this.tookByDispute.set(e.id, taken);
    // Won before its take was applied: what it gives back is already counted.
    if (this.won.has(e.id)) this.takenMicro -= this.won.get(e.id)!;
    return taken;
  }

  private claim(e: PaymentEvent): number {
    const share = (cents: number) => shareMicro(this.grantedMicro, this.facts.paidCents, cents);
    if (e.kind === 'dispute') return share(e.cents);
    const before = this.refundedCents;
    this.refundedCents += e.cents;
    return share(this.refundedCents) - share(before);
  }
}

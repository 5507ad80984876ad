import { shareMicro } from './amounts';
import type { Books } from './books';
import type { PaymentEvent, PaymentFacts } from './facts';

/**
 * One payment's refunds and disputes, applied to the books in the order they happened. Each takes the
 * share of the granted credits its money stands for (refunds on their running total); per payment,
 * everything taken stays within what the payment granted, so a refund and then a dispute of the same
 * money take it once. A won dispute gives back what that dispute took, as a grant of its own.
 */
export class PaymentClawbacks {
  private next = 0;
  private refundedCents = 0;
  private takenMicro = 0;
  private readonly tookByDispute = new Map<string, number>();
  private readonly won = new Set<string>();

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
      claimed = this.apply(books, this.facts.events[this.next++]!) !== null || claimed;
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
      const takenMicro = this.apply(books, event);
      if (takenMicro) missed.push({ event, takenMicro });
    }
    return missed;
  }

  /** What a won dispute gives back: what it took. Counted once, whenever it is first asked. */
  win(disputeId: string): number {
    const took = this.tookByDispute.get(disputeId) ?? 0;
    if (!this.won.has(disputeId)) {
      this.won.add(disputeId);
      this.takenMicro -= took;
    }
    return took;
  }

  /** Won disputes that took credits. */
  wonDisputes(): { id: string; tookMicro: number }[] {
    return [...this.won].map((id) => ({ id, tookMicro: this.tookByDispute.get(id) ?? 0 }));
  }

  /** What the event took (0 when its claim found nothing left), or null when it claims nothing. */
  private apply(books: Books, e: PaymentEvent): number | null {
    if (e.kind === 'dispute won') {
      this.win(e.id);
      return null;
    }
    const claim = Math.min(this.claim(e), Math.max(0, this.grantedMicro - this.takenMicro));
    if (claim <= 0) return null;
    const taken = books.clawback(this.grantId, claim, this.facts.owesRest);
    this.takenMicro += taken;
    if (e.kind === 'dispute') this.tookByDispute.set(e.id, taken);
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

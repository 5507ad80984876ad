import { credits } from './words';

/**
 * The credit rules of SPEC §2-4, written again from the text and nothing else: the auditor's own
 * books of one workspace. Operations come in schedule order; each leaves the books in the state the
 * rules require, and anything the rules forbid (a hold that could not be covered, a settle beyond
 * the overrun allowance) is written to `problems` instead of being refused.
 */

export interface PotSpec {
  id: string;
  label: string;
  originalMicro: number;
  expiresAt: Date | null;
  /** Orders never-expiring grants: oldest first. */
  effectiveAt: Date;
  /** Creation order: breaks every tie in the burn order. */
  order: number;
  /** A period's allocation: every grant expiring by this time is over once it is granted (renewal). */
  periodStartsAt?: Date | null;
}

export interface PotView {
  id: string;
  label: string;
  originalMicro: number;
  /** Free remaining: neither spent, reserved, expired nor taken back. */
  freeMicro: number;
  expiresAt: Date | null;
  /** Expired or taken back: credits given back to it later are gone too. */
  ended: boolean;
}

interface Pot extends PotSpec {
  freeMicro: number;
  ended: boolean;
}

/** A part of a hold, taken from one grant (`potId` null: what the hold got without cover). */
interface Part {
  potId: string | null;
  micro: number;
}

export type HoldOutcome = 'ACTIVE' | 'SETTLED' | 'RELEASED';

interface Reservation {
  amountMicro: number;
  parts: Part[];
  outcome: HoldOutcome;
}

function burnFirst(a: Pot, b: Pot): number {
  if (a.expiresAt && b.expiresAt) return a.expiresAt.getTime() - b.expiresAt.getTime() || a.order - b.order;
  if (a.expiresAt) return -1;
  if (b.expiresAt) return 1;
  return a.effectiveAt.getTime() - b.effectiveAt.getTime() || a.order - b.order;
}

export class Books {
  private readonly pots = new Map<string, Pot>();
  private readonly reservations = new Map<string, Reservation>();
  private deficitMicro = 0;
  private clock = new Date(0);
  readonly problems: string[] = [];

  /** Time moves on (never back): grants past their expiry lose their free remainder. */
  advanceTo(at: Date): void {
    if (at > this.clock) this.clock = at;
    for (const pot of this.pots.values()) {
      if (!pot.ended && pot.expiresAt && pot.expiresAt <= this.clock) this.end(pot);
    }
  }

  /** A new grant. A new period's allocation first ends what expires by its start. */
  open(spec: PotSpec): void {
    if (this.pots.has(spec.id)) {
      this.problems.push(`grant ${spec.id} was credited twice`);
      return;
    }
    const start = spec.periodStartsAt;
    if (start) for (const pot of this.pots.values()) if (pot.expiresAt && pot.expiresAt <= start) this.end(pot);
    const pot: Pot = { ...spec, freeMicro: spec.originalMicro, ended: false };
    this.pots.set(spec.id, pot);
    if (!this.isLive(pot)) this.end(pot);
    this.payDeficit();
  }

  /** Reserves in burn order; the ledger must refuse a hold that free − deficit cannot cover. */
  hold(id: string, amountMicro: number): void {
    if (this.reservations.has(id)) {
      this.problems.push(`hold ${id} was placed twice`);
      return;
    }
    const availableMicro = this.freeMicro() - this.deficitMicro;
    if (availableMicro < amountMicro) {
      this.problems.push(
        `hold ${id} of ${credits(amountMicro)} was accepted while only ${credits(Math.max(0, availableMicro))} was available`,
      );
    }
    const parts = this.take(amountMicro);
    const taken = parts.reduce((s, p) => s + p.micro, 0);
    if (taken < amountMicro) parts.push({ potId: null, micro: amountMicro - taken });
    this.reservations.set(id, { amountMicro, parts, outcome: 'ACTIVE' });
  }

  /**
   * Charges the actual cost. Within the hold: the first `actual` of its parts, in order, the rest
   * goes back. Above it: the whole hold, the excess from free credits in burn order, and what they
   * cannot cover is owed.
   */
  settle(id: string, actualMicro: number, allowanceMicro: number | null): void {
    const r = this.activeHold(id, 'settled');
    if (!r) return;
    if (allowanceMicro !== null && actualMicro > r.amountMicro + allowanceMicro) {
      this.problems.push(
        `hold ${id} of ${credits(r.amountMicro)} was settled at ${credits(actualMicro)}, beyond its overrun allowance of ${credits(allowanceMicro)}`,
      );
    }
    r.outcome = 'SETTLED';
    let left = actualMicro;
    for (const part of r.parts) {
      const captured = Math.min(part.micro, left);
      left -= captured;
      this.giveBack(part.potId, part.micro - captured);
    }
    if (left > 0) {
      const taken = this.take(left).reduce((s, p) => s + p.micro, 0);
      this.deficitMicro += left - taken;
    }
    this.payDeficit();
  }

  /** Every part goes back to the grant it came from (and expires there if the grant has ended). */
  release(id: string): void {
    const r = this.activeHold(id, 'released');
    if (!r) return;
    r.outcome = 'RELEASED';
    for (const part of r.parts) this.giveBack(part.potId, part.micro);
    this.payDeficit();
  }

  /** A negative adjustment: from free credits in burn order, the rest is owed. */
  debit(amountMicro: number): void {
    const taken = this.take(amountMicro).reduce((s, p) => s + p.micro, 0);
    this.deficitMicro += amountMicro - taken;
  }

  /**
   * A refund or dispute of a payment: its grant loses up to `micro` of its free remainder. With
   * `owesRest` (a top-up) the rest is owed, and paid at once from any other free credits. Returns what
   * was taken back: what left the grant, plus what is owed for it.
   */
  clawback(potId: string, micro: number, owesRest: boolean): number {
    const pot = this.pots.get(potId);
    if (!pot) {
      this.problems.push(`a refund names grant ${potId}, which was never credited`);
      return 0;
    }
    const removed = Math.min(micro, pot.freeMicro);
    pot.freeMicro -= removed;
    if (!owesRest) return removed;
    this.deficitMicro += micro - removed;
    this.payDeficit();
    return micro;
  }

  /** Takes up to `micro` of a grant's free remainder, owing nothing for the rest (a reversal the facts do not size). */
  remove(potId: string, micro: number): void {
    const pot = this.pots.get(potId);
    if (pot) pot.freeMicro -= Math.min(Math.max(0, micro), pot.freeMicro);
  }

  /** A plan's credits taken back when the plan ends: what remains leaves (what a hold still reserves is charged or comes back later). */
  revoke(potId: string): void {
    const pot = this.pots.get(potId);
    if (!pot) this.problems.push(`a reversal names grant ${potId}, which was never credited`);
    else pot.freeMicro = 0;
  }

  pot(id: string): PotView | undefined {
    const p = this.pots.get(id);
    return p && this.view(p);
  }

  view(p: Pot): PotView {
    return {
      id: p.id,
      label: p.label,
      originalMicro: p.originalMicro,
      freeMicro: p.freeMicro,
      expiresAt: p.expiresAt,
      ended: p.ended,
    };
  }

  potViews(): PotView[] {
    return [...this.pots.values()].map((p) => this.view(p));
  }

  holdOutcome(id: string): HoldOutcome | undefined {
    return this.reservations.get(id)?.outcome;
  }

  get reservedMicro(): number {
    let sum = 0;
    for (const r of this.reservations.values()) if (r.outcome === 'ACTIVE') sum += r.amountMicro;
    return sum;
  }

  get owedMicro(): number {
    return this.deficitMicro;
  }

  /** The time of the newest operation: the ledger's stored state is as of then. */
  get now(): Date {
    return this.clock;
  }

  /** What may be spent at `at`: free credits of grants still running then, minus the deficit, never below 0. */
  availableAt(at: Date): number {
    let free = 0;
    for (const p of this.pots.values()) if (!p.ended && (!p.expiresAt || p.expiresAt > at)) free += p.freeMicro;
    return Math.max(0, free - this.deficitMicro);
  }

  // ——— the rules' small steps ———

  private isLive(pot: Pot): boolean {
    return !pot.ended && (pot.expiresAt === null || pot.expiresAt > this.clock);
  }

  private end(pot: Pot): void {
    pot.freeMicro = 0;
    pot.ended = true;
  }

  private freeMicro(): number {
    let sum = 0;
    for (const p of this.pots.values()) if (this.isLive(p)) sum += p.freeMicro;
    return sum;
  }

  private burnOrder(): Pot[] {
    return [...this.pots.values()].filter((p) => this.isLive(p) && p.freeMicro > 0).sort(burnFirst);
  }

  private take(amountMicro: number): Part[] {
    const parts: Part[] = [];
    let left = amountMicro;
    for (const pot of this.burnOrder()) {
      if (left <= 0) break;
      const micro = Math.min(pot.freeMicro, left);
      pot.freeMicro -= micro;
      left -= micro;
      parts.push({ potId: pot.id, micro });
    }
    return parts;
  }

  /** Credits given back to an ended grant are gone: they expire (or stay taken back) at once. */
  private giveBack(potId: string | null, micro: number): void {
    const pot = potId ? this.pots.get(potId) : undefined;
    if (pot && micro > 0 && this.isLive(pot)) pot.freeMicro += micro;
  }

  /** SPEC rule 6: a deficit never stands beside free credits; it is paid in burn order the moment they exist. */
  private payDeficit(): void {
    if (this.deficitMicro <= 0) return;
    const paid = this.take(this.deficitMicro).reduce((s, p) => s + p.micro, 0);
    this.deficitMicro -= paid;
  }

  private activeHold(id: string, verb: string): Reservation | null {
    const r = this.reservations.get(id);
    if (!r) {
      this.problems.push(`hold ${id} was ${verb} but never placed`);
      return null;
    }
    if (r.outcome !== 'ACTIVE') {
      this.problems.push(`hold ${id} was ${verb} after it was already ${r.outcome.toLowerCase()}`);
      return null;
    }
    return r;
  }
}

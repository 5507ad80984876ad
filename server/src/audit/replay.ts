import { overrunAllowanceMicro } from './amounts';
import { Books } from './books';
import { PaymentClawbacks } from './payments';
import type { AdjustmentFact, GrantFact, ScheduleRow, StoredGrant, StoredHold, WorkspaceInput } from './facts';
import { credits } from './words';

/**
 * Follows the schedule (the order of the ledger's primary entries) with amounts from the facts, and
 * only from the facts: where none exists the amount is read from the ledger's row and the item is
 * marked unsourced. The books it returns are what the workspace must hold.
 */

export interface ReplayResult {
  books: Books;
  /** Where the ledger did something the facts do not explain, or left out something they require. */
  differences: string[];
  /** Items whose amount came from the ledger's own rows, for want of a fact. */
  unsourced: string[];
  unsourcedGrantIds: Set<string>;
  /** Where each grant's amount comes from, in words. */
  origins: Map<string, string>;
}

const CLOCK_ONLY = new Set(['EXPIRY', 'DEFICIT_REPAYMENT']);

export const grantName = (g: Pick<StoredGrant, 'label'>, origin: string | undefined): string =>
  `grant "${g.label}"${origin ? ` (${origin})` : ''}`;

/** Support's record of each adjustment, matched to the ledger's entries by who made it and why. */
class AdjustmentRecord {
  private readonly used: boolean[];

  constructor(private readonly facts: AdjustmentFact[]) {
    this.used = facts.map(() => false);
  }

  take(row: ScheduleRow, positive: boolean): AdjustmentFact | null {
    const by = row.actorKind === 'SUPPORT' ? row.actorId : null;
    const i = this.facts.findIndex(
      (f, k) =>
        !this.used[k] &&
        f.amountMicro > 0 === positive &&
        (f.by ?? null) === by &&
        (f.reason ?? null) === (row.reason ?? null),
    );
    if (i < 0) return null;
    this.used[i] = true;
    return this.facts[i]!;
  }

  /** Recorded adjustments no entry took; a retry of a taken one (same author, reason, amount) is not missing. */
  missing(): AdjustmentFact[] {
    const same = (a: AdjustmentFact, b: AdjustmentFact) =>
      a.amountMicro === b.amountMicro && a.by === b.by && a.reason === b.reason;
    const taken = this.facts.filter((_, k) => this.used[k]);
    return this.facts.filter((f, k) => !this.used[k] && !taken.some((t) => same(t, f)));
  }
}

class Replay {
  readonly books = new Books();
  readonly differences: string[] = [];
  readonly unsourced: string[] = [];
  readonly unsourcedGrantIds = new Set<string>();
  readonly origins = new Map<string, string>();
  private readonly grants: Map<string, StoredGrant>;
  private readonly holds: Map<string, StoredHold>;
  private readonly adjustments: AdjustmentRecord;
  /** Per grant: how many refund entries are still to come. */
  private readonly refundsLeft = new Map<string, number>();
  /** Per paid grant: its refunds and disputes, opened when the grant is credited. */
  private readonly payments = new Map<string, PaymentClawbacks>();
  private readonly givenBack = new Set<string>();

  constructor(private readonly input: WorkspaceInput) {
    this.grants = new Map(input.grants.map((g) => [g.id, g]));
    this.holds = new Map(input.holds.map((h) => [h.id, h]));
    this.adjustments = new AdjustmentRecord(input.facts.adjustments);
    for (const row of input.schedule) {
      if (row.type === 'REFUND' && row.grantId)
        this.refundsLeft.set(row.grantId, (this.refundsLeft.get(row.grantId) ?? 0) + 1);
    }
  }

  run(): ReplayResult {
    const rows = [...this.input.schedule].sort((a, b) => a.seq - b.seq);
    for (const row of rows) {
      this.books.advanceTo(row.at);
      this.apply(row);
    }
    this.finish();
    for (const p of this.books.problems) this.differences.push(p);
    return this;
  }

  private apply(row: ScheduleRow): void {
    switch (row.type) {
      case 'GRANT':
        return this.credit(row, false);
      case 'ADJUSTMENT':
        return row.grantId ? this.credit(row, true) : this.debit(row);
      case 'HOLD':
        return this.withHold(row, (h) => this.books.hold(h.id, h.amountMicro));
      case 'CHARGE':
        return this.withHold(row, (h) => {
          if (h.status !== 'SETTLED') this.differences.push(`hold ${h.id} was charged but is stored as ${h.status}`);
          this.books.settle(h.id, h.actualMicro, overrunAllowanceMicro(h.amountMicro, this.input.overrun));
        });
      case 'RELEASE':
        return this.withHold(row, (h) => {
          if (h.status !== 'RELEASED' && h.status !== 'EXPIRED')
            this.differences.push(`hold ${h.id} was released but is stored as ${h.status}`);
          this.books.release(h.id);
        });
      case 'REFUND':
      case 'REVERSAL':
        return this.takeBack(row);
      default:
        if (!CLOCK_ONLY.has(row.type))
          this.differences.push(`entry #${row.seq} has type ${row.type}, which the auditor does not know`);
    }
  }

  private credit(row: ScheduleRow, isAdjustment: boolean): void {
    const g = row.grantId ? this.grants.get(row.grantId) : undefined;
    if (!g) {
      this.differences.push(`entry #${row.seq} credits grant ${row.grantId ?? '(none)'}, which is not stored`);
      return;
    }
    const fact = this.input.facts.grants.get(g.id) ?? (isAdjustment ? this.adjustmentGrant(row, g) : null);
    if (fact) this.sourcedGrant(row, g, fact);
    else this.unsourcedGrant(row, g);
  }

  /** A positive adjustment: its amount from support's record; its expiry (support may set one) from the row. */
  private adjustmentGrant(row: ScheduleRow, g: StoredGrant): GrantFact | null {
    const f = this.adjustments.take(row, true);
    return f && { originalMicro: f.amountMicro, expiresAt: g.expiresAt, origin: adjustmentOrigin(f) };
  }

  private sourcedGrant(row: ScheduleRow, g: StoredGrant, given: GrantFact): void {
    const fact = given.givesBack ? this.giveBack(given, given.givesBack) : given;
    this.origins.set(g.id, fact.origin);
    if ((fact.expiresAt?.getTime() ?? null) !== (g.expiresAt?.getTime() ?? null)) {
      this.differences.push(
        `${grantName(g, fact.origin)}: must expire ${when(fact.expiresAt)}, ledger says ${when(g.expiresAt)}`,
      );
    }
    this.books.open({
      id: g.id,
      label: g.label,
      originalMicro: fact.originalMicro,
      expiresAt: fact.expiresAt,
      effectiveAt: fact.periodStartsAt ?? row.at,
      order: row.seq,
      periodStartsAt: fact.periodStartsAt ?? null,
    });
    if (fact.payment) this.payments.set(g.id, new PaymentClawbacks(g.id, fact.originalMicro, fact.payment));
  }

  /** A won dispute's grant holds what that dispute takes in Stripe's order, whatever the ledger says it took. */
  private giveBack(fact: GrantFact, from: { disputeId: string; grantId: string }): GrantFact {
    this.givenBack.add(from.disputeId);
    return { ...fact, originalMicro: this.payments.get(from.grantId)?.win(from.disputeId, this.books) ?? 0 };
  }

  private unsourcedGrant(row: ScheduleRow, g: StoredGrant): void {
    this.unsourcedGrantIds.add(g.id);
    this.origins.set(g.id, 'unsourced');
    this.unsourced.push(`${grantName(g, undefined)}: ${credits(g.originalMicro)} from its row, no fact behind it`);
    this.books.open({
      id: g.id,
      label: g.label,
      originalMicro: g.originalMicro,
      expiresAt: g.expiresAt,
      effectiveAt: g.effectiveAt,
      order: row.seq,
    });
  }

  private debit(row: ScheduleRow): void {
    const fact = this.adjustments.take(row, false);
    if (fact) return this.books.debit(-fact.amountMicro);
    this.unsourced.push(`adjustment #${row.seq}: ${credits(row.entryMicro)} from its entry, no fact behind it`);
    this.books.debit(Math.max(0, -row.entryMicro));
  }

  private withHold(row: ScheduleRow, then: (hold: StoredHold) => void): void {
    const hold = row.holdId ? this.holds.get(row.holdId) : undefined;
    if (!hold) this.differences.push(`entry #${row.seq} (${row.type}) names hold ${row.holdId}, which is not stored`);
    else then(hold);
  }

  private takeBack(row: ScheduleRow): void {
    const g = row.grantId ? this.grants.get(row.grantId) : undefined;
    if (!g) {
      this.differences.push(`entry #${row.seq} (${row.type}) names grant ${row.grantId}, which is not stored`);
      return;
    }
    const fact = this.input.facts.grants.get(g.id);
    const payment = this.payments.get(g.id);
    if (row.type === 'REFUND' && payment) return this.paymentTakeBack(row, g, payment);
    // Staff voided what remains of this grant, on record with a reason.
    if (row.type === 'REVERSAL' && this.input.facts.voidedGrants.has(g.id)) return this.books.revoke(g.id);
    if (row.type === 'REVERSAL' && fact?.revokeAllowedBecause !== undefined) return this.revoke(row, g, fact);
    if (fact) {
      this.differences.push(`entry #${row.seq} takes back from ${grantName(g, fact.origin)}, which nothing explains`);
      return;
    }
    // Nothing outside the ledger sizes it: its own entry does, and it is reported as unsourced.
    const micro = Math.max(0, -row.entryMicro);
    this.unsourced.push(
      `${row.type.toLowerCase()} #${row.seq} of ${grantName(g, undefined)}: ${credits(micro)} from its entry`,
    );
    if (row.type === 'REFUND') this.books.clawback(g.id, micro, true);
    else this.books.remove(g.id, micro);
  }

  /**
   * Each refund entry of a paid grant applies the next refund or dispute that takes credits; its last
   * entry applies all that remain (the ledger may have seen two refunds in one event).
   */
  private paymentTakeBack(row: ScheduleRow, g: StoredGrant, payment: PaymentClawbacks): void {
    const left = (this.refundsLeft.get(g.id) ?? 1) - 1;
    this.refundsLeft.set(g.id, left);
    if (!payment.applyForEntry(this.books, left === 0))
      this.differences.push(
        `entry #${row.seq} takes back from ${grantName(g, this.origins.get(g.id))}, but no refund or dispute is left to explain it`,
      );
  }

  private revoke(row: ScheduleRow, g: StoredGrant, fact: GrantFact): void {
    if (fact.revokeAllowedBecause) return this.books.revoke(g.id);
    this.differences.push(`entry #${row.seq} takes back ${grantName(g, fact.origin)}, but the plan has not ended`);
  }

  /** Facts the ledger never acted on are applied now, and each is a difference. */
  private finish(): void {
    for (const [grantId, payment] of this.payments) {
      const g = this.grants.get(grantId)!;
      const name = grantName(g, this.origins.get(grantId));
      for (const { event, takenMicro } of payment.applyRest(this.books))
        this.differences.push(`${name}: ${event.what} must take back ${credits(takenMicro)}, the ledger never did`);
      for (const won of payment.wonDisputes()) {
        const pot = this.books.pot(grantId);
        const over = pot?.expiresAt && pot.expiresAt <= this.books.now;
        if (won.tookMicro > 0 && !this.givenBack.has(won.id) && !over)
          this.differences.push(
            `${name}: dispute ${won.id} was won, the ${credits(won.tookMicro)} it took never came back`,
          );
      }
    }
    for (const f of this.adjustments.missing()) {
      this.differences.push(`${adjustmentOrigin(f)} of ${credits(f.amountMicro)} is not in the ledger`);
    }
  }
}

const when = (d: Date | null) => (d ? `at ${d.toISOString()}` : 'never');

const adjustmentOrigin = (f: AdjustmentFact): string =>
  f.reason ? `support adjustment "${f.reason}"` : 'recorded adjustment';

export function replaySchedule(input: WorkspaceInput): ReplayResult {
  return new Replay(input).run();
}

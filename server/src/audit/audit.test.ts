import { describe, expect, it } from 'vitest';
import { auditWorkspace } from './audit';
import { oldestFirst, type TimedEvent } from './collect-stripe';
import {
  emptyFacts,
  type GrantFact,
  type PaymentEvent,
  type ScheduleRow,
  type StoredGrant,
  type StoredHold,
  type WorkspaceFacts,
  type WorkspaceInput,
} from './facts';

const C = 1_000_000;
const T0 = Date.parse('2026-11-01T00:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const PERIOD_END = new Date(T0 + 30 * 86_400_000);

/** A small ledger written by hand: rows as the tables would hold them, and the facts beside them. */
class Workspace {
  schedule: ScheduleRow[] = [];
  grants: StoredGrant[] = [];
  holds: StoredHold[] = [];
  facts: WorkspaceFacts = emptyFacts();
  held = 0;
  deficit = 0;

  private entry(type: string, extra: Partial<ScheduleRow> = {}): void {
    const seq = this.schedule.length + 1;
    this.schedule.push({
      seq,
      type,
      at: at(seq),
      holdId: null,
      grantId: null,
      actorKind: 'SYSTEM',
      actorId: null,
      reason: null,
      entryMicro: 0,
      ...extra,
    });
  }

  grant(id: string, originalMicro: number, remainingMicro: number, o: Partial<StoredGrant> = {}, fact?: GrantFact) {
    this.grants.push({
      id,
      source: 'TOP_UP',
      label: id,
      originalMicro,
      remainingMicro,
      expiresAt: null,
      effectiveAt: at(this.schedule.length + 1),
      externalKey: null,
      ...o,
    });
    if (fact) this.facts.grants.set(id, fact);
    this.entry(o.source === 'ADJUSTMENT' ? 'ADJUSTMENT' : 'GRANT', {
      grantId: id,
      ...(o.source === 'ADJUSTMENT' ? { actorKind: 'SUPPORT', actorId: 'staff', reason: 'goodwill' } : {}),
    });
    return this;
  }

  hold(id: string, amountMicro: number, end?: { actualMicro: number } | 'released') {
    this.holds.push({
      id,
      amountMicro,
      actualMicro: end && end !== 'released' ? end.actualMicro : 0,
      status: !end ? 'ACTIVE' : end === 'released' ? 'RELEASED' : 'SETTLED',
      feature: null,
    });
    this.entry('HOLD', { holdId: id, entryMicro: -amountMicro });
    if (end === 'released') this.entry('RELEASE', { holdId: id, entryMicro: amountMicro });
    else if (end) this.entry('CHARGE', { holdId: id, entryMicro: amountMicro - end.actualMicro });
    return this;
  }

  settle(id: string, actualMicro: number) {
    const h = this.holds.find((x) => x.id === id)!;
    Object.assign(h, { status: 'SETTLED', actualMicro });
    this.entry('CHARGE', { holdId: id, entryMicro: h.amountMicro - actualMicro });
    return this;
  }

  release(id: string) {
    const h = this.holds.find((x) => x.id === id)!;
    h.status = 'RELEASED';
    this.entry('RELEASE', { holdId: id, entryMicro: h.amountMicro });
    return this;
  }

  refund(grantId: string, entryMicro = 0) {
    this.entry('REFUND', { grantId, actorKind: 'STRIPE', entryMicro });
    return this;
  }

  reversal(grantId: string) {
    this.entry('REVERSAL', { grantId, actorKind: 'STRIPE' });
    return this;
  }

  debit(entryMicro: number, support = false) {
    this.entry('ADJUSTMENT', {
      entryMicro,
      ...(support ? { actorKind: 'SUPPORT', actorId: 'staff', reason: 'correction' } : {}),
    });
    return this;
  }

  account(held: number, deficit: number) {
    this.held = held;
    this.deficit = deficit;
    return this;
  }

  input(): WorkspaceInput {
    return {
      workspaceId: 'ws',
      name: 'Acme',
      schedule: this.schedule,
      grants: this.grants,
      holds: this.holds,
      account: { heldMicro: this.held, deficitMicro: this.deficit },
      runs: [],
      facts: this.facts,
      overrun: { percent: 25, minimumMicro: C },
      now: at(1000),
    };
  }
}

const allocation = (origin = 'invoice in_1', events: PaymentEvent[] = []): GrantFact => ({
  originalMicro: 20 * C,
  expiresAt: PERIOD_END,
  periodStartsAt: new Date(T0),
  origin,
  revokeAllowedBecause: null,
  payment: { paidCents: 2900, owesRest: false, events },
});
const payment = (events: PaymentEvent[] = []): GrantFact => ({
  originalMicro: 20 * C,
  expiresAt: null,
  origin: 'payment pi_1',
  payment: { paidCents: 2000, owesRest: true, events },
});
const refundOf = (cents: number, id = 're_1'): PaymentEvent => ({ id, what: `refund ${id}`, kind: 'refund', cents });
const disputeOf = (cents: number, id = 'dp_1'): PaymentEvent => ({ id, what: `dispute ${id}`, kind: 'dispute', cents });

interface Case {
  name: string;
  ws: () => Workspace;
  differences: (string | RegExp)[];
  unsourced?: number;
}

const CASES: Case[] = [
  {
    name: 'a ledger that follows the rules: no difference',
    ws: () =>
      new Workspace()
        .grant('alloc', 20 * C, 18_300_000, { source: 'PLAN_ALLOCATION', expiresAt: PERIOD_END }, allocation())
        .grant('topup', 20 * C, 20 * C, { externalKey: 'payment:pi_1' }, payment())
        .hold('h1', 2_500_000, { actualMicro: 1_700_000 }),
    differences: [],
  },
  {
    name: 'a grant funded with no fact is unsourced, and its arithmetic still checked',
    ws: () =>
      new Workspace()
        .grant('g', 10 * C, 7 * C)
        .hold('h', 3 * C)
        .account(3 * C, 0),
    differences: [],
    unsourced: 1,
  },
  {
    name: 'a corrupted remainder is named with both amounts',
    ws: () =>
      new Workspace()
        .grant(
          'alloc',
          20 * C,
          12_750_000,
          { source: 'PLAN_ALLOCATION', expiresAt: PERIOD_END },
          allocation('invoice in_123'),
        )
        .hold('h', 7_500_000, { actualMicro: 7_500_000 }),
    differences: ['grant "alloc" (invoice in_123): must hold 12.5, ledger holds 12.75'],
  },
  {
    name: 'a grant larger than what was paid',
    ws: () => new Workspace().grant('topup', 40 * C, 40 * C, { externalKey: 'payment:pi_1' }, payment()),
    differences: [
      'grant "topup" (payment pi_1): must be 20 credits, ledger granted 40',
      'grant "topup" (payment pi_1): must hold 20, ledger holds 40',
    ],
  },
  {
    name: 'refund then dispute of one top-up: taken back once; a second clawback is a difference',
    ws: () =>
      new Workspace()
        .grant('topup', 20 * C, 0, { externalKey: 'payment:pi_1' }, payment([refundOf(2000), disputeOf(2000)]))
        .hold('h', 5 * C, { actualMicro: 5 * C })
        .refund('topup')
        .refund('topup')
        .account(0, 25 * C),
    differences: [
      'entry #5 takes back from grant "topup" (payment pi_1), but no refund or dispute is left to explain it',
      'deficit: must be 5, ledger says 25',
    ],
  },
  {
    name: 'a refund the ledger never applied',
    ws: () =>
      new Workspace().grant('topup', 20 * C, 20 * C, { externalKey: 'payment:pi_1' }, payment([refundOf(2000)])),
    differences: [
      'grant "topup" (payment pi_1): refund re_1 must take back 20, the ledger never did',
      'grant "topup" (payment pi_1): must hold 0, ledger holds 20',
    ],
  },
  {
    name: 'a deficit beside free credits (released hold after an overrun)',
    ws: () =>
      new Workspace()
        .grant(
          'alloc',
          4 * C,
          2 * C,
          { source: 'PLAN_ALLOCATION', expiresAt: PERIOD_END },
          { ...allocation(), originalMicro: 4 * C },
        )
        .hold('a', 2 * C)
        .hold('b', 2 * C)
        .settle('a', 2_400_000)
        .release('b')
        .account(0, 400_000),
    differences: [
      'grant "alloc" (invoice in_1): must hold 1.6, ledger holds 2',
      'deficit: must be 0, ledger says 0.4',
      `the ledger's deficit of 0.4 stands beside 2 free in grant "alloc"`,
    ],
  },
  {
    name: 'an allocation taken back with nothing to explain it',
    ws: () =>
      new Workspace()
        .grant('alloc', 20 * C, 0, { source: 'PLAN_ALLOCATION', expiresAt: PERIOD_END }, allocation())
        .reversal('alloc'),
    differences: [
      'entry #2 takes back grant "alloc" (invoice in_1), but the plan has not ended',
      'grant "alloc" (invoice in_1): must hold 20, ledger holds 0',
    ],
  },
  {
    name: 'a refunded subscription invoice must take back what remains of its allocation',
    ws: () =>
      new Workspace().grant(
        'alloc',
        20 * C,
        20 * C,
        { source: 'PLAN_ALLOCATION', expiresAt: PERIOD_END },
        allocation('invoice in_1', [refundOf(2900, 're_9')]),
      ),
    differences: [
      'grant "alloc" (invoice in_1): refund re_9 must take back 20, the ledger never did',
      'grant "alloc" (invoice in_1): must hold 0, ledger holds 20',
    ],
  },
  {
    name: 'a won dispute gives back, as a grant of its own, what the dispute took',
    ws: () => {
      const ws = new Workspace()
        .grant(
          'topup',
          20 * C,
          0,
          { externalKey: 'payment:pi_1' },
          payment([disputeOf(2000), { id: 'dp_1', what: 'won', kind: 'dispute won', cents: 2000 }]),
        )
        .hold('h', 5 * C, { actualMicro: 5 * C })
        .refund('topup')
        .grant(
          'back',
          15 * C,
          15 * C,
          { externalKey: 'dispute:dp_1' },
          {
            originalMicro: 0,
            expiresAt: null,
            origin: 'dispute dp_1, won',
            givesBack: { disputeId: 'dp_1', grantId: 'topup' },
          },
        );
      return ws;
    },
    differences: ['grant "back" (dispute dp_1, won): must be 20 credits, ledger granted 15'],
  },
  {
    name: 'refund, then a dispute won, the dispute seen first: it gives back what it takes after the refund',
    ws: () =>
      new Workspace()
        .grant(
          'topup',
          20 * C,
          0,
          { externalKey: 'payment:pi_1' },
          payment([refundOf(487), disputeOf(1513), { id: 'dp_1', what: 'won', kind: 'dispute won', cents: 1513 }]),
        )
        .refund('topup')
        .grant(
          'back',
          15_130_000,
          15_130_000,
          { externalKey: 'dispute:dp_1' },
          {
            originalMicro: 0,
            expiresAt: null,
            origin: 'dispute dp_1, won',
            givesBack: { disputeId: 'dp_1', grantId: 'topup' },
          },
        )
        .refund('topup'),
    differences: [],
  },
  {
    name: 'a won dispute whose credits never came back',
    ws: () =>
      new Workspace()
        .grant(
          'topup',
          20 * C,
          0,
          { externalKey: 'payment:pi_1' },
          payment([disputeOf(2000), { id: 'dp_1', what: 'won', kind: 'dispute won', cents: 2000 }]),
        )
        .refund('topup'),
    differences: ['grant "topup" (payment pi_1): dispute dp_1 was won, the 20 it took never came back'],
  },
  {
    name: 'staff voided what remains of a paid top-up: explained by their recorded action',
    ws: () => {
      const ws = new Workspace()
        .grant('topup', 20 * C, 0, { externalKey: 'payment:pi_1' }, payment())
        .hold('h', 5 * C, { actualMicro: 5 * C })
        .reversal('topup');
      ws.facts.voidedGrants.add('topup');
      return ws;
    },
    differences: [],
    unsourced: 0,
  },
  {
    name: 'the same reversal without a recorded void is a difference',
    ws: () =>
      new Workspace()
        .grant('topup', 20 * C, 0, { externalKey: 'payment:pi_1' }, payment())
        .hold('h', 5 * C, { actualMicro: 5 * C })
        .reversal('topup'),
    differences: [
      'entry #4 takes back from grant "topup" (payment pi_1), which nothing explains',
      'grant "topup" (payment pi_1): must hold 15, ledger holds 0',
    ],
  },
  {
    name: 'a payment that produced no grant',
    ws: () => {
      const ws = new Workspace();
      ws.facts.expected.push({ externalKey: 'payment:pi_7', what: 'payment pi_7 ($20.00, 1 pack)' });
      return ws;
    },
    differences: ['payment pi_7 ($20.00, 1 pack): no grant credits it (payment:pi_7)'],
  },
  {
    name: 'support adjustments come from support’s record; a retried one is recorded twice but booked once',
    ws: () => {
      const ws = new Workspace()
        .grant('goodwill', 5 * C, 2 * C, { source: 'ADJUSTMENT' })
        .grant('topup', 20 * C, 20 * C, { externalKey: 'payment:pi_1' }, payment())
        .debit(-3 * C, true);
      ws.facts.adjustments.push(
        { amountMicro: 5 * C, by: 'staff', reason: 'goodwill' },
        { amountMicro: 5 * C, by: 'staff', reason: 'goodwill' },
        { amountMicro: -3 * C, by: 'staff', reason: 'correction' },
      );
      return ws;
    },
    differences: [],
    unsourced: 0,
  },
  {
    name: 'a support adjustment recorded but not in the ledger',
    ws: () => {
      const ws = new Workspace();
      ws.facts.adjustments.push({ amountMicro: 5 * C, by: 'staff', reason: 'goodwill' });
      return ws;
    },
    differences: ['support adjustment "goodwill" of 5 is not in the ledger'],
  },
  {
    name: 'a hold row whose actual cost disagrees with its charge entry',
    ws: () => {
      const ws = new Workspace().grant('g', 10 * C, 8 * C).hold('h', 3 * C, { actualMicro: 2 * C });
      ws.holds[0]!.actualMicro = 2 * C - 1;
      return ws;
    },
    differences: [
      'grant "g" (unsourced): must hold 8.000001, ledger holds 8',
      'hold h: entry #3 charged 2, the hold row says 1.999999',
    ],
    unsourced: 1,
  },
  {
    name: 'a hold the ledger accepted without the credits to cover it',
    ws: () =>
      new Workspace()
        .grant('g', 1 * C, 0)
        .hold('h', 2 * C)
        .account(2 * C, 0),
    differences: [/hold h of 2 was accepted while only 1 was available/],
    unsourced: 1,
  },
  {
    name: 'a settle far beyond its hold',
    ws: () =>
      new Workspace()
        .grant('g', 1 * C, 0)
        .hold('h', 1000, { actualMicro: 1_000_000 * C })
        .account(0, 1_000_000 * C - 1 * C),
    differences: [/hold h of 0.001 was settled at 1000000, beyond its overrun allowance of 1/],
    unsourced: 1,
  },
];

describe('the audit of one workspace', () => {
  it.each(CASES)('$name', (c) => {
    const report = auditWorkspace(c.ws().input());
    expect(report.differences, report.differences.join('\n')).toHaveLength(c.differences.length);
    for (const [i, d] of c.differences.entries()) expect(report.differences[i]).toMatch(d);
    if (c.unsourced !== undefined) expect(report.unsourcedGrants).toBe(c.unsourced);
  });

  it('reports what the workspace must hold beside what the ledger stores', () => {
    const ws = new Workspace()
      .grant('alloc', 20 * C, 17 * C, { source: 'PLAN_ALLOCATION', expiresAt: PERIOD_END }, allocation())
      .hold('h', 3 * C)
      .account(3 * C, 0);
    const report = auditWorkspace(ws.input());
    expect(report.expected).toEqual({
      grants: [
        {
          id: 'alloc',
          label: 'alloc',
          origin: 'invoice in_1',
          unsourced: false,
          originalMicro: 20 * C,
          remainingMicro: 17 * C,
        },
      ],
      reservedMicro: 3 * C,
      deficitMicro: 0,
      availableMicro: 17 * C,
    });
    expect(report.stored).toMatchObject({ heldMicro: 3 * C, deficitMicro: 0 });
  });
});

describe('a payment’s refunds and disputes, oldest first', () => {
  const timed = (id: string, kind: TimedEvent['kind'], atS: number): TimedEvent => ({
    id,
    what: id,
    kind,
    cents: 100,
    atS,
    rank: { refund: 0, dispute: 1, 'dispute won': 2 }[kind],
  });
  it.each([
    {
      name: 'two refunds made in the same second keep the order they were made in',
      refunds: [timed('re_2', 'refund', 100), timed('re_1', 'refund', 100)],
      disputes: [],
      order: ['re_1', 're_2'],
    },
    {
      name: 'refunds of different seconds',
      refunds: [timed('re_2', 'refund', 200), timed('re_1', 'refund', 100)],
      disputes: [],
      order: ['re_1', 're_2'],
    },
    {
      name: 'refunds before a dispute of the same second, its outcome when the funds came back',
      refunds: [timed('re_3', 'refund', 200), timed('re_2', 'refund', 100), timed('re_1', 'refund', 100)],
      disputes: [timed('dp_1', 'dispute', 100), timed('dp_1', 'dispute won', 300)],
      order: ['re_1', 're_2', 'dp_1', 're_3', 'dp_1'],
    },
  ])('$name', ({ refunds, disputes, order }) => {
    expect(oldestFirst(refunds, disputes).map((e) => e.id)).toEqual(order);
  });
});

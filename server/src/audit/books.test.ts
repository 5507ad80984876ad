import { describe, expect, it } from 'vitest';
import { Books, type PotSpec } from './books';

const C = 1_000_000;
const T0 = Date.parse('2026-11-01T00:00:00Z');
const day = (n: number) => new Date(T0 + n * 86_400_000);

type Op =
  | ['at', number]
  | ['grant', string, number, { expires?: number; periodStart?: number; effective?: number }?]
  | ['hold', string, number]
  | ['settle', string, number]
  | ['release', string]
  | ['debit', number]
  | ['clawback', string, number]
  | ['invoiceClawback', string, number]
  | ['revoke', string];

interface Case {
  name: string;
  ops: Op[];
  free: Record<string, number>;
  reserved?: number;
  deficit?: number;
  problems?: RegExp[];
}

function run(ops: Op[]): Books {
  const books = new Books();
  let order = 0;
  books.advanceTo(day(0));
  for (const op of ops) {
    switch (op[0]) {
      case 'at':
        books.advanceTo(day(op[1]));
        break;
      case 'grant': {
        const [, id, micro, o = {}] = op;
        const spec: PotSpec = {
          id,
          label: id,
          originalMicro: micro,
          expiresAt: o.expires === undefined ? null : day(o.expires),
          effectiveAt: day(o.effective ?? 0),
          order: ++order,
          periodStartsAt: o.periodStart === undefined ? null : day(o.periodStart),
        };
        books.open(spec);
        break;
      }
      case 'hold':
        books.hold(op[1], op[2]);
        break;
      case 'settle':
        books.settle(op[1], op[2], C);
        break;
      case 'release':
        books.release(op[1]);
        break;
      case 'debit':
        books.debit(op[1]);
        break;
      case 'clawback':
        books.clawback(op[1], op[2], true);
        break;
      case 'invoiceClawback':
        books.clawback(op[1], op[2], false);
        break;
      case 'revoke':
        books.revoke(op[1]);
        break;
    }
  }
  return books;
}

const ALLOCATION = ['grant', 'alloc', 20 * C, { expires: 30 }] as const satisfies Op;
const TOP_UP = ['grant', 'topup', 20 * C] as const satisfies Op;

const CASES: Case[] = [
  // ——— burn order ———
  {
    name: 'expiring grants burn first, soonest expiry first, whatever their creation order',
    ops: [
      TOP_UP,
      ['grant', 'late', 5 * C, { expires: 40 }],
      ['grant', 'soon', 5 * C, { expires: 10 }],
      ['hold', 'h', 7 * C],
    ],
    free: { topup: 20 * C, late: 3 * C, soon: 0 },
    reserved: 7 * C,
  },
  {
    name: 'same expiry: creation order',
    ops: [ALLOCATION, ['grant', 'proration', 12 * C, { expires: 30 }], ['hold', 'h', 25 * C]],
    free: { alloc: 0, proration: 7 * C },
  },
  {
    name: 'never-expiring grants: oldest effective time first, then creation order',
    ops: [
      ['grant', 'b', 5 * C, { effective: 2 }],
      ['grant', 'a', 5 * C, { effective: 1 }],
      ['grant', 'c', 5 * C, { effective: 2 }],
      ['hold', 'h', 8 * C],
    ],
    free: { a: 0, b: 2 * C, c: 5 * C },
  },
  {
    name: 'a hold the free credits cannot cover is a problem (the ledger must refuse it)',
    ops: [
      ['grant', 'g', 1 * C],
      ['hold', 'h', 2 * C],
    ],
    free: { g: 0 },
    reserved: 2 * C,
    problems: [/hold h of 2 was accepted while only 1 was available/],
  },
  // ——— settle within and above the hold ———
  {
    name: 'settle under the hold: the first part is captured, the rest goes back to its grant',
    ops: [['grant', 'alloc', 1 * C, { expires: 30 }], TOP_UP, ['hold', 'h', 3 * C], ['settle', 'h', 1_500_000]],
    free: { alloc: 0, topup: 19_500_000 },
    reserved: 0,
  },
  {
    name: 'overrun: the whole hold, then the excess from free credits in burn order',
    ops: [ALLOCATION, TOP_UP, ['hold', 'h', 20 * C], ['settle', 'h', 20_300_000]],
    free: { alloc: 0, topup: 19_700_000 },
  },
  {
    name: 'overrun beyond free credits: the rest is owed',
    ops: [
      ['grant', 'g', 2 * C],
      ['hold', 'h', 2 * C],
      ['settle', 'h', 2_400_000],
    ],
    free: { g: 0 },
    deficit: 400_000,
  },
  {
    name: 'overrun beyond the allowance is a problem, still charged as asked',
    ops: [
      ['grant', 'g', 10 * C],
      ['hold', 'h', 1 * C],
      ['settle', 'h', 2_000_001],
    ],
    free: { g: 7_999_999 },
    problems: [/settled at 2.000001, beyond its overrun allowance of 1/],
  },
  {
    name: 'a second settle is a problem and moves nothing',
    ops: [
      ['grant', 'g', 10 * C],
      ['hold', 'h', 1 * C],
      ['settle', 'h', 1 * C],
      ['settle', 'h', 1 * C],
    ],
    free: { g: 9 * C },
    problems: [/hold h was settled after it was already settled/],
  },
  // ——— deficits paid at once ———
  {
    name: 'release after an overrun pays the deficit at once (no deficit beside free credits)',
    ops: [
      ['grant', 'alloc', 4 * C, { expires: 30 }],
      ['hold', 'a', 2 * C],
      ['hold', 'b', 2 * C],
      ['settle', 'a', 2_400_000],
      ['release', 'b'],
    ],
    free: { alloc: 1_600_000 },
    deficit: 0,
  },
  {
    name: 'a hold settled under its amount pays the deficit from what it gives back',
    ops: [
      ['grant', 'g', 4 * C],
      ['hold', 'a', 2 * C],
      ['hold', 'b', 2 * C],
      ['settle', 'a', 3 * C],
      ['settle', 'b', 500_000],
    ],
    free: { g: 500_000 },
    deficit: 0,
  },
  {
    name: 'a new grant pays the deficit first',
    ops: [['debit', 3 * C], ALLOCATION],
    free: { alloc: 17 * C },
    deficit: 0,
  },
  {
    name: 'a negative adjustment takes free credits in burn order, the rest is owed',
    ops: [
      ['grant', 'alloc', 2 * C, { expires: 30 }],
      ['grant', 'topup', 1 * C],
      ['debit', 5 * C],
    ],
    free: { alloc: 0, topup: 0 },
    deficit: 2 * C,
  },
  // ——— expiry ———
  {
    name: 'expiry: the free remainder goes at the expiry time',
    ops: [ALLOCATION, TOP_UP, ['at', 31], ['hold', 'h', 1 * C]],
    free: { alloc: 0, topup: 19 * C },
  },
  {
    name: 'expiry with an active hold: reserved credits expire when given back after the expiry',
    ops: [ALLOCATION, TOP_UP, ['hold', 'h', 5 * C], ['at', 31], ['settle', 'h', 2 * C]],
    free: { alloc: 0, topup: 20 * C },
    reserved: 0,
  },
  {
    name: 'a released hold gives back to an expired grant: nothing comes back',
    ops: [ALLOCATION, ['hold', 'h', 5 * C], ['at', 31], ['release', 'h']],
    free: { alloc: 0 },
  },
  {
    name: "renewal: the new period's allocation ends the previous one, even before its clock time",
    ops: [
      ALLOCATION,
      ['hold', 'h', 5 * C],
      ['grant', 'next', 20 * C, { expires: 60, periodStart: 30 }],
      ['release', 'h'],
    ],
    free: { alloc: 0, next: 20 * C },
  },
  // ——— refunds, disputes, revocations ———
  {
    name: 'refund then dispute of one payment: the second finds nothing left and is capped to zero by the steps',
    ops: [
      TOP_UP,
      ['hold', 'h', 5 * C],
      ['settle', 'h', 5 * C],
      ['clawback', 'topup', 20 * C],
      ['clawback', 'topup', 0],
    ],
    free: { topup: 0 },
    deficit: 5 * C,
  },
  {
    name: 'a refund beyond what remains is owed',
    ops: [
      ALLOCATION,
      ['grant', 'topup', 10 * C],
      ['hold', 'h', 25 * C],
      ['settle', 'h', 25 * C],
      ['clawback', 'topup', 10 * C],
    ],
    free: { alloc: 0, topup: 0 },
    deficit: 5 * C,
  },
  {
    name: 'a refund that leaves other grants: what the payment no longer holds is paid from them at once',
    ops: [
      ['grant', 'topup', 10 * C],
      ['hold', 'h', 4 * C],
      ['settle', 'h', 4 * C],
      ALLOCATION,
      ['clawback', 'topup', 10 * C],
    ],
    free: { alloc: 16 * C, topup: 0 },
    deficit: 0,
  },
  {
    name: 'a refund of a plan invoice takes only what remains of its grant, and owes nothing',
    ops: [ALLOCATION, TOP_UP, ['hold', 'h', 15 * C], ['settle', 'h', 15 * C], ['invoiceClawback', 'alloc', 20 * C]],
    free: { alloc: 0, topup: 20 * C },
    deficit: 0,
  },
  {
    name: 'revoking an allocation takes what remains; what a hold reserved is charged or comes back later',
    ops: [ALLOCATION, TOP_UP, ['hold', 'h', 5 * C], ['revoke', 'alloc'], ['release', 'h']],
    free: { alloc: 5 * C, topup: 20 * C },
  },
];

describe('the auditor’s books follow SPEC §3-4', () => {
  it.each(CASES)('$name', (c) => {
    const books = run(c.ops);
    const free = Object.fromEntries(Object.keys(c.free).map((id) => [id, books.pot(id)?.freeMicro]));
    expect(free).toEqual(c.free);
    if (c.reserved !== undefined) expect(books.reservedMicro).toBe(c.reserved);
    expect(books.owedMicro).toBe(c.deficit ?? 0);
    expect(books.problems).toHaveLength(c.problems?.length ?? 0);
    for (const [i, p] of (c.problems ?? []).entries()) expect(books.problems[i]).toMatch(p);
  });

  it('after every operation, a deficit never stands beside free credits', () => {
    const books = run([
      ['grant', 'g', 1 * C],
      ['hold', 'a', 1 * C],
      ['settle', 'a', 1_500_000],
    ]);
    expect(books.owedMicro).toBe(500_000);
    books.open({ id: 'x', label: 'x', originalMicro: 200_000, expiresAt: null, effectiveAt: day(1), order: 9 });
    expect(books.owedMicro).toBe(300_000);
    expect(books.pot('x')?.freeMicro).toBe(0);
    expect(books.availableAt(day(1))).toBe(0);
  });
});

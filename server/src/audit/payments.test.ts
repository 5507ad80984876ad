import { describe, expect, it } from 'vitest';
import { Books } from './books';
import type { PaymentEvent } from './facts';
import { PaymentClawbacks } from './payments';

const C = 1_000_000;
const refund = (cents: number, id = `re_${cents}`): PaymentEvent => ({ id, what: id, kind: 'refund', cents });
const dispute = (cents: number, id = 'dp_1'): PaymentEvent => ({ id, what: id, kind: 'dispute', cents });
const won = (id = 'dp_1'): PaymentEvent => ({ id, what: `${id} won`, kind: 'dispute won', cents: 0 });

/** A 20-credit payment of $20.00, of which `spentMicro` was already spent, and another grant beside it. */
function setup(spentMicro: number, owesRest: boolean, events: PaymentEvent[]) {
  const books = new Books();
  books.advanceTo(new Date(0));
  books.open({ id: 'paid', label: 'paid', originalMicro: 20 * C, expiresAt: null, effectiveAt: new Date(0), order: 1 });
  if (spentMicro) {
    books.hold('h', spentMicro);
    books.settle('h', spentMicro, null);
  }
  return { books, payment: new PaymentClawbacks('paid', 20 * C, { paidCents: 2000, owesRest, events }) };
}

describe('refunds and disputes of one payment', () => {
  it.each([
    { name: 'a full refund of an unspent top-up', spent: 0, events: [refund(2000)], free: 0, deficit: 0 },
    {
      name: 'a full refund of a partly spent top-up: the rest is owed',
      spent: 15 * C,
      events: [refund(2000)],
      free: 0,
      deficit: 15 * C,
    },
    { name: 'two partial refunds', spent: 0, events: [refund(500), refund(700)], free: 8 * C, deficit: 0 },
    {
      name: 'refund then dispute of the same money: taken once',
      spent: 5 * C,
      events: [refund(2000), dispute(2000)],
      free: 0,
      deficit: 5 * C,
    },
    {
      name: 'partial refund, then a dispute of the rest',
      spent: 0,
      events: [refund(500), dispute(1500)],
      free: 0,
      deficit: 0,
    },
    {
      name: 'a dispute beyond what a partial refund left',
      spent: 0,
      events: [refund(500), dispute(2000)],
      free: 0,
      deficit: 0,
    },
  ])('$name', ({ spent, events, free, deficit }) => {
    const { books, payment } = setup(spent, true, events);
    expect(payment.applyRest(books).length).toBeGreaterThan(0);
    expect(books.pot('paid')?.freeMicro).toBe(free);
    expect(books.owedMicro).toBe(deficit);
  });

  it('a plan invoice takes back only what remains of its grant and owes nothing', () => {
    const { books, payment } = setup(15 * C, false, [refund(2000)]);
    expect(payment.applyRest(books).map((m) => m.takenMicro)).toEqual([5 * C]);
    expect(books.pot('paid')?.freeMicro).toBe(0);
    expect(books.owedMicro).toBe(0);
  });

  it('a won dispute gives back what it took, once, and lets a later refund take again', () => {
    const { books, payment } = setup(0, true, [dispute(2000), won(), refund(2000)]);
    expect(payment.applyForEntry(books, false)).toBe(true);
    expect(books.pot('paid')?.freeMicro).toBe(0);
    expect(payment.win('dp_1', books)).toBe(20 * C);
    expect(payment.win('dp_1', books)).toBe(20 * C);
    expect(payment.wonDisputes()).toEqual([{ id: 'dp_1', tookMicro: 20 * C }]);
    // The give-back is a grant of its own; the refund after it takes from what is free again.
    books.open({
      id: 'back',
      label: 'back',
      originalMicro: 20 * C,
      expiresAt: null,
      effectiveAt: new Date(1),
      order: 2,
    });
    expect(payment.applyForEntry(books, true)).toBe(true);
    expect(books.pot('back')?.freeMicro).toBe(0);
    expect(books.owedMicro).toBe(0);
  });

  /**
   * The ledger's entries for one payment, in the order the app saw its events: `take` a take-back entry,
   * `last` its last one, `win` the grant giving back dispute dp_1 (opened with what the auditor expects).
   */
  it.each([
    {
      name: 'refund, then a dispute won: the ledger took for the dispute and gave back before the refund',
      events: [refund(487), dispute(1513), won()],
      entries: ['take', 'win', 'last'],
      givesBack: 15_130_000,
    },
    {
      name: 'the same in Stripe’s order',
      events: [refund(487), dispute(1513), won()],
      entries: ['take', 'take', 'win'],
      givesBack: 15_130_000,
    },
    {
      name: 'a dispute beyond what a refund left, won before the refund’s entry: what it takes after the refund',
      events: [refund(500), dispute(2000), won()],
      entries: ['take', 'win', 'last'],
      givesBack: 15 * C,
    },
    {
      name: 'an earlier dispute and a refund both before the won one',
      events: [dispute(500, 'dp_0'), refund(500), dispute(1500), won()],
      entries: ['take', 'win', 'take', 'last'],
      givesBack: 10 * C,
    },
    {
      name: 'a plan invoice, partly spent: what remains after the refund',
      spent: 5 * C,
      owesRest: false,
      events: [refund(500), dispute(1500), won()],
      entries: ['take', 'win', 'last'],
      givesBack: 10 * C,
    },
  ])('a won dispute gives back what it takes in Stripe’s order: $name', (c) => {
    const { books, payment } = setup(c.spent ?? 0, c.owesRest ?? true, c.events);
    let gave: number | null = null;
    for (const entry of c.entries) {
      if (entry !== 'win') {
        expect(payment.applyForEntry(books, entry === 'last')).toBe(true);
        continue;
      }
      gave = payment.win('dp_1', books);
      books.open({
        id: 'back',
        label: 'back',
        originalMicro: gave,
        expiresAt: null,
        effectiveAt: new Date(1),
        order: 2,
      });
    }
    expect(gave).toBe(c.givesBack);
    expect(payment.win('dp_1', books)).toBe(c.givesBack);
    expect(payment.applyRest(books)).toEqual([]);
    expect(books.pot('paid')?.freeMicro).toBe(0);
    expect(books.pot('back')?.freeMicro).toBe(c.givesBack);
    expect(books.owedMicro).toBe(0);
  });

  it('an entry applies the next event that takes credits; those that take nothing need no entry', () => {
    const { books, payment } = setup(0, true, [refund(2000), dispute(2000), refund(0, 're_none')]);
    expect(payment.applyForEntry(books, false)).toBe(true);
    expect(payment.applyForEntry(books, false)).toBe(false);
    expect(payment.applyRest(books)).toEqual([]);
  });

  it('a refund of a plan invoice with nothing left claims its share but moves nothing', () => {
    const { books, payment } = setup(20 * C, false, [refund(2000)]);
    expect(payment.applyRest(books)).toEqual([]);
    expect(books.pot('paid')?.freeMicro).toBe(0);
  });
});

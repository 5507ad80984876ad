/**
 * The worked example from the docs, step by step: a Pro workspace with its 20-credit allocation and a 20-credit
 * top-up, through holds, settles, an overrun, a deficit and its repayment, and the next renewal.
 */
import { describe, expect, it } from 'vitest';
import { balanceOf, type Balance } from './balance';
import { expireGrants, grant, placeHold, settleHold } from './decide';
import { describeSplits } from './history';
import { formatCredits, parseCredits } from './money';
import { replay } from './replay';
import type { AccountState, Decision, EntryDraft, HoldState } from './types';

const MARCH_1 = new Date('2025-03-01T00:00:00Z');
const APRIL_1 = new Date('2025-04-01T00:00:00Z');
const MAY_1 = new Date('2025-05-01T00:00:00Z');
const cr = parseCredits;
const minutesAfter = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

function ok<T>(d: Decision<T>): Extract<Decision<T>, { ok: true }> {
  if (!d.ok) throw new Error(`expected ok, got ${JSON.stringify(d.error)}`);
  return d;
}

function shown(b: Balance) {
  return {
    available: formatCredits(b.availableMicro),
    planAllocation: formatCredits(b.planAllocationMicro),
    purchased: formatCredits(b.purchasedMicro),
    reserved: formatCredits(b.reservedMicro),
    deficit: formatCredits(b.deficitMicro),
  };
}

describe('worked example: Pro allocation + top-up, overrun, deficit, renewal', () => {
  let state: AccountState = { grants: [], heldMicro: 0, deficitMicro: 0 };
  const history: EntryDraft[] = [];
  let now = MARCH_1;
  let seq = 0;

  function apply<T>(d: Decision<T>) {
    const r = ok(d);
    state = r.state;
    history.push(...r.entries);
    return r;
  }
  const addGrant = (id: string, label: string, amount: string, expiresAt: Date | null) =>
    apply(
      grant(
        state,
        {
          grant: {
            id,
            source: expiresAt ? 'PLAN_ALLOCATION' : 'TOP_UP',
            label,
            amountMicro: cr(amount),
            expiresAt,
            effectiveAt: now,
            seq: ++seq,
          },
          description: label,
        },
        now,
      ),
    );
  const hold = (id: string, amount: string) =>
    apply(
      placeHold(
        state,
        { holdId: id, amountMicro: cr(amount), expiresAt: minutesAfter(now, 15), description: `Hold ${id}` },
        now,
      ),
    ).hold;
  const settle = (h: HoldState, actual: string) =>
    apply(settleHold(state, h, { actualMicro: cr(actual), description: `Charge ${h.id}` }, now)).entries;
  const labels = () => state.grants;
  const balance = () => shown(balanceOf(state, now));

  it('1. the Pro allocation (20, expiring at period end) is granted first, then a 20-credit top-up', () => {
    addGrant('pro-march', 'Pro allocation', '20', APRIL_1);
    expect(balance()).toEqual({ available: '20', planAllocation: '20', purchased: '0', reserved: '0', deficit: '0' });
    now = minutesAfter(MARCH_1, 60);
    addGrant('topup-1', 'Top-up: 20 credits', '20', null);
    expect(balance()).toEqual({ available: '40', planAllocation: '20', purchased: '20', reserved: '0', deficit: '0' });
  });

  it('2. hold 2.5, settle 1.7: the charge took 1.7 from the Pro allocation', () => {
    now = minutesAfter(MARCH_1, 24 * 60);
    const h = hold('a', '2.5');
    expect(describeSplits(h.splits, labels())).toBe('2.5 from Pro allocation');
    expect(balance()).toEqual({
      available: '37.5',
      planAllocation: '17.5',
      purchased: '20',
      reserved: '2.5',
      deficit: '0',
    });
    const [charge] = settle(h, '1.7');
    expect(charge).toMatchObject({
      type: 'CHARGE',
      amountMicro: cr('0.8'),
      splits: [{ grantId: 'pro-march', amountMicro: cr('0.8') }],
    });
    expect(describeSplits(charge?.chargeSplits ?? [], labels())).toBe('1.7 from Pro allocation');
    expect(balance()).toEqual({
      available: '38.3',
      planAllocation: '18.3',
      purchased: '20',
      reserved: '0',
      deficit: '0',
    });
  });

  it('3. spend 17.8 so that the allocation has 0.5 left', () => {
    const [charge] = settle(hold('b', '17.8'), '17.8');
    expect(describeSplits(charge?.chargeSplits ?? [], labels())).toBe('17.8 from Pro allocation');
    expect(balance()).toEqual({
      available: '20.5',
      planAllocation: '0.5',
      purchased: '20',
      reserved: '0',
      deficit: '0',
    });
  });

  let c: HoldState;
  it('4. hold 2: split 0.5 from the allocation + 1.5 from the top-up', () => {
    c = hold('c', '2');
    expect(c.splits).toEqual([
      { grantId: 'pro-march', amountMicro: -cr('0.5') },
      { grantId: 'topup-1', amountMicro: -cr('1.5') },
    ]);
    expect(describeSplits(c.splits, labels())).toBe('0.5 from Pro allocation, 1.5 from Top-up: 20 credits');
    expect(balance()).toEqual({
      available: '18.5',
      planAllocation: '0',
      purchased: '18.5',
      reserved: '2',
      deficit: '0',
    });
  });

  it('5. settle with 2.3 (overrun 0.3): the excess comes from the top-up, still one CHARGE entry', () => {
    const entries = settle(c, '2.3');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      type: 'CHARGE',
      amountMicro: -cr('0.3'),
      deficitDeltaMicro: 0,
      splits: [{ grantId: 'topup-1', amountMicro: -cr('0.3') }],
    });
    expect(describeSplits(entries[0]?.chargeSplits ?? [], labels())).toBe(
      '0.5 from Pro allocation, 1.8 from Top-up: 20 credits',
    );
    expect(balance()).toEqual({
      available: '18.2',
      planAllocation: '0',
      purchased: '18.2',
      reserved: '0',
      deficit: '0',
    });
  });

  it('6. hold 18, settle 18.5: only 0.2 is free, so 0.3 becomes a deficit', () => {
    const d = hold('d', '18');
    expect(balance()).toEqual({
      available: '0.2',
      planAllocation: '0',
      purchased: '0.2',
      reserved: '18',
      deficit: '0',
    });
    const [charge] = settle(d, '18.5');
    expect(charge).toMatchObject({ type: 'CHARGE', amountMicro: -cr('0.5'), deficitDeltaMicro: cr('0.3') });
    expect(describeSplits(charge?.chargeSplits ?? [], labels())).toBe('18.2 from Top-up: 20 credits');
    expect(balance()).toEqual({ available: '0', planAllocation: '0', purchased: '0', reserved: '0', deficit: '0.3' });
  });

  it('7. out of credits: a 0.1 hold is refused', () => {
    const d = placeHold(
      state,
      { holdId: 'e', amountMicro: cr('0.1'), expiresAt: minutesAfter(now, 15), description: 'x' },
      now,
    );
    expect(d).toEqual({
      ok: false,
      error: { code: 'INSUFFICIENT_CREDITS', requiredMicro: cr('0.1'), availableMicro: 0 },
    });
  });

  it('8. a second 20-credit top-up pays the 0.3 deficit first', () => {
    now = minutesAfter(MARCH_1, 20 * 24 * 60);
    const r = addGrant('topup-2', 'Top-up: 20 credits', '20', null);
    expect(r.entries.map((e) => [e.type, formatCredits(e.amountMicro), e.description])).toEqual([
      ['GRANT', '20', 'Top-up: 20 credits'],
      ['DEFICIT_REPAYMENT', '0', 'Deficit of 0.3 repaid from Top-up: 20 credits'],
    ]);
    expect(balance()).toEqual({
      available: '19.7',
      planAllocation: '0',
      purchased: '19.7',
      reserved: '0',
      deficit: '0',
    });
  });

  it('9. renewal on April 1: nothing left to expire, the new allocation arrives, purchased credits roll over', () => {
    now = APRIL_1;
    expect(apply(expireGrants(state, now)).entries).toEqual([]);
    addGrant('pro-april', 'Pro allocation', '20', MAY_1);
    expect(balance()).toEqual({
      available: '39.7',
      planAllocation: '20',
      purchased: '19.7',
      reserved: '0',
      deficit: '0',
    });
  });

  it('the history reads as a statement, and replaying it gives the balance', () => {
    expect(history.map((e) => `${e.type} ${formatCredits(e.amountMicro)}`)).toEqual([
      'GRANT 20',
      'GRANT 20',
      'HOLD -2.5',
      'CHARGE 0.8',
      'HOLD -17.8',
      'CHARGE 0',
      'HOLD -2',
      'CHARGE -0.3',
      'HOLD -18',
      'CHARGE -0.5',
      'GRANT 20',
      'DEFICIT_REPAYMENT 0',
      'GRANT 20',
    ]);
    expect(formatCredits(history.reduce((sum, e) => sum + e.amountMicro, 0))).toBe('39.7');
    const replayed = replay(history, state.grants);
    expect(Object.fromEntries(replayed.remainingByGrant)).toEqual(
      Object.fromEntries(state.grants.map((g) => [g.id, g.remainingMicro])),
    );
    expect(replayed.heldMicro).toBe(0);
    expect(replayed.deficitMicro).toBe(0);
  });
});

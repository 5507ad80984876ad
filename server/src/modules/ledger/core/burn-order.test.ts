import { describe, expect, it } from 'vitest';
import { balanceOf } from './balance';
import { burnOrder, isUnexpired, takeInBurnOrder } from './burn-order';
import type { AccountState, GrantState } from './types';

const T0 = new Date('2025-03-01T00:00:00Z');
const PERIOD_END = new Date('2025-04-01T00:00:00Z');
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);

function g(
  id: string,
  remaining: number,
  expiresAt: Date | null,
  seq: number,
  effectiveAt: Date = T0,
  source: GrantState['source'] = expiresAt ? 'PLAN_ALLOCATION' : 'TOP_UP',
): GrantState {
  return { id, source, label: id, originalMicro: 100_000_000, remainingMicro: remaining, expiresAt, effectiveAt, seq };
}

const allocation = g('allocation', 20_000_000, PERIOD_END, 1);
const proration = g('proration', 5_000_000, PERIOD_END, 2, day(10), 'PRORATION');
const oldTopUp = g('topup-old', 20_000_000, null, 3, day(1));
const newTopUp = g('topup-new', 10_000_000, null, 4, day(2));

describe('burnOrder', () => {
  it('takes the allocation expiring soonest, then proration, then top-ups oldest first', () => {
    const ids = burnOrder([newTopUp, proration, oldTopUp, allocation], day(15)).map((x) => x.id);
    expect(ids).toEqual(['allocation', 'proration', 'topup-old', 'topup-new']);
  });

  it.each([
    ['sooner expiry wins over seq', [g('b', 1, day(20), 1), g('a', 1, day(10), 2)], ['a', 'b']],
    ['equal expiry: lower seq first', [g('b', 1, day(10), 7), g('a', 1, day(10), 3)], ['a', 'b']],
    ['any expiry before never-expiring', [g('n', 1, null, 0, day(-50)), g('e', 1, day(400), 9)], ['e', 'n']],
    [
      'never-expiring: older effectiveAt first',
      [g('young', 1, null, 1, day(5)), g('old', 1, null, 2, day(1))],
      ['old', 'young'],
    ],
    ['never-expiring, same effectiveAt: lower seq', [g('y', 1, null, 2), g('x', 1, null, 1)], ['x', 'y']],
    ['skips empty grants', [g('empty', 0, day(10), 1), g('full', 1, null, 2)], ['full']],
    ['skips expired grants (expiry == now)', [g('gone', 5, day(3), 1), g('kept', 1, day(4), 2)], ['kept']],
  ])('%s', (_name, grants, expected) => {
    expect(burnOrder(grants, day(3)).map((x) => x.id)).toEqual(expected);
  });

  it('does not reorder its input', () => {
    const input = [newTopUp, allocation];
    burnOrder(input, T0);
    expect(input.map((x) => x.id)).toEqual(['topup-new', 'allocation']);
  });

  it('treats expiry as exclusive: a grant is spendable until its expiry instant', () => {
    expect(isUnexpired(allocation, new Date(PERIOD_END.getTime() - 1))).toBe(true);
    expect(isUnexpired(allocation, PERIOD_END)).toBe(false);
    expect(isUnexpired(oldTopUp, day(10_000))).toBe(true);
  });
});

describe('takeInBurnOrder', () => {
  const grants = [newTopUp, oldTopUp, proration, allocation];
  it.each([
    [0, [], 0],
    [1, [['allocation', -1]], 1],
    [20_000_000, [['allocation', -20_000_000]], 20_000_000],
    [
      22_500_000,
      [
        ['allocation', -20_000_000],
        ['proration', -2_500_000],
      ],
      22_500_000,
    ],
    [
      26_000_000,
      [
        ['allocation', -20_000_000],
        ['proration', -5_000_000],
        ['topup-old', -1_000_000],
      ],
      26_000_000,
    ],
    [
      99_000_000,
      [
        ['allocation', -20_000_000],
        ['proration', -5_000_000],
        ['topup-old', -20_000_000],
        ['topup-new', -10_000_000],
      ],
      55_000_000,
    ],
  ])('amount %d', (amount, expected, taken) => {
    const result = takeInBurnOrder(grants, amount, day(15));
    expect(result.splits).toEqual(expected.map(([grantId, amountMicro]) => ({ grantId, amountMicro })));
    expect(result.takenMicro).toBe(taken);
  });

  it('after the period ends only top-ups are taken', () => {
    const result = takeInBurnOrder(grants, 25_000_000, PERIOD_END);
    expect(result.splits).toEqual([
      { grantId: 'topup-old', amountMicro: -20_000_000 },
      { grantId: 'topup-new', amountMicro: -5_000_000 },
    ]);
  });
});

describe('balanceOf', () => {
  const state: AccountState = {
    grants: [allocation, proration, oldTopUp, newTopUp],
    heldMicro: 3_000_000,
    deficitMicro: 0,
  };

  it.each([
    [
      'during the period',
      state,
      day(15),
      {
        availableMicro: 55_000_000,
        planAllocationMicro: 25_000_000,
        purchasedMicro: 30_000_000,
        reservedMicro: 3_000_000,
        deficitMicro: 0,
      },
    ],
    [
      'at period end, before the expiry entries exist',
      state,
      PERIOD_END,
      {
        availableMicro: 30_000_000,
        planAllocationMicro: 0,
        purchasedMicro: 30_000_000,
        reservedMicro: 3_000_000,
        deficitMicro: 0,
      },
    ],
    [
      'with a deficit',
      { ...state, deficitMicro: 1_500_000 },
      day(15),
      {
        availableMicro: 53_500_000,
        planAllocationMicro: 25_000_000,
        purchasedMicro: 30_000_000,
        reservedMicro: 3_000_000,
        deficitMicro: 1_500_000,
      },
    ],
    [
      'deficit above free credits: available is clamped at 0',
      { grants: [g('a', 1_000_000, null, 1)], heldMicro: 0, deficitMicro: 2_000_000 },
      day(15),
      {
        availableMicro: 0,
        planAllocationMicro: 0,
        purchasedMicro: 1_000_000,
        reservedMicro: 0,
        deficitMicro: 2_000_000,
      },
    ],
    [
      'empty account',
      { grants: [], heldMicro: 0, deficitMicro: 0 },
      T0,
      { availableMicro: 0, planAllocationMicro: 0, purchasedMicro: 0, reservedMicro: 0, deficitMicro: 0 },
    ],
  ])('%s', (_name, s, now, expected) => {
    expect(balanceOf(s, now)).toEqual(expected);
  });
});

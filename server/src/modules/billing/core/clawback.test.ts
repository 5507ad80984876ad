import { describe, expect, it } from 'vitest';
import { disputeClaimMicro, refundClaimMicro, shareMicro } from './clawback';

const topUp = { grantedMicro: 40_000_000, paidCents: 4000, clawedBackMicro: 0 };

describe('shareMicro: the credits a part of the payment stands for', () => {
  it.each([
    [1000, 10_000_000],
    [4000, 40_000_000],
    [9999, 40_000_000], // never more than the payment
    [1, 10_000],
    [0, 0],
    [-5, 0],
  ])('%i cents of $40 for 40 credits → %i µcr', (cents, micro) => {
    expect(shareMicro(topUp, cents)).toBe(micro);
  });

  it('rounds down and stays exact where the product passes 2^53', () => {
    expect(shareMicro({ grantedMicro: 1_000_000_000_000, paidCents: 3 }, 1)).toBe(333_333_333_333);
    expect(shareMicro({ grantedMicro: 0, paidCents: 3 }, 1)).toBe(0);
    expect(shareMicro({ grantedMicro: 5, paidCents: 0 }, 1)).toBe(0);
  });
});

describe('refunds and disputes of one payment take its credits once', () => {
  it.each<[string, { clawedBackMicro: number }, number, number, number]>([
    ['a first partial refund', { clawedBackMicro: 0 }, 0, 1000, 10_000_000],
    ['the rest of the refund', { clawedBackMicro: 10_000_000 }, 1000, 4000, 30_000_000],
    ['a redelivered (unchanged) total', { clawedBackMicro: 10_000_000 }, 1000, 1000, 0],
    ['an older total arriving late', { clawedBackMicro: 30_000_000 }, 3000, 1000, 0],
    ['a refund after a dispute took everything', { clawedBackMicro: 40_000_000 }, 0, 4000, 0],
    ['a refund after a dispute took half', { clawedBackMicro: 20_000_000 }, 0, 4000, 20_000_000],
  ])('refund: %s', (_name, state, before, after, micro) => {
    expect(refundClaimMicro({ ...topUp, ...state }, before, after)).toBe(micro);
  });

  it('partial refunds round like one refund of their total', () => {
    const odd = { grantedMicro: 20_000_000, paidCents: 2900, clawedBackMicro: 0 };
    let clawed = 0;
    let refunded = 0;
    for (const cents of [1, 333, 1000, 1566]) {
      clawed += refundClaimMicro({ ...odd, clawedBackMicro: clawed }, refunded, refunded + cents);
      refunded += cents;
    }
    expect(refunded).toBe(2900);
    expect(clawed).toBe(20_000_000);
  });

  it.each<[string, number, number, number]>([
    ['a dispute of the whole payment', 0, 4000, 40_000_000],
    ['a dispute after a full refund', 40_000_000, 4000, 0],
    ['a dispute after a half refund', 20_000_000, 4000, 20_000_000],
    ['a dispute of a part', 0, 500, 5_000_000],
  ])('dispute: %s', (_name, clawedBackMicro, cents, micro) => {
    expect(disputeClaimMicro({ ...topUp, clawedBackMicro }, cents)).toBe(micro);
  });
});

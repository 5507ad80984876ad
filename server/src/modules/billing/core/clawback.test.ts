import { describe, expect, it } from 'vitest';
import { disputeClaimMicro, disputeGiveBackMicro, refundClaimMicro, shareMicro } from './clawback';

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

describe("a won dispute gives back what it took, never the refunds' share", () => {
  // $20 for 20 credits; $16.05 refunded and a $4.08 dispute, won.
  const payment = { grantedMicro: 20_000_000, paidCents: 2000 };

  it("in Stripe's order (refund, then dispute): the dispute took the 3.95 left and gives back 3.95", () => {
    const afterRefund = refundClaimMicro({ ...payment, clawedBackMicro: 0 }, 0, 1605);
    const taken = disputeClaimMicro({ ...payment, clawedBackMicro: afterRefund }, 408);
    expect([afterRefund, taken]).toEqual([16_050_000, 3_950_000]);
    const back = disputeGiveBackMicro({ ...payment, refundedCents: 1605, clawedBackMicro: 20_000_000 }, taken, 0);
    expect(20_000_000 - back).toBe(16_050_000);
  });

  it('dispute first: it took 4.08, the refund only the 15.92 left; the win gives back 3.95, not 4.08', () => {
    const taken = disputeClaimMicro({ ...payment, clawedBackMicro: 0 }, 408);
    const refund = refundClaimMicro({ ...payment, clawedBackMicro: taken }, 0, 1605);
    expect([taken, refund]).toEqual([4_080_000, 15_920_000]);
    const back = disputeGiveBackMicro({ ...payment, refundedCents: 1605, clawedBackMicro: 20_000_000 }, taken, 0);
    expect(back).toBe(3_950_000);
    expect(20_000_000 - back).toBe(16_050_000); // the same end as Stripe's order
  });

  it('won before the refund is known: all of it comes back, and the refund then takes its share', () => {
    expect(disputeGiveBackMicro({ ...payment, refundedCents: 0, clawedBackMicro: 15_130_000 }, 15_130_000, 0)).toBe(
      15_130_000,
    );
  });

  it('another standing dispute keeps its take', () => {
    expect(
      disputeGiveBackMicro({ ...payment, refundedCents: 0, clawedBackMicro: 20_000_000 }, 5_000_000, 15_000_000),
    ).toBe(5_000_000);
    expect(
      disputeGiveBackMicro({ ...payment, refundedCents: 1000, clawedBackMicro: 20_000_000 }, 5_000_000, 15_000_000),
    ).toBe(0);
  });
});

describe("a dispute seen before an earlier refund takes what it would in Stripe's order", () => {
  const payment = { grantedMicro: 20_000_000, paidCents: 2000, clawedBackMicro: 0 };

  it.each<[string, { refundedCents: number; otherDisputesTakenMicro: number }, number]>([
    ['no refund before it', { refundedCents: 0, otherDisputesTakenMicro: 0 }, 4_080_000],
    ['$16.05 refunded before it: only the 3.95 left', { refundedCents: 1605, otherDisputesTakenMicro: 0 }, 3_950_000],
    ['all refunded before it: nothing', { refundedCents: 2000, otherDisputesTakenMicro: 0 }, 0],
    ['another dispute took 18 before it', { refundedCents: 0, otherDisputesTakenMicro: 18_000_000 }, 2_000_000],
  ])('%s', (_name, before, micro) => {
    expect(disputeClaimMicro(payment, 408, before)).toBe(micro);
  });
});

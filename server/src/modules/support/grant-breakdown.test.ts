import { describe, expect, it } from 'vitest';
import { grantOrigin, grantUses, type EntryRow } from './grant-breakdown';

const e = (type: string, splits: [string, number][], chargeSplits?: [string, number][]): EntryRow => ({
  type,
  grantId: null,
  splits: splits.map(([grantId, amountMicro]) => ({ grantId, amountMicro })),
  chargeSplits: chargeSplits?.map(([grantId, amountMicro]) => ({ grantId, amountMicro })) ?? null,
  description: type,
  details: null,
});

describe('grantUses', () => {
  it.each([
    [
      'a grant nothing touched',
      [e('GRANT', [['a', 10]])],
      [],
      { consumedMicro: 0, expiredMicro: 0, revokedMicro: 0, reservedMicro: 0 },
    ],
    [
      'a hold settled under its amount: the charge counts once, the rest went back',
      [e('GRANT', [['a', 10]]), e('HOLD', [['a', -4]]), e('CHARGE', [['a', 1]], [['a', 3]])],
      [],
      { consumedMicro: 3, expiredMicro: 0, revokedMicro: 0, reservedMicro: 0 },
    ],
    [
      'an overrun takes the excess from free credits: chargeSplits carry all of it',
      [e('HOLD', [['a', -2]]), e('CHARGE', [['a', -1]], [['a', 3]])],
      [],
      { consumedMicro: 3, expiredMicro: 0, revokedMicro: 0, reservedMicro: 0 },
    ],
    [
      'a released hold moves nothing; an active one is reserved',
      [e('HOLD', [['a', -2]]), e('RELEASE', [['a', 2]]), e('HOLD', [['a', -5]])],
      [{ grantId: 'a', amountMicro: -5 }],
      { consumedMicro: 0, expiredMicro: 0, revokedMicro: 0, reservedMicro: 5 },
    ],
    [
      'expiry, refund, reversal, debit and deficit repayment',
      [
        e('EXPIRY', [['a', -1]]),
        e('REFUND', [['a', -2]]),
        e('REVERSAL', [['a', -3]]),
        e('ADJUSTMENT', [['a', -4]]),
        e('DEFICIT_REPAYMENT', [['a', -5]]),
      ],
      [],
      { consumedMicro: 9, expiredMicro: 1, revokedMicro: 5, reservedMicro: 0 },
    ],
  ])('%s', (_name, entries, active, expected) => {
    expect(grantUses(entries, active).get('a') ?? expected).toEqual(expected);
  });
});

describe('grantOrigin', () => {
  const grant = { id: 'g', source: 'PRORATION', effectiveAt: new Date(0), expiresAt: new Date(1000) };
  it('reads the proration fraction, invoice and period end from the entry that credited it', () => {
    const credit = { ...e('GRANT', [['g', 5]]), details: { invoiceId: 'in_1', prorationFraction: '1/2' } };
    expect(grantOrigin(grant, credit)).toMatchObject({
      prorationFraction: '1/2',
      invoiceId: 'in_1',
      periodEnd: new Date(1000),
      paymentId: null,
    });
  });
  it('reads a top-up payment and an adjustment reason', () => {
    const topUp = { ...e('GRANT', []), details: { paymentIntentId: 'pi_1' } };
    expect(grantOrigin({ ...grant, source: 'TOP_UP' }, topUp).paymentId).toBe('pi_1');
    const adj = { ...e('ADJUSTMENT', []), details: { reason: 'goodwill' } };
    expect(grantOrigin({ ...grant, source: 'ADJUSTMENT' }, adj).reason).toBe('goodwill');
  });
});

import { describe, expect, it } from 'vitest';
import { LedgerInvariantError } from './apply';
import { balanceOf } from './balance';
import { adjust, expireGrants, grant, maxActualMicro, placeHold, releaseHold, revokeGrant, settleHold } from './decide';
import { LEDGER_LIMIT_MICRO } from './money';
import { describeSplits } from './history';
import type { AccountState, Decision, EntryDraft, GrantState, HoldState, LedgerError } from './types';

const T0 = new Date('2025-03-01T00:00:00Z');
const PERIOD_END = new Date('2025-04-01T00:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const NOW = at(60 * 24 * 10); // day 10 of the period
const TTL = 15;
const C = 1_000_000;

const EMPTY: AccountState = { grants: [], heldMicro: 0, deficitMicro: 0 };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Date) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function ok<T>(d: Decision<T>): Extract<Decision<T>, { ok: true }> {
  if (!d.ok) throw new Error(`expected ok, got ${JSON.stringify(d.error)}`);
  return d;
}

function err<T>(d: Decision<T>): LedgerError {
  if (d.ok) throw new Error('expected an error');
  return d.error;
}

type Spec = {
  id: string;
  amount: number;
  expiresAt: Date | null;
  seq: number;
  source?: GrantState['source'];
  label?: string;
};

/** An account built through the real operations, frozen so any mutation of an input throws. */
function account(specs: Spec[], deficitMicro = 0): AccountState {
  let state: AccountState = { ...EMPTY };
  for (const s of specs) {
    const source = s.source ?? (s.expiresAt ? 'PLAN_ALLOCATION' : 'TOP_UP');
    const label = s.label ?? s.id;
    const input = {
      id: s.id,
      source,
      label,
      amountMicro: s.amount,
      expiresAt: s.expiresAt,
      effectiveAt: at(s.seq),
      seq: s.seq,
    };
    state = ok(grant(state, { grant: input, description: label }, at(s.seq))).state;
  }
  return deepFreeze({ ...state, deficitMicro });
}

const PRO: Spec = { id: 'pro', amount: 20 * C, expiresAt: PERIOD_END, seq: 1, label: 'Pro allocation' };
const PRORATION: Spec = {
  id: 'prorate',
  amount: 12 * C,
  expiresAt: PERIOD_END,
  seq: 2,
  source: 'PRORATION',
  label: 'Upgrade proration',
};
const TOPUP: Spec = { id: 'topup', amount: 20 * C, expiresAt: null, seq: 3, label: 'Top-up: 20 credits' };
const TOPUP2: Spec = { id: 'topup2', amount: 10 * C, expiresAt: null, seq: 4, label: 'Top-up: 10 credits' };

const remaining = (s: AccountState) => Object.fromEntries(s.grants.map((g) => [g.id, g.remainingMicro]));

function hold(state: AccountState, amountMicro: number, id = 'h1', now = NOW) {
  return ok(
    placeHold(
      state,
      { holdId: id, amountMicro, expiresAt: new Date(now.getTime() + TTL * 60_000), description: 'feature' },
      now,
    ),
  );
}

const BAD_AMOUNTS: Array<[string, number]> = [
  ['zero', 0],
  ['negative', -1],
  ['fractional', 1.5],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['unsafe', 2 ** 53],
  ['a string', '5' as unknown as number],
];

describe('grant', () => {
  it('adds the grant with one GRANT entry', () => {
    const d = ok(
      grant(
        EMPTY,
        {
          grant: {
            id: 'g',
            source: 'TOP_UP',
            label: 'Top-up: 20 credits',
            amountMicro: 20 * C,
            expiresAt: null,
            effectiveAt: T0,
            seq: 1,
          },
          description: 'Top-up: 20 credits',
        },
        T0,
      ),
    );
    expect(d.entries).toEqual<EntryDraft[]>([
      {
        type: 'GRANT',
        amountMicro: 20 * C,
        splits: [{ grantId: 'g', amountMicro: 20 * C }],
        heldDeltaMicro: 0,
        deficitDeltaMicro: 0,
        grantId: 'g',
        description: 'Top-up: 20 credits',
      },
    ]);
    expect(d.state.grants).toEqual([
      {
        id: 'g',
        source: 'TOP_UP',
        label: 'Top-up: 20 credits',
        originalMicro: 20 * C,
        remainingMicro: 20 * C,
        expiresAt: null,
        effectiveAt: T0,
        seq: 1,
      },
    ]);
    expect(EMPTY.grants).toEqual([]);
  });

  it('uses the ADJUSTMENT entry type when asked', () => {
    const d = ok(
      grant(
        EMPTY,
        {
          grant: {
            id: 'g',
            source: 'ADJUSTMENT',
            label: 'Goodwill',
            amountMicro: 1,
            expiresAt: null,
            effectiveAt: T0,
            seq: 1,
          },
          type: 'ADJUSTMENT',
          description: 'x',
        },
        T0,
      ),
    );
    expect(d.entries.map((e) => e.type)).toEqual(['ADJUSTMENT']);
  });

  it.each([
    [
      'deficit smaller than the grant',
      1_500_000,
      1_500_000,
      18_500_000,
      0,
      'Deficit of 1.5 repaid from Top-up: 20 credits',
    ],
    ['deficit equal to the grant', 20 * C, 20 * C, 0, 0, 'Deficit of 20 repaid from Top-up: 20 credits'],
    ['deficit larger than the grant', 30 * C, 20 * C, 0, 10 * C, 'Deficit of 20 repaid from Top-up: 20 credits'],
  ])('repays a %s first', (_n, deficit, repaid, left, deficitAfter, text) => {
    const start = deepFreeze({ ...EMPTY, deficitMicro: deficit });
    const d = ok(
      grant(
        start,
        {
          grant: {
            id: 't',
            source: 'TOP_UP',
            label: 'Top-up: 20 credits',
            amountMicro: 20 * C,
            expiresAt: null,
            effectiveAt: NOW,
            seq: 9,
          },
          description: 'Top-up: 20 credits',
        },
        NOW,
      ),
    );
    expect(d.entries.map((e) => e.type)).toEqual(['GRANT', 'DEFICIT_REPAYMENT']);
    expect(d.entries[1]).toEqual<EntryDraft>({
      type: 'DEFICIT_REPAYMENT',
      amountMicro: 0,
      splits: [{ grantId: 't', amountMicro: -repaid }],
      heldDeltaMicro: 0,
      deficitDeltaMicro: -repaid,
      grantId: 't',
      description: text,
    });
    expect(remaining(d.state)).toEqual({ t: left });
    expect(d.state.deficitMicro).toBe(deficitAfter);
    expect(balanceOf(d.state, NOW).availableMicro).toBe(Math.max(0, 20 * C - deficit));
  });

  it('does not repay from a grant that is already expired', () => {
    const start = deepFreeze({ ...EMPTY, deficitMicro: C });
    const d = ok(
      grant(
        start,
        {
          grant: {
            id: 'late',
            source: 'PLAN_ALLOCATION',
            label: 'Old allocation',
            amountMicro: 5 * C,
            expiresAt: T0,
            effectiveAt: T0,
            seq: 1,
          },
          description: 'late',
        },
        NOW,
      ),
    );
    expect(d.entries.map((e) => e.type)).toEqual(['GRANT']);
  });

  it.each(BAD_AMOUNTS)('rejects a %s amount', (_n, amount) => {
    const d = grant(
      EMPTY,
      {
        grant: { id: 'g', source: 'TOP_UP', label: 'x', amountMicro: amount, expiresAt: null, effectiveAt: T0, seq: 1 },
        description: 'x',
      },
      T0,
    );
    expect(err(d).code).toBe('BAD_AMOUNT');
  });

  it('refuses a duplicate grant id as a bug, not a user error', () => {
    const state = account([TOPUP]);
    expect(() =>
      grant(
        state,
        {
          grant: {
            id: 'topup',
            source: 'TOP_UP',
            label: 'x',
            amountMicro: 1,
            expiresAt: null,
            effectiveAt: T0,
            seq: 5,
          },
          description: 'x',
        },
        T0,
      ),
    ).toThrow(LedgerInvariantError);
  });
});

describe('placeHold', () => {
  const state = account([TOPUP, PRO, PRORATION]);

  it('reserves in burn order: allocation, then proration, then top-up', () => {
    const d = hold(state, 33_500_000);
    expect(d.hold).toEqual<HoldState>({
      id: 'h1',
      amountMicro: 33_500_000,
      status: 'ACTIVE',
      expiresAt: at(60 * 24 * 10 + TTL),
      splits: [
        { grantId: 'pro', amountMicro: -20 * C },
        { grantId: 'prorate', amountMicro: -12 * C },
        { grantId: 'topup', amountMicro: -1_500_000 },
      ],
    });
    expect(d.entries).toEqual<EntryDraft[]>([
      {
        type: 'HOLD',
        amountMicro: -33_500_000,
        splits: d.hold.splits,
        heldDeltaMicro: 33_500_000,
        deficitDeltaMicro: 0,
        holdId: 'h1',
        description: 'feature',
      },
    ]);
    expect(remaining(d.state)).toEqual({ topup: 18_500_000, pro: 0, prorate: 0 });
    expect(balanceOf(d.state, NOW)).toEqual({
      availableMicro: 18_500_000,
      planAllocationMicro: 0,
      purchasedMicro: 18_500_000,
      reservedMicro: 33_500_000,
      deficitMicro: 0,
    });
  });

  it('accepts exactly the available balance and refuses one µcr more', () => {
    expect(balanceOf(hold(state, 52 * C).state, NOW).availableMicro).toBe(0);
    expect(
      err(placeHold(state, { holdId: 'h', amountMicro: 52 * C + 1, expiresAt: PERIOD_END, description: 'x' }, NOW)),
    ).toEqual({
      code: 'INSUFFICIENT_CREDITS',
      requiredMicro: 52 * C + 1,
      availableMicro: 52 * C,
    });
  });

  it('with a spending limit: accepts up to the limit exactly and refuses one µcr more, naming the limit', () => {
    const input = { holdId: 'h', expiresAt: PERIOD_END, description: 'x' };
    const limit = { limitMicro: 1 * C, spentMicro: 900_000 };
    expect(ok(placeHold(state, { ...input, amountMicro: 100_000, limit }, NOW)).hold.amountMicro).toBe(100_000);
    expect(err(placeHold(state, { ...input, amountMicro: 100_001, limit }, NOW))).toEqual({
      code: 'INSUFFICIENT_CREDITS',
      requiredMicro: 100_001,
      availableMicro: 52 * C,
      limit: { limitMicro: 1 * C, spentMicro: 900_000 },
    });
  });

  it('refuses for the balance first when both the balance and the limit are short', () => {
    const limit = { limitMicro: 1 * C, spentMicro: 0 };
    expect(
      err(placeHold(state, { holdId: 'h', amountMicro: 53 * C, expiresAt: PERIOD_END, description: 'x', limit }, NOW)),
    ).toEqual({ code: 'INSUFFICIENT_CREDITS', requiredMicro: 53 * C, availableMicro: 52 * C });
  });

  it('counts the deficit against the hold', () => {
    const owing = account([TOPUP2], 3 * C);
    expect(hold(owing, 7 * C).hold.splits).toEqual([{ grantId: 'topup2', amountMicro: -7 * C }]);
    expect(
      err(placeHold(owing, { holdId: 'h', amountMicro: 7 * C + 1, expiresAt: PERIOD_END, description: 'x' }, NOW)),
    ).toEqual({
      code: 'INSUFFICIENT_CREDITS',
      requiredMicro: 7 * C + 1,
      availableMicro: 7 * C,
    });
  });

  it('reports available 0 (not negative) when the deficit exceeds free credits', () => {
    const owing = account([TOPUP2], 15 * C);
    expect(
      err(placeHold(owing, { holdId: 'h', amountMicro: 1, expiresAt: PERIOD_END, description: 'x' }, NOW)),
    ).toEqual({
      code: 'INSUFFICIENT_CREDITS',
      requiredMicro: 1,
      availableMicro: 0,
    });
  });

  it('never uses an expired grant, even before its EXPIRY entry exists', () => {
    const d = hold(state, 3 * C, 'h', PERIOD_END);
    expect(d.hold.splits).toEqual([{ grantId: 'topup', amountMicro: -3 * C }]);
    expect(
      err(
        placeHold(state, { holdId: 'h', amountMicro: 20 * C + 1, expiresAt: at(99_999), description: 'x' }, PERIOD_END),
      ).code,
    ).toBe('INSUFFICIENT_CREDITS');
  });

  it('refuses a hold on an empty account', () => {
    expect(
      err(placeHold(EMPTY, { holdId: 'h', amountMicro: 1, expiresAt: PERIOD_END, description: 'x' }, NOW)),
    ).toEqual({
      code: 'INSUFFICIENT_CREDITS',
      requiredMicro: 1,
      availableMicro: 0,
    });
  });

  it.each(BAD_AMOUNTS)('rejects a %s amount', (_n, amount) => {
    expect(
      err(placeHold(state, { holdId: 'h', amountMicro: amount, expiresAt: PERIOD_END, description: 'x' }, NOW)).code,
    ).toBe('BAD_AMOUNT');
  });
});

describe('settleHold', () => {
  const state = account([PRO, PRORATION, TOPUP]);
  const held = hold(state, 22 * C); // 20 from pro, 2 from proration
  // These cases are about where an overrun's credits come from, so the allowance is set wide enough for them;
  // the default allowance has cases of its own below.
  const WIDE = { percent: 1000, minimumMicro: 100 * C };
  const settle = (actualMicro: number, now = NOW, h: HoldState = held.hold, s: AccountState = held.state) =>
    settleHold(s, h, { actualMicro, description: 'Hero AI: 3 campaigns', overrun: WIDE }, now);

  it.each([
    [
      'under',
      20_500_000,
      [['prorate', 1_500_000]],
      [
        ['pro', 20 * C],
        ['prorate', 500_000],
      ],
      '20 from Pro allocation, 0.5 from Upgrade proration',
    ],
    [
      'exact',
      22 * C,
      [],
      [
        ['pro', 20 * C],
        ['prorate', 2 * C],
      ],
      '20 from Pro allocation, 2 from Upgrade proration',
    ],
    [
      'within the first grant',
      1_700_000,
      [
        ['pro', 18_300_000],
        ['prorate', 2 * C],
      ],
      [['pro', 1_700_000]],
      '1.7 from Pro allocation',
    ],
    [
      'zero',
      0,
      [
        ['pro', 20 * C],
        ['prorate', 2 * C],
      ],
      [],
      '',
    ],
  ])('%s: one CHARGE entry, the unused part goes back', (_n, actual, back, taken, text) => {
    const d = ok(settle(actual));
    const toSplits = (xs: Array<[string, number]> | never[]) =>
      xs.map(([grantId, amountMicro]) => ({ grantId, amountMicro }));
    expect(d.entries).toEqual<EntryDraft[]>([
      {
        type: 'CHARGE',
        amountMicro: 22 * C - actual,
        splits: toSplits(back as Array<[string, number]>),
        heldDeltaMicro: -22 * C,
        deficitDeltaMicro: 0,
        chargeSplits: toSplits(taken as Array<[string, number]>),
        holdId: 'h1',
        description: 'Hero AI: 3 campaigns',
      },
    ]);
    expect(describeSplits(d.entries[0]?.chargeSplits ?? [], state.grants)).toBe(text);
    expect(d.hold.status).toBe('SETTLED');
    expect(held.hold.status).toBe('ACTIVE');
    const b = balanceOf(d.state, NOW);
    expect(b).toEqual({
      availableMicro: 52 * C - actual,
      planAllocationMicro: 32 * C - actual,
      purchasedMicro: 20 * C,
      reservedMicro: 0,
      deficitMicro: 0,
    });
  });

  it('overrun covered by free credits: excess from burn order, one CHARGE entry', () => {
    const d = ok(settle(35 * C)); // excess 13: 10 left on proration, then 3 from the top-up
    expect(d.entries).toEqual<EntryDraft[]>([
      {
        type: 'CHARGE',
        amountMicro: -13 * C,
        heldDeltaMicro: -22 * C,
        deficitDeltaMicro: 0,
        holdId: 'h1',
        description: 'Hero AI: 3 campaigns',
        splits: [
          { grantId: 'prorate', amountMicro: -10 * C },
          { grantId: 'topup', amountMicro: -3 * C },
        ],
        chargeSplits: [
          { grantId: 'pro', amountMicro: 20 * C },
          { grantId: 'prorate', amountMicro: 12 * C },
          { grantId: 'topup', amountMicro: 3 * C },
        ],
      },
    ]);
    expect(balanceOf(d.state, NOW)).toEqual({
      availableMicro: 17 * C,
      planAllocationMicro: 0,
      purchasedMicro: 17 * C,
      reservedMicro: 0,
      deficitMicro: 0,
    });
  });

  it('overrun beyond free credits: the rest becomes deficit', () => {
    const d = ok(settle(60 * C)); // excess 38, only 30 free
    expect(d.entries).toHaveLength(1);
    expect(d.entries[0]).toMatchObject({
      type: 'CHARGE',
      amountMicro: -38 * C,
      deficitDeltaMicro: 8 * C,
      heldDeltaMicro: -22 * C,
    });
    expect(balanceOf(d.state, NOW)).toEqual({
      availableMicro: 0,
      planAllocationMicro: 0,
      purchasedMicro: 0,
      reservedMicro: 0,
      deficitMicro: 8 * C,
    });
  });

  it('overrun never takes what another hold reserved', () => {
    const a = hold(account([TOPUP2]), 6 * C, 'a');
    const b = hold(a.state, 4 * C, 'b');
    const d = ok(settle(8 * C, NOW, a.hold, b.state));
    expect(d.entries[0]).toMatchObject({ splits: [], deficitDeltaMicro: 2 * C, amountMicro: -2 * C });
    expect(balanceOf(d.state, NOW)).toEqual({
      availableMicro: 0,
      planAllocationMicro: 0,
      purchasedMicro: 0,
      reservedMicro: 4 * C,
      deficitMicro: 2 * C,
    });
    expect(ok(releaseHold(d.state, b.hold, { reason: 'RELEASED', description: 'x' }, NOW)).state.heldMicro).toBe(0);
  });

  it('overrun never takes beyond planAllocation + purchased − deficit', () => {
    const owing = account([TOPUP2], C); // 10 free, deficit 1
    const h = hold(owing, 5 * C); // 5 free left, 4 spendable
    const d = ok(settle(11 * C, NOW, h.hold, h.state)); // excess 6: 4 from the top-up, 2 more deficit
    expect(d.entries[0]).toMatchObject({
      splits: [{ grantId: 'topup2', amountMicro: -4 * C }],
      deficitDeltaMicro: 2 * C,
      amountMicro: -6 * C,
    });
    // The last free credit pays the deficit at once (rule 6): none stands beside it.
    expect(d.entries[1]).toMatchObject({ type: 'DEFICIT_REPAYMENT', deficitDeltaMicro: -C });
    expect(balanceOf(d.state, NOW)).toEqual({
      availableMicro: 0,
      planAllocationMicro: 0,
      purchasedMicro: 0,
      reservedMicro: 0,
      deficitMicro: 2 * C,
    });
  });

  it('credits returned to an already-expired grant expire at once', () => {
    const h = hold(state, 5 * C, 'h', at(60 * 24 * 31 - 5)); // 5 from pro, 5 minutes before period end
    const afterEnd = at(60 * 24 * 31 + 1);
    const late = { ...h.hold, expiresAt: at(60 * 24 * 31 + 10) };
    const d = ok(settle(2 * C, afterEnd, late, h.state));
    expect(d.entries.map((e) => [e.type, e.grantId ?? e.holdId, e.amountMicro])).toEqual([
      ['CHARGE', 'h', 3 * C],
      ['EXPIRY', 'pro', -18 * C],
      ['EXPIRY', 'prorate', -12 * C],
    ]);
    expect(d.entries[1]?.description).toBe('Expired: remainder of Pro allocation');
    expect(balanceOf(d.state, afterEnd)).toEqual({
      availableMicro: 20 * C,
      planAllocationMicro: 0,
      purchasedMicro: 20 * C,
      reservedMicro: 0,
      deficitMicro: 0,
    });
  });

  it('settle twice → HOLD_NOT_ACTIVE', () => {
    const first = ok(settle(C));
    expect(err(settle(C, NOW, first.hold, first.state))).toEqual({ code: 'HOLD_NOT_ACTIVE', status: 'SETTLED' });
  });

  it('settle after release → HOLD_NOT_ACTIVE', () => {
    const released = ok(releaseHold(held.state, held.hold, { reason: 'RELEASED', description: 'x' }, NOW));
    expect(err(settle(C, NOW, released.hold, released.state))).toEqual({ code: 'HOLD_NOT_ACTIVE', status: 'RELEASED' });
  });

  it('settle at or after the hold expiry → HOLD_EXPIRED; a millisecond before is fine', () => {
    expect(err(settle(C, held.hold.expiresAt))).toEqual({ code: 'HOLD_EXPIRED' });
    expect(err(settle(C, new Date(held.hold.expiresAt.getTime() + 1)))).toEqual({ code: 'HOLD_EXPIRED' });
    expect(settle(C, new Date(held.hold.expiresAt.getTime() - 1)).ok).toBe(true);
  });

  it.each(BAD_AMOUNTS.filter(([n]) => n !== 'zero'))('rejects a %s actual cost', (_n, amount) => {
    expect(err(settle(amount)).code).toBe('BAD_AMOUNT');
  });

  it('rejects a hold whose grants are not in the state', () => {
    expect(
      err(settle(C, NOW, held.hold, { ...held.state, grants: held.state.grants.filter((g) => g.id !== 'pro') })),
    ).toEqual({ code: 'GRANT_NOT_FOUND' });
  });

  it('rejects a hold whose splits do not add up to its amount', () => {
    expect(err(settle(C, NOW, { ...held.hold, amountMicro: 21 * C })).code).toBe('BAD_AMOUNT');
  });
});

describe('releaseHold', () => {
  const held = hold(account([PRO, TOPUP]), 25 * C);

  it.each(['RELEASED', 'EXPIRED'] as const)('%s: one RELEASE entry returning everything', (reason) => {
    const now = reason === 'EXPIRED' ? held.hold.expiresAt : NOW; // the sweeper runs at/after expiry
    const d = ok(releaseHold(held.state, held.hold, { reason, description: 'released' }, now));
    expect(d.entries).toEqual<EntryDraft[]>([
      {
        type: 'RELEASE',
        amountMicro: 25 * C,
        heldDeltaMicro: -25 * C,
        deficitDeltaMicro: 0,
        holdId: 'h1',
        description: 'released',
        splits: [
          { grantId: 'pro', amountMicro: 20 * C },
          { grantId: 'topup', amountMicro: 5 * C },
        ],
      },
    ]);
    expect(d.hold.status).toBe(reason);
    expect(balanceOf(d.state, now)).toEqual({
      availableMicro: 40 * C,
      planAllocationMicro: 20 * C,
      purchasedMicro: 20 * C,
      reservedMicro: 0,
      deficitMicro: 0,
    });
  });

  it.each([
    ['released', 'RELEASED'],
    ['expired', 'EXPIRED'],
  ] as const)('release after %s → HOLD_NOT_ACTIVE', (_n, reason) => {
    const first = ok(releaseHold(held.state, held.hold, { reason, description: 'x' }, NOW));
    expect(err(releaseHold(first.state, first.hold, { reason: 'EXPIRED', description: 'x' }, NOW))).toEqual({
      code: 'HOLD_NOT_ACTIVE',
      status: reason,
    });
  });

  it('release after settle → HOLD_NOT_ACTIVE', () => {
    const settled = ok(settleHold(held.state, held.hold, { actualMicro: C, description: 'x' }, NOW));
    expect(err(releaseHold(settled.state, settled.hold, { reason: 'RELEASED', description: 'x' }, NOW))).toEqual({
      code: 'HOLD_NOT_ACTIVE',
      status: 'SETTLED',
    });
  });

  it('credits returned to an expired allocation expire at once', () => {
    const d = ok(releaseHold(held.state, held.hold, { reason: 'EXPIRED', description: 'x' }, PERIOD_END));
    expect(d.entries.map((e) => [e.type, e.amountMicro])).toEqual([
      ['RELEASE', 25 * C],
      ['EXPIRY', -20 * C],
    ]);
    expect(balanceOf(d.state, PERIOD_END).availableMicro).toBe(20 * C);
  });
});

describe('expireGrants', () => {
  const state = account([PRO, PRORATION, TOPUP]);

  it('expires allocation and proration at the period end, soonest first, top-ups untouched', () => {
    const d = ok(expireGrants(state, PERIOD_END));
    expect(d.entries).toEqual<EntryDraft[]>([
      {
        type: 'EXPIRY',
        amountMicro: -20 * C,
        splits: [{ grantId: 'pro', amountMicro: -20 * C }],
        heldDeltaMicro: 0,
        deficitDeltaMicro: 0,
        grantId: 'pro',
        description: 'Expired: remainder of Pro allocation',
      },
      {
        type: 'EXPIRY',
        amountMicro: -12 * C,
        splits: [{ grantId: 'prorate', amountMicro: -12 * C }],
        heldDeltaMicro: 0,
        deficitDeltaMicro: 0,
        grantId: 'prorate',
        description: 'Expired: remainder of Upgrade proration',
      },
    ]);
    expect(remaining(d.state)).toEqual({ pro: 0, prorate: 0, topup: 20 * C });
    expect(ok(expireGrants(d.state, PERIOD_END)).entries).toEqual([]);
  });

  it.each([
    ['a millisecond before the expiry', new Date(PERIOD_END.getTime() - 1), 0],
    ['at the expiry', PERIOD_END, 2],
    ['long after', at(10_000_000), 2],
  ])('%s', (_n, now, count) => {
    expect(ok(expireGrants(state, now)).entries).toHaveLength(count);
  });

  it('writes nothing for a grant already used up', () => {
    const spent = ok(
      settleHold(hold(state, 20 * C).state, hold(state, 20 * C).hold, { actualMicro: 20 * C, description: 'x' }, NOW),
    );
    expect(ok(expireGrants(spent.state, PERIOD_END)).entries.map((e) => e.grantId)).toEqual(['prorate']);
  });
});

describe('adjust', () => {
  const adjGrant = { id: 'adj', label: 'Support credit', seq: 10, expiresAt: null, effectiveAt: NOW };

  it('credit: a new ADJUSTMENT grant with an ADJUSTMENT entry', () => {
    const d = ok(adjust(account([PRO]), { amountMicro: 3 * C, grant: adjGrant, description: 'Goodwill' }, NOW));
    expect(d.entries).toEqual<EntryDraft[]>([
      {
        type: 'ADJUSTMENT',
        amountMicro: 3 * C,
        splits: [{ grantId: 'adj', amountMicro: 3 * C }],
        heldDeltaMicro: 0,
        deficitDeltaMicro: 0,
        grantId: 'adj',
        description: 'Goodwill',
      },
    ]);
    expect(d.state.grants.find((g) => g.id === 'adj')?.source).toBe('ADJUSTMENT');
    expect(balanceOf(d.state, NOW).purchasedMicro).toBe(3 * C);
  });

  it('credit with a deficit: repays it first', () => {
    const d = ok(adjust(account([], 1_250_000), { amountMicro: 3 * C, grant: adjGrant, description: 'Goodwill' }, NOW));
    expect(d.entries.map((e) => [e.type, e.amountMicro, e.description])).toEqual([
      ['ADJUSTMENT', 3 * C, 'Goodwill'],
      ['DEFICIT_REPAYMENT', 0, 'Deficit of 1.25 repaid from Support credit'],
    ]);
    expect(balanceOf(d.state, NOW)).toMatchObject({ availableMicro: 1_750_000, deficitMicro: 0 });
  });

  it.each([
    ['covered by the allocation', -5 * C, [['pro', -5 * C]], 0, 35 * C],
    [
      'spanning allocation and top-up',
      -25 * C,
      [
        ['pro', -20 * C],
        ['topup', -5 * C],
      ],
      0,
      15 * C,
    ],
    [
      'beyond everything: the rest is deficit',
      -45 * C,
      [
        ['pro', -20 * C],
        ['topup', -20 * C],
      ],
      5 * C,
      0,
    ],
  ] as const)('debit %s', (_n, amount, splits, deficit, available) => {
    const d = ok(adjust(account([TOPUP, PRO]), { amountMicro: amount, description: 'Correction' }, NOW));
    expect(d.entries).toEqual<EntryDraft[]>([
      {
        type: 'ADJUSTMENT',
        amountMicro: amount,
        splits: splits.map(([grantId, amountMicro]) => ({ grantId, amountMicro })),
        heldDeltaMicro: 0,
        deficitDeltaMicro: deficit,
        description: 'Correction',
      },
    ]);
    expect(balanceOf(d.state, NOW)).toMatchObject({ availableMicro: available, deficitMicro: deficit });
  });

  it('debit never takes reserved credits', () => {
    const h = hold(account([TOPUP2]), 8 * C);
    const d = ok(adjust(h.state, { amountMicro: -5 * C, description: 'x' }, NOW));
    expect(d.entries[0]).toMatchObject({
      splits: [{ grantId: 'topup2', amountMicro: -2 * C }],
      deficitDeltaMicro: 3 * C,
    });
    expect(d.state.heldMicro).toBe(8 * C);
  });

  it('a credit needs a grant', () => {
    expect(err(adjust(EMPTY, { amountMicro: C, description: 'x' }, NOW)).code).toBe('BAD_AMOUNT');
  });

  it.each(BAD_AMOUNTS.filter(([n]) => n !== 'negative'))('rejects a %s amount', (_n, amount) => {
    expect(err(adjust(account([TOPUP]), { amountMicro: amount, grant: adjGrant, description: 'x' }, NOW)).code).toBe(
      'BAD_AMOUNT',
    );
  });
});

describe('revokeGrant', () => {
  const spent = (() => {
    const h = hold(account([TOPUP]), 15 * C);
    return ok(settleHold(h.state, h.hold, { actualMicro: 15 * C, description: 'x' }, NOW)).state; // 5 left
  })();

  it.each([
    ['REFUND of all remaining (default)', undefined, 'REFUND', false, -5 * C, 0, -5 * C],
    ['REFUND of 20 with deficit for the spent part', 20 * C, 'REFUND', true, -5 * C, 15 * C, -20 * C],
    ['REVERSAL of 20 without deficit', 20 * C, 'REVERSAL', false, -5 * C, 0, -5 * C],
    ['REVERSAL of 2 (less than remaining)', 2 * C, 'REVERSAL', true, -2 * C, 0, -2 * C],
  ] as const)('%s', (_n, amount, type, deficitForRest, split, deficit, entryAmount) => {
    const d = ok(
      revokeGrant(spent, { grantId: 'topup', amountMicro: amount, type, deficitForRest, description: 'Dispute' }, NOW),
    );
    expect(d.entries).toEqual<EntryDraft[]>([
      {
        type,
        amountMicro: entryAmount,
        splits: [{ grantId: 'topup', amountMicro: split }],
        heldDeltaMicro: 0,
        deficitDeltaMicro: deficit,
        grantId: 'topup',
        description: 'Dispute',
      },
    ]);
    expect(d.state.deficitMicro).toBe(deficit);
  });

  it('records the event even when nothing remains', () => {
    const empty = ok(
      revokeGrant(spent, { grantId: 'topup', type: 'REFUND', deficitForRest: false, description: 'x' }, NOW),
    ).state;
    const d = ok(
      revokeGrant(empty, { grantId: 'topup', type: 'REFUND', deficitForRest: true, description: 'again' }, NOW),
    );
    expect(d.entries).toEqual<EntryDraft[]>([
      {
        type: 'REFUND',
        amountMicro: 0,
        splits: [],
        heldDeltaMicro: 0,
        deficitDeltaMicro: 0,
        grantId: 'topup',
        description: 'again',
      },
    ]);
  });

  it('only removes free credits; a hold keeps its reservation', () => {
    const h = hold(account([TOPUP2]), 4 * C);
    const d = ok(
      revokeGrant(
        h.state,
        { grantId: 'topup2', amountMicro: 10 * C, type: 'REVERSAL', deficitForRest: true, description: 'x' },
        NOW,
      ),
    );
    expect(d.entries[0]).toMatchObject({
      splits: [{ grantId: 'topup2', amountMicro: -6 * C }],
      deficitDeltaMicro: 4 * C,
    });
    expect(d.state.heldMicro).toBe(4 * C);
  });

  it('unknown grant → GRANT_NOT_FOUND', () => {
    expect(
      err(revokeGrant(spent, { grantId: 'nope', type: 'REFUND', deficitForRest: true, description: 'x' }, NOW)),
    ).toEqual({ code: 'GRANT_NOT_FOUND' });
  });

  it.each(BAD_AMOUNTS)('rejects a %s amount', (_n, amount) => {
    expect(
      err(
        revokeGrant(
          spent,
          { grantId: 'topup', amountMicro: amount, type: 'REFUND', deficitForRest: true, description: 'x' },
          NOW,
        ),
      ).code,
    ).toBe('BAD_AMOUNT');
  });
});

describe('a deficit is paid at once from credits that become free (SPEC rule 6)', () => {
  const FOUR: Spec = { id: 'alloc', amount: 4 * C, expiresAt: PERIOD_END, seq: 1, label: 'Pro allocation' };

  it('allocation 4, two holds of 2, one settles at 2.4, the other is released: 1.6 left, nothing owed', () => {
    const a = hold(account([FOUR]), 2 * C, 'a');
    const b = hold(a.state, 2 * C, 'b');
    const settled = ok(settleHold(b.state, a.hold, { actualMicro: 2_400_000, description: 'run a' }, NOW));
    expect(settled.state.deficitMicro).toBe(400_000);
    const released = ok(releaseHold(settled.state, b.hold, { reason: 'RELEASED', description: 'run b' }, NOW));
    expect(released.entries.map((e) => [e.type, e.amountMicro, e.deficitDeltaMicro, e.description])).toEqual([
      ['RELEASE', 2 * C, 0, 'run b'],
      ['DEFICIT_REPAYMENT', 0, -400_000, 'Deficit of 0.4 repaid from Pro allocation'],
    ]);
    expect(balanceOf(released.state, NOW)).toEqual({
      availableMicro: 1_600_000,
      planAllocationMicro: 1_600_000,
      purchasedMicro: 0,
      reservedMicro: 0,
      deficitMicro: 0,
    });
    // At renewal only what is really left expires; the next allocation owes nothing.
    expect(ok(expireGrants(released.state, PERIOD_END)).entries.map((e) => e.amountMicro)).toEqual([-1_600_000]);
  });

  describe('with Pro 20 and a top-up of 20 all reserved, and 2 owed from an overrun', () => {
    const a = hold(account([PRO, TOPUP]), 10 * C, 'a'); // 10 of Pro
    const b = hold(a.state, 30 * C, 'b'); // 10 of Pro, 20 of the top-up
    const owing = ok(settleHold(b.state, b.hold, { actualMicro: 32 * C, description: 'big run' }, NOW));

    it('owes 2 with nothing free', () => {
      expect(balanceOf(owing.state, NOW)).toMatchObject({
        planAllocationMicro: 0,
        purchasedMicro: 0,
        deficitMicro: 2 * C,
      });
    });

    it.each<[string, () => Decision<{ hold?: HoldState }>, Record<string, number>]>([
      [
        'the other hold settled under its amount',
        () => settleHold(owing.state, a.hold, { actualMicro: C, description: 'a' }, NOW),
        { pro: 7 * C, topup: 0 },
      ],
      [
        'the other hold released',
        () => releaseHold(owing.state, a.hold, { reason: 'RELEASED', description: 'a' }, NOW),
        { pro: 8 * C, topup: 0 },
      ],
      [
        'the other hold expired',
        () => releaseHold(owing.state, a.hold, { reason: 'EXPIRED', description: 'a' }, NOW),
        { pro: 8 * C, topup: 0 },
      ],
    ])('%s: the freed credits pay the 2 at once', (_name, operate, left) => {
      const d = ok(operate());
      expect(d.entries.at(-1)).toMatchObject({ type: 'DEFICIT_REPAYMENT', deficitDeltaMicro: -2 * C, grantId: 'pro' });
      expect(remaining(d.state)).toEqual(left);
      expect(d.state.deficitMicro).toBe(0);
    });
  });

  it('a refund that leaves credits in another grant is paid from them at once', () => {
    const spent = hold(account([TOPUP, TOPUP2]), 5 * C, 'spent'); // 5 of the first top-up
    const settled = ok(settleHold(spent.state, spent.hold, { actualMicro: 5 * C, description: 'x' }, NOW));
    const d = ok(
      revokeGrant(
        settled.state,
        { grantId: 'topup', amountMicro: 20 * C, type: 'REFUND', deficitForRest: true, description: 'refund' },
        NOW,
      ),
    );
    expect(d.entries.map((e) => [e.type, e.deficitDeltaMicro, e.grantId])).toEqual([
      ['REFUND', 5 * C, 'topup'],
      ['DEFICIT_REPAYMENT', -5 * C, 'topup2'],
    ]);
    expect(remaining(d.state)).toEqual({ topup: 0, topup2: 5 * C });
    expect(d.state.deficitMicro).toBe(0);
  });

  it('a refund of a spent top-up is owed, then paid at once from the allocation in burn order', () => {
    const spent = hold(account([PRO, TOPUP]), 30 * C, 'spent'); // 20 of Pro, 10 of the top-up
    const settled = ok(settleHold(spent.state, spent.hold, { actualMicro: 25 * C, description: 'x' }, NOW));
    expect(remaining(settled.state)).toEqual({ pro: 0, topup: 15 * C });
    const d = ok(
      revokeGrant(
        settled.state,
        { grantId: 'topup', amountMicro: 20 * C, type: 'REFUND', deficitForRest: true, description: 'refund' },
        NOW,
      ),
    );
    expect(d.entries.map((e) => [e.type, e.deficitDeltaMicro])).toEqual([['REFUND', 5 * C]]);
    expect(d.state.deficitMicro).toBe(5 * C); // nothing free anywhere to pay it with
  });

  it('credits given back to an expired grant expire; they never pay a deficit', () => {
    const h = hold(account([PRO]), 20 * C, 'h', at(60 * 24 * 31 - 5));
    const owing = { ...h.state, deficitMicro: 3 * C };
    const late = { ...h.hold, expiresAt: at(60 * 24 * 31 + 10) };
    const d = ok(releaseHold(owing, late, { reason: 'RELEASED', description: 'x' }, at(60 * 24 * 31 + 1)));
    expect(d.entries.map((e) => e.type)).toEqual(['RELEASE', 'EXPIRY']);
    expect(d.state.deficitMicro).toBe(3 * C);
  });
});

describe('the overrun allowance (SPEC rule 6)', () => {
  it.each([
    ['a tiny hold may go up to 1 credit over', 1, 1 + C],
    ['2 credits: the 1-credit minimum', 2 * C, 3 * C],
    ['4 credits: 25% equals the minimum', 4 * C, 5 * C],
    ['10 credits: 25%', 10 * C, 12_500_000],
    ['an odd number of µcr rounds the share down', 10_000_003, 12_500_003],
    ['the largest hold stays exact', 1e15, 1.25e15],
  ])('%s', (_name, holdMicro, max) => {
    expect(maxActualMicro(holdMicro)).toBe(max);
  });

  const funded = account([TOPUP, { ...TOPUP2, amount: 10 * C }]);

  it.each([
    ['at the allowance: charged, 1 credit owed… from free credits', 5 * C, true],
    ['one µcr beyond: refused, the hold stays open', 5 * C + 1, false],
  ])('hold 4, settle %s', (_name, actual, accepted) => {
    const h = hold(funded, 4 * C);
    const d = settleHold(h.state, h.hold, { actualMicro: actual, description: 'x' }, NOW);
    if (accepted) {
      expect(ok(d).hold.status).toBe('SETTLED');
    } else {
      expect(err(d)).toEqual({ code: 'OVERRUN_TOO_LARGE', holdMicro: 4 * C, maxActualMicro: 5 * C });
      // The hold is untouched, so it can still be settled within the allowance.
      expect(ok(settleHold(h.state, h.hold, { actualMicro: 5 * C, description: 'x' }, NOW)).hold.status).toBe(
        'SETTLED',
      );
    }
  });

  it('a policy of 0% and no minimum allows no overrun at all', () => {
    const h = hold(funded, 4 * C);
    const strict = { percent: 0, minimumMicro: 0 };
    expect(
      err(settleHold(h.state, h.hold, { actualMicro: 4 * C + 1, description: 'x', overrun: strict }, NOW)),
    ).toEqual({ code: 'OVERRUN_TOO_LARGE', holdMicro: 4 * C, maxActualMicro: 4 * C });
  });

  it('a settle asked for before the hold expired may be written after it (a kept settle)', () => {
    const h = hold(funded, 4 * C);
    const after = new Date(h.hold.expiresAt.getTime() + 60_000);
    expect(err(settleHold(h.state, h.hold, { actualMicro: C, description: 'x' }, after))).toEqual({
      code: 'HOLD_EXPIRED',
    });
    const asked = new Date(h.hold.expiresAt.getTime() - 1);
    expect(
      ok(settleHold(h.state, h.hold, { actualMicro: C, description: 'x', requestedAt: asked }, after)).hold.status,
    ).toBe('SETTLED');
  });
});

describe('the ledger limit keeps every sum exact', () => {
  const big = (id: string, seq: number) => ({
    id,
    source: 'ADJUSTMENT' as const,
    label: id,
    amountMicro: LEDGER_LIMIT_MICRO,
    expiresAt: null,
    effectiveAt: NOW,
    seq,
  });

  it('a grant that would take the account past the limit is refused, not thrown', () => {
    const full = ok(grant(EMPTY, { grant: big('a', 1), description: 'a' }, NOW)).state;
    expect(err(grant(full, { grant: { ...big('b', 2), amountMicro: 1 }, description: 'b' }, NOW))).toMatchObject({
      code: 'BAD_AMOUNT',
    });
  });

  it('a debit that would take the deficit past the limit is refused', () => {
    const owing = { ...EMPTY, deficitMicro: LEDGER_LIMIT_MICRO };
    expect(err(adjust(owing, { amountMicro: -1, description: 'x' }, NOW))).toMatchObject({ code: 'BAD_AMOUNT' });
  });
});

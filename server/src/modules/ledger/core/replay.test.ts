import { describe, expect, it } from 'vitest';
import { LedgerInvariantError } from './apply';
import { grant, placeHold } from './decide';
import { describeSplits } from './history';
import { replay } from './replay';
import type { AccountState, Decision } from './types';

const T0 = new Date('2025-03-01T00:00:00Z');
const C = 1_000_000;

function ok<T>(d: Decision<T>): Extract<Decision<T>, { ok: true }> {
  if (!d.ok) throw new Error(JSON.stringify(d.error));
  return d;
}

describe('replay', () => {
  it('starts every grant at 0; GRANT entries credit it; other entries move it', () => {
    let state: AccountState = { grants: [], heldMicro: 0, deficitMicro: 3 * C };
    const g = ok(
      grant(
        state,
        {
          grant: {
            id: 'g',
            source: 'TOP_UP',
            label: 'Top-up',
            amountMicro: 10 * C,
            expiresAt: null,
            effectiveAt: T0,
            seq: 1,
          },
          description: 'x',
        },
        T0,
      ),
    );
    state = g.state;
    const h = ok(placeHold(state, { holdId: 'h', amountMicro: 4 * C, expiresAt: T0, description: 'x' }, T0));
    const r = replay(
      [{ splits: [], heldDeltaMicro: 0, deficitDeltaMicro: 3 * C }, ...g.entries, ...h.entries],
      h.state.grants,
    );
    expect(Object.fromEntries(r.remainingByGrant)).toEqual({ g: 3 * C });
    expect(r).toMatchObject({ heldMicro: 4 * C, deficitMicro: 0 });
    expect(h.state).toMatchObject({ heldMicro: 4 * C, deficitMicro: 0 });
  });

  it('lists grants with no entries at 0', () => {
    expect(replay([], [{ id: 'a', originalMicro: 5 }]).remainingByGrant.get('a')).toBe(0);
  });

  it.each([
    [
      'an entry on an unknown grant',
      [{ splits: [{ grantId: 'x', amountMicro: 1 }], heldDeltaMicro: 0, deficitDeltaMicro: 0 }],
    ],
    ['a grant below zero', [{ splits: [{ grantId: 'a', amountMicro: -1 }], heldDeltaMicro: 0, deficitDeltaMicro: 0 }]],
    [
      'a grant above its original',
      [{ splits: [{ grantId: 'a', amountMicro: 6 }], heldDeltaMicro: 0, deficitDeltaMicro: 0 }],
    ],
    ['negative reserved', [{ splits: [], heldDeltaMicro: -1, deficitDeltaMicro: 0 }]],
    ['negative deficit', [{ splits: [], heldDeltaMicro: 0, deficitDeltaMicro: -1 }]],
  ])('throws on %s', (_n, entries) => {
    expect(() => replay(entries, [{ id: 'a', originalMicro: 5 }])).toThrow(LedgerInvariantError);
  });
});

describe('describeSplits', () => {
  it.each([
    [[], ''],
    [
      [
        { grantId: 'p', amountMicro: 1_200_000 },
        { grantId: 't', amountMicro: 500_000 },
      ],
      '1.2 from Pro allocation, 0.5 from top-up',
    ],
    [
      [
        { grantId: 'p', amountMicro: -137_000 },
        { grantId: 't', amountMicro: 0 },
      ],
      '0.137 from Pro allocation',
    ],
    [[{ grantId: 'gone', amountMicro: 1 }], '0.000001 from gone'],
  ])('%j → %j', (splits, text) => {
    expect(
      describeSplits(splits, [
        { id: 'p', label: 'Pro allocation' },
        { id: 't', label: 'top-up' },
      ]),
    ).toBe(text);
  });
});

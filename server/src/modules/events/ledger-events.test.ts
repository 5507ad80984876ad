import { describe, expect, it } from 'vitest';
import {
  adjust,
  grant,
  placeHold,
  releaseHold,
  settleHold,
  type AccountState,
  type Decision,
  type EntryDraft,
  type GrantSource,
} from '../ledger/core';
import { ledgerEvents, type LedgerOperationFacts, type WrittenEntry } from './ledger-events';

const NOW = new Date('2026-03-10T00:00:00Z');
const END = new Date('2026-04-01T00:00:00Z');
const C = 1_000_000;
const EMPTY: AccountState = { grants: [], heldMicro: 0, deficitMicro: 0 };

function ok<T>(d: Decision<T>): Extract<Decision<T>, { ok: true }> {
  if (!d.ok) throw new Error(`expected ok, got ${JSON.stringify(d.error)}`);
  return d;
}

/** Entries as the ledger writes them: seq after seq, feature on the caller's entries. */
const written = (entries: EntryDraft[], firstSeq = 1, feature: string | null = null): WrittenEntry[] =>
  entries.map((e, i) => ({ ...e, seq: firstSeq + i, feature: e.type === 'EXPIRY' ? null : feature }));

function granted(state: AccountState, id: string, source: GrantSource, amountMicro: number) {
  const g = { id, source, label: `${source} grant`, amountMicro, expiresAt: END, effectiveAt: NOW, seq: 1 };
  return ok(grant(state, { grant: g, description: `${source}: ${amountMicro / C} credits` }, NOW));
}

const newGrant = (id: string, source: GrantSource) => ({ id, source, label: `${source} grant`, expiresAt: END });

describe('ledgerEvents: the events one ledger operation emits', () => {
  it.each<GrantSource>(['PLAN_ALLOCATION', 'PRORATION', 'TOP_UP'])('a %s grant → credits.granted', (source) => {
    const d = granted(EMPTY, 'g1', source, 20 * C);
    const facts: LedgerOperationFacts = { newGrants: [newGrant('g1', source)] };
    expect(ledgerEvents(written(d.entries, 7), facts)).toEqual([
      {
        type: 'credits.granted',
        data: {
          source,
          grantId: 'g1',
          label: `${source} grant`,
          amountMicro: 20 * C,
          amount: '20',
          expiresAt: END.toISOString(),
          description: `${source}: 20 credits`,
          ledgerSeq: 7,
        },
      },
    ]);
  });

  it('a positive adjustment → credits.granted with source ADJUSTMENT; a negative one → nothing', () => {
    const base = granted(EMPTY, 'g1', 'TOP_UP', 10 * C).state;
    const g = { id: 'a1', label: 'Goodwill', seq: 2, expiresAt: null, effectiveAt: NOW };
    const plus = ok(adjust(base, { amountMicro: 1_500_000, description: 'Goodwill', grant: g }, NOW));
    const events = ledgerEvents(written(plus.entries), {
      newGrants: [{ ...newGrant('a1', 'ADJUSTMENT'), expiresAt: null }],
    });
    expect(events).toMatchObject([
      { type: 'credits.granted', data: { source: 'ADJUSTMENT', amount: '1.5', expiresAt: null } },
    ]);
    const minus = ok(adjust(base, { amountMicro: -C, description: 'Correction' }, NOW));
    expect(ledgerEvents(written(minus.entries), { newGrants: [] })).toEqual([]);
  });

  it('a grant that repays a deficit emits one credits.granted for the whole grant, not for the repayment', () => {
    const owing: AccountState = { ...EMPTY, deficitMicro: 3 * C };
    const d = granted(owing, 'g1', 'TOP_UP', 20 * C);
    expect(d.entries.map((e) => e.type)).toEqual(['GRANT', 'DEFICIT_REPAYMENT']);
    expect(ledgerEvents(written(d.entries), { newGrants: [newGrant('g1', 'TOP_UP')] })).toMatchObject([
      { type: 'credits.granted', data: { amountMicro: 20 * C } },
    ]);
  });

  it('a hold emits nothing; its settle → charge.settled with the actual cost', () => {
    const funded = granted(EMPTY, 'g1', 'TOP_UP', 10 * C).state;
    const held = ok(
      placeHold(funded, { holdId: 'h1', amountMicro: 2 * C, expiresAt: END, description: 'AI run' }, NOW),
    );
    expect(ledgerEvents(written(held.entries), { newGrants: [] })).toEqual([]);
    const settled = ok(settleHold(held.state, held.hold, { actualMicro: 1_250_000, description: 'AI run: 1.25' }, NOW));
    expect(
      ledgerEvents(written(settled.entries, 3, 'ad-copy'), { newGrants: [], hold: { id: 'h1', status: 'SETTLED' } }),
    ).toEqual([
      {
        type: 'charge.settled',
        data: {
          holdId: 'h1',
          feature: 'ad-copy',
          amountMicro: 1_250_000,
          amount: '1.25',
          heldMicro: 2 * C,
          deficitMicro: 0,
          description: 'AI run: 1.25',
          ledgerSeq: 3,
        },
      },
    ]);
  });

  it('an overrun settle charges the hold, the excess from free credits and the rest as deficit', () => {
    const funded = granted(EMPTY, 'g1', 'TOP_UP', 2 * C).state;
    const held = ok(placeHold(funded, { holdId: 'h1', amountMicro: 1_500_000, expiresAt: END, description: 'x' }, NOW));
    const settled = ok(settleHold(held.state, held.hold, { actualMicro: 2_400_000, description: 'x' }, NOW));
    const [event] = ledgerEvents(written(settled.entries), { newGrants: [], hold: { id: 'h1', status: 'SETTLED' } });
    expect(event).toMatchObject({ type: 'charge.settled', data: { amountMicro: 2_400_000, deficitMicro: 400_000 } });
  });

  it('a release on request emits nothing; a release by the sweeper (EXPIRED) → hold.expired', () => {
    const funded = granted(EMPTY, 'g1', 'TOP_UP', 10 * C).state;
    const held = ok(placeHold(funded, { holdId: 'h1', amountMicro: 2 * C, expiresAt: END, description: 'x' }, NOW));
    const released = ok(releaseHold(held.state, held.hold, { reason: 'RELEASED', description: 'Released' }, NOW));
    expect(ledgerEvents(written(released.entries), { newGrants: [], hold: { id: 'h1', status: 'RELEASED' } })).toEqual(
      [],
    );
    const expired = ok(releaseHold(held.state, held.hold, { reason: 'EXPIRED', description: 'Hold expired' }, NOW));
    expect(
      ledgerEvents(written(expired.entries, 5), {
        newGrants: [],
        hold: { id: 'h1', status: 'EXPIRED', feature: 'chat' },
      }),
    ).toEqual([
      {
        type: 'hold.expired',
        data: {
          holdId: 'h1',
          feature: 'chat',
          amountMicro: 2 * C,
          amount: '2',
          description: 'Hold expired',
          ledgerSeq: 5,
        },
      },
    ]);
  });

  it('entries of other kinds (expiry, refund) emit nothing', () => {
    const entries: WrittenEntry[] = [
      {
        seq: 1,
        type: 'EXPIRY',
        amountMicro: -C,
        heldDeltaMicro: 0,
        deficitDeltaMicro: 0,
        grantId: 'g1',
        description: 'x',
      },
      {
        seq: 2,
        type: 'REFUND',
        amountMicro: -C,
        heldDeltaMicro: 0,
        deficitDeltaMicro: 0,
        grantId: 'g1',
        description: 'x',
      },
    ];
    expect(ledgerEvents(entries, { newGrants: [] })).toEqual([]);
  });
});

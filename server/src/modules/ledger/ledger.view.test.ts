import { describe, expect, it } from 'vitest';
import type { GrantState } from './core';
import type { Changes, HoldRow, Wanted } from './ledger.store';
import { afterWrite, LedgerView, type KnownAccount } from './ledger.view';

const grant = (id: string, remainingMicro: number): GrantState => ({
  id,
  source: 'TOP_UP',
  label: id,
  originalMicro: 10_000_000,
  remainingMicro,
  expiresAt: null,
  effectiveAt: new Date('2026-01-01T00:00:00Z'),
  seq: 1,
});

const hold = (id: string, grantId: string, amountMicro: number): HoldRow => ({
  id,
  amountMicro,
  splits: [{ grantId, amountMicro: -amountMicro }],
  status: 'ACTIVE',
  expiresAt: new Date('2026-01-01T01:00:00Z'),
  description: 'job',
  feature: null,
  actualMicro: 0,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  apiKeyId: null,
});

const wanted = (over: Partial<Wanted> = {}): Wanted => ({
  grantIds: [],
  holdIds: [],
  keys: [],
  apiKeyIds: [],
  month: '2026-01',
  ...over,
});

const account = (over: Partial<KnownAccount> = {}): KnownAccount => ({
  version: 3,
  heldMicro: 1_000_000,
  deficitMicro: 0,
  grants: [grant('g1', 0), grant('g2', 5_000_000)],
  holds: new Map([['h1', hold('h1', 'g1', 1_000_000)]]),
  ...over,
});

const noChanges = (over: Partial<Changes>): Changes => ({
  fromVersion: 3,
  toVersion: 4,
  heldMicro: 0,
  deficitMicro: 0,
  now: new Date('2026-01-01T00:30:00Z'),
  grantUpdates: [],
  grantInserts: [],
  holdInserts: [],
  holdUpdates: [],
  entries: [],
  answers: [],
  events: [],
  spend: [],
  ...over,
});

describe('LedgerView', () => {
  it('answers as the read would: spent grants only when asked for or taken from by an asked hold', () => {
    const view = new LedgerView();
    view.remember('w', account());
    expect(view.cover('w', wanted())!.loaded.grants.map((g) => g.id)).toEqual(['g2']);
    const settling = view.cover('w', wanted({ holdIds: ['h1'] }))!.loaded;
    expect(settling.grants.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect([...settling.holds.keys()]).toEqual(['h1']);
    expect(settling.answers.size).toBe(0);
  });

  it('cannot say for a hold or grant it does not hold, nor for an API key budget', () => {
    const view = new LedgerView();
    view.remember('w', account());
    expect(view.cover('w', wanted({ holdIds: ['other'] }))).toBeUndefined();
    expect(view.cover('w', wanted({ grantIds: ['g9'] }))).toBeUndefined();
    expect(view.cover('w', wanted({ apiKeyIds: ['k'] }))).toBeUndefined();
    expect(view.cover('nobody', wanted())).toBeUndefined();
  });

  it('drops a view once a newer version is heard of, and keeps no older one after', () => {
    const view = new LedgerView();
    view.remember('w', account());
    view.heard('w', 3);
    expect(view.get('w')?.version).toBe(3);
    view.heard('w', 5);
    expect(view.get('w')).toBeUndefined();
    view.remember('w', account({ version: 4 }));
    expect(view.get('w')).toBeUndefined();
    view.heard('x', 7); // heard of before anything is known: a read of version 6 finishing later is not kept
    view.remember('x', account({ version: 6 }));
    expect(view.get('x')).toBeUndefined();
  });

  it('forgets the least recently used account beyond its size', () => {
    const view = new LedgerView(2);
    view.remember('a', account());
    view.remember('b', account());
    view.get('a');
    view.remember('c', account());
    expect([view.get('a'), view.get('b'), view.get('c')].map((v) => v !== undefined)).toEqual([true, false, true]);
  });

  it('applies a write: a settled hold leaves, a spent grant goes with it, new holds and grants come', () => {
    const next = afterWrite(
      account(),
      noChanges({
        grantUpdates: [{ id: 'g2', remainingMicro: 4_000_000 }],
        holdInserts: [hold('h2', 'g2', 1_000_000)],
        holdUpdates: [{ id: 'h1', status: 'SETTLED', resolvedAt: new Date(), actualMicro: 1_000_000 }],
        heldMicro: 1_000_000,
      }),
    );
    expect(next.version).toBe(4);
    expect(next.heldMicro).toBe(1_000_000);
    expect([...next.holds.keys()]).toEqual(['h2']);
    expect(next.grants.map((g) => [g.id, g.remainingMicro])).toEqual([['g2', 4_000_000]]);
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChangedBalance } from './bus';
import {
  decodeAuthChange,
  decodeChange,
  decodeConfigChange,
  encodeAuthChange,
  encodeConfigChange,
  encodeChange,
  latestChange,
  NOTIFY_PAYLOAD_LIMIT,
  PendingChanges,
} from './notify';

const balance = (over: Partial<ChangedBalance> = {}): ChangedBalance => ({
  availableMicro: 7_500_000,
  planAllocationMicro: 5_000_000,
  purchasedMicro: 2_500_000,
  reservedMicro: 300_000,
  deficitMicro: 0,
  newestGrant: 3,
  ...over,
});

describe('ledger notification payload', () => {
  it('stays far under the NOTIFY limit for any workspace, version and balance', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const worst = encodeChange({
      workspaceId: 'f'.repeat(64),
      version: max,
      balance: {
        availableMicro: max,
        planAllocationMicro: max,
        purchasedMicro: max,
        reservedMicro: max,
        deficitMicro: max,
        newestGrant: max,
      },
    });
    expect(Buffer.byteLength(worst, 'utf8')).toBeLessThanOrEqual(256);
    expect(Buffer.byteLength(worst, 'utf8')).toBeLessThan(NOTIFY_PAYLOAD_LIMIT);
    expect(decodeChange(worst)?.balance?.newestGrant).toBe(max);
    const bare = encodeChange({ workspaceId: 'f'.repeat(64), version: max });
    expect(Buffer.byteLength(bare, 'utf8')).toBeLessThanOrEqual(100);
    const typical = encodeChange({ workspaceId: randomUUID(), version: 123_456, balance: balance() });
    expect(typical).toMatch(/^\{"w":"[0-9a-f-]{36}","v":123456,"b":\[7500000,5000000,2500000,300000,0\],"g":3\}$/);
  });

  it('refuses what could outgrow the bound instead of sending it', () => {
    expect(() => encodeChange({ workspaceId: 'x'.repeat(65), version: 1 })).toThrow(/too long/);
    expect(() => encodeChange({ workspaceId: randomUUID(), version: 1.5 })).toThrow(/safe integer/);
    expect(() => encodeChange({ workspaceId: randomUUID(), version: -1 })).toThrow(/safe integer/);
    const w = randomUUID();
    expect(() => encodeChange({ workspaceId: w, version: 1, balance: balance({ deficitMicro: -1 }) })).toThrow(
      /amounts/,
    );
    expect(() => encodeChange({ workspaceId: w, version: 1, balance: balance({ reservedMicro: 0.5 }) })).toThrow(
      /amounts/,
    );
    expect(() => encodeChange({ workspaceId: w, version: 1, balance: balance({ newestGrant: 2 ** 60 }) })).toThrow(
      /grant/,
    );
  });

  it('decodes what it encodes and nothing else', () => {
    const change = { workspaceId: randomUUID(), version: 42 };
    expect(decodeChange(encodeChange(change))).toEqual(change);
    for (const carried of [balance(), balance({ newestGrant: null, availableMicro: 0, deficitMicro: 9 })]) {
      const withBalance = { workspaceId: randomUUID(), version: 43, balance: carried };
      expect(decodeChange(encodeChange(withBalance))).toEqual(withBalance);
    }
    for (const bad of [
      'not json',
      'null',
      '42',
      '{"w":1,"v":2}',
      '{"w":"a","v":"2"}',
      '{"w":"a","v":-1}',
      '{"w":"a","v":1.5}',
      '{"w":"","v":1}',
      `{"w":"${'a'.repeat(65)}","v":1}`,
      `{"w":"a","v":1,"pad":"${'x'.repeat(300)}"}`,
      '{"w":"a","v":1,"g":2}',
      '{"w":"a","v":1,"b":[1,2,3,4]}',
      '{"w":"a","v":1,"b":[1,2,3,4,5,6]}',
      '{"w":"a","v":1,"b":[1,2,3,4,-5]}',
      '{"w":"a","v":1,"b":[1,2,3,4,"5"]}',
      '{"w":"a","v":1,"b":{"0":1}}',
      '{"w":"a","v":1,"b":[1,2,3,4,5],"g":-1}',
    ]) {
      expect(decodeChange(bad), bad).toBeNull();
    }
  });
});

describe('auth notification payload', () => {
  it('round-trips each kind, small, and refuses ids that could outgrow the bound', () => {
    for (const kind of ['session', 'user', 'apiKey'] as const) {
      const change = { kind, id: randomUUID() };
      const payload = encodeAuthChange(change);
      expect(Buffer.byteLength(payload, 'utf8')).toBeLessThanOrEqual(60);
      expect(decodeAuthChange(payload)).toEqual(change);
    }
    expect(() => encodeAuthChange({ kind: 'user', id: 'x'.repeat(65) })).toThrow(/bad id/);
    expect(() => encodeAuthChange({ kind: 'user', id: '' })).toThrow(/bad id/);
  });

  it('decodes nothing that is not one of ours', () => {
    for (const bad of [
      'not json',
      'null',
      '{"w":"a","v":1}',
      '{"a":"x","i":"a"}',
      '{"a":"toString","i":"a"}',
      '{"a":"__proto__","i":"a"}',
      '{"a":"s","i":""}',
      '{"a":"s","i":1}',
      `{"a":"s","i":"${'a'.repeat(65)}"}`,
    ]) {
      expect(decodeAuthChange(bad), bad).toBeNull();
    }
  });
});

describe('pending changes', () => {
  it('keeps only the newest version of each workspace, whatever the order of arrival', () => {
    const pending = new PendingChanges();
    for (const version of [3, 1, 7, 7, 2, 5]) pending.add({ workspaceId: 'a', version });
    for (const version of [10, 11]) pending.add({ workspaceId: 'b', version });
    expect(pending.size).toBe(2);
    expect(pending.take(10)).toEqual([
      { workspaceId: 'a', version: 7 },
      { workspaceId: 'b', version: 11 },
    ]);
    expect(pending.size).toBe(0);
  });

  it('keeps the balance of the newest version, and the newest grant any merged change knew', () => {
    const pending = new PendingChanges();
    pending.add({ workspaceId: 'a', version: 5, balance: balance({ availableMicro: 5, newestGrant: 5 }) });
    pending.add({ workspaceId: 'a', version: 6, balance: balance({ availableMicro: 6, newestGrant: null }) });
    pending.add({ workspaceId: 'a', version: 6 }); // the same version announced again, without a balance
    pending.add({ workspaceId: 'a', version: 4, balance: balance({ availableMicro: 4, newestGrant: 4 }) });
    expect(pending.take(10)).toEqual([
      { workspaceId: 'a', version: 6, balance: balance({ availableMicro: 6, newestGrant: 5 }) },
    ]);
    // Announced again first, the balance of that version still wins the tie.
    pending.add({ workspaceId: 'b', version: 2 });
    pending.add({ workspaceId: 'b', version: 2, balance: balance() });
    // A newer version without a balance leaves receivers to read it.
    pending.add({ workspaceId: 'c', version: 2, balance: balance() });
    pending.add({ workspaceId: 'c', version: 3 });
    expect(pending.take(10)).toEqual([
      { workspaceId: 'b', version: 2, balance: balance() },
      { workspaceId: 'c', version: 3 },
    ]);
  });

  it('merges without changing the changes it was given', () => {
    const older = { workspaceId: 'a', version: 1, balance: balance({ newestGrant: 9 }) };
    const newer = { workspaceId: 'a', version: 2, balance: balance({ newestGrant: 1 }) };
    expect(latestChange(older, newer).balance?.newestGrant).toBe(9);
    expect(newer.balance.newestGrant).toBe(1);
    expect(latestChange(undefined, newer)).toBe(newer);
  });

  it('hands out batches of at most the asked size, and a failed batch put back never hides a newer version', () => {
    const pending = new PendingChanges();
    for (let i = 0; i < 5; i++) pending.add({ workspaceId: `w${i}`, version: 1 });
    const first = pending.take(2);
    expect(first.map((c) => c.workspaceId)).toEqual(['w0', 'w1']);
    pending.add({ workspaceId: 'w0', version: 9 }); // arrived while the batch was in flight
    for (const c of first) pending.add(c); // the batch failed and is queued again
    const rest = pending.take(10);
    expect(rest).toHaveLength(5);
    expect(rest).toContainEqual({ workspaceId: 'w0', version: 9 });
    expect(rest).toContainEqual({ workspaceId: 'w1', version: 1 });
  });
});

describe('workspace setting notification payload', () => {
  it('round-trips every kind and refuses what is not one of ours', () => {
    const workspaceId = randomUUID();
    for (const kind of ['alerts', 'autoTopUp', 'subscription'] as const) {
      const payload = encodeConfigChange({ kind, workspaceId });
      expect(Buffer.byteLength(payload, 'utf8')).toBeLessThan(100);
      expect(decodeConfigChange(payload)).toEqual({ kind, workspaceId });
    }
    expect(() => encodeConfigChange({ kind: 'alerts', workspaceId: 'x'.repeat(65) })).toThrow(/workspace id/);
    expect(decodeConfigChange('{"c":"x","w":"a"}')).toBeNull();
    expect(decodeConfigChange('{"c":"a"}')).toBeNull();
    expect(decodeConfigChange('not json')).toBeNull();
    expect(decodeConfigChange(encodeAuthChange({ kind: 'session', id: workspaceId }))).toBeNull();
  });
});

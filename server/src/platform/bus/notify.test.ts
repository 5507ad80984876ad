import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeChange, encodeChange, NOTIFY_PAYLOAD_LIMIT, PendingChanges } from './notify';

describe('ledger notification payload', () => {
  it('stays far under the NOTIFY limit for any workspace and version', () => {
    const worst = encodeChange({ workspaceId: 'f'.repeat(64), version: Number.MAX_SAFE_INTEGER });
    expect(Buffer.byteLength(worst, 'utf8')).toBeLessThanOrEqual(100);
    expect(Buffer.byteLength(worst, 'utf8')).toBeLessThan(NOTIFY_PAYLOAD_LIMIT);
    const typical = encodeChange({ workspaceId: randomUUID(), version: 123_456 });
    expect(typical).toMatch(/^\{"w":"[0-9a-f-]{36}","v":123456\}$/);
  });

  it('refuses what could outgrow the bound instead of sending it', () => {
    expect(() => encodeChange({ workspaceId: 'x'.repeat(65), version: 1 })).toThrow(/too long/);
    expect(() => encodeChange({ workspaceId: randomUUID(), version: 1.5 })).toThrow(/safe integer/);
    expect(() => encodeChange({ workspaceId: randomUUID(), version: -1 })).toThrow(/safe integer/);
  });

  it('decodes what it encodes and nothing else', () => {
    const change = { workspaceId: randomUUID(), version: 42 };
    expect(decodeChange(encodeChange(change))).toEqual(change);
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
    ]) {
      expect(decodeChange(bad), bad).toBeNull();
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

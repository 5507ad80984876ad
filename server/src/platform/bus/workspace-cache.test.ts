import { describe, expect, it } from 'vitest';
import { WorkspaceCache } from './workspace-cache';

/** A load that resolves when the test says so. */
function gate<T>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

describe('per-workspace cache of settings', () => {
  it('reads once, serves from memory, and reads again after a drop', async () => {
    let reads = 0;
    const cache = new WorkspaceCache(async (w) => `${w}:${++reads}`, { ttlMs: 60_000, maxEntries: 10 });
    expect(cache.peek('a')).toBeUndefined();
    expect(await cache.get('a')).toBe('a:1');
    expect(await cache.get('a')).toBe('a:1');
    expect(cache.peek('a')).toBe('a:1');
    cache.drop('a');
    expect(cache.peek('a')).toBeUndefined();
    expect(await cache.get('a')).toBe('a:2');
  });

  it('keeps null as an answer (a workspace without settings costs no read either)', async () => {
    let reads = 0;
    const cache = new WorkspaceCache<string | null>(
      async () => {
        reads += 1;
        return null;
      },
      { ttlMs: 60_000, maxEntries: 10 },
    );
    expect(await cache.get('a')).toBeNull();
    expect(cache.peek('a')).toBeNull();
    expect(reads).toBe(1);
  });

  it('never stores what was read while a drop happened, and shares a read in flight', async () => {
    const loads: ReturnType<typeof gate<string>>[] = [];
    const cache = new WorkspaceCache(
      () => {
        const g = gate<string>();
        loads.push(g);
        return g.promise;
      },
      { ttlMs: 60_000, maxEntries: 10 },
    );
    const first = cache.get('a');
    const shared = cache.get('a');
    expect(loads).toHaveLength(1);
    cache.drop('a'); // announced while the read was in flight
    const after = cache.get('a'); // starts a read of its own
    expect(loads).toHaveLength(2);
    loads[0]!.open('before');
    expect(await first).toBe('before');
    expect(await shared).toBe('before');
    expect(cache.peek('a')).toBeUndefined();
    loads[1]!.open('after');
    expect(await after).toBe('after');
    expect(cache.peek('a')).toBe('after');
  });

  it('forgets entries after the time to live and keeps at most the bound', async () => {
    const cache = new WorkspaceCache(async (w) => w, { ttlMs: 0, maxEntries: 10 });
    await cache.get('a');
    expect(cache.peek('a')).toBeUndefined();
    const bounded = new WorkspaceCache(async (w) => w, { ttlMs: 60_000, maxEntries: 2 });
    for (const w of ['a', 'b', 'c']) await bounded.get(w);
    expect(bounded.peek('a')).toBeUndefined();
    expect(bounded.peek('b')).toBe('b');
    expect(bounded.peek('c')).toBe('c');
    bounded.clear();
    expect(bounded.peek('c')).toBeUndefined();
  });
});

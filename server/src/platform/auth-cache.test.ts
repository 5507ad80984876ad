import { describe, expect, it } from 'vitest';
import { AuthCache } from './auth-cache';
import { LocalBus } from './bus';

/** A lookup that counts its queries and answers what the "database" holds now. */
function database(initial: Record<string, string>) {
  const rows = new Map(Object.entries(initial));
  let queries = 0;
  return {
    rows,
    get queries() {
      return queries;
    },
    load: (key: string) => async () => {
      queries += 1;
      return rows.get(key) ?? null;
    },
  };
}

const tagsOf = (value: string) => [`user:${value}`];

describe('auth cache', () => {
  it('answers from memory until the TTL, then asks again', async () => {
    let now = 0;
    const cache = new AuthCache(new LocalBus(), { ttlMs: 1_000, maxEntries: 10, monotonicNow: () => now });
    const db = database({ t1: 'u1' });
    expect(await cache.get('t1', db.load('t1'), tagsOf)).toBe('u1');
    now = 999;
    expect(await cache.get('t1', db.load('t1'), tagsOf)).toBe('u1');
    expect(db.queries).toBe(1);
    now = 1_000;
    expect(await cache.get('t1', db.load('t1'), tagsOf)).toBe('u1');
    expect(db.queries).toBe(2);
  });

  it('drops what an announcement concerns, on every cache on the bus', async () => {
    const bus = new LocalBus();
    const here = new AuthCache(bus, { ttlMs: 60_000, maxEntries: 10 });
    const there = new AuthCache(bus, { ttlMs: 60_000, maxEntries: 10 });
    const db = database({ t1: 'u1', t2: 'u2' });
    for (const cache of [here, there]) {
      await cache.get('t1', db.load('t1'), tagsOf);
      await cache.get('t2', db.load('t2'), tagsOf);
    }
    db.rows.delete('t1');
    here.announce({ kind: 'user', id: 'u1' });
    for (const cache of [here, there]) {
      expect(await cache.get('t1', db.load('t1'), tagsOf)).toBeNull();
      expect(await cache.get('t2', db.load('t2'), tagsOf)).toBe('u2');
    }
    expect(db.queries).toBe(6); // 4 to fill, then t1 again on each
  });

  it('never keeps an answer read while an announcement arrived, nor lets a later caller join it', async () => {
    const bus = new LocalBus();
    const cache = new AuthCache(bus, { ttlMs: 60_000, maxEntries: 10 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const stale = cache.get(
      't1',
      async () => {
        await gate; // read before the change committed, answered after it was announced
        return 'u1';
      },
      tagsOf,
    );
    bus.publishAuth({ kind: 'user', id: 'u1' });
    const db = database({});
    const after = cache.get('t1', db.load('t1'), tagsOf);
    release();
    expect(await stale).toBe('u1');
    expect(await after).toBeNull();
    expect(await cache.get('t1', db.load('t1'), tagsOf)).toBeNull();
    expect(db.queries).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('shares one query between callers at the same time, and keeps no refusals', async () => {
    const cache = new AuthCache(new LocalBus(), { ttlMs: 60_000, maxEntries: 10 });
    const db = database({ t1: 'u1' });
    const answers = await Promise.all(Array.from({ length: 5 }, () => cache.get('t1', db.load('t1'), tagsOf)));
    expect(answers).toEqual(Array(5).fill('u1'));
    expect(db.queries).toBe(1);
    expect(await cache.get('t9', db.load('t9'), tagsOf)).toBeNull();
    db.rows.set('t9', 'u9'); // created meanwhile, say on another instance
    expect(await cache.get('t9', db.load('t9'), tagsOf)).toBe('u9');
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const cache = new AuthCache(new LocalBus(), { ttlMs: 60_000, maxEntries: 2 });
    const db = database({ a: 'ua', b: 'ub', c: 'uc' });
    await cache.get('a', db.load('a'), tagsOf);
    await cache.get('b', db.load('b'), tagsOf);
    await cache.get('a', db.load('a'), tagsOf); // a is now the most recent
    await cache.get('c', db.load('c'), tagsOf); // b leaves
    expect(cache.size).toBe(2);
    const before = db.queries;
    await cache.get('a', db.load('a'), tagsOf);
    await cache.get('c', db.load('c'), tagsOf);
    expect(db.queries).toBe(before);
    await cache.get('b', db.load('b'), tagsOf);
    expect(db.queries).toBe(before + 1);
  });

  it('drops everything when the database was written elsewhere, and caches nothing with a TTL of 0', async () => {
    let elsewhere = false;
    const cache = new AuthCache(new LocalBus(), {
      ttlMs: 60_000,
      maxEntries: 10,
      changedElsewhere: async () => elsewhere,
    });
    const db = database({ t1: 'u1' });
    await cache.get('t1', db.load('t1'), tagsOf);
    elsewhere = true;
    db.rows.set('t1', 'u1-changed');
    expect(await cache.get('t1', db.load('t1'), tagsOf)).toBe('u1-changed');

    const off = new AuthCache(new LocalBus(), { ttlMs: 0, maxEntries: 10 });
    await off.get('t1', db.load('t1'), tagsOf);
    await off.get('t1', db.load('t1'), tagsOf);
    expect(off.size).toBe(0);
  });
});

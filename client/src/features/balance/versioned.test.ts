import { describe, expect, it } from 'vitest';
import { isNewer, newest, newestOf, type Versioned } from './versioned';

interface Balance extends Versioned {
  available: string;
}

const b = (version: number, available = `${100 - version}`): Balance => ({ version, available });

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('keeping the newest balance', () => {
  it('takes a newer version and ignores an older or equal one', () => {
    const v3 = b(3);
    expect(newest(v3, b(4))).toEqual(b(4));
    expect(newest(v3, b(2))).toBe(v3);
    expect(newest(v3, b(3, 'different'))).toBe(v3);
    expect(newest(null, v3)).toBe(v3);
    expect(newest(undefined, undefined)).toBeNull();
    expect(newest(v3, null)).toBe(v3);
  });

  it('ignores messages without a usable version', () => {
    const v1 = b(1);
    for (const bad of [{ version: Number.NaN }, { version: -1 }, { version: 1.5 }, { version: '9' }, {}]) {
      expect(newest(v1, bad as unknown as Balance)).toBe(v1);
      expect(isNewer(null, bad as unknown as Versioned)).toBe(false);
    }
  });

  it('treats version 0, a new workspace, as a real version', () => {
    expect(isNewer(null, b(0))).toBe(true);
    expect(isNewer(b(0), b(0))).toBe(false);
  });

  it('ends on the newest whatever the order, with duplicates and stale replays', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const count = 1 + Math.floor(next() * 30);
      const sent = Array.from({ length: count }, (_, i) => b(i * 2 + 1));
      // Redelivery after a reconnect, and the initial query landing late.
      const delivered = [...sent, ...sent.filter(() => next() < 0.4), b(0)];
      for (let i = delivered.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [delivered[i], delivered[j]] = [delivered[j]!, delivered[i]!];
      }
      let kept: Balance | null = null;
      let highest = -1;
      for (const message of delivered) {
        kept = newest(kept, message);
        highest = Math.max(highest, message.version);
        // At every step what is shown is the newest seen so far, never an older one.
        expect(kept!.version, `seed ${seed}`).toBe(highest);
      }
      expect(kept, `seed ${seed}`).toEqual(sent.at(-1));
      expect(newestOf(delivered), `seed ${seed}`).toEqual(sent.at(-1));
    }
  });
});

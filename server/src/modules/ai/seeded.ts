/** Seeded pseudo-randomness for simulated content (local AI answers, demo performance numbers). */

export type Rng = () => number;

/** FNV-1a: a stable 32-bit seed from text. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: small and fast; the same seed always gives the same sequence. */
export function rngOf(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [min, max]. */
export const pickInt = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

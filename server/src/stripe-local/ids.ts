import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random base62 suffix; ids only need to be unique and opaque, like Stripe's. */
function suffix(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

/** `newId('cus')` → `cus_…`. Checkout sessions carry `_test_` like real test-mode ids. */
export function newId(prefix: string, length = 24): string {
  return `${prefix}_${suffix(length)}`;
}

export function newSecret(prefix: string): string {
  return `${prefix}_secret_${suffix(24)}`;
}

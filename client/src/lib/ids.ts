/** A fresh idempotency key for one user intent (one click), reused if that intent is retried. */
export function newIdempotencyKey(): string {
  // randomUUID needs a secure context; plain-http dev hosts other than localhost lack it.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

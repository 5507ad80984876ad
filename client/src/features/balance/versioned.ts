/**
 * The balance reaches the client by several roads — the query on load, mutation results, the
 * live subscription, a resync after reconnecting — and they can arrive out of order or twice.
 * Every balance carries the ledger version it reflects, and versions only grow, so the rule is
 * simple: keep the highest version seen, whatever arrives later.
 */
export interface Versioned {
  version: number;
}

const validVersion = (v: Versioned | null | undefined): v is Versioned =>
  !!v && typeof v.version === 'number' && Number.isSafeInteger(v.version) && v.version >= 0;

/** True when `incoming` is strictly newer than `current` (a missing current is older than anything). */
export function isNewer(current: Versioned | null | undefined, incoming: Versioned | null | undefined): boolean {
  if (!validVersion(incoming)) return false;
  return !validVersion(current) || incoming.version > current.version;
}

/**
 * The value to keep. An equal or older version leaves `current` as it is — the same object,
 * so a React state setter or an Apollo `merge` sees no change and renders nothing.
 */
export function newest<T extends Versioned>(current: T | null | undefined, incoming: T | null | undefined): T | null {
  if (isNewer(current, incoming)) return incoming!;
  return current ?? null;
}

/** The newest of many, in any order, with duplicates; null when none is valid. */
export function newestOf<T extends Versioned>(values: Iterable<T | null | undefined>): T | null {
  let kept: T | null = null;
  for (const value of values) kept = newest(kept, value);
  return kept;
}

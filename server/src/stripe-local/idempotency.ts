/**
 * Idempotent replays, as Stripe does them: the first result for a key is kept and returned again
 * for the same request; the same key with a different method, path or parameters is an error.
 * Only results of requests that ran (2xx, or 402 declines) are kept, so a request rejected at
 * validation can be retried with the same key.
 */
export interface SavedResponse {
  status: number;
  body: string;
}

export interface IdempotencyEntry extends SavedResponse {
  fingerprint: string;
}

export type Lookup = { kind: 'miss' } | { kind: 'replay'; response: SavedResponse } | { kind: 'mismatch' };

/** Parameters in a stable order, so the same request always gives the same fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function fingerprint(method: string, path: string, params: unknown): string {
  return `${method} ${path} ${canonical(params)}`;
}

export class IdempotencyCache {
  private readonly entries = new Map<string, IdempotencyEntry>();

  lookup(key: string, print: string): Lookup {
    const entry = this.entries.get(key);
    if (!entry) return { kind: 'miss' };
    if (entry.fingerprint !== print) return { kind: 'mismatch' };
    return { kind: 'replay', response: { status: entry.status, body: entry.body } };
  }

  /** Kept in the state file, so a request retried after a restart is still answered once. */
  dump(): Record<string, IdempotencyEntry> {
    return Object.fromEntries(this.entries);
  }

  restore(entries: Record<string, IdempotencyEntry>): void {
    for (const [key, entry] of Object.entries(entries)) this.entries.set(key, entry);
  }

  save(key: string, print: string, response: SavedResponse): void {
    if ((response.status >= 200 && response.status < 300) || response.status === 402) {
      this.entries.set(key, { fingerprint: print, ...response });
    }
  }
}

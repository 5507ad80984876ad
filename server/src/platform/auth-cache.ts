import type { AuthChange, Bus } from './bus';

export interface AuthCacheOptions {
  /** How long an entry is trusted without hearing anything about it; 0 turns the cache off. */
  ttlMs: number;
  /** The most entries kept; the least recently used leave first. */
  maxEntries: number;
  /**
   * Asked before every use: true when the database may have been changed by a writer that cannot
   * reach the bus (SQLite: another process, such as `pnpm staff:grant`). Everything cached is dropped.
   */
  changedElsewhere?: () => Promise<boolean>;
  /** Monotonic milliseconds, for the TTL only (expiry of a session is the caller's, on its own clock). */
  monotonicNow?: () => number;
}

interface Entry {
  value: unknown;
  tags: readonly string[];
  storedAt: number;
}

/** The tag of everything cached that an auth change concerns. */
export const authTag = (change: AuthChange): string => `${change.kind}:${change.id}`;

/**
 * Authenticated sessions and API keys, kept in process for a short time so that a request needs no
 * query to know its caller. Whatever ends or changes a credential is announced on the bus after its
 * transaction commits (`announce`), and every instance, this one at once, drops the entries tagged
 * with it. A lost LISTEN connection (the bus's gap) drops everything.
 *
 * Three races are closed: a lookup that was reading the database while a change was announced does
 * not store its (possibly older) answer; lookups of the same credential at the same time share one
 * query, but none started after an announcement joins one started before it; and only positive
 * answers are kept, so a credential created on another instance is never refused from the cache.
 */
export class AuthCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly loading = new Map<string, Promise<unknown>>();
  /** Moves on every drop: a load that saw it move while reading does not store its answer. */
  private epoch = 0;
  private readonly unsubscribe: () => void;
  private readonly now: () => number;

  constructor(
    private readonly bus: Pick<Bus, 'publishAuth' | 'subscribeAuth'>,
    private readonly opts: AuthCacheOptions,
  ) {
    this.now = opts.monotonicNow ?? (() => performance.now());
    this.unsubscribe = bus.subscribeAuth(
      (change) => this.drop(authTag(change)),
      () => this.clear(),
    );
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The cached value for `key`, or `load()`'s answer (kept, tagged with `tagsOf`, unless null).
   * Values are shared between callers: never mutate one.
   */
  async get<T>(key: string, load: () => Promise<T | null>, tagsOf: (value: T) => string[]): Promise<T | null> {
    if (this.opts.ttlMs <= 0) return load();
    if (this.opts.changedElsewhere && (await this.opts.changedElsewhere())) this.clear();
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit) {
      if (now - hit.storedAt < this.opts.ttlMs) {
        // Most recently used last: Map keeps insertion order.
        this.entries.delete(key);
        this.entries.set(key, hit);
        return hit.value as T;
      }
      this.remove(key);
    }
    const inFlight = this.loading.get(key);
    if (inFlight) return inFlight as Promise<T | null>;
    const epoch = this.epoch;
    const loaded = load()
      .then((value) => {
        if (value !== null && this.epoch === epoch) this.store(key, value, tagsOf(value), now);
        return value;
      })
      .finally(() => {
        if (this.loading.get(key) === loaded) this.loading.delete(key);
      });
    this.loading.set(key, loaded);
    return loaded;
  }

  /** Call after the change has committed: every instance (this one before this returns) drops it. */
  announce(change: AuthChange): void {
    this.bus.publishAuth(change);
  }

  /** Drops every entry carrying `tag`. */
  drop(tag: string): void {
    this.epoch += 1;
    this.loading.clear();
    const keys = this.byTag.get(tag);
    if (!keys) return;
    for (const key of [...keys]) this.remove(key);
  }

  clear(): void {
    this.epoch += 1;
    this.loading.clear();
    this.entries.clear();
    this.byTag.clear();
  }

  close(): void {
    this.unsubscribe();
    this.clear();
  }

  private store(key: string, value: unknown, tags: readonly string[], storedAt: number): void {
    this.remove(key);
    this.entries.set(key, { value, tags, storedAt });
    for (const tag of tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    while (this.entries.size > this.opts.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }
}

/** Where no cache is wired (one-off scripts): every lookup goes to the database, announcements go nowhere. */
export const NO_AUTH_CACHE = {
  get: <T>(_key: string, load: () => Promise<T | null>): Promise<T | null> => load(),
  announce: (_change: AuthChange): void => undefined,
};

/** What services need of the cache. */
export type AuthCacheLike = Pick<AuthCache, 'get' | 'announce'>;

/**
 * What a server keeps in memory per workspace about settings that rarely change (alert rules, auto
 * top-up): loaded once, dropped when a change is announced on the bus (`ConfigChange`), and trusted
 * for at most `ttlMs` in case an announcement never arrived. Bounded: the least recently stored
 * entries go first.
 *
 * A load that was reading while any drop happened does not store its answer (a counter moves on
 * every drop), so an announcement is never overwritten by what was read before it; loads of one
 * workspace at the same time share one read.
 */
export class WorkspaceCache<T> {
  private readonly entries = new Map<string, { value: T; storedAt: number }>();
  private readonly loading = new Map<string, { drops: number; promise: Promise<T> }>();
  private drops = 0;

  constructor(
    private readonly load: (workspaceId: string) => Promise<T>,
    private readonly opts: { ttlMs: number; maxEntries: number },
  ) {}

  /** The cached value when there is a fresh one; never reads. */
  peek(workspaceId: string): T | undefined {
    const entry = this.entries.get(workspaceId);
    if (!entry) return undefined;
    if (Date.now() - entry.storedAt >= this.opts.ttlMs) {
      this.entries.delete(workspaceId);
      return undefined;
    }
    return entry.value;
  }

  /** The cached value, or one read now (and stored unless a drop happened meanwhile). */
  async get(workspaceId: string): Promise<T> {
    const cached = this.peek(workspaceId);
    if (cached !== undefined) return cached;
    const pending = this.loading.get(workspaceId);
    if (pending && pending.drops === this.drops) return pending.promise;
    const drops = this.drops;
    const promise = this.load(workspaceId);
    const mine = { drops, promise };
    this.loading.set(workspaceId, mine);
    try {
      const value = await promise;
      if (this.drops === drops) this.store(workspaceId, value);
      return value;
    } finally {
      if (this.loading.get(workspaceId) === mine) this.loading.delete(workspaceId);
    }
  }

  drop(workspaceId: string): void {
    this.drops += 1;
    this.entries.delete(workspaceId);
  }

  clear(): void {
    this.drops += 1;
    this.entries.clear();
  }

  private store(workspaceId: string, value: T): void {
    this.entries.delete(workspaceId);
    this.entries.set(workspaceId, { value, storedAt: Date.now() });
    if (this.entries.size > this.opts.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

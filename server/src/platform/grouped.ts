/** One item's outcome in a group: its value, or its own error. */
export type Settled<O> = { ok: true; value: O } | { ok: false; error: unknown };

export interface GroupedOptions<I> {
  /** Groups running at once; an item that arrives while this many run waits for the next group. */
  maxInFlight?: number;
  /** Most items in one group. */
  maxItems?: number;
  /** Items with the same key never share a group (the later one waits for the next). */
  key?: (item: I) => string;
}

/**
 * Runs items in groups, one call of `run` per group: an item goes out at once while fewer than
 * `maxInFlight` groups are running; items that arrive meanwhile wait and go out together as soon as
 * one finishes. Under load one call serves many items; alone, an item waits for nothing. Every item's
 * group starts after the item arrived, so a read grouped this way sees every write that finished before
 * it was asked for. `run` answers each item in order, with its value or its own error.
 */
export class Grouped<I, O> {
  private readonly waiting: { item: I; resolve(value: O): void; reject(err: unknown): void }[] = [];
  private inFlight = 0;
  private readonly maxInFlight: number;
  private readonly maxItems: number;

  constructor(
    private readonly run: (items: I[]) => Promise<Settled<O>[]>,
    private readonly opts: GroupedOptions<I> = {},
  ) {
    this.maxInFlight = opts.maxInFlight ?? 2;
    this.maxItems = opts.maxItems ?? 100;
  }

  call(item: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.waiting.length) {
      const group = this.takeGroup();
      this.inFlight += 1;
      void this.send(group).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private takeGroup(): typeof this.waiting {
    const key = this.opts.key;
    if (!key) return this.waiting.splice(0, this.maxItems);
    const group: typeof this.waiting = [];
    const later: typeof this.waiting = [];
    const keys = new Set<string>();
    for (const w of this.waiting.splice(0, this.waiting.length)) {
      const k = key(w.item);
      if (group.length < this.maxItems && !keys.has(k)) {
        keys.add(k);
        group.push(w);
      } else later.push(w);
    }
    this.waiting.push(...later);
    return group;
  }

  private async send(group: typeof this.waiting): Promise<void> {
    let outcomes: Settled<O>[];
    try {
      outcomes = await this.run(group.map((w) => w.item));
    } catch (err) {
      for (const w of group) w.reject(err);
      return;
    }
    group.forEach((w, i) => {
      const outcome = outcomes[i];
      if (!outcome) w.reject(new Error('a grouped call gave no answer for an item'));
      else if (outcome.ok) w.resolve(outcome.value);
      else w.reject(outcome.error);
    });
  }
}

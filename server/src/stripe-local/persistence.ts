import { promises as fs, readFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type Stripe from 'stripe';
import type { IdempotencyCache, IdempotencyEntry } from './idempotency';
import {
  isObjectType,
  type CheckoutExtra,
  type Store,
  type StoreState,
  type StoredObject,
  type SubscriptionExtra,
} from './store';

/**
 * The `statePath` file: the store's state as JSON, so the app's saved Stripe ids still resolve after
 * a restart. It is read once when the server is created and rewritten whole after changes, at most
 * every SAVE_DELAY_MS, through `<path>.tmp` and a rename: a crash leaves the old state or the new
 * one, never a mix. Delivery records are not kept; an event that had not reached the app keeps
 * `pending_webhooks: 1`, stays listed by GET /v1/events and can be sent again with `redeliver`.
 */
export const STATE_VERSION = 1;
const SAVE_DELAY_MS = 50;

export interface StateFileContent extends StoreState {
  version: typeof STATE_VERSION;
  /** Wall-clock time of the write, for people reading the file; not read back. */
  savedAt: string;
  /** Idempotency keys, so a request retried across a restart is still answered only once. */
  idempotency: Record<string, IdempotencyEntry>;
}

export type Log = (message: string) => void;

export class StateFile {
  private timer: NodeJS.Timeout | null = null;
  private dirty = false;
  private closed = false;
  private failing = false;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly store: Store,
    private readonly idempotency: IdempotencyCache,
    private readonly log: Log = (message) => console.error(message),
  ) {}

  /**
   * Fills the (empty) store from the file. No file is a first start. A file that cannot be used is
   * reported once and the server starts empty rather than not at all; an unparsable one is moved
   * to `<path>.corrupt` first, so the next save does not destroy what might still be recovered.
   */
  load(): void {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return;
      this.log(`[stripe-local] cannot read the state file ${this.path} (${messageOf(err)}); starting empty.`);
      return;
    }
    let content: StateFileContent;
    try {
      content = parseState(text);
    } catch (err) {
      const aside = `${this.path}.corrupt`;
      let kept = `it was moved to ${aside}`;
      try {
        renameSync(this.path, aside);
      } catch (renameErr) {
        kept = `it could not be moved aside (${messageOf(renameErr)}) and will be overwritten`;
      }
      this.log(`[stripe-local] the state file ${this.path} is unusable (${messageOf(err)}); starting empty, ${kept}.`);
      return;
    }
    this.store.restore(content);
    this.idempotency.restore(content.idempotency);
  }

  /** Marks the state changed; changes within SAVE_DELAY_MS share one write. */
  schedule(): void {
    if (this.closed) return;
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save();
    }, SAVE_DELAY_MS);
    // A listening server keeps the process alive anyway, and close() writes what is pending.
    this.timer.unref();
  }

  /** Writes pending changes now. Writes are queued one after another, so they never interleave. */
  save(): Promise<void> {
    const write = this.writes.then(() => this.writeIfDirty());
    this.writes = write;
    return write;
  }

  /**
   * The last write. Later changes (a delivery answered after close) are not saved: a new server may
   * already be using the file.
   */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.save();
  }

  private async writeIfDirty(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    // Serialized synchronously: API handlers and controls change the store synchronously, so this is
    // always a state between two changes.
    const text = JSON.stringify(this.content());
    try {
      await writeAtomically(this.path, text);
      this.failing = false;
    } catch (err) {
      this.dirty = true; // tried again with the next change, or on close()
      if (!this.failing) this.log(`[stripe-local] cannot save the state to ${this.path}: ${messageOf(err)}`);
      this.failing = true;
    }
  }

  private content(): StateFileContent {
    return {
      version: STATE_VERSION,
      savedAt: new Date().toISOString(),
      ...this.store.snapshot(),
      idempotency: this.idempotency.dump(),
    };
  }
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync(); // the rename must not reach the disk before the data does
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, path);
}

/**
 * Checks the outline (version, the collections and the ids that index them), enough to tell a state
 * file from a truncated or foreign one before anything is loaded; objects themselves are trusted.
 */
export function parseState(text: string): StateFileContent {
  const data: unknown = JSON.parse(text);
  if (!isRecord(data)) throw new Error('not a JSON object');
  if (data.version !== STATE_VERSION) {
    throw new Error(`version ${JSON.stringify(data.version) ?? 'missing'}, expected ${STATE_VERSION}`);
  }
  const objects = listField<StoredObject>(
    data,
    'objects',
    (o) => isRecord(o) && typeof o.id === 'string' && isObjectType(o.object),
  );
  const events = listField<Stripe.Event>(
    data,
    'events',
    (e) => isRecord(e) && typeof e.id === 'string' && typeof e.type === 'string' && isRecord(e.data),
  );
  unique('objects', objects);
  unique('events', events);
  return {
    version: STATE_VERSION,
    savedAt: typeof data.savedAt === 'string' ? data.savedAt : '',
    objects,
    events,
    failingCustomers: listField<string>(data, 'failingCustomers', (x) => typeof x === 'string'),
    checkoutExtra: recordField<CheckoutExtra>(data, 'checkoutExtra', (x) => isRecord(x) && Array.isArray(x.lineItems)),
    subscriptionExtra: recordField<SubscriptionExtra>(
      data,
      'subscriptionExtra',
      (x) =>
        isRecord(x) &&
        typeof x.periodIndex === 'number' &&
        Array.isArray(x.pendingLines) &&
        (x.pendingItems === null || isRecord(x.pendingItems)),
    ),
    idempotency: recordField<IdempotencyEntry>(
      data,
      'idempotency',
      (x) =>
        isRecord(x) && typeof x.fingerprint === 'string' && typeof x.status === 'number' && typeof x.body === 'string',
    ),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listField<T>(data: Record<string, unknown>, key: string, valid: (item: unknown) => boolean): T[] {
  const value = data[key];
  if (!Array.isArray(value)) throw new Error(`"${key}" is not a list`);
  const bad = value.findIndex((item) => !valid(item));
  if (bad >= 0) throw new Error(`${key}[${bad}] is malformed`);
  return value as T[];
}

function recordField<T>(
  data: Record<string, unknown>,
  key: string,
  valid: (item: unknown) => boolean,
): Record<string, T> {
  const value = data[key];
  if (!isRecord(value)) throw new Error(`"${key}" is not an object`);
  const bad = Object.keys(value).find((k) => !valid(value[k]));
  if (bad !== undefined) throw new Error(`${key}[${JSON.stringify(bad)}] is malformed`);
  return value as Record<string, T>;
}

function unique(key: string, items: Array<{ id: string }>): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new Error(`${key} has ${item.id} twice`);
    seen.add(item.id);
  }
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

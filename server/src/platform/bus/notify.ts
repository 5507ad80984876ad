import type { LedgerChange } from './bus';

/** The one channel every instance LISTENs on. */
export const NOTIFY_CHANNEL = 'hero_ledger';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const NOTIFY_PAYLOAD_LIMIT = 7999;

const MAX_ID_LENGTH = 64;

/** `{"w":…,"v":…}`: the workspace and its newest version, nothing else; receivers re-read the rest. */
export function encodeChange(change: LedgerChange): string {
  if (change.workspaceId.length > MAX_ID_LENGTH) throw new Error('workspace id too long for a notification');
  if (!Number.isSafeInteger(change.version) || change.version < 0) throw new Error('version must be a safe integer');
  return JSON.stringify({ w: change.workspaceId, v: change.version });
}

/** The change a payload stands for, or null when it is not one of ours. */
export function decodeChange(payload: string): LedgerChange | null {
  if (payload.length > 200) return null;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { w, v } = value as { w?: unknown; v?: unknown };
  if (typeof w !== 'string' || !w || w.length > MAX_ID_LENGTH) return null;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) return null;
  return { workspaceId: w, version: v };
}

/**
 * Changes waiting to be announced, newest version per workspace. A burst of charges on one
 * workspace while a NOTIFY is in flight becomes one notification, so announcing never falls behind.
 */
export class PendingChanges {
  private readonly newest = new Map<string, number>();

  get size(): number {
    return this.newest.size;
  }

  add(change: LedgerChange): void {
    const known = this.newest.get(change.workspaceId);
    if (known === undefined || change.version > known) this.newest.set(change.workspaceId, change.version);
  }

  /** Removes and returns at most `max` changes, oldest workspace first. */
  take(max: number): LedgerChange[] {
    const out: LedgerChange[] = [];
    for (const [workspaceId, version] of this.newest) {
      if (out.length >= max) break;
      out.push({ workspaceId, version });
    }
    for (const c of out) this.newest.delete(c.workspaceId);
    return out;
  }
}

import type { AuthChange, ConfigChange, LedgerChange } from './bus';

/** The channel of ledger changes every instance LISTENs on. */
export const NOTIFY_CHANNEL = 'hero_ledger';

/** The channel of credential changes (sign-out, revoked keys, role changes) every instance LISTENs on. */
export const AUTH_CHANNEL = 'hero_auth';

/** The channel of workspace setting changes (alert rules, auto top-up, subscription) every instance LISTENs on. */
export const CONFIG_CHANNEL = 'hero_config';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const NOTIFY_PAYLOAD_LIMIT = 7999;

const MAX_ID_LENGTH = 64;

/**
 * Longest ledger payload we send or accept: a 64-character id and every number at its largest come to
 * about 210 bytes.
 */
export const MAX_CHANGE_PAYLOAD = 256;

/** Longest auth or config payload we accept (a one-letter kind and a 64-character id need far less). */
const MAX_KIND_PAYLOAD = 200;

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

const isId = (s: unknown): s is string => typeof s === 'string' && s.length > 0 && s.length <= MAX_ID_LENGTH;

/** The JSON object a payload holds, or null when it is longer than `maxLength` or holds no object. */
function parsePayload(payload: string, maxLength: number): Record<string, unknown> | null {
  if (payload.length > maxLength) return null;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

/** What a one-letter kind code stands for, or undefined when it is not one of `codes`. */
const kindOf = <K extends string>(codes: Record<string, K>, code: unknown): K | undefined =>
  typeof code === 'string' && Object.hasOwn(codes, code) ? codes[code] : undefined;

/**
 * `{"w":…,"v":…,"b":[available,planAllocation,purchased,reserved,deficit],"g":…}`: the workspace, its
 * newest version and the balance that version left (amounts in µcr; `g`, the newest grant's sequence,
 * only when there is one). Without `b` (a version announced again), receivers read the balance.
 */
export function encodeChange(change: LedgerChange): string {
  if (change.workspaceId.length > MAX_ID_LENGTH) throw new Error('workspace id too long for a notification');
  if (!isCount(change.version)) throw new Error('version must be a safe integer');
  const b = change.balance;
  if (!b) return JSON.stringify({ w: change.workspaceId, v: change.version });
  const amounts = [b.availableMicro, b.planAllocationMicro, b.purchasedMicro, b.reservedMicro, b.deficitMicro];
  if (!amounts.every(isCount)) throw new Error('balance amounts must be safe integers, 0 or more');
  if (b.newestGrant !== null && !isCount(b.newestGrant)) throw new Error('grant sequence must be a safe integer');
  return JSON.stringify(
    b.newestGrant === null
      ? { w: change.workspaceId, v: change.version, b: amounts }
      : { w: change.workspaceId, v: change.version, b: amounts, g: b.newestGrant },
  );
}

/** The change a payload stands for, or null when it is not one of ours. */
export function decodeChange(payload: string): LedgerChange | null {
  const value = parsePayload(payload, MAX_CHANGE_PAYLOAD);
  if (!value) return null;
  const { w, v, b, g } = value;
  if (!isId(w)) return null;
  if (!isCount(v)) return null;
  if (b === undefined) return g === undefined ? { workspaceId: w, version: v } : null;
  if (!Array.isArray(b) || b.length !== 5 || !b.every(isCount)) return null;
  if (g !== undefined && !isCount(g)) return null;
  const [availableMicro, planAllocationMicro, purchasedMicro, reservedMicro, deficitMicro] = b as number[];
  return {
    workspaceId: w,
    version: v,
    balance: {
      availableMicro: availableMicro!,
      planAllocationMicro: planAllocationMicro!,
      purchasedMicro: purchasedMicro!,
      reservedMicro: reservedMicro!,
      deficitMicro: deficitMicro!,
      newestGrant: g === undefined ? null : g,
    },
  };
}

/**
 * Of a change already known for a workspace and one that arrives, the one to announce: the newer
 * version (on a tie, the one that carries a balance), marked with the newest grant either knew, so
 * that merging never hides a grant from those who cache what grants decide.
 */
export function latestChange(known: LedgerChange | undefined, change: LedgerChange): LedgerChange {
  if (!known) return change;
  const newer =
    change.version > known.version || (change.version === known.version && change.balance && !known.balance)
      ? change
      : known;
  const older = newer === change ? known : change;
  const grant = older.balance?.newestGrant ?? null;
  if (!newer.balance || grant === null || (newer.balance.newestGrant ?? -1) >= grant) return newer;
  return { ...newer, balance: { ...newer.balance, newestGrant: grant } };
}

const AUTH_KINDS = { session: 's', user: 'u', apiKey: 'k' } as const;
const AUTH_KIND_OF: Record<string, AuthChange['kind']> = { s: 'session', u: 'user', k: 'apiKey' };

/** `{"a":"s"|"u"|"k","i":…}`: what changed and its id; receivers drop what they cached about it. */
export function encodeAuthChange(change: AuthChange): string {
  if (!isId(change.id)) throw new Error('bad id for an auth notification');
  return JSON.stringify({ a: AUTH_KINDS[change.kind], i: change.id });
}

/** The auth change a payload stands for, or null when it is not one of ours. */
export function decodeAuthChange(payload: string): AuthChange | null {
  const value = parsePayload(payload, MAX_KIND_PAYLOAD);
  const kind = kindOf(AUTH_KIND_OF, value?.a);
  const i = value?.i;
  if (!kind || !isId(i)) return null;
  return { kind, id: i };
}

const CONFIG_KINDS = { alerts: 'a', autoTopUp: 't', subscription: 's' } as const;
const CONFIG_KIND_OF: Record<string, ConfigChange['kind']> = { a: 'alerts', t: 'autoTopUp', s: 'subscription' };

/** `{"c":"a"|"t"|"s","w":…}`: which settings of which workspace changed; receivers drop what they cached. */
export function encodeConfigChange(change: ConfigChange): string {
  if (!isId(change.workspaceId)) throw new Error('bad workspace id for a config notification');
  return JSON.stringify({ c: CONFIG_KINDS[change.kind], w: change.workspaceId });
}

/** The config change a payload stands for, or null when it is not one of ours. */
export function decodeConfigChange(payload: string): ConfigChange | null {
  const value = parsePayload(payload, MAX_KIND_PAYLOAD);
  const kind = kindOf(CONFIG_KIND_OF, value?.c);
  const w = value?.w;
  if (!kind || !isId(w)) return null;
  return { kind, workspaceId: w };
}

/**
 * Changes waiting to be announced, newest version per workspace. A burst of charges on one
 * workspace while a NOTIFY is in flight becomes one notification, so announcing never falls behind.
 */
export class PendingChanges {
  private readonly newest = new Map<string, LedgerChange>();

  get size(): number {
    return this.newest.size;
  }

  add(change: LedgerChange): void {
    this.newest.set(change.workspaceId, latestChange(this.newest.get(change.workspaceId), change));
  }

  /** Removes and returns at most `max` changes, oldest workspace first. */
  take(max: number): LedgerChange[] {
    const out: LedgerChange[] = [];
    for (const change of this.newest.values()) {
      if (out.length >= max) break;
      out.push(change);
    }
    for (const c of out) this.newest.delete(c.workspaceId);
    return out;
  }
}

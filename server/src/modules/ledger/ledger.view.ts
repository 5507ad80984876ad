import type { GrantState } from './core';
import type { Changes, HoldRow, LoadedAccount, Wanted } from './ledger.store';

/**
 * What this process last knew of a workspace's credit account, at one version: what its own writes
 * left and what it last read. The ledger's write is conditional on the account's version, so deciding
 * from a view that another process has since moved costs one refused write and a read, never a wrong
 * balance; while the view is current it spares the read before the write. Changes made elsewhere
 * arrive over the bus and drop the view of their workspace.
 */
export interface KnownAccount {
  version: number;
  heldMicro: number;
  deficitMicro: number;
  /** Grants with credits left, and any grant a hold in `holds` took from. */
  grants: GrantState[];
  /** Active holds this process placed or read. */
  holds: Map<string, HoldRow>;
}

interface Slot {
  /** The newest version heard of, from any process. */
  newest: number;
  account: KnownAccount | null;
}

/** A view that answers `wanted` exactly as the store's read would, and what it was cut from. */
export interface Covered {
  loaded: LoadedAccount;
  from: KnownAccount;
}

/**
 * Per-process views of credit accounts, newest version first, at most `maxEntries` workspaces (the
 * least recently used go first). PostgreSQL only: there the read before a write is a round trip, and
 * other processes announce their changes over the bus; a process on SQLite reads in-process.
 */
export class LedgerView {
  private readonly slots = new Map<string, Slot>();

  constructor(private readonly maxEntries = 20_000) {}

  /** A change at `version` happened (here or elsewhere): a view of an older version is dropped. */
  heard(workspaceId: string, version: number): void {
    const slot = this.slots.get(workspaceId);
    if (!slot) {
      // Kept, so that a read that was under way meanwhile is not kept as current.
      this.put(workspaceId, { newest: version, account: null });
      return;
    }
    if (version > slot.newest) slot.newest = version;
    if (slot.account && slot.account.version < version) slot.account = null;
  }

  /** Changes may have been missed (the bus lost its connection): every view goes. */
  clear(): void {
    this.slots.clear();
  }

  forget(workspaceId: string): void {
    this.slots.delete(workspaceId);
  }

  get(workspaceId: string): KnownAccount | undefined {
    const slot = this.slots.get(workspaceId);
    if (!slot?.account) return undefined;
    this.put(workspaceId, slot);
    return slot.account;
  }

  /**
   * Keeps `account` unless a newer version was heard of or is known (or the same version, which may know
   * more holds than a balance read).
   */
  remember(workspaceId: string, account: KnownAccount): void {
    const slot = this.slots.get(workspaceId);
    if (slot && (account.version < slot.newest || (slot.account?.version ?? -1) >= account.version)) return;
    this.put(workspaceId, { newest: Math.max(account.version, slot?.newest ?? -1), account });
  }

  /** Stores `slot` as the most recently used (Map order: last), dropping the least recently used beyond the size. */
  private put(workspaceId: string, slot: Slot): void {
    this.slots.delete(workspaceId);
    this.slots.set(workspaceId, slot);
    if (this.slots.size > this.maxEntries) this.slots.delete(this.slots.keys().next().value!);
  }

  /**
   * What the store's read would return for `wanted`, from the view; undefined when the view cannot say
   * (no view, a hold or grant it does not hold, an API key's budget, which changes without the account).
   * Earlier answers to idempotency keys are not known here: the write's unique key on them refuses a key
   * already answered, and the store then reads.
   */
  cover(workspaceId: string, wanted: Wanted): Covered | undefined {
    if (wanted.apiKeyIds.length) return undefined;
    const from = this.get(workspaceId);
    if (!from) return undefined;
    const holds = new Map<string, HoldRow>();
    for (const id of wanted.holdIds) {
      const hold = from.holds.get(id);
      if (!hold) return undefined;
      holds.set(id, hold);
    }
    const asked = new Set(wanted.grantIds);
    for (const hold of holds.values()) for (const s of hold.splits) asked.add(s.grantId);
    const grants = from.grants.filter((g) => g.remainingMicro > 0 || asked.has(g.id));
    if (grants.filter((g) => asked.has(g.id)).length !== asked.size) return undefined;
    return {
      from,
      loaded: {
        version: from.version,
        heldMicro: from.heldMicro,
        deficitMicro: from.deficitMicro,
        grants,
        holds,
        answers: new Map(),
        apiKeys: new Map(),
      },
    };
  }
}

/**
 * The account as a write leaves it: `base` (a view, or what was read) with `changes` applied. Holds
 * that are no longer active leave the view; grants stay while they have credits left or an active
 * hold took from them.
 */
export function afterWrite(base: KnownAccount, changes: Changes): KnownAccount {
  const grants = new Map(base.grants.map((g) => [g.id, g]));
  for (const u of changes.grantUpdates) {
    const g = grants.get(u.id);
    if (g) grants.set(u.id, { ...g, remainingMicro: u.remainingMicro });
  }
  for (const { externalKey: _key, createdAt: _at, ...g } of changes.grantInserts) grants.set(g.id, g);
  const holds = new Map(base.holds);
  for (const h of changes.holdInserts) holds.set(h.id, h);
  for (const u of changes.holdUpdates) {
    const h = holds.get(u.id);
    if (h)
      holds.set(u.id, { ...h, status: u.status, ...(u.actualMicro !== null ? { actualMicro: u.actualMicro } : {}) });
  }
  return known(changes.toVersion, changes.heldMicro, changes.deficitMicro, grants.values(), holds.values());
}

/** A view of what the store read (only the holds it asked for are known). */
export function fromLoaded(loaded: LoadedAccount): KnownAccount {
  return known(loaded.version, loaded.heldMicro, loaded.deficitMicro, loaded.grants, loaded.holds.values());
}

/** An account as a view keeps it: active holds only, and grants with credits left or taken from by one of them. */
function known(
  version: number,
  heldMicro: number,
  deficitMicro: number,
  grants: Iterable<GrantState>,
  holds: Iterable<HoldRow>,
): KnownAccount {
  const active = new Map<string, HoldRow>();
  for (const h of holds) if (h.status === 'ACTIVE') active.set(h.id, h);
  const takenFrom = new Set<string>();
  for (const h of active.values()) for (const s of h.splits) takenFrom.add(s.grantId);
  return {
    version,
    heldMicro,
    deficitMicro,
    grants: [...grants].filter((g) => g.remainingMicro > 0 || takenFrom.has(g.id)),
    holds: active,
  };
}

import type { AccountState, EntryDraft, GrantState, Split } from './types';

/**
 * Thrown when an operation would leave the account in an impossible state (a grant below zero or above its
 * original amount, negative reserved or deficit, a split on an unknown grant). It signals a bug or corrupted
 * input, never a user error: user errors are returned as a `LedgerError` in the Decision.
 */
export class LedgerInvariantError extends Error {
  override readonly name = 'LedgerInvariantError';
}

/** Builds an entry whose amountMicro is, by construction, Σ splits − deficitDeltaMicro. */
export function makeEntry(fields: Omit<EntryDraft, 'amountMicro'>): EntryDraft {
  const splitTotal = fields.splits.reduce((sum, s) => sum + s.amountMicro, 0);
  return { ...fields, amountMicro: splitTotal - fields.deficitDeltaMicro };
}

/** Drops zero parts and merges parts on the same grant, keeping first-appearance order. */
export function compactSplits(splits: readonly Split[]): Split[] {
  const byGrant = new Map<string, number>();
  for (const s of splits) byGrant.set(s.grantId, (byGrant.get(s.grantId) ?? 0) + s.amountMicro);
  return [...byGrant].filter(([, amount]) => amount !== 0).map(([grantId, amountMicro]) => ({ grantId, amountMicro }));
}

function applySplit(grants: GrantState[], split: Split): void {
  const index = grants.findIndex((g) => g.id === split.grantId);
  const grant = grants[index];
  if (!grant) throw new LedgerInvariantError(`split on unknown grant ${split.grantId}`);
  const remainingMicro = grant.remainingMicro + split.amountMicro;
  if (!Number.isSafeInteger(remainingMicro) || remainingMicro < 0 || remainingMicro > grant.originalMicro) {
    throw new LedgerInvariantError(
      `grant ${grant.id} would have ${remainingMicro} µcr remaining (original ${grant.originalMicro})`,
    );
  }
  grants[index] = { ...grant, remainingMicro };
}

/** Returns the state after `entries`, leaving `state` untouched. Checks every invariant after every entry. */
export function applyEntries(state: AccountState, entries: readonly EntryDraft[]): AccountState {
  const grants = state.grants.slice();
  let heldMicro = state.heldMicro;
  let deficitMicro = state.deficitMicro;
  for (const entry of entries) {
    for (const split of entry.splits) applySplit(grants, split);
    heldMicro += entry.heldDeltaMicro;
    deficitMicro += entry.deficitDeltaMicro;
    if (heldMicro < 0 || deficitMicro < 0 || !Number.isSafeInteger(heldMicro) || !Number.isSafeInteger(deficitMicro)) {
      throw new LedgerInvariantError(`${entry.type} would leave reserved ${heldMicro}, deficit ${deficitMicro}`);
    }
  }
  return { grants, heldMicro, deficitMicro };
}

/** Adds a new grant with nothing remaining yet; its GRANT entry then credits it (as a replay does). */
export function withNewGrant(state: AccountState, grant: GrantState): AccountState {
  if (state.grants.some((g) => g.id === grant.id)) {
    throw new LedgerInvariantError(`grant ${grant.id} already exists`);
  }
  return { ...state, grants: [...state.grants, { ...grant, remainingMicro: 0 }] };
}

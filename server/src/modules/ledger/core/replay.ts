import { LedgerInvariantError } from './apply';
import type { EntryDraft } from './types';

export interface ReplayResult {
  remainingByGrant: Map<string, number>;
  heldMicro: number;
  deficitMicro: number;
}

/**
 * Recomputes an account from its ledger (SPEC rule 1): every grant starts at 0 and only entries move it (GRANT
 * entries credit it). Throws LedgerInvariantError when an entry names a grant not in `grants`, or when the result
 * is impossible (a grant outside [0, original], negative reserved or deficit): the ledger is corrupt.
 */
export function replay(
  entries: ReadonlyArray<Pick<EntryDraft, 'splits' | 'heldDeltaMicro' | 'deficitDeltaMicro'>>,
  grants: ReadonlyArray<{ id: string; originalMicro: number }>,
): ReplayResult {
  const remainingByGrant = new Map<string, number>(grants.map((g) => [g.id, 0]));
  let heldMicro = 0;
  let deficitMicro = 0;
  for (const entry of entries) {
    for (const split of entry.splits) {
      const before = remainingByGrant.get(split.grantId);
      if (before === undefined) throw new LedgerInvariantError(`entry on unknown grant ${split.grantId}`);
      remainingByGrant.set(split.grantId, before + split.amountMicro);
    }
    heldMicro += entry.heldDeltaMicro;
    deficitMicro += entry.deficitDeltaMicro;
  }
  for (const g of grants) {
    const remaining = remainingByGrant.get(g.id) ?? 0;
    if (remaining < 0 || remaining > g.originalMicro) {
      throw new LedgerInvariantError(`grant ${g.id} replays to ${remaining} µcr (original ${g.originalMicro})`);
    }
  }
  if (heldMicro < 0 || deficitMicro < 0) {
    throw new LedgerInvariantError(`ledger replays to reserved ${heldMicro}, deficit ${deficitMicro}`);
  }
  return { remainingByGrant, heldMicro, deficitMicro };
}

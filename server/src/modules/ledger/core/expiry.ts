import { applyEntries, makeEntry } from './apply';
import type { AccountState, Decision, EntryDraft, GrantState } from './types';

function isDue(grant: GrantState, now: Date): boolean {
  return grant.expiresAt !== null && grant.expiresAt.getTime() <= now.getTime() && grant.remainingMicro > 0;
}

function byExpiry(a: GrantState, b: GrantState): number {
  return (a.expiresAt?.getTime() ?? 0) - (b.expiresAt?.getTime() ?? 0) || a.seq - b.seq;
}

/**
 * Expires the free remainder of every grant whose expiry is at or before `now`: one EXPIRY entry per grant,
 * soonest expiry first. Credits of an expired grant still reserved by an active hold are not touched here;
 * they expire when that hold settles or is released and gives them back.
 */
export function expireGrants(state: AccountState, now: Date): Decision {
  const entries: EntryDraft[] = state.grants
    .filter((g) => isDue(g, now))
    .sort(byExpiry)
    .map((g) =>
      makeEntry({
        type: 'EXPIRY',
        splits: [{ grantId: g.id, amountMicro: -g.remainingMicro }],
        heldDeltaMicro: 0,
        deficitDeltaMicro: 0,
        grantId: g.id,
        description: `Expired: remainder of ${g.label}`,
      }),
    );
  return { ok: true, state: applyEntries(state, entries), entries };
}

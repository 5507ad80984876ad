import type { GrantState, Split } from './types';

/** True when the grant can still be spent at `now`: no expiry, or an expiry strictly after `now`. */
export function isUnexpired(grant: Pick<GrantState, 'expiresAt'>, now: Date): boolean {
  return grant.expiresAt === null || grant.expiresAt.getTime() > now.getTime();
}

function compareBurnOrder(a: GrantState, b: GrantState): number {
  if (a.expiresAt !== null && b.expiresAt !== null) {
    return a.expiresAt.getTime() - b.expiresAt.getTime() || a.seq - b.seq;
  }
  if (a.expiresAt !== null) return -1;
  if (b.expiresAt !== null) return 1;
  return a.effectiveAt.getTime() - b.effectiveAt.getTime() || a.seq - b.seq;
}

/**
 * The grants a charge may take from at `now`, in the order it takes them (SPEC rule 3): unexpired grants with
 * free remaining > 0; grants with an expiry first, soonest expiry first (ties by seq); then never-expiring
 * grants oldest first (effectiveAt, then seq). Returns a new array; the grants themselves are not copied.
 */
export function burnOrder(grants: readonly GrantState[], now: Date): GrantState[] {
  return grants.filter((g) => g.remainingMicro > 0 && isUnexpired(g, now)).sort(compareBurnOrder);
}

/**
 * Takes up to `amountMicro` from the grants in burn order. `splits` are negative (changes to free remaining),
 * one per grant touched, in burn order; `takenMicro` (≤ amountMicro) is how much could be taken.
 */
export function takeInBurnOrder(
  grants: readonly GrantState[],
  amountMicro: number,
  now: Date,
): { splits: Split[]; takenMicro: number } {
  const splits: Split[] = [];
  let takenMicro = 0;
  for (const grant of burnOrder(grants, now)) {
    if (takenMicro >= amountMicro) break;
    const take = Math.min(grant.remainingMicro, amountMicro - takenMicro);
    splits.push({ grantId: grant.id, amountMicro: -take });
    takenMicro += take;
  }
  return { splits, takenMicro };
}

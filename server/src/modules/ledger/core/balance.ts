import { isUnexpired } from './burn-order';
import type { AccountState } from './types';

export interface Balance {
  /** max(0, planAllocation + purchased − deficit): what the user can still spend. */
  availableMicro: number;
  /** Free remaining of unexpired grants that have an expiry (period allocation, proration, expiring adjustments). */
  planAllocationMicro: number;
  /** Free remaining of never-expiring grants (top-ups, non-expiring adjustments). */
  purchasedMicro: number;
  /** Reserved by active holds. */
  reservedMicro: number;
  /** Owed from overruns, debit adjustments and refunds; paid first by the next grant. */
  deficitMicro: number;
}

/** planAllocation + purchased − deficit; may be negative. Holds are checked against this. */
export function spendableMicro(state: AccountState, now: Date): number {
  const b = balanceOf(state, now);
  return b.planAllocationMicro + b.purchasedMicro - b.deficitMicro;
}

/** The balance at `now`. Grants past their expiry count for nothing even before their EXPIRY entry is written. */
export function balanceOf(state: AccountState, now: Date): Balance {
  let planAllocationMicro = 0;
  let purchasedMicro = 0;
  for (const grant of state.grants) {
    if (!isUnexpired(grant, now)) continue;
    if (grant.expiresAt === null) purchasedMicro += grant.remainingMicro;
    else planAllocationMicro += grant.remainingMicro;
  }
  const deficitMicro = state.deficitMicro;
  return {
    availableMicro: Math.max(0, planAllocationMicro + purchasedMicro - deficitMicro),
    planAllocationMicro,
    purchasedMicro,
    reservedMicro: state.heldMicro,
    deficitMicro,
  };
}

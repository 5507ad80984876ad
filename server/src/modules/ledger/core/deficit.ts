import { applyEntries, LedgerInvariantError, makeEntry } from './apply';
import { takeInBurnOrder } from './burn-order';
import { expireGrants } from './expiry';
import { describeSplits } from './history';
import { formatCredits } from './money';
import type { AccountState, EntryDraft } from './types';

/**
 * The DEFICIT_REPAYMENT entry the account owes now, if any (SPEC rule 6): min(deficit, free credits) taken in
 * burn order. A deficit is paid the moment credits become free, so it never stands beside spendable credits and
 * no credit can expire while a deficit is owed.
 */
export function deficitRepayment(state: AccountState, now: Date): EntryDraft | null {
  if (state.deficitMicro <= 0) return null;
  const { splits, takenMicro } = takeInBurnOrder(state.grants, state.deficitMicro, now);
  if (takenMicro <= 0) return null;
  const only = splits.length === 1 ? state.grants.find((g) => g.id === splits[0]!.grantId) : undefined;
  const paid = `Deficit of ${formatCredits(takenMicro)} repaid`;
  return makeEntry({
    type: 'DEFICIT_REPAYMENT',
    splits,
    heldDeltaMicro: 0,
    deficitDeltaMicro: -takenMicro,
    ...(only ? { grantId: only.id } : {}),
    description: only ? `${paid} from ${only.label}` : `${paid}: ${describeSplits(splits, state.grants)}`,
  });
}

/**
 * What every decision that may free credits ends with: the expiry sweep (credits given back to an expired grant
 * expire at once), then the deficit repayment from whatever is free. Returns the new state and all entries.
 */
export function settleAfter(
  state: AccountState,
  entries: readonly EntryDraft[],
  now: Date,
): { state: AccountState; entries: EntryDraft[] } {
  const expiry = expireGrants(state, now);
  if (!expiry.ok) throw new LedgerInvariantError('the expiry sweep cannot refuse');
  const afterExpiry = expiry.state;
  const swept = [...entries, ...expiry.entries];
  const repayment = deficitRepayment(afterExpiry, now);
  if (!repayment) return { state: afterExpiry, entries: swept };
  return { state: applyEntries(afterExpiry, [repayment]), entries: [...swept, repayment] };
}

import { formatCredits, type EntryType, type GrantSource, type HoldStatus, type Split } from '../ledger/core';
import type { EventDraft } from './events.catalog';

/** A ledger entry as one operation wrote it (the fields events need). */
export interface WrittenEntry {
  /** The entry's ledger seq (not the event's). */
  seq: number;
  type: EntryType;
  amountMicro: number;
  heldDeltaMicro: number;
  deficitDeltaMicro: number;
  /** CHARGE: what the charge took from each grant (positive). */
  chargeSplits?: Split[] | null;
  holdId?: string | null;
  grantId?: string | null;
  feature?: string | null;
  description: string;
}

/** What the operation knew beside its entries. */
export interface LedgerOperationFacts {
  /** Grants the operation created (a grant, a positive adjustment, a won dispute's give-back). */
  newGrants: { id: string; source: GrantSource; label: string; expiresAt: Date | null }[];
  /** The hold the operation resolved, with its final status: SETTLED by a settle, EXPIRED by the sweeper. */
  hold?: { id: string; status: HoldStatus; feature?: string | null } | null;
}

const credits = (micro: number) => ({ amountMicro: micro, amount: formatCredits(micro) });

/**
 * The events one ledger operation emits, in entry order, to append in the same transaction (pure: no I/O).
 *
 * - a GRANT or ADJUSTMENT entry that created a grant → `credits.granted` (its source says plan period, proration,
 *   top-up or adjustment); a negative adjustment, refunds, reversals and expiry emit nothing here;
 * - a CHARGE → `charge.settled` with what was charged (the hold's part, any excess from free credits, any deficit);
 * - a RELEASE of a hold the operation marked EXPIRED → `hold.expired` (a release on request emits nothing).
 */
export function ledgerEvents(entries: WrittenEntry[], facts: LedgerOperationFacts): EventDraft[] {
  const grants = new Map(facts.newGrants.map((g) => [g.id, g]));
  const drafts: EventDraft[] = [];
  for (const e of entries) {
    const grant = e.grantId ? grants.get(e.grantId) : undefined;
    if ((e.type === 'GRANT' || e.type === 'ADJUSTMENT') && grant && e.amountMicro > 0) {
      drafts.push({
        type: 'credits.granted',
        data: {
          source: grant.source,
          grantId: grant.id,
          label: grant.label,
          ...credits(e.amountMicro),
          expiresAt: grant.expiresAt?.toISOString() ?? null,
          description: e.description,
          ledgerSeq: e.seq,
        },
      });
    } else if (e.type === 'CHARGE') {
      const chargedMicro = (e.chargeSplits ?? []).reduce((sum, s) => sum + s.amountMicro, 0) + e.deficitDeltaMicro;
      drafts.push({
        type: 'charge.settled',
        data: {
          holdId: e.holdId ?? null,
          feature: e.feature ?? null,
          ...credits(chargedMicro),
          heldMicro: -e.heldDeltaMicro,
          deficitMicro: e.deficitDeltaMicro,
          description: e.description,
          ledgerSeq: e.seq,
        },
      });
    } else if (e.type === 'RELEASE' && facts.hold?.status === 'EXPIRED' && facts.hold.id === e.holdId) {
      drafts.push({
        type: 'hold.expired',
        data: {
          holdId: e.holdId,
          feature: facts.hold.feature ?? e.feature ?? null,
          ...credits(-e.heldDeltaMicro),
          description: e.description,
          ledgerSeq: e.seq,
        },
      });
    }
  }
  return drafts;
}

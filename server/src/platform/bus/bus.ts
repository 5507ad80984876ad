import type { LedgerChange, LedgerPublisher } from '../../modules/ledger/ledger.service';

export type { LedgerChange };

/**
 * Carries "workspace W is now at version V" from the instance that committed it to every instance.
 * Listeners run on the publishing call stack (LocalBus) or the database client's (PgBus): keep them
 * cheap and never throw from them.
 */
export interface Bus extends LedgerPublisher {
  /**
   * `onGap` runs when changes may have been missed (the LISTEN connection was lost and is back):
   * whoever keeps state derived from changes must re-read it.
   */
  subscribe(listener: (change: LedgerChange) => void, onGap?: () => void): () => void;
  close(): Promise<void>;
}

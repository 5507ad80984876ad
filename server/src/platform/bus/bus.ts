import type { ChangedBalance, LedgerChange, LedgerPublisher } from '../../modules/ledger/ledger.service';

export type { ChangedBalance, LedgerChange };

/**
 * Something that ends or changes what a credential may do, announced to every instance so that
 * each drops what it cached about it (platform/auth-cache.ts):
 *  - `session`: one session ended or moved to another workspace (sign-out, switch);
 *  - `user`: everything of one account (password reset, staff role, membership role or removal);
 *  - `apiKey`: one partner key was revoked.
 */
export interface AuthChange {
  kind: 'session' | 'user' | 'apiKey';
  id: string;
}

/**
 * A workspace's settings that servers keep in memory changed (platform/bus/workspace-cache.ts):
 *  - `alerts`: its alert rules or their state (a firing, a re-arming);
 *  - `autoTopUp`: its auto top-up settings or their armed flag;
 *  - `subscription`: its plan subscription (renewal date, status).
 * Every instance drops what it cached about the workspace and reads it again when next needed.
 */
export interface ConfigChange {
  kind: 'alerts' | 'autoTopUp' | 'subscription';
  workspaceId: string;
}

/** Announces and hears workspace setting changes (a part of the bus, so services can ask for just this). */
export interface ConfigBus {
  /** After the change committed; this instance hears it at once. */
  publishConfig(change: ConfigChange): void;
  /** `onGap`: changes may have been missed (the LISTEN connection came back): drop everything cached. */
  subscribeConfig(listener: (change: ConfigChange) => void, onGap?: () => void): () => void;
}

/**
 * Carries "workspace W is now at version V, with this balance" and credential changes from the
 * instance that committed them to every instance. Listeners run on the publishing call stack (LocalBus) or the database
 * client's (PgBus): keep them cheap and never throw from them.
 */
export interface Bus extends LedgerPublisher, ConfigBus {
  /**
   * `onGap` runs when changes may have been missed (the LISTEN connection was lost and is back):
   * whoever keeps state derived from changes must re-read it.
   */
  subscribe(listener: (change: LedgerChange) => void, onGap?: () => void): () => void;
  /** Announces a credential change, after its transaction committed; this instance hears it at once. */
  publishAuth(change: AuthChange): void;
  /** `onGap` as for `subscribe`: auth changes may have been missed, so drop everything cached. */
  subscribeAuth(listener: (change: AuthChange) => void, onGap?: () => void): () => void;
  close(): Promise<void>;
}

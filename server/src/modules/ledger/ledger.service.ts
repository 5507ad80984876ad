import type { EntityManager } from '@mikro-orm/core';
import type { DatabaseKind } from '../../db/orm';
import type { Clock } from '../../platform/clock';
import { readView, type Db, type ReadSource } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { Grouped } from '../../platform/grouped';
import { IdempotencyRecord } from '../../platform/idempotency.entity';
import { keyReused, requestHash } from '../../platform/idempotency';
import { latestChange } from '../../platform/bus/notify';
import { isUniqueViolation } from '../../platform/transaction';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { newId } from '../../db/columns';
import { ledgerEvents } from '../events/ledger-events';
import {
  adjust,
  balanceOf,
  expireGrants,
  formatCredits,
  grant,
  placeHold,
  releaseHold,
  revokeGrant,
  settleHold,
  type AccountState,
  type Balance,
  type Decision,
  type EntryType,
  type GrantSource,
  type GrantState,
  type HoldState,
  type LedgerError,
  DEFAULT_OVERRUN,
  maxActualMicro,
  type OverrunPolicy,
  type SpendLimit,
} from './core';
import {
  CreditAccount,
  CreditGrant,
  CreditHold,
  LedgerEntry,
  type ActorKind,
  type PendingSettle,
} from './ledger.entities';
import { lockAndReadAccount } from './account-lock';
import { readSnapshots, readVersions, type AccountVersion, type LedgerSnapshot } from './ledger.snapshot';
import { LedgerView } from './ledger.view';
import {
  createLedgerStore,
  type Applied,
  type Changes,
  type Decide,
  type EntryRow,
  type EventRow,
  type GrantRow,
  type HoldRow,
  type HoldUpdate,
  type KeySpend,
  type LedgerStore,
  type LoadedAccount,
  type SpendDelta,
  type Wanted,
} from './ledger.store';

export type { HoldRow } from './ledger.store';

export interface Actor {
  kind: ActorKind;
  id: string | null;
}

/** Published after commit for every operation that wrote entries. */
export interface LedgerChange {
  workspaceId: string;
  version: number;
  /**
   * The balance this version left, as the write decided it: receivers push it without reading it again.
   * Absent when a version is announced again (alerts waking bells): receivers read what they need.
   */
  balance?: ChangedBalance;
}

/** The balance a change left, in µcr. */
export interface ChangedBalance extends Balance {
  /**
   * The sequence of the newest grant the write knew (those with credits left, and any it made), or null:
   * a reader that last saw an older one reads what depends on grants (the renewal date) again.
   */
  newestGrant: number | null;
}

export interface LedgerPublisher {
  publish(change: LedgerChange): void;
}

/** What `LedgerService.watch` needs of the bus: every process's ledger changes. */
export interface LedgerChanges {
  /** `onGap`: changes may have been missed. */
  subscribe(listener: (change: LedgerChange) => void, onGap?: () => void): () => void;
}

/** What an entry carries besides the core's numbers. */
interface EntryMeta {
  actor: Actor;
  /** Absent: a settle or release takes its hold's feature. */
  feature?: string | null;
  details?: Record<string, unknown> | null;
  idempotencyKey?: string | null;
}

/** A request's idempotency: the key, the operation's name and everything that shapes the effect (SPEC rule 8). */
export interface IdempotencyInput {
  key: string;
  operation: string;
  params: unknown;
}

/** Commands the ledger's own path runs may carry their idempotency; the answer is recorded in the same write. */
interface Idempotent {
  idempotency?: IdempotencyInput;
}

export interface BalanceView extends Balance {
  version: number;
}

export type GrantInput = {
  source: GrantSource;
  label: string;
  amountMicro: number;
  expiresAt: Date | null;
  effectiveAt?: Date;
  externalKey?: string;
  description: string;
  type?: 'GRANT' | 'ADJUSTMENT';
  /** Renewal: first expire whatever is due by this time (the previous period's allocation). */
  expireDueAt?: Date;
} & EntryMeta;

export type HoldInput = { amountMicro: number; description: string; ttlMs?: number } & EntryMeta;
export type SettleInput = {
  actualMicro: number;
  /** Absent: the hold's description and the amount charged. */
  description?: string;
  requestedAt?: Date;
} & EntryMeta;
export type ReleaseInput = {
  /** A function: from the hold as read with the account (the resolver's "Released: …"). */
  description: string | ((hold: HoldRow) => string);
  reason?: 'RELEASED' | 'EXPIRED';
} & EntryMeta;
export type AdjustInput = {
  amountMicro: number;
  description: string;
  label: string;
  expiresAt?: Date | null;
} & EntryMeta;
export type RevokeGrantInput = {
  grantId: string;
  amountMicro?: number;
  type: 'REFUND' | 'REVERSAL';
  deficitForRest: boolean;
  description: string;
} & EntryMeta;

/** A hold's answer: its id, the account's version, and the hold as written (absent when answered from a key). */
export interface HoldOutcome {
  holdId: string;
  version: number;
  hold?: HoldRow;
}

/** An API key's monthly budget as a refusal names it. */
export interface BudgetRefusal {
  budgetMicro: number;
  spentMicro: number;
  resetsAt: Date;
}

/** `YYYY-MM` of an instant, in UTC: the calendar month an API key's budget counts in. */
export const budgetMonthOf = (at: Date): string => at.toISOString().slice(0, 7);

/** The first instant of the next calendar month, UTC: when a monthly budget starts again. */
export const budgetResetsAt = (at: Date): Date => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));

/**
 * INSUFFICIENT_CREDITS with its exact numbers, so callers (metering) can explain it without parsing. With `budget`,
 * the balance would have covered it but the API key's monthly budget would not (extensions `budget`,
 * `spentThisMonth`, `resetsAt`).
 */
export class InsufficientCreditsError extends AppError {
  constructor(
    readonly requiredMicro: number,
    readonly availableMicro: number,
    message = 'Not enough credits to start this',
    readonly budget: BudgetRefusal | null = null,
  ) {
    super(
      'INSUFFICIENT_CREDITS',
      budget
        ? `This API key's monthly budget of ${formatCredits(budget.budgetMicro)} credits would be passed: ` +
            `${formatCredits(budget.spentMicro)} counted this month, ${formatCredits(requiredMicro)} asked. ` +
            `It starts again on ${budget.resetsAt.toISOString()} (calendar months, UTC).`
        : message,
      {
        required: formatCredits(requiredMicro),
        available: formatCredits(Math.max(0, availableMicro)),
        ...(budget
          ? {
              budget: formatCredits(budget.budgetMicro),
              spentThisMonth: formatCredits(budget.spentMicro),
              resetsAt: budget.resetsAt.toISOString(),
            }
          : {}),
        // Filled in at the GraphQL edge, where the caller's billing is known.
        renewsAt: null,
      },
    );
  }
}

const toError = (error: LedgerError, now: Date): AppError => {
  switch (error.code) {
    case 'INSUFFICIENT_CREDITS':
      return new InsufficientCreditsError(
        error.requiredMicro,
        error.availableMicro,
        undefined,
        error.limit
          ? { budgetMicro: error.limit.limitMicro, spentMicro: error.limit.spentMicro, resetsAt: budgetResetsAt(now) }
          : null,
      );
    case 'OVERRUN_TOO_LARGE':
      return new AppError(
        'BAD_USER_INPUT',
        `actual: at most ${formatCredits(error.maxActualMicro)} for a hold of ${formatCredits(error.holdMicro)} (the overrun allowance); the hold stays open`,
        { field: 'actual', maxActual: formatCredits(error.maxActualMicro) },
      );
    case 'HOLD_NOT_ACTIVE':
      return new AppError('CONFLICT', `This hold is already ${error.status.toLowerCase()}`, {
        holdStatus: error.status,
      });
    case 'HOLD_EXPIRED':
      return new AppError('CONFLICT', 'This hold expired before it was settled', { holdStatus: 'EXPIRED' });
    case 'BAD_AMOUNT':
      return new AppError('BAD_USER_INPUT', error.reason);
    case 'GRANT_NOT_FOUND':
      return notFound('Grant');
  }
};

const stillRunning = () =>
  new AppError('CONFLICT', 'A request with this idempotency key is still running; retry it in a moment');

/** One ledger command, ready to be decided against an account's state. */
interface Operation<R> {
  workspaceId: string;
  meta: EntryMeta;
  /** Grants to load even when their free remaining is 0 (a hold's grants, a revoked grant). */
  grantIds?: string[];
  holdId?: string;
  /** A new hold's API key: its monthly budget applies, and the hold counts against it. */
  apiKeyId?: string | null;
  decide(state: AccountState, now: Date, hold: HoldRow | null, limit?: SpendLimit): Decision<{ hold?: HoldState }>;
  /** Where a new grant comes from outside the ledger; duplicates of it are refused by a unique index. */
  externalKey?: string | null;
  /** Columns of the hold row this command sets besides its status. */
  holdRow?: (hold: HoldRow | null) => { description?: string; feature?: string | null; actualMicro?: number };
  result(outcome: { version: number; hold?: HoldState; grantId?: string }): R;
}

/** A command waiting in its workspace's queue. */
interface Queued {
  op: Operation<unknown>;
  idempotency?: IdempotencyInput;
  resolve(outcome: { value: unknown; hold?: HoldRow }): void;
  reject(err: unknown): void;
}

type Outcome = { ok: true; value: unknown; hold?: HoldRow } | { ok: false; error: unknown };

/** Most commands of one workspace decided and written together. */
const MAX_BATCH = 64;

/** PostgreSQL serialization failure / deadlock and SQLite lock contention: safe to run again. */
function isRetryable(err: unknown): boolean {
  const e = err as { code?: string } | null;
  return e?.code === '40001' || e?.code === '40P01' || e?.code === 'SQLITE_BUSY' || e?.code === 'SQLITE_LOCKED';
}

const pause = (round: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20, 2 * round)));

/**
 * The ledger's commands inside a unit of work the caller owns (a webhook applying its event and its
 * credits together, a support action with its audit row): `ledger.commands.grant(tx, command)`. The
 * account row is locked for the rest of the transaction; the new version is published after commit.
 */
export class LedgerCommands {
  private readonly published = {};

  constructor(private readonly ledger: LedgerService) {}

  grant(tx: UnitOfWork, command: { workspaceId: string } & GrantInput): Promise<{ grantId: string; version: number }> {
    return this.run(tx, this.ledger.grantOp(command.workspaceId, command));
  }

  hold(tx: UnitOfWork, command: { workspaceId: string } & HoldInput): Promise<{ holdId: string; version: number }> {
    return this.run(tx, this.ledger.holdOp(command.workspaceId, command));
  }

  settle(
    tx: UnitOfWork,
    command: { workspaceId: string; holdId: string } & SettleInput,
  ): Promise<{ holdId: string; version: number }> {
    return this.run(tx, this.ledger.settleOp(command.workspaceId, command.holdId, command));
  }

  release(
    tx: UnitOfWork,
    command: { workspaceId: string; holdId: string } & ReleaseInput,
  ): Promise<{ holdId: string; version: number }> {
    return this.run(tx, this.ledger.releaseOp(command.workspaceId, command.holdId, command));
  }

  adjust(
    tx: UnitOfWork,
    command: { workspaceId: string } & AdjustInput,
  ): Promise<{ version: number; grantId?: string }> {
    return this.run(tx, this.ledger.adjustOp(command.workspaceId, command));
  }

  revokeGrant(tx: UnitOfWork, command: { workspaceId: string } & RevokeGrantInput): Promise<{ version: number }> {
    return this.run(tx, this.ledger.revokeOp(command.workspaceId, command));
  }

  /** Writes the EXPIRY entries that are due; also locks the account for the rest of the unit. */
  expireGrants(tx: UnitOfWork, command: { workspaceId: string }): Promise<{ version: number }> {
    return this.run(tx, this.ledger.expireOp(command.workspaceId));
  }

  private async run<R>(tx: UnitOfWork, op: Operation<R>): Promise<R> {
    // Inside the caller's transaction: a database error ends it, and the caller's unit runs again whole.
    // Its events join the unit's, in emission order, written before the unit commits.
    const store = new EmLedgerStore(tx.em, (events) => {
      for (const e of events) tx.emit({ workspaceId: op.workspaceId, type: e.type, data: e.data });
    });
    let written: { version: number; balance: ChangedBalance } | undefined;
    const [outcome] = await decideAndWrite(store, this.ledger.clock, op.workspaceId, [{ op }], {
      rounds: 1,
      written: (version, balance) => (written = { version, balance }),
    });
    if (!outcome!.ok) throw outcome!.error;
    const { version } = outcome!.value as { version: number };
    this.publishAfterCommit(tx, { workspaceId: op.workspaceId, version, ...(written ?? {}) });
    return outcome!.value as R;
  }

  /** What this unit's ledger commands left in a workspace: its newest version and balance (none yet: undefined). */
  leftIn(tx: UnitOfWork, workspaceId: string): LedgerChange | undefined {
    return (tx.slots.get(this.published) as Map<string, LedgerChange> | undefined)?.get(workspaceId);
  }

  /**
   * One publication per workspace and unit, with its newest version and the balance it left, once the
   * unit committed.
   */
  private publishAfterCommit(tx: UnitOfWork, change: LedgerChange): void {
    let newest = tx.slots.get(this.published) as Map<string, LedgerChange> | undefined;
    if (!newest) {
      const changes = new Map<string, LedgerChange>();
      tx.slots.set(this.published, changes);
      tx.afterCommit(() => {
        for (const c of changes.values()) this.ledger.publisher.publish(c);
      });
      newest = changes;
    }
    newest.set(change.workspaceId, latestChange(newest.get(change.workspaceId), change));
  }
}

/**
 * The only writer of grants, holds and ledger entries. Each command is decided by the pure core against
 * the account's state and written with the account's new version in one step; the version is published
 * after commit, with the balance it left. Called with a workspace id, a command is its own unit of work: commands for the same
 * workspace that arrive while one is being written wait in a queue and are then decided and written
 * together (one read, one write, one commit), each with its own entries, idempotency answer, result or
 * error. Inside a caller's unit of work: `ledger.commands`.
 */
export class LedgerService {
  readonly commands: LedgerCommands;
  private store: LedgerStore;
  private readonly queues = new Map<string, Queued[]>();
  /** What this process knows of accounts (PostgreSQL, once `watch` gave it the bus); null: read every time. */
  private view: LedgerView | null = null;
  /** Versions and renewal dates of accounts, many per statement (with the view). */
  private versionReads: Grouped<string, AccountVersion | null> | null = null;
  private readonly overrun: OverrunPolicy;
  /**
   * Version-checked rounds a batch of the service's own queue tries before it takes the account's row lock
   * (LEDGER_OPTIMISTIC_ROUNDS; 0: always): on a hot account another process may keep winning the race between
   * read and write, and a lock waits its turn where an optimistic write would lose again.
   */
  private readonly optimisticRounds: number;

  constructor(
    private readonly db: Db,
    readonly clock: Clock,
    readonly publisher: LedgerPublisher,
    private readonly holdTtlMs: number,
    opts: { overrun?: OverrunPolicy; optimisticRounds: number },
  ) {
    this.overrun = opts.overrun ?? DEFAULT_OVERRUN;
    this.optimisticRounds = opts.optimisticRounds;
    this.store = createLedgerStore(db);
    this.commands = new LedgerCommands(this);
  }

  get dbKind(): DatabaseKind {
    return this.db.kind;
  }

  /**
   * On PostgreSQL: keeps a view of the accounts this process writes and reads, and hears every
   * process's changes on `bus`, which drop the views they make old. Commands then decide from the view
   * and skip the read before their version-checked write, and `currentBalance` reads only the
   * account's version (docs/decisions/2026-11-30-ledger-view.md). Without it, every command reads first.
   */
  watch(bus: LedgerChanges): () => void {
    if (this.db.kind !== 'postgresql') return () => undefined;
    const view = new LedgerView();
    this.view = view;
    this.store = createLedgerStore(this.db, view);
    // One read at a time: the reads that arrive meanwhile share the next statement.
    this.versionReads = new Grouped(
      async (ids) => {
        const read = await readVersions(this.db, [...new Set(ids)]);
        return ids.map((id) => ({ ok: true as const, value: read.get(id) ?? null }));
      },
      { maxInFlight: 1, maxItems: 500 },
    );
    const stop = bus.subscribe(
      (change) => view.heard(change.workspaceId, change.version),
      () => view.clear(),
    );
    return () => {
      stop();
      this.view = null;
      this.versionReads = null;
      this.store = createLedgerStore(this.db);
    };
  }

  /**
   * The balance as of an instant after the call, exact whichever instance made the last change: the
   * account's version and renewal date are read (with the other balance reads of this process that
   * arrive meanwhile, in one statement), and the balance comes from this process's view when it holds
   * that version. Undefined when it does not: read the whole account (`rememberBalance` keeps it).
   */
  async currentBalance(
    workspaceId: string,
  ): Promise<{ state: AccountState; version: number; renewsAt: Date | null } | undefined> {
    if (!this.view || !this.versionReads) return undefined;
    const current = await this.versionReads.call(workspaceId);
    const known = current && this.view.get(workspaceId);
    if (!current || !known || known.version !== current.version) return undefined;
    return {
      state: { grants: known.grants, heldMicro: known.heldMicro, deficitMicro: known.deficitMicro },
      version: known.version,
      renewsAt: current.renewsAt,
    };
  }

  /** Keeps a balance read (account and grants with credits left, as of one instant) in the view. */
  rememberBalance(workspaceId: string, snapshot: LedgerSnapshot): void {
    this.view?.remember(workspaceId, {
      version: snapshot.version,
      heldMicro: snapshot.state.heldMicro,
      deficitMicro: snapshot.state.deficitMicro,
      grants: snapshot.state.grants,
      holds: new Map(),
    });
  }

  /** Creates the account row; call in the transaction that creates the workspace. */
  createAccount(em: EntityManager, workspaceId: string): void {
    em.create(CreditAccount, { workspaceId, heldMicro: 0, deficitMicro: 0, version: 0, updatedAt: this.clock.now() });
  }

  async grant(workspaceId: string, input: GrantInput & Idempotent): Promise<{ grantId: string; version: number }> {
    return (await this.submit(this.grantOp(workspaceId, input), input.idempotency)).value as {
      grantId: string;
      version: number;
    };
  }

  async hold(workspaceId: string, input: HoldInput & Idempotent): Promise<HoldOutcome> {
    const { value, hold } = await this.submit(this.holdOp(workspaceId, input), input.idempotency);
    return { ...(value as { holdId: string; version: number }), ...(hold ? { hold } : {}) };
  }

  async settle(workspaceId: string, holdId: string, input: SettleInput & Idempotent): Promise<HoldOutcome> {
    const { value, hold } = await this.submit(this.settleOp(workspaceId, holdId, input), input.idempotency);
    return { ...(value as { holdId: string; version: number }), ...(hold ? { hold } : {}) };
  }

  async release(workspaceId: string, holdId: string, input: ReleaseInput & Idempotent): Promise<HoldOutcome> {
    const { value, hold } = await this.submit(this.releaseOp(workspaceId, holdId, input), input.idempotency);
    return { ...(value as { holdId: string; version: number }), ...(hold ? { hold } : {}) };
  }

  /** A signed correction: positive adds a grant, negative takes from what is available (rest → deficit). */
  async adjust(workspaceId: string, input: AdjustInput & Idempotent): Promise<{ version: number; grantId?: string }> {
    return (await this.submit(this.adjustOp(workspaceId, input), input.idempotency)).value as {
      version: number;
      grantId?: string;
    };
  }

  /** Removes what remains of a grant (refund, dispute, cancellation); with deficitForRest the rest is owed. */
  async revokeGrant(workspaceId: string, input: RevokeGrantInput & Idempotent): Promise<{ version: number }> {
    return (await this.submit(this.revokeOp(workspaceId, input), input.idempotency)).value as { version: number };
  }

  /** Writes the EXPIRY entries that are due (also done lazily by every other operation). */
  async expireGrants(workspaceId: string): Promise<{ version: number }> {
    return (await this.submit(this.expireOp(workspaceId))).value as { version: number };
  }

  /** The balance as of one instant (account and grants read in one statement). */
  async balance(workspaceId: string): Promise<BalanceView> {
    const snapshot = (await readSnapshots(this.db, [workspaceId])).get(workspaceId);
    if (!snapshot) throw notFound('Workspace');
    return { ...balanceOf(snapshot.state, this.clock.now()), version: snapshot.version };
  }

  /**
   * Keeps a settle whose commit failed on its hold, for the sweeper to write (exactly once: the hold is settled
   * under the account lock). One small UPDATE, so it can succeed where the settle's transaction did not.
   * False when the hold is no longer active.
   */
  async recordPendingSettle(workspaceId: string, holdId: string, pending: PendingSettle): Promise<boolean> {
    const updated = await this.db.run(({ em }) =>
      em.nativeUpdate(CreditHold, { id: holdId, workspace: workspaceId, status: 'ACTIVE' }, { pendingSettle: pending }),
    );
    return updated === 1;
  }

  /** The most a settle of a hold of `holdMicro` may charge (SPEC rule 6). */
  maxActualMicro(holdMicro: number): number {
    return maxActualMicro(holdMicro, this.overrun);
  }

  // ——— the commands, as operations the core decides ———

  grantOp(workspaceId: string, input: GrantInput): Operation<{ grantId: string; version: number }> {
    const grantId = crypto.randomUUID();
    return {
      workspaceId,
      meta: input,
      externalKey: input.externalKey ?? null,
      decide: (state, now) => {
        const due = input.expireDueAt
          ? expireGrants(state, input.expireDueAt)
          : { ok: true as const, state, entries: [] };
        if (!due.ok) return due;
        const granted = grant(
          due.state,
          {
            grant: {
              id: grantId,
              source: input.source,
              label: input.label,
              amountMicro: input.amountMicro,
              expiresAt: input.expiresAt,
              effectiveAt: input.effectiveAt ?? now,
              seq: 0, // set from the account's version when written
            },
            type: input.type ?? 'GRANT',
            description: input.description,
          },
          now,
        );
        return granted.ok ? { ...granted, entries: [...due.entries, ...granted.entries] } : granted;
      },
      result: ({ version }) => ({ grantId, version }),
    };
  }

  holdOp(workspaceId: string, input: HoldInput): Operation<{ holdId: string; version: number }> {
    const holdId = crypto.randomUUID();
    return {
      workspaceId,
      meta: input,
      apiKeyId: input.actor.kind === 'API_KEY' ? input.actor.id : null,
      decide: (state, now, _hold, limit) =>
        placeHold(
          state,
          {
            holdId,
            amountMicro: input.amountMicro,
            expiresAt: new Date(now.getTime() + (input.ttlMs ?? this.holdTtlMs)),
            description: input.description,
            ...(limit ? { limit } : {}),
          },
          now,
        ),
      holdRow: () => ({ feature: input.feature ?? null, description: input.description }),
      result: ({ version }) => ({ holdId, version }),
    };
  }

  settleOp(workspaceId: string, holdId: string, input: SettleInput): Operation<{ holdId: string; version: number }> {
    const describe = (hold: HoldRow | null) =>
      input.description ?? `${hold?.description ?? 'Hold'}: ${formatCredits(input.actualMicro)} credits`;
    return {
      workspaceId,
      meta: input,
      holdId,
      decide: (state, now, hold) =>
        settleHold(
          state,
          hold!,
          {
            actualMicro: input.actualMicro,
            description: describe(hold),
            overrun: this.overrun,
            requestedAt: input.requestedAt,
          },
          now,
        ),
      holdRow: () => ({ actualMicro: input.actualMicro }),
      result: ({ version }) => ({ holdId, version }),
    };
  }

  releaseOp(workspaceId: string, holdId: string, input: ReleaseInput): Operation<{ holdId: string; version: number }> {
    return {
      workspaceId,
      meta: input,
      holdId,
      decide: (state, now, hold) =>
        releaseHold(
          state,
          hold!,
          {
            reason: input.reason ?? 'RELEASED',
            description: typeof input.description === 'function' ? input.description(hold!) : input.description,
          },
          now,
        ),
      result: ({ version }) => ({ holdId, version }),
    };
  }

  adjustOp(workspaceId: string, input: AdjustInput): Operation<{ version: number; grantId?: string }> {
    const grantId = crypto.randomUUID();
    return {
      workspaceId,
      meta: input,
      decide: (state, now) =>
        adjust(
          state,
          {
            amountMicro: input.amountMicro,
            description: input.description,
            grant: { id: grantId, label: input.label, seq: 0, expiresAt: input.expiresAt ?? null, effectiveAt: now },
          },
          now,
        ),
      result: ({ version }) => (input.amountMicro > 0 ? { version, grantId } : { version }),
    };
  }

  revokeOp(workspaceId: string, input: RevokeGrantInput): Operation<{ version: number }> {
    return {
      workspaceId,
      meta: input,
      grantIds: [input.grantId],
      decide: (state, now) => revokeGrant(state, { ...input }, now),
      result: ({ version }) => ({ version }),
    };
  }

  expireOp(workspaceId: string): Operation<{ version: number }> {
    return {
      workspaceId,
      meta: { actor: { kind: 'SYSTEM', id: null } },
      decide: (state) => ({ ok: true, state, entries: [] }),
      result: ({ version }) => ({ version }),
    };
  }

  // ——— the per-workspace queue ———

  private submit(op: Operation<unknown>, idempotency?: IdempotencyInput): Promise<{ value: unknown; hold?: HoldRow }> {
    return new Promise((resolve, reject) => {
      const queued = this.queues.get(op.workspaceId);
      const item: Queued = { op, idempotency, resolve, reject };
      if (queued) {
        queued.push(item);
        return;
      }
      this.queues.set(op.workspaceId, [item]);
      void this.drain(op.workspaceId);
    });
  }

  /** Writes the workspace's queue, a batch at a time, until it is empty. */
  private async drain(workspaceId: string): Promise<void> {
    const queue = this.queues.get(workspaceId)!;
    try {
      while (queue.length) {
        const batch = queue.splice(0, MAX_BATCH);
        await this.writeBatch(workspaceId, batch);
      }
    } finally {
      this.queues.delete(workspaceId);
    }
  }

  private published(workspaceId: string) {
    return (version: number, balance: ChangedBalance) => this.publisher.publish({ workspaceId, version, balance });
  }

  /**
   * A batch that kept meeting other writers, decided and written under the account's row lock
   * (`applyLocked`): the lock waits its turn, so the batch gets through however hot the account.
   */
  private lockedWrite(workspaceId: string, batch: Queued[]): Promise<Outcome[]> {
    return decideAndWrite(this.store, this.clock, workspaceId, batch, {
      rounds: 1,
      locked: true,
      written: this.published(workspaceId),
    });
  }

  private async writeBatch(workspaceId: string, batch: Queued[]): Promise<void> {
    const write = () =>
      this.optimisticRounds === 0
        ? this.lockedWrite(workspaceId, batch)
        : decideAndWrite(this.store, this.clock, workspaceId, batch, {
            written: this.published(workspaceId),
            rounds: this.optimisticRounds,
            busy: () => this.lockedWrite(workspaceId, batch),
          });
    let outcomes: Outcome[];
    try {
      outcomes = await write();
    } catch (err) {
      if (batch.length > 1 && isUniqueViolation(err)) {
        // One command's key (or grant) was written by another instance meanwhile: each on its own.
        for (const item of batch) await this.writeBatch(workspaceId, [item]);
        return;
      }
      if (batch.length === 1 && batch[0]!.idempotency && isUniqueViolation(err)) {
        // Its key was answered by another instance meanwhile: the next read finds the answer.
        try {
          outcomes = await write();
        } catch (again) {
          batch[0]!.reject(again);
          return;
        }
      } else {
        for (const item of batch) item.reject(err);
        return;
      }
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve({ value: outcome.value, hold: outcome.hold });
      else item.reject(outcome.error);
    });
  }
}

/**
 * Reads the account, decides every command in order against the state the previous ones left (each with
 * its own entries, answer, result or error), and writes all that succeeded in one step; again from the
 * read when another writer got there first. `written` runs with the new version and the balance it left
 * after the commit (in a caller's unit: after the write, before the unit commits).
 */
async function decideAndWrite(
  store: LedgerStore,
  clock: Clock,
  workspaceId: string,
  batch: Pick<Queued, 'op' | 'idempotency'>[],
  opts: {
    written?: (version: number, balance: ChangedBalance) => void;
    rounds: number;
    /** When every one of `rounds` rounds met another writer: decides and writes the batch another way. */
    busy?: () => Promise<Outcome[]>;
    /** Read and write under the account's row lock (`applyLocked`). */
    locked?: boolean;
  },
): Promise<Outcome[]> {
  const { rounds } = opts;
  const asked = {
    grantIds: [...new Set(batch.flatMap((b) => b.op.grantIds ?? []))],
    holdIds: [...new Set(batch.flatMap((b) => (b.op.holdId ? [b.op.holdId] : [])))],
    keys: [...new Set(batch.flatMap((b) => (b.idempotency ? [b.idempotency.key] : [])))],
    apiKeyIds: [...new Set(batch.flatMap((b) => (b.op.apiKeyId ? [b.op.apiKeyId] : [])))],
  };
  for (let round = 1; ; round++) {
    let applied: Applied<Decided>;
    try {
      // One instant for the read and the decision, so the budget month read is the month decided in.
      const now = clock.now();
      const wanted: Wanted = { ...asked, month: budgetMonthOf(now) };
      const decide = (loaded: LoadedAccount) => decideBatch(loaded, batch, now);
      applied = await (opts.locked
        ? store.applyLocked(workspaceId, wanted, decide)
        : store.apply(workspaceId, wanted, decide));
    } catch (err) {
      if (!isRetryable(err)) throw err;
      if (round >= rounds) {
        if (opts.busy) return opts.busy();
        throw err;
      }
      await pause(round);
      continue;
    }
    if (applied.kind === 'missing') return batch.map(() => ({ ok: false, error: notFound('Workspace') }));
    if (applied.kind === 'done') {
      if (applied.written) opts.written?.(applied.value.version, applied.value.balance);
      return applied.value.outcomes;
    }
    if (round >= rounds) {
      if (opts.busy) return opts.busy();
      throw new AppError('CONFLICT', 'The credit account is too busy; retry in a moment');
    }
    if (round > 2) await pause(round);
  }
}

/** What a batch decided: one outcome per command, the account's version after it and the balance it leaves. */
interface Decided {
  outcomes: Outcome[];
  version: number;
  balance: ChangedBalance;
}

/** The pure part of a batch: state in, changes and one outcome per command out. */
function decideBatch(
  loaded: LoadedAccount,
  batch: Pick<Queued, 'op' | 'idempotency'>[],
  now: Date,
): { changes: Changes | null; value: Decided } {
  let state: AccountState = { grants: loaded.grants, heldMicro: loaded.heldMicro, deficitMicro: loaded.deficitMicro };
  let version = loaded.version;
  const stored = new Map(loaded.grants.map((g) => [g.id, g.remainingMicro]));
  const created = new Map<string, GrantRow>();
  const holds = new Map(loaded.holds);
  const insertedHolds = new Set<string>();
  const holdUpdates = new Map<string, HoldUpdate>();
  const entries: EntryRow[] = [];
  const answers: Changes['answers'] = [];
  const byKey = new Map<string, { hash: string; index: number }>();
  const outcomes: Outcome[] = [];
  const events: EventRow[] = [];
  const month = budgetMonthOf(now);
  // API keys' budgets and what counts against them this month, as the batch's earlier commands leave it.
  const keySpend = new Map<string, KeySpend>([...loaded.apiKeys].map(([id, k]) => [id, { ...k }]));
  const spend = new Map<string, SpendDelta>();

  for (const { op, idempotency } of batch) {
    const hash = idempotency ? requestHash(idempotency.operation, idempotency.params) : '';
    if (idempotency) {
      const prior = loaded.answers.get(idempotency.key);
      if (prior) {
        if (prior.requestHash !== hash) outcomes.push({ ok: false, error: keyReused() });
        else if (prior.response == null) outcomes.push({ ok: false, error: stillRunning() });
        else outcomes.push({ ok: true, value: prior.response });
        continue;
      }
      const twin = byKey.get(idempotency.key);
      if (twin) {
        // The same key twice in one batch: the second gets the first's answer.
        const first = outcomes[twin.index]!;
        outcomes.push(
          twin.hash !== hash ? { ok: false, error: keyReused() } : first.ok ? { ok: true, value: first.value } : first,
        );
        continue;
      }
      byKey.set(idempotency.key, { hash, index: outcomes.length });
    }
    const hold = op.holdId ? (holds.get(op.holdId) ?? null) : null;
    if (op.holdId && !hold) {
      outcomes.push({ ok: false, error: notFound('Hold') });
      continue;
    }
    // Expiry first, lazily, so every operation sees only what is still spendable.
    const expired = expireGrants(state, now);
    if (!expired.ok) {
      outcomes.push({ ok: false, error: toError(expired.error, now) });
      continue;
    }
    const key = op.apiKeyId ? keySpend.get(op.apiKeyId) : undefined;
    const limit =
      key && key.budgetMicro !== null ? { limitMicro: key.budgetMicro, spentMicro: key.spentMicro } : undefined;
    const decided = op.decide(expired.state, now, hold, limit);
    if (!decided.ok) {
      outcomes.push({ ok: false, error: toError(decided.error, now) });
      continue;
    }
    const before = version;
    const firstEntry = entries.length;
    let newGrantId: string | undefined;
    const newGrants: GrantRow[] = [];
    const grants = decided.state.grants.map((g) => {
      if (stored.has(g.id) || created.has(g.id)) return g;
      newGrantId = g.id;
      const withSeq = { ...g, seq: before + 1 };
      const row = { ...withSeq, externalKey: op.externalKey ?? null, createdAt: now };
      created.set(g.id, row);
      newGrants.push(row);
      return withSeq;
    });
    const meta = op.meta;
    const feature = meta.feature !== undefined ? meta.feature : (hold?.feature ?? null);
    for (const e of [...expired.entries, ...decided.entries]) {
      version += 1;
      // Entries the core adds on its own (expiry, deficit repayment) are the system's, not the caller's.
      const own = e.type !== 'EXPIRY';
      entries.push({
        id: crypto.randomUUID(),
        seq: version,
        type: e.type,
        amountMicro: e.amountMicro,
        heldDeltaMicro: e.heldDeltaMicro,
        deficitDeltaMicro: e.deficitDeltaMicro,
        splits: e.splits,
        chargeSplits: e.chargeSplits ?? null,
        description: e.description,
        details: own ? (meta.details ?? null) : null,
        feature: own ? feature : null,
        holdId: e.holdId ?? null,
        grantId: e.grantId ?? null,
        actorKind: own ? meta.actor.kind : 'SYSTEM',
        actorId: own ? meta.actor.id : null,
        idempotencyKey: own ? (meta.idempotencyKey ?? null) : null,
        createdAt: now,
      });
    }
    let holdAfter: HoldRow | undefined;
    if (decided.hold) {
      const extra = op.holdRow?.(hold) ?? {};
      const previous = holds.get(decided.hold.id);
      holdAfter = previous
        ? {
            ...previous,
            status: decided.hold.status,
            ...(extra.actualMicro !== undefined ? { actualMicro: extra.actualMicro } : {}),
          }
        : {
            id: decided.hold.id,
            amountMicro: decided.hold.amountMicro,
            splits: decided.hold.splits,
            status: decided.hold.status,
            expiresAt: decided.hold.expiresAt,
            description: extra.description ?? '',
            feature: extra.feature ?? null,
            actualMicro: 0,
            createdAt: now,
            apiKeyId: op.apiKeyId ?? null,
          };
      holds.set(holdAfter.id, holdAfter);
      if (!previous) insertedHolds.add(holdAfter.id);
      else if (!insertedHolds.has(holdAfter.id)) {
        holdUpdates.set(holdAfter.id, {
          id: holdAfter.id,
          status: holdAfter.status,
          resolvedAt: holdAfter.status === 'ACTIVE' ? null : now,
          actualMicro: extra.actualMicro ?? holdUpdates.get(holdAfter.id)?.actualMicro ?? null,
        });
      }
      // What the hold counts for against its key's budget, in the month it was made.
      if (holdAfter.apiKeyId) {
        const deltaMicro = budgetCount(holdAfter) - (previous ? budgetCount(previous) : 0);
        const at = budgetMonthOf(holdAfter.createdAt);
        if (deltaMicro !== 0) {
          const id = `${holdAfter.apiKeyId}/${at}`;
          const sum = spend.get(id) ?? { apiKeyId: holdAfter.apiKeyId, month: at, deltaMicro: 0 };
          sum.deltaMicro += deltaMicro;
          spend.set(id, sum);
          const counted = at === month ? keySpend.get(holdAfter.apiKeyId) : undefined;
          if (counted) counted.spentMicro += deltaMicro;
        }
      }
    } else if (hold) {
      holdAfter = holds.get(hold.id);
    }
    // The operation's events, from its own entries, written with them (the outbox).
    for (const draft of ledgerEvents(entries.slice(firstEntry), {
      newGrants: newGrants.map((g) => ({ id: g.id, source: g.source, label: g.label, expiresAt: g.expiresAt })),
      hold: holdAfter ? { id: holdAfter.id, status: holdAfter.status, feature: holdAfter.feature } : null,
    })) {
      events.push({ id: newId(), type: draft.type, data: draft.data });
    }
    state = { ...decided.state, grants };
    const value = op.result({ version, hold: decided.hold, grantId: newGrantId });
    if (idempotency) {
      answers.push({
        id: crypto.randomUUID(),
        key: idempotency.key,
        operation: idempotency.operation,
        requestHash: hash,
        response: value,
        createdAt: now,
      });
    }
    outcomes.push({ ok: true, value, hold: holdAfter });
  }

  // The balance as the write leaves it, at the instant it was decided in: live balances push it as is.
  let newestGrant: number | null = null;
  for (const g of [...loaded.grants, ...created.values()]) newestGrant = Math.max(newestGrant ?? g.seq, g.seq);
  const balance: ChangedBalance = { ...balanceOf(state, now), newestGrant };
  if (!entries.length && !answers.length) return { changes: null, value: { outcomes, version, balance } };
  const finalGrants = new Map(state.grants.map((g) => [g.id, g]));
  const changes: Changes = {
    fromVersion: loaded.version,
    toVersion: version,
    heldMicro: state.heldMicro,
    deficitMicro: state.deficitMicro,
    now,
    grantUpdates: [...stored]
      .filter(([id, remaining]) => finalGrants.has(id) && finalGrants.get(id)!.remainingMicro !== remaining)
      .map(([id]) => ({ id, remainingMicro: finalGrants.get(id)!.remainingMicro })),
    grantInserts: [...created.values()].map((g) => ({
      ...g,
      remainingMicro: finalGrants.get(g.id)?.remainingMicro ?? g.remainingMicro,
    })),
    holdInserts: [...insertedHolds].map((id) => holds.get(id)!),
    holdUpdates: [...holdUpdates.values()],
    entries,
    answers,
    events,
    spend: [...spend.values()].filter((d) => d.deltaMicro !== 0),
  };
  return { changes, value: { outcomes, version, balance } };
}

/** What a hold counts for against its API key's budget: its amount while active, its cost once settled. */
const budgetCount = (h: HoldRow): number =>
  h.status === 'ACTIVE' ? h.amountMicro : h.status === 'SETTLED' ? h.actualMicro : 0;

/**
 * The ledger's store inside a caller's ORM transaction: the account row is locked first (PostgreSQL: a row
 * lock; SQLite: a no-op write, so the transaction holds the database's write lock from the start and a
 * second process waits instead of failing halfway), then rows are read and written through the entity
 * manager, so the caller's other reads in the same transaction see them.
 */
class EmLedgerStore implements LedgerStore {
  constructor(
    private readonly em: EntityManager,
    private readonly emit: (events: EventRow[]) => void,
  ) {}

  /** `apply` locks the account first already. */
  applyLocked<T>(workspaceId: string, wanted: Wanted, decide: Decide<T>): Promise<Applied<T>> {
    return this.apply(workspaceId, wanted, decide);
  }

  async apply<T>(workspaceId: string, wanted: Wanted, decide: Decide<T>): Promise<Applied<T>> {
    const em = this.em;
    const account = await lockAndReadAccount(em, workspaceId);
    if (!account) return { kind: 'missing' };
    const holdRows = wanted.holdIds.length
      ? await em.find(CreditHold, { id: { $in: wanted.holdIds }, workspace: workspaceId })
      : [];
    const ids = [...wanted.grantIds, ...holdRows.flatMap((h) => h.splits.map((s) => s.grantId))];
    const grantRows = await em.find(CreditGrant, {
      workspace: workspaceId,
      $or: [{ remainingMicro: { $gt: 0 } }, ...(ids.length ? [{ id: { $in: ids } }] : [])],
    });
    const answers = new Map<string, { requestHash: string; response: unknown }>();
    if (wanted.keys.length) {
      for (const r of await em.find(IdempotencyRecord, { workspace: workspaceId, key: { $in: wanted.keys } })) {
        answers.set(r.key, { requestHash: r.requestHash, response: r.response });
      }
    }
    const apiKeys = new Map<string, KeySpend>();
    if (wanted.apiKeyIds.length) {
      const rows = await em
        .getConnection()
        .execute<{ id: string; b: unknown; s: unknown }[]>(
          'select k.id, k.monthly_budget_micro as b, coalesce(s.spent_micro, 0) as s from api_key k ' +
            'left join api_key_spend s on s.api_key_id = k.id and s.month = ? ' +
            `where k.workspace_id = ? and k.id in (${wanted.apiKeyIds.map(() => '?').join(', ')})`,
          [wanted.month, workspaceId, ...wanted.apiKeyIds],
          'all',
          em.getTransactionContext(),
        );
      for (const r of rows) {
        apiKeys.set(r.id, { budgetMicro: r.b === null ? null : Number(r.b), spentMicro: Number(r.s) });
      }
    }
    const { changes, value } = decide({
      version: account.version,
      heldMicro: account.heldMicro,
      deficitMicro: account.deficitMicro,
      grants: grantRows.map(toGrantState),
      holds: new Map(holdRows.map((h) => [h.id, toHoldRow(h)])),
      answers,
      apiKeys,
    });
    if (!changes) return { kind: 'done', value, written: false };
    account.version = changes.toVersion;
    account.heldMicro = changes.heldMicro;
    account.deficitMicro = changes.deficitMicro;
    account.updatedAt = changes.now;
    const grantsById = new Map(grantRows.map((g) => [g.id, g]));
    for (const g of changes.grantUpdates) grantsById.get(g.id)!.remainingMicro = g.remainingMicro;
    for (const g of changes.grantInserts) em.create(CreditGrant, { ...g, workspace: workspaceId });
    const holdsById = new Map(holdRows.map((h) => [h.id, h]));
    for (const h of changes.holdInserts) {
      em.create(CreditHold, {
        ...h,
        workspace: workspaceId,
        pendingSettle: null,
        resolvedAt: h.status === 'ACTIVE' ? null : changes.now,
      });
    }
    for (const u of changes.holdUpdates) {
      const row = holdsById.get(u.id)!;
      row.status = u.status;
      row.resolvedAt = u.resolvedAt;
      if (u.actualMicro !== null) {
        row.actualMicro = u.actualMicro;
        row.pendingSettle = null;
      }
    }
    for (const e of changes.entries)
      em.create(LedgerEntry, { ...e, type: e.type as EntryType, workspace: workspaceId });
    for (const a of changes.answers) em.create(IdempotencyRecord, { ...a, workspace: workspaceId, runningUntil: null });
    await em.flush();
    for (const d of changes.spend) {
      await em
        .getConnection()
        .execute(
          'insert into api_key_spend (api_key_id, month, workspace_id, spent_micro) values (?, ?, ?, ?) ' +
            'on conflict (api_key_id, month) do update set spent_micro = api_key_spend.spent_micro + excluded.spent_micro',
          [d.apiKeyId, d.month, workspaceId, d.deltaMicro],
          'run',
          em.getTransactionContext(),
        );
    }
    this.emit(changes.events);
    return { kind: 'done', value, written: true };
  }
}

export const toGrantState = (g: CreditGrant): GrantState => ({
  id: g.id,
  source: g.source,
  label: g.label,
  originalMicro: g.originalMicro,
  remainingMicro: g.remainingMicro,
  expiresAt: g.expiresAt,
  effectiveAt: g.effectiveAt,
  seq: g.seq,
});

const toHoldRow = (h: CreditHold): HoldRow => ({
  id: h.id,
  amountMicro: h.amountMicro,
  splits: h.splits,
  status: h.status,
  expiresAt: h.expiresAt,
  description: h.description,
  feature: h.feature,
  actualMicro: h.actualMicro,
  createdAt: h.createdAt,
  apiKeyId: h.apiKeyId,
});

/**
 * Resolves the holds that need the system (SPEC rule 7): a hold with a settle kept after a failed commit is settled
 * with it, as soon as it can be written; a hold left unsettled past its time to live is released. Exactly once:
 * both re-check the hold under the account lock, so a concurrent settle or another instance's sweep wins cleanly.
 */
export async function expireAbandonedHolds(
  source: ReadSource,
  ledger: LedgerService,
  now: Date,
  limit = 200,
): Promise<number> {
  const due = await readView(source).find(
    CreditHold,
    { status: 'ACTIVE', $or: [{ expiresAt: { $lte: now } }, { pendingSettle: { $ne: null } }] },
    {
      orderBy: { expiresAt: 'asc' },
      limit,
      fields: ['id', 'workspace', 'description', 'feature', 'expiresAt', 'pendingSettle'],
    },
  );
  let resolved = 0;
  for (const hold of due) {
    try {
      if (hold.pendingSettle) {
        const kept = await settlePending(ledger, hold, hold.pendingSettle);
        if (kept === 'settled') resolved += 1;
        // Still not writable: keep it, even past the TTL, so the work is charged once and never for free.
        if (kept !== 'refused' || hold.expiresAt > now) continue;
      }
      await ledger.release(hold.workspace, hold.id, {
        reason: 'EXPIRED',
        description: `Hold expired unsettled: ${hold.description}`,
        feature: hold.feature,
        actor: { kind: 'SYSTEM', id: null },
      });
      resolved += 1;
    } catch (err) {
      // Settled or released by someone else between the read and the lock: nothing to do.
      if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err;
    }
  }
  return resolved;
}

/**
 * Writes a kept settle. 'refused': the ledger says no for good (the hold is then released at expiry); 'later':
 * the database still fails, so the next sweep tries again.
 */
async function settlePending(
  ledger: LedgerService,
  hold: Pick<CreditHold, 'id' | 'workspace' | 'feature'>,
  pending: PendingSettle,
): Promise<'settled' | 'refused' | 'later'> {
  try {
    await ledger.settle(hold.workspace, hold.id, {
      actualMicro: pending.actualMicro,
      description: pending.description,
      requestedAt: new Date(pending.requestedAt),
      feature: hold.feature,
      details: pending.details,
      idempotencyKey: pending.idempotencyKey,
      actor: { kind: pending.actorKind, id: pending.actorId },
    });
    return 'settled';
  } catch (err) {
    if (err instanceof AppError) {
      if (err.code === 'CONFLICT') throw err;
      return 'refused';
    }
    return 'later';
  }
}

/** Writes EXPIRY entries for grants past their end, so history shows them without waiting for activity. */
export async function expireEndedGrants(
  source: ReadSource,
  ledger: LedgerService,
  now: Date,
  limit = 200,
): Promise<number> {
  const due = await readView(source).find(
    CreditGrant,
    { remainingMicro: { $gt: 0 }, expiresAt: { $lte: now } },
    { limit, fields: ['workspace'] },
  );
  const workspaces = [...new Set(due.map((g) => g.workspace))];
  for (const workspaceId of workspaces) await ledger.expireGrants(workspaceId);
  return workspaces.length;
}

import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { LockMode } from '@mikro-orm/core';
import type { DatabaseKind } from '../../db/orm';
import type { Clock } from '../../platform/clock';
import { AppError, notFound } from '../../platform/errors';
import { idempotent } from '../../platform/idempotency';
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
  type EntryDraft,
  type GrantSource,
  type GrantState,
  type HoldState,
  type LedgerError,
  DEFAULT_OVERRUN,
  maxActualMicro,
  type OverrunPolicy,
} from './core';
import {
  CreditAccount,
  CreditGrant,
  CreditHold,
  LedgerEntry,
  type ActorKind,
  type PendingSettle,
} from './ledger.entities';
import { readSnapshots } from './ledger.snapshot';

export interface Actor {
  kind: ActorKind;
  id: string | null;
}

/** Published after commit for every operation that wrote entries; subscribers re-read by version. */
export interface LedgerChange {
  workspaceId: string;
  version: number;
}

export interface LedgerPublisher {
  publish(change: LedgerChange): void;
}

/** What an entry carries besides the core's numbers. */
interface EntryMeta {
  actor: Actor;
  feature?: string | null;
  details?: Record<string, unknown> | null;
  idempotencyKey?: string | null;
}

export interface BalanceView extends Balance {
  version: number;
}

interface Operation<R> {
  /** Grants to load even when their free remaining is 0 (a hold's grants, a revoked grant). */
  grantIds?: string[];
  holdId?: string;
  decide(state: AccountState, now: Date, hold: HoldState | null): Decision<{ hold?: HoldState }>;
  /** Where a new grant comes from outside the ledger; duplicates of it are refused by a unique index. */
  externalKey?: string | null;
  holdRow?: (hold: HoldState) => Partial<CreditHold>;
  result(outcome: { version: number; hold?: HoldState; grantId?: string }): R;
}

/** Ledger work inside a caller's transaction; `changes` are published by `publishAll` after commit. */
export interface LedgerTx {
  em: EntityManager;
  changes: LedgerChange[];
}

export interface IdempotencyInput {
  key: string;
  operation: string;
  params: unknown;
}

/** INSUFFICIENT_CREDITS with its exact numbers, so callers (metering) can explain it without parsing. */
export class InsufficientCreditsError extends AppError {
  constructor(
    readonly requiredMicro: number,
    readonly availableMicro: number,
    readonly renewsAt: Date | null = null,
    message = 'Not enough credits to start this',
  ) {
    super('INSUFFICIENT_CREDITS', message, {
      required: formatCredits(requiredMicro),
      available: formatCredits(Math.max(0, availableMicro)),
      renewsAt: renewsAt?.toISOString() ?? null,
    });
  }
}

const toError = (error: LedgerError): AppError => {
  switch (error.code) {
    case 'INSUFFICIENT_CREDITS':
      return new InsufficientCreditsError(error.requiredMicro, error.availableMicro);
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

/**
 * The only writer of grants, holds and ledger entries. Each operation locks the workspace's
 * account row, lets the pure core decide, writes what it decided in the same transaction,
 * and publishes the new version after commit.
 */
export class LedgerService {
  constructor(
    private readonly orm: MikroORM,
    private readonly dbKind: DatabaseKind,
    private readonly clock: Clock,
    private readonly publisher: LedgerPublisher,
    private readonly holdTtlMs: number,
    private readonly overrun: OverrunPolicy = DEFAULT_OVERRUN,
  ) {}

  /** Tells INSUFFICIENT_CREDITS errors when the allocation renews (set once billing exists). */
  renewalLookup: (workspaceId: string) => Promise<Date | null> = async () => null;

  /** Creates the account row; call in the transaction that creates the workspace. */
  createAccount(em: EntityManager, workspaceId: string): void {
    em.create(CreditAccount, { workspaceId, heldMicro: 0, deficitMicro: 0, version: 0, updatedAt: this.clock.now() });
  }

  async grant(
    workspaceId: string,
    input: {
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
    } & EntryMeta,
    idem?: IdempotencyInput,
    tx?: LedgerTx,
  ): Promise<{ grantId: string; version: number }> {
    const grantId = crypto.randomUUID();
    return this.operate(
      workspaceId,
      input,
      idem,
      {
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
      },
      tx,
    );
  }

  async hold(
    workspaceId: string,
    input: { amountMicro: number; description: string; ttlMs?: number } & EntryMeta,
    idem?: IdempotencyInput,
    tx?: LedgerTx,
  ): Promise<{ holdId: string; version: number }> {
    const holdId = crypto.randomUUID();
    return this.operate(
      workspaceId,
      input,
      idem,
      {
        decide: (state, now) =>
          placeHold(
            state,
            {
              holdId,
              amountMicro: input.amountMicro,
              expiresAt: new Date(now.getTime() + (input.ttlMs ?? this.holdTtlMs)),
              description: input.description,
            },
            now,
          ),
        holdRow: () => ({ feature: input.feature ?? null, description: input.description }),
        result: ({ version }) => ({ holdId, version }),
      },
      tx,
    );
  }

  async settle(
    workspaceId: string,
    holdId: string,
    input: { actualMicro: number; description: string; requestedAt?: Date } & EntryMeta,
    idem?: IdempotencyInput,
    tx?: LedgerTx,
  ): Promise<{ holdId: string; version: number }> {
    return this.operate(
      workspaceId,
      input,
      idem,
      {
        holdId,
        decide: (state, now, hold) =>
          settleHold(
            state,
            hold!,
            {
              actualMicro: input.actualMicro,
              description: input.description,
              overrun: this.overrun,
              requestedAt: input.requestedAt,
            },
            now,
          ),
        holdRow: () => ({ actualMicro: input.actualMicro, pendingSettle: null }),
        result: ({ version }) => ({ holdId, version }),
      },
      tx,
    );
  }

  async release(
    workspaceId: string,
    holdId: string,
    input: { description: string; reason?: 'RELEASED' | 'EXPIRED' } & EntryMeta,
    idem?: IdempotencyInput,
    tx?: LedgerTx,
  ): Promise<{ holdId: string; version: number }> {
    return this.operate(
      workspaceId,
      input,
      idem,
      {
        holdId,
        decide: (state, now, hold) =>
          releaseHold(state, hold!, { reason: input.reason ?? 'RELEASED', description: input.description }, now),
        result: ({ version }) => ({ holdId, version }),
      },
      tx,
    );
  }

  /** A signed correction: positive adds a grant, negative takes from what is available (rest → deficit). */
  async adjust(
    workspaceId: string,
    input: { amountMicro: number; description: string; label: string; expiresAt?: Date | null } & EntryMeta,
    idem?: IdempotencyInput,
    tx?: LedgerTx,
  ): Promise<{ version: number; grantId?: string }> {
    const grantId = crypto.randomUUID();
    return this.operate(
      workspaceId,
      input,
      idem,
      {
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
      },
      tx,
    );
  }

  /** Removes what remains of a grant (refund, dispute, cancellation); with deficitForRest the rest is owed. */
  async revokeGrant(
    workspaceId: string,
    input: {
      grantId: string;
      amountMicro?: number;
      type: 'REFUND' | 'REVERSAL';
      deficitForRest: boolean;
      description: string;
    } & EntryMeta,
    idem?: IdempotencyInput,
    tx?: LedgerTx,
  ): Promise<{ version: number }> {
    return this.operate(
      workspaceId,
      input,
      idem,
      {
        grantIds: [input.grantId],
        decide: (state, now) => revokeGrant(state, { ...input }, now),
        result: ({ version }) => ({ version }),
      },
      tx,
    );
  }

  /** Writes the EXPIRY entries that are due (also done lazily by every other operation). */
  async expireGrants(workspaceId: string, tx?: LedgerTx): Promise<{ version: number }> {
    return this.operate(
      workspaceId,
      { actor: { kind: 'SYSTEM', id: null } },
      undefined,
      {
        decide: (state) => ({ ok: true, state, entries: [] }),
        result: ({ version }) => ({ version }),
      },
      tx,
    );
  }

  /** The balance as of one instant (account and grants read in one statement). */
  async balance(workspaceId: string): Promise<BalanceView> {
    const snapshot = (await readSnapshots(this.orm, this.dbKind, [workspaceId])).get(workspaceId);
    if (!snapshot) throw notFound('Workspace');
    return { ...balanceOf(snapshot.state, this.clock.now()), version: snapshot.version };
  }

  // ——— internals ———

  /**
   * Starts a unit of ledger work inside a transaction the caller owns (a webhook applying its event
   * and its credits together). The caller publishes the collected changes after its commit.
   */
  within(em: EntityManager): LedgerTx {
    return { em, changes: [] };
  }

  publishAll(tx: LedgerTx): void {
    const newest = new Map<string, number>();
    for (const c of tx.changes) newest.set(c.workspaceId, Math.max(c.version, newest.get(c.workspaceId) ?? 0));
    for (const [workspaceId, version] of newest) this.publisher.publish({ workspaceId, version });
  }

  private async operate<R>(
    workspaceId: string,
    meta: EntryMeta,
    idem: IdempotencyInput | undefined,
    op: Operation<R>,
    tx?: LedgerTx,
  ): Promise<R> {
    if (tx) {
      const result = await this.explained(workspaceId, () => this.write(tx.em, workspaceId, meta, op));
      tx.changes.push({ workspaceId, version: (result as { version: number }).version });
      return result;
    }
    const request = idem && { workspaceId, key: idem.key, operation: idem.operation, params: idem.params };
    const outcome = await this.explained(workspaceId, () =>
      idempotent(
        this.orm,
        request,
        () => this.clock.now(),
        (em) => this.write(em, workspaceId, meta, op),
      ),
    );
    const version = (outcome as { version?: number }).version;
    if (typeof version === 'number') this.publisher.publish({ workspaceId, version });
    return outcome;
  }

  /** INSUFFICIENT_CREDITS also tells when the allocation renews. */
  private async explained<R>(workspaceId: string, run: () => Promise<R>): Promise<R> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof InsufficientCreditsError) {
        const renewsAt = await this.renewalLookup(workspaceId);
        throw new InsufficientCreditsError(err.requiredMicro, err.availableMicro, renewsAt, err.message);
      }
      throw err;
    }
  }

  /**
   * Keeps a settle whose commit failed on its hold, for the sweeper to write (exactly once: the hold is settled
   * under the account lock). One small UPDATE, so it can succeed where the settle's transaction did not.
   * False when the hold is no longer active.
   */
  async recordPendingSettle(workspaceId: string, holdId: string, pending: PendingSettle): Promise<boolean> {
    const updated = await this.orm.em
      .fork()
      .nativeUpdate(CreditHold, { id: holdId, workspace: workspaceId, status: 'ACTIVE' }, { pendingSettle: pending });
    return updated === 1;
  }

  /** The most a settle of a hold of `holdMicro` may charge (SPEC rule 6). */
  maxActualMicro(holdMicro: number): number {
    return maxActualMicro(holdMicro, this.overrun);
  }

  /** One ledger operation inside `em`'s transaction: lock, load, let the core decide, write. */
  private async write<R>(em: EntityManager, workspaceId: string, meta: EntryMeta, op: Operation<R>): Promise<R> {
    const now = this.clock.now();
    const account = await this.lockAccount(em, workspaceId);
    const holdRow = op.holdId ? await em.findOne(CreditHold, { id: op.holdId, workspace: workspaceId }) : null;
    if (op.holdId && !holdRow) throw notFound('Hold');
    const grantRows = await this.loadGrants(em, workspaceId, [
      ...(op.grantIds ?? []),
      ...(holdRow?.splits.map((s) => s.grantId) ?? []),
    ]);
    const start: AccountState = {
      grants: grantRows.map(toGrantState),
      heldMicro: account.heldMicro,
      deficitMicro: account.deficitMicro,
    };
    // Expiry first, lazily, so every operation sees only what is still spendable.
    const expired = expireGrants(start, now);
    if (!expired.ok) throw toError(expired.error);
    const decided = op.decide(expired.state, now, holdRow ? toHoldState(holdRow) : null);
    if (!decided.ok) throw toError(decided.error);
    const newGrantId = this.writeGrants(
      em,
      workspaceId,
      account,
      grantRows,
      decided.state,
      op.externalKey ?? null,
      now,
    );
    this.writeEntries(em, workspaceId, account, [...expired.entries, ...decided.entries], meta, now);
    if (decided.hold) this.writeHold(em, workspaceId, holdRow, decided.hold, op, now);
    account.heldMicro = decided.state.heldMicro;
    account.deficitMicro = decided.state.deficitMicro;
    account.updatedAt = now;
    await em.flush();
    return op.result({ version: account.version, hold: decided.hold, grantId: newGrantId });
  }

  /** Grants with something left, plus those an operation names (a hold's grants may be fully reserved). */
  private loadGrants(em: EntityManager, workspaceId: string, ids: string[]): Promise<CreditGrant[]> {
    return em.find(CreditGrant, {
      workspace: workspaceId,
      $or: [{ remainingMicro: { $gt: 0 } }, ...(ids.length ? [{ id: { $in: ids } }] : [])],
    });
  }

  /**
   * Serialises every credit operation of one workspace, across processes. PostgreSQL: a row lock.
   * SQLite: a no-op write first, so the transaction holds the database's write lock from the start
   * and a second process waits (busy_timeout) instead of failing halfway.
   */
  private async lockAccount(em: EntityManager, workspaceId: string): Promise<CreditAccount> {
    if (this.dbKind === 'sqlite') {
      await em
        .getConnection()
        .execute(
          'update credit_account set version = version where workspace_id = ?',
          [workspaceId],
          'run',
          em.getTransactionContext(),
        );
      const account = await em.findOne(CreditAccount, { workspaceId });
      if (!account) throw notFound('Workspace');
      return account;
    }
    const account = await em.findOne(CreditAccount, { workspaceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!account) throw notFound('Workspace');
    return account;
  }

  private writeGrants(
    em: EntityManager,
    workspaceId: string,
    account: CreditAccount,
    rows: CreditGrant[],
    state: AccountState,
    externalKey: string | null,
    now: Date,
  ): string | undefined {
    const byId = new Map(rows.map((r) => [r.id, r]));
    let created: string | undefined;
    for (const g of state.grants) {
      const row = byId.get(g.id);
      if (row) {
        if (row.remainingMicro !== g.remainingMicro) row.remainingMicro = g.remainingMicro;
        continue;
      }
      created = g.id;
      em.create(CreditGrant, {
        id: g.id,
        workspace: workspaceId,
        source: g.source,
        label: g.label,
        originalMicro: g.originalMicro,
        remainingMicro: g.remainingMicro,
        expiresAt: g.expiresAt,
        effectiveAt: g.effectiveAt,
        seq: account.version + 1,
        externalKey,
        createdAt: now,
      });
    }
    return created;
  }

  private writeEntries(
    em: EntityManager,
    workspaceId: string,
    account: CreditAccount,
    entries: EntryDraft[],
    meta: EntryMeta,
    now: Date,
  ): void {
    for (const e of entries) {
      account.version += 1;
      // Entries the core adds on its own (expiry, deficit repayment) are the system's, not the caller's.
      const own = e.type !== 'EXPIRY';
      em.create(LedgerEntry, {
        workspace: workspaceId,
        seq: account.version,
        type: e.type,
        amountMicro: e.amountMicro,
        heldDeltaMicro: e.heldDeltaMicro,
        deficitDeltaMicro: e.deficitDeltaMicro,
        splits: e.splits,
        chargeSplits: e.chargeSplits ?? null,
        description: e.description,
        details: own ? (meta.details ?? null) : null,
        feature: own ? (meta.feature ?? null) : null,
        holdId: e.holdId ?? null,
        grantId: e.grantId ?? null,
        actorKind: own ? meta.actor.kind : 'SYSTEM',
        actorId: own ? meta.actor.id : null,
        idempotencyKey: own ? (meta.idempotencyKey ?? null) : null,
        createdAt: now,
      });
    }
  }

  private writeHold(
    em: EntityManager,
    workspaceId: string,
    row: CreditHold | null,
    hold: HoldState,
    op: Operation<unknown>,
    now: Date,
  ): void {
    const extra = op.holdRow?.(hold) ?? {};
    if (row) {
      row.status = hold.status;
      row.resolvedAt = hold.status === 'ACTIVE' ? null : now;
      Object.assign(row, extra);
      return;
    }
    em.create(CreditHold, {
      id: hold.id,
      workspace: workspaceId,
      amountMicro: hold.amountMicro,
      splits: hold.splits,
      status: hold.status,
      expiresAt: hold.expiresAt,
      createdAt: now,
      description: extra.description ?? '',
      feature: extra.feature ?? null,
      actualMicro: 0,
    });
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

const toHoldState = (h: CreditHold): HoldState => ({
  id: h.id,
  amountMicro: h.amountMicro,
  splits: h.splits,
  status: h.status,
  expiresAt: h.expiresAt,
});

/**
 * Resolves the holds that need the system (SPEC rule 7): a hold with a settle kept after a failed commit is settled
 * with it, as soon as it can be written; a hold left unsettled past its time to live is released. Exactly once:
 * both re-check the hold under the account lock, so a concurrent settle or another instance's sweep wins cleanly.
 */
export async function expireAbandonedHolds(
  orm: MikroORM,
  ledger: LedgerService,
  now: Date,
  limit = 200,
): Promise<number> {
  const due = await orm.em.fork().find(
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
export async function expireEndedGrants(orm: MikroORM, ledger: LedgerService, now: Date, limit = 200): Promise<number> {
  const due = await orm.em
    .fork()
    .find(CreditGrant, { remainingMicro: { $gt: 0 }, expiresAt: { $lte: now } }, { limit, fields: ['workspace'] });
  const workspaces = [...new Set(due.map((g) => g.workspace))];
  for (const workspaceId of workspaces) await ledger.expireGrants(workspaceId);
  return workspaces.length;
}

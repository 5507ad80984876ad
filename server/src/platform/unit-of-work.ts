import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { IdempotencyRecord } from './idempotency.entity';
import { requestHash, sameRequest, type IdempotentRequest } from './idempotency';
import { inTransaction, isUniqueViolation } from './transaction';

/** Something that happened to a workspace, written in the same transaction as the change it describes. */
export interface OutboxEvent {
  workspaceId: string;
  type: string;
  data: Record<string, unknown>;
}

/**
 * Where a unit's events go before its commit. The default keeps none; the events module supplies the
 * table (one insert per unit, in the unit's transaction). `orm` serves units on the ORM's transaction;
 * `sql` units of the ledger's lean path, whose statements run straight on the driver.
 */
export interface OutboxSink {
  write(em: EntityManager, events: OutboxEvent[]): Promise<void>;
}

export const NO_OUTBOX: OutboxSink = { write: async () => undefined };

/**
 * One request step, webhook or job: one database transaction, the events to write in it, and what to do
 * once it committed (publish the new balance, wake a worker). Passed explicitly to every command that
 * takes part in it (`ledger.hold(tx, command)`); nothing inside may act outside the database, because a
 * unit can be run again when the database asks for a retry.
 */
export interface UnitOfWork {
  /** The ORM's view of the transaction, for the rest of the domain. */
  readonly em: EntityManager;
  /** Outbox events written before commit, in order. */
  readonly events: OutboxEvent[];
  emit(event: OutboxEvent): void;
  /** Runs after a successful commit (never after a rollback), in registration order; must not throw. */
  afterCommit(hook: () => void): void;
  /**
   * Per-unit state a module keeps beside the unit (the ledger keeps the newest version per workspace here
   * to publish once), keyed by something only that module holds.
   */
  readonly slots: Map<object, unknown>;
}

class Unit implements UnitOfWork {
  readonly events: OutboxEvent[] = [];
  readonly hooks: (() => void)[] = [];
  readonly slots = new Map<object, unknown>();

  constructor(readonly em: EntityManager) {}

  emit(event: OutboxEvent): void {
    this.events.push(event);
  }

  afterCommit(hook: () => void): void {
    this.hooks.push(hook);
  }
}

/** Runs units of work on the ORM's transactions; the one place that opens them for the domain. */
export class UnitsOfWork {
  constructor(
    private readonly orm: MikroORM,
    private readonly now: () => Date,
    private readonly outbox: OutboxSink = NO_OUTBOX,
  ) {}

  /**
   * Runs `work` in one transaction, retried whole when the database asks for it. With an idempotency
   * request the key's row is inserted first, inside the same transaction (SPEC rule 8): a concurrent
   * duplicate blocks on the unique index until the first commits, then gets the first answer. A failure
   * rolls everything back, key included. The answer must be plain JSON.
   */
  async run<T>(work: (tx: UnitOfWork) => Promise<T>, opts: { idempotency?: IdempotentRequest } = {}): Promise<T> {
    const request = opts.idempotency;
    let committed: Unit | null = null;
    let result: T;
    try {
      result = await inTransaction(this.orm, async (em) => {
        const unit = new Unit(em);
        const record = request
          ? em.create(IdempotencyRecord, {
              workspace: request.workspaceId,
              key: request.key,
              operation: request.operation,
              requestHash: requestHash(request.operation, request.params),
              response: null,
              createdAt: this.now(),
            })
          : null;
        if (record) await em.flush();
        const answer = await work(unit);
        if (record) record.response = answer as unknown;
        await em.flush();
        if (unit.events.length) await this.outbox.write(em, unit.events);
        committed = unit;
        return answer;
      });
    } catch (err) {
      if (!request || !isUniqueViolation(err)) throw err;
      const first = await this.orm.em
        .fork()
        .findOne(IdempotencyRecord, { workspace: request.workspaceId, key: request.key });
      if (!first) throw err;
      return sameRequest(first, requestHash(request.operation, request.params)).response as T;
    }
    for (const hook of (committed as Unit | null)?.hooks ?? []) hook();
    return result;
  }
}

import type { EntityManager } from '@mikro-orm/core';
import { lockAccount } from '../ledger/account-lock';
import { type EventDraft, isEventType } from './events.catalog';
import { WorkspaceEvent } from './events.entities';

export interface AppendOptions {
  /**
   * The caller's transaction already holds the workspace's account lock (every ledger operation does). Otherwise
   * appendEvent takes it: the same lock, taken first, so a billing transaction that appends and then writes to
   * the ledger locks in the same order as the ledger and cannot deadlock with it.
   */
  accountLocked?: boolean;
  now: Date;
}

/**
 * Appends events to the workspace's feed inside the caller's transaction (the outbox): they commit or roll back
 * with the change they describe. Each gets the next seq, gap-free: the seq is read and used under the account
 * lock, which is held until commit, so commit order is seq order. Rows are inserted at the caller's next flush.
 */
export async function appendEvents(
  em: EntityManager,
  workspaceId: string,
  drafts: EventDraft[],
  opts: AppendOptions,
): Promise<WorkspaceEvent[]> {
  if (drafts.length === 0) return [];
  for (const d of drafts) if (!isEventType(d.type)) throw new Error(`unknown event type ${String(d.type)}`);
  if (!opts.accountLocked) await lockAccount(em, workspaceId);
  let seq = await lastSeq(em, workspaceId);
  return drafts.map((d) =>
    em.create(WorkspaceEvent, {
      workspace: workspaceId,
      seq: ++seq,
      type: d.type,
      data: d.data,
      createdAt: opts.now,
    }),
  );
}

/** One event; see appendEvents. */
export async function appendEvent(
  em: EntityManager,
  input: { workspaceId: string } & EventDraft,
  opts: AppendOptions,
): Promise<WorkspaceEvent> {
  const [event] = await appendEvents(em, input.workspaceId, [{ type: input.type, data: input.data }], opts);
  return event!;
}

/** The newest seq in this transaction: committed rows, and rows this entity manager has not flushed yet. */
async function lastSeq(em: EntityManager, workspaceId: string): Promise<number> {
  const rows = await em
    .getConnection()
    .execute<{ last: number | string | null }[]>(
      'select max(seq) as last from workspace_event where workspace_id = ?',
      [workspaceId],
      'all',
      em.getTransactionContext(),
    );
  let last = Number(rows[0]?.last ?? 0);
  for (const entity of em.getUnitOfWork().getPersistStack()) {
    if (entity instanceof WorkspaceEvent && entity.workspace === workspaceId) last = Math.max(last, entity.seq);
  }
  return last;
}

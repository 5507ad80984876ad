import type { EntityManager } from '@mikro-orm/core';
import type { OutboxEvent, OutboxSink } from '../../platform/unit-of-work';
import { appendEvents } from './append-event';
import type { EventType } from './events.catalog';

/**
 * The outbox table behind units of work: a unit's events are appended to their workspaces' feeds in the unit's
 * transaction, in the order they were emitted, just before it commits. A unit that went through the ledger already
 * holds the account lock; taking it again in the same transaction costs one statement and waits for nothing.
 */
export class EventsOutbox implements OutboxSink {
  constructor(private readonly now: () => Date) {}

  async write(em: EntityManager, events: OutboxEvent[]): Promise<void> {
    const byWorkspace = new Map<string, OutboxEvent[]>();
    for (const e of events) byWorkspace.set(e.workspaceId, [...(byWorkspace.get(e.workspaceId) ?? []), e]);
    const now = this.now();
    // Sorted, so two units writing to the same workspaces lock them in the same order.
    for (const workspaceId of [...byWorkspace.keys()].sort()) {
      const drafts = byWorkspace.get(workspaceId)!.map((e) => ({ type: e.type as EventType, data: e.data }));
      await appendEvents(em, workspaceId, drafts, { now });
    }
    await em.flush();
  }
}

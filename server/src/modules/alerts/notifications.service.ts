import type { FilterQuery } from '@mikro-orm/core';
import type { Bus, LedgerChange } from '../../platform/bus';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { badInput, notFound } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import { PushIterator } from '../../platform/push-iterator';
import { isUniqueViolation } from '../../platform/transaction';
import { Notification, NotificationRead } from './alerts.entities';

export interface NotificationView {
  id: string;
  alertId: string | null;
  kind: string;
  title: string;
  body: string;
  createdAt: Date;
  read: boolean;
}

export interface NotificationSummaryView {
  unreadCount: number;
  /** A balance alert has fired and not cleared: the sidebar shows the balance as low. */
  lowBalance: boolean;
}

export interface NotificationPage {
  edges: { cursor: string; node: NotificationView }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  unreadCount: number;
}

const MAX_MARK = 100;

const encodeCursor = (n: Notification) => Buffer.from(`n:${n.createdAt.getTime()}:${n.id}`).toString('base64url');

function decodeCursor(cursor: string): { at: Date; id: string } {
  const match = /^n:(\d{1,15}):([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('after: not a cursor from this API', 'after');
  return { at: new Date(Number(match[1])), id: match[2]! };
}

/**
 * The in-app notification list: one list per workspace, read state per member. Unread: the workspace's
 * notifications the member has no read mark for.
 */
export class NotificationsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly lowBalance: (workspaceId: string) => Promise<boolean>,
  ) {}

  async page(workspaceId: string, userId: string, args: { first?: number | null; after?: string | null }) {
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first: between 1 and 100', 'first');
    const where: FilterQuery<Notification> = { workspace: workspaceId };
    if (args.after) {
      const c = decodeCursor(args.after);
      where.$or = [{ createdAt: { $lt: c.at } }, { createdAt: c.at, id: { $lt: c.id } }];
    }
    const em = this.db.read();
    const rows = await em.find(Notification, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 });
    const page = rows.slice(0, first);
    const read = page.length
      ? await em.find(
          NotificationRead,
          { userId, notification: { $in: page.map((n) => n.id) } },
          { fields: ['notification'] },
        )
      : [];
    const readIds = new Set(read.map((r) => r.notification));
    const edges = page.map((n) => ({ cursor: encodeCursor(n), node: toView(n, readIds.has(n.id)) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      unreadCount: await this.unreadCount(workspaceId, userId),
    } satisfies NotificationPage;
  }

  async unreadCount(workspaceId: string, userId: string): Promise<number> {
    const rows = await this.db.execute<{ n: number | string }>(
      `select count(*) as n from notification n
        where n.workspace_id = ?
          and not exists (select 1 from notification_read r where r.notification_id = n.id and r.user_id = ?)`,
      [workspaceId, userId],
    );
    return Number(rows[0]?.n ?? 0);
  }

  async summary(workspaceId: string, userId: string): Promise<NotificationSummaryView> {
    const [unreadCount, lowBalance] = await Promise.all([
      this.unreadCount(workspaceId, userId),
      this.lowBalance(workspaceId),
    ]);
    return { unreadCount, lowBalance };
  }

  /** Marks the given notifications (all of the workspace's when `ids` is null) read for this member. */
  async markRead(workspaceId: string, userId: string, ids: string[] | null): Promise<NotificationSummaryView> {
    if (ids && ids.length > MAX_MARK) throw badInput(`ids: at most ${MAX_MARK}`, 'ids');
    const targets = await this.db
      .read()
      .find(Notification, ids === null ? { workspace: workspaceId } : { workspace: workspaceId, id: { $in: ids } }, {
        fields: ['id'],
      });
    // Another workspace's id is as unknown as a made-up one.
    if (ids && targets.length !== new Set(ids).size) throw notFound('Notification');
    await this.addReadMarks(
      workspaceId,
      userId,
      targets.map((n) => n.id),
    );
    return this.summary(workspaceId, userId);
  }

  /** A concurrent mark of the same notification loses on the unique index, and then finds it marked. */
  private async addReadMarks(workspaceId: string, userId: string, ids: string[], attempt = 1): Promise<void> {
    if (!ids.length) return;
    try {
      await this.db.run(async ({ em }) => {
        const known = await em.find(
          NotificationRead,
          { userId, notification: { $in: ids } },
          { fields: ['notification'] },
        );
        const done = new Set(known.map((r) => r.notification));
        const now = this.clock.now();
        for (const id of ids) {
          if (!done.has(id))
            em.create(NotificationRead, { notification: id, workspace: workspaceId, userId, readAt: now });
        }
      });
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 3) throw err;
      await this.addReadMarks(workspaceId, userId, ids, attempt + 1);
    }
  }

  /** This instance's live feed; set once the bus is up (`attach`). */
  feed: NotificationsLive | null = null;

  /** Starts the live feed for this instance's subscribers, fed by the bus. */
  attach(bus: Bus, logger: Logger): void {
    this.feed = new NotificationsLive(this, bus, logger);
  }

  detach(): void {
    this.feed?.close();
    this.feed = null;
  }
}

const toView = (n: Notification, read: boolean): NotificationView => ({
  id: n.id,
  alertId: n.alertId,
  kind: n.kind,
  title: n.title,
  body: n.body,
  createdAt: n.createdAt,
  read,
});

interface Subscriber {
  workspaceId: string;
  userId: string;
  last: string | null;
  reading: boolean;
  again: boolean;
  out: PushIterator<NotificationSummaryView>;
}

/**
 * The bell, live. Every change of a workspace with subscribers here makes each of them read its summary again
 * (one read in flight per subscriber; changes meanwhile become one more read), and only a different summary is
 * pushed. A firing announces itself on the bus after its commit, so a list open on another instance refreshes
 * too; a gap in the bus (a lost LISTEN connection) refreshes everyone.
 */
export class NotificationsLive {
  private readonly byWorkspace = new Map<string, Set<Subscriber>>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly notifications: NotificationsService,
    bus: Bus,
    private readonly logger: Logger,
  ) {
    this.unsubscribe = bus.subscribe(
      (change: LedgerChange) => this.changed(change.workspaceId),
      () => {
        for (const set of this.byWorkspace.values()) for (const s of set) this.refresh(s);
      },
    );
  }

  subscribe(workspaceId: string, userId: string): AsyncIterableIterator<NotificationSummaryView> {
    let set = this.byWorkspace.get(workspaceId);
    if (!set) this.byWorkspace.set(workspaceId, (set = new Set()));
    const subscriber: Subscriber = {
      workspaceId,
      userId,
      last: null,
      reading: false,
      again: false,
      out: new PushIterator<NotificationSummaryView>({
        conflate: true,
        onEnd: () => {
          set.delete(subscriber);
          if (!set.size && this.byWorkspace.get(workspaceId) === set) this.byWorkspace.delete(workspaceId);
        },
      }),
    };
    set.add(subscriber);
    this.refresh(subscriber); // the current summary first
    return subscriber.out;
  }

  close(): void {
    this.unsubscribe();
    for (const set of [...this.byWorkspace.values()]) for (const s of [...set]) void s.out.return();
    this.byWorkspace.clear();
  }

  private changed(workspaceId: string): void {
    const set = this.byWorkspace.get(workspaceId);
    if (set) for (const s of set) this.refresh(s);
  }

  private refresh(s: Subscriber): void {
    if (s.reading) {
      s.again = true;
      return;
    }
    s.reading = true;
    void (async () => {
      try {
        do {
          s.again = false;
          try {
            const summary = await this.notifications.summary(s.workspaceId, s.userId);
            const key = JSON.stringify(summary);
            if (key !== s.last) {
              s.last = key;
              s.out.push(summary);
            }
          } catch (err) {
            this.logger.warn({ err, workspaceId: s.workspaceId }, 'live notifications read failed');
          }
        } while (s.again);
      } finally {
        s.reading = false;
      }
    })();
  }
}

import { Arg, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { Bus, LedgerChange } from '../../platform/bus';
import { requireScope, type Context } from '../../platform/context';
import { AppError, badInput } from '../../platform/errors';
import type { Clock } from '../../platform/clock';
import { Coalesced } from '../../platform/coalesced';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { PushIterator } from '../../platform/push-iterator';
import { balanceOf, type Balance } from './core';
import { CreditAccount, CreditGrant, LedgerEntry } from './ledger.entities';
import { toTransaction } from './ledger.queries';
import { readSnapshots, type LedgerSnapshot } from './ledger.snapshot';
import { CreditBalance, Transaction } from './ledger.types';

/** What live balances need from the rest of the server (the services satisfy it). */
export interface Services {
  db: Db;
  clock: Clock;
  logger: Logger;
  billing: { renewsAt(workspaceId: string): Promise<Date | null> };
}

/** What a WebSocket operation runs with: the request context plus this instance's live feeds. */
export interface LiveContext extends Context {
  live?: LiveLedger;
}

/** Entries a history subscriber may have waiting before it is cut off (it reloads the history instead). */
const MAX_QUEUED_TRANSACTIONS = 1_000;
const TRANSACTION_PAGE = 200;
/** Most workspaces read in one statement. */
const BALANCE_BATCH = 100;
const RETRY_READ_MS = 1_000;
/** renewsAt is re-read when a grant appears (renewal, plan change), and at least this often (live: after the push). */
const RENEWS_AT_MAX_AGE_MS = 60_000;

/** renewsAt as last read for a feed, and what it was read against. */
interface RenewsAtCache {
  value: Date | null;
  newestGrant: number | null;
  readAt: number;
}

/**
 * The balances of the given workspaces (absent: no such workspace), renewsAt included, from one
 * statement. With a cache (a live feed's), the renewal date read is kept there for the pushes that
 * carry their balance.
 */
export async function snapshotBalances(
  services: Services,
  workspaceIds: string[],
  renews: Map<string, RenewsAtCache> = new Map(),
  /** Sees each workspace's state as read. */
  read?: (workspaceId: string, snapshot: LedgerSnapshot) => void,
): Promise<Map<string, CreditBalance>> {
  const out = new Map<string, CreditBalance>();
  if (!workspaceIds.length) return out;
  const accounts = await readSnapshots(services.db, workspaceIds);
  const now = services.clock.now();
  for (const [workspaceId, snapshot] of accounts) {
    read?.(workspaceId, snapshot);
    const { state, version, newestGrant, renewsAt } = snapshot;
    const cached = renews.get(workspaceId);
    if (cached) Object.assign(cached, { value: renewsAt, newestGrant, readAt: Date.now() });
    out.set(workspaceId, creditBalance(balanceOf(state, now), renewsAt, version));
  }
  return out;
}

export function creditBalance(balance: Balance, renewsAt: Date | null, version: number): CreditBalance {
  return {
    available: balance.availableMicro,
    planAllocation: balance.planAllocationMicro,
    purchased: balance.purchasedMicro,
    reserved: balance.reservedMicro,
    deficit: balance.deficitMicro,
    outOfCredits: balance.availableMicro <= 0,
    renewsAt,
    version,
  };
}

interface BalanceSubscriber {
  sent: number;
  out: PushIterator<CreditBalance>;
}

interface TransactionSubscriber {
  after: number;
  out: PushIterator<Transaction>;
}

/** One workspace's subscribers on this instance. */
class WorkspaceFeed {
  readonly balances = new Set<BalanceSubscriber>();
  readonly transactions = new Set<TransactionSubscriber>();
  /** The newest version whose balance this instance pushed, or is reading; older news is already served. */
  balanceKnown = -1;
  /** The newest version whose entries this instance read, or is reading. */
  entriesKnown = -1;
  readonly renewsAt: RenewsAtCache = { value: null, newestGrant: null, readAt: 0 };
  renewsAtRefreshing = false;
  readonly transactionReads: Coalesced;

  constructor(
    readonly workspaceId: string,
    private readonly live: LiveLedger,
  ) {
    this.transactionReads = new Coalesced(
      () => this.live.readTransactions(this),
      (err) => this.live.readFailed(this, 'transactions', err),
    );
  }

  get empty(): boolean {
    return this.balances.size === 0 && this.transactions.size === 0;
  }

  refresh(): void {
    if (this.balances.size) this.live.requestBalance(this);
    if (this.transactions.size) this.transactionReads.request();
  }

  /**
   * Whether a balance carried by a change can go out with the renewal date cached here: it was read,
   * and after the newest grant the change knew of (a renewal or plan change moves it).
   */
  renewsAtServes(newestGrant: number | null): boolean {
    const cached = this.renewsAt;
    return cached.readAt !== 0 && (newestGrant ?? -1) <= (cached.newestGrant ?? -1);
  }

  get renewsAtOld(): boolean {
    return Date.now() - this.renewsAt.readAt >= RENEWS_AT_MAX_AGE_MS;
  }
}

/**
 * Live balance and history for the subscribers connected to this instance. A bus message for a
 * workspace with subscribers here carries the balance its version left (the ledger decided it with
 * the write): it goes at once to the subscribers that have not seen that version yet, with the
 * renewal date cached for the workspace. A message without a balance (a version announced again),
 * or one that needs a renewal date not cached yet, marks the balance stale instead; stale balances
 * are read again (many workspaces per statement, one statement at a time) and pushed the same way.
 * Versions only grow per subscriber, so a late or repeated message pushes nothing, and a lost one
 * is made good by the next.
 */
export class LiveLedger {
  private readonly feeds = new Map<string, WorkspaceFeed>();
  private readonly unsubscribe: () => void;
  /** Workspaces whose balance must be read again; one statement at a time reads them all. */
  private readonly staleBalances = new Set<WorkspaceFeed>();
  private readingBalances = false;

  constructor(
    private readonly services: Services,
    bus: Bus,
  ) {
    this.unsubscribe = bus.subscribe(
      (change) => this.changed(change),
      () => this.resyncAll(),
    );
  }

  /** How many subscriptions this instance serves (metrics, tests). */
  get subscriptions(): number {
    let n = 0;
    for (const feed of this.feeds.values()) n += feed.balances.size + feed.transactions.size;
    return n;
  }

  balanceChanged(workspaceId: string): AsyncIterableIterator<CreditBalance> {
    const feed = this.feedFor(workspaceId);
    const subscriber: BalanceSubscriber = {
      sent: -1,
      out: new PushIterator<CreditBalance>({
        conflate: true,
        onEnd: () => this.leave(feed, () => feed.balances.delete(subscriber)),
      }),
    };
    feed.balances.add(subscriber);
    // The current balance first, from a read that starts after this subscriber joined: a client
    // that reconnects is back in sync whatever it missed.
    this.requestBalance(feed);
    return subscriber.out;
  }

  /** Entries after sequence `after` (default: from now on). */
  async transactionAdded(workspaceId: string, after?: number | null): Promise<AsyncIterableIterator<Transaction>> {
    const account = await this.services.db.read().findOne(CreditAccount, { workspaceId }, { fields: ['version'] });
    const version = account?.version ?? 0;
    if (after != null && version - after > MAX_QUEUED_TRANSACTIONS) {
      throw badInput(`after: more than ${MAX_QUEUED_TRANSACTIONS} entries behind; reload the history instead`, 'after');
    }
    const feed = this.feedFor(workspaceId);
    const subscriber: TransactionSubscriber = {
      after: after ?? version,
      out: new PushIterator<Transaction>({
        conflate: false,
        limit: MAX_QUEUED_TRANSACTIONS,
        onEnd: () => this.leave(feed, () => feed.transactions.delete(subscriber)),
      }),
    };
    feed.transactions.add(subscriber);
    // Entries committed between reading the version and joining were announced to no one here.
    feed.transactionReads.request();
    return subscriber.out;
  }

  close(): void {
    this.unsubscribe();
    for (const feed of [...this.feeds.values()]) {
      for (const s of [...feed.balances]) void s.out.return();
      for (const s of [...feed.transactions]) void s.out.return();
    }
    this.feeds.clear();
  }

  /**
   * Reads the feed's balance after this call and pushes it to its subscribers. Requests that
   * arrive while a read is in flight wait for it and leave together in the next statement: an
   * idle instance reads at once, a busy one reads many workspaces per round trip.
   */
  requestBalance(feed: WorkspaceFeed): void {
    this.staleBalances.add(feed);
    if (this.readingBalances) return;
    this.readingBalances = true;
    void this.readBalances();
  }

  private async readBalances(): Promise<void> {
    try {
      while (this.staleBalances.size) {
        const batch: WorkspaceFeed[] = [];
        for (const feed of this.staleBalances) {
          if (batch.length >= BALANCE_BATCH) break;
          batch.push(feed);
        }
        for (const feed of batch) this.staleBalances.delete(feed);
        const wanted = batch.filter((f) => f.balances.size);
        try {
          const balances = await snapshotBalances(
            this.services,
            wanted.map((f) => f.workspaceId),
            new Map(wanted.map((f) => [f.workspaceId, f.renewsAt])),
          );
          for (const feed of wanted) {
            const balance = balances.get(feed.workspaceId);
            if (balance) this.deliverBalance(feed, balance);
          }
        } catch (err) {
          for (const feed of wanted) this.readFailed(feed, 'balance', err);
        }
      }
    } finally {
      this.readingBalances = false;
    }
  }

  private deliverBalance(feed: WorkspaceFeed, balance: CreditBalance): void {
    feed.balanceKnown = Math.max(feed.balanceKnown, balance.version);
    for (const subscriber of feed.balances) {
      if (balance.version <= subscriber.sent) continue;
      subscriber.sent = balance.version;
      subscriber.out.push(balance);
    }
  }

  async readTransactions(feed: WorkspaceFeed): Promise<void> {
    for (;;) {
      if (!feed.transactions.size) return;
      let from = Infinity;
      for (const s of feed.transactions) from = Math.min(from, s.after);
      const em = this.services.db.read();
      const rows = await em.find(
        LedgerEntry,
        { workspace: feed.workspaceId, seq: { $gt: from } },
        { orderBy: { seq: 'asc' }, limit: TRANSACTION_PAGE },
      );
      if (!rows.length) return;
      const grantIds = [...new Set(rows.flatMap((e) => (e.chargeSplits ?? e.splits).map((s) => s.grantId)))];
      const grants = grantIds.length
        ? await em.find(CreditGrant, { id: { $in: grantIds }, workspace: feed.workspaceId })
        : [];
      const byId = new Map(grants.map((g) => [g.id, g]));
      for (const row of rows) {
        const transaction = toTransaction(row, byId);
        for (const subscriber of feed.transactions) {
          if (transaction.sequence <= subscriber.after) continue;
          subscriber.after = transaction.sequence;
          subscriber.out.push(transaction);
        }
      }
      feed.entriesKnown = Math.max(feed.entriesKnown, rows.at(-1)!.seq);
      if (rows.length < TRANSACTION_PAGE) return;
    }
  }

  readFailed(feed: WorkspaceFeed, what: string, err: unknown): void {
    this.services.logger.warn({ err, workspaceId: feed.workspaceId }, `live ${what} read failed; retrying`);
    setTimeout(() => feed.refresh(), RETRY_READ_MS).unref();
  }

  /** Runs on the publishing call stack (the ledger's, after its commit): cheap, and never throws. */
  private changed(change: LedgerChange): void {
    try {
      this.apply(change);
    } catch (err) {
      this.services.logger.error({ err, workspaceId: change.workspaceId }, 'live balance change failed');
    }
  }

  private apply({ workspaceId, version, balance }: LedgerChange): void {
    const feed = this.feeds.get(workspaceId);
    if (!feed) return;
    if (version > feed.entriesKnown) {
      feed.entriesKnown = version;
      if (feed.transactions.size) feed.transactionReads.request();
    }
    if (version <= feed.balanceKnown) return;
    feed.balanceKnown = version;
    if (!feed.balances.size) return;
    if (balance && feed.renewsAtServes(balance.newestGrant)) {
      this.deliverBalance(feed, creditBalance(balance, feed.renewsAt.value, version));
      if (feed.renewsAtOld) this.refreshRenewsAt(feed);
    } else {
      this.requestBalance(feed);
    }
  }

  /**
   * Reads a minute-old renewal date again, for the pushes after this one, without holding this one
   * back. A read that meets a newer one (after a grant) leaves the newer in place.
   */
  private refreshRenewsAt(feed: WorkspaceFeed): void {
    if (feed.renewsAtRefreshing) return;
    feed.renewsAtRefreshing = true;
    const cached = feed.renewsAt;
    const readAt = cached.readAt;
    this.services.billing
      .renewsAt(feed.workspaceId)
      .then((value) => {
        if (cached.readAt === readAt) Object.assign(cached, { value, readAt: Date.now() });
      })
      .catch((err: unknown) => {
        this.services.logger.warn({ err, workspaceId: feed.workspaceId }, 'live renewal date read failed');
      })
      .finally(() => {
        feed.renewsAtRefreshing = false;
      });
  }

  /** Messages may have been lost: every workspace served here is read again. */
  private resyncAll(): void {
    for (const feed of this.feeds.values()) feed.refresh();
  }

  private feedFor(workspaceId: string): WorkspaceFeed {
    let feed = this.feeds.get(workspaceId);
    if (!feed) {
      feed = new WorkspaceFeed(workspaceId, this);
      this.feeds.set(workspaceId, feed);
    }
    return feed;
  }

  private leave(feed: WorkspaceFeed, remove: () => void): void {
    remove();
    if (feed.empty && this.feeds.get(feed.workspaceId) === feed) this.feeds.delete(feed.workspaceId);
  }
}

const overWebSocketOnly = () =>
  new AppError('BAD_USER_INPUT', 'Subscriptions are served over WebSocket (graphql-ws) at /graphql');

function liveOf(context: LiveContext): LiveLedger {
  if (!context.live) throw overWebSocketOnly();
  return context.live;
}

/** Over HTTP, Apollo runs a subscription like a query: there is no event, so no root value. */
function event<T>(root: T | undefined): T {
  if (root === undefined || root === null) throw overWebSocketOnly();
  return root;
}

@Resolver()
export class LedgerSubscriptionsResolver {
  @Subscription(() => CreditBalance, {
    description:
      "The workspace's balance: the current one at once, then each newer version as credits move, on any server. " +
      'Versions only grow; a client keeps the highest it has seen. Needs `billing:read` for API keys.',
    subscribe: ({ context }) => {
      const ctx = context as LiveContext;
      const auth = requireScope(ctx, 'billing:read');
      return liveOf(ctx).balanceChanged(auth.workspaceId);
    },
  })
  balanceChanged(@Root() balance: CreditBalance | undefined): CreditBalance {
    return event(balance);
  }

  @Subscription(() => Transaction, {
    description:
      'Each new ledger entry of the workspace, in sequence order: those after `after` (the newest sequence the ' +
      'client has, so nothing falls between loading the history and subscribing), or from now on. ' +
      'Needs `usage:read` for API keys.',
    subscribe: ({ context, args }) => {
      const ctx = context as LiveContext;
      const auth = requireScope(ctx, 'usage:read');
      const after = (args as { after?: number | null }).after;
      if (after != null && after < 0) throw badInput('after: a sequence number, 0 or more', 'after');
      return liveOf(ctx).transactionAdded(auth.workspaceId, after);
    },
  })
  transactionAdded(
    @Root() transaction: Transaction | undefined,
    @Arg('after', () => Int, { nullable: true }) _after?: number,
  ): Transaction {
    return event(transaction);
  }
}

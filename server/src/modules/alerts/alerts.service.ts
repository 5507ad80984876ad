import { QueryOrder, type EntityManager } from '@mikro-orm/core';
import type { ConfigBus } from '../../platform/bus';
import { latestChange } from '../../platform/bus/notify';
import { WorkspaceCache } from '../../platform/bus/workspace-cache';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { badInput, notFound } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import { isUniqueViolation } from '../../platform/transaction';
import { User } from '../auth/user.entity';
import { PlanSubscription } from '../billing/subscription.entity';
import { appendEvent } from '../events/append-event';
import { CreditGrant } from '../ledger/ledger.entities';
import type { BalanceView, LedgerChange } from '../ledger/ledger.service';
import { DAY_MS, forecast, type Forecast } from '../usage/forecast';
import { Membership, Role } from '../workspaces/membership.entity';
import { Workspace } from '../workspaces/workspace.entity';
import type { AlertMailSender } from './alert-mail';
import { AlertDefaults, AlertMail, AlertRule, Notification } from './alerts.entities';
import {
  ALERT_KINDS,
  alertMessage,
  conditionHolds,
  transition,
  type AlertCondition,
  type AlertKind,
  type AlertState,
  type Situation,
  type Transition,
} from './core/crossing';
import { alertProblem, DEFAULT_ALERTS, MAX_ALERTS, MAX_RECIPIENTS } from './core/rules';

/** The forecast window alerts use: the same default as the `forecast` query. */
const WINDOW_DAYS = 14;
/** The sweep looks again at an alert at most this often (the pace-based ones change with time alone). */
const SWEEP_EVERY_MS = 10 * 60_000;
/**
 * After a ledger change, the pace-based alerts use the spending window read at most this long ago (by the
 * server's clock): the window is read at most once per workspace per interval, not once per change.
 */
const PACE_WINDOW_REFRESH_MS = 10_000;
/** Rules, renewal date and allocation trusted this long without an announcement (the safety net; the sweep reads afresh). */
const CONTEXT_TTL_MS = 5 * 60_000;
const MAX_CACHED_WORKSPACES = 50_000;

export interface AlertSettings {
  kind: AlertKind;
  thresholdMicro: number | null;
  percent: number | null;
  enabled: boolean;
  /** null: the owners and admins. */
  recipientUserIds: string[] | null;
}

export interface AlertChange {
  thresholdMicro?: number | null;
  percent?: number | null;
  enabled?: boolean;
  recipientUserIds?: string[] | null;
}

/** The workspace's default alerts; call in the transaction that creates the workspace. */
export function createDefaultAlerts(em: EntityManager, workspaceId: string, now: Date): void {
  em.create(AlertDefaults, { workspaceId, createdAt: now });
  for (const d of DEFAULT_ALERTS) em.create(AlertRule, { ...d, ...newRuleState(workspaceId, now) });
}

const newRuleState = (workspaceId: string, now: Date) => ({
  workspace: workspaceId,
  recipientUserIds: null,
  enabled: true,
  state: 'ARMED' as const,
  stateVersion: 0,
  stateAt: now,
  firedAt: null,
  evaluatedAt: null,
  createdAt: now,
  updatedAt: now,
});

interface Ledger {
  balance(workspaceId: string): Promise<BalanceView>;
}

interface Usage {
  spentSince(
    workspaceId: string,
    since: Date,
    until: Date,
  ): Promise<{ spentMicro: number; charges: number; firstEntryAt: Date | null }>;
}

/** An enabled alert as this server last read or decided it. */
interface CachedRule extends AlertCondition {
  id: string;
  workspace: string;
  recipientUserIds: string[] | null;
  state: AlertState;
}

/** What charges spent over the forecast's window, when read (ms of the server's clock). */
interface SpendWindow {
  spentMicro: number;
  charges: number;
  firstEntryAt: Date | null;
  readAt: number;
}

/**
 * What evaluating a workspace's alerts needs besides its balance, kept in memory per workspace: its
 * enabled rules and their states, its renewal date and period allocation (read against the newest grant
 * then known: a renewal or plan change adds a grant, which a change carries), and the spending window.
 */
interface AlertContext {
  rules: CachedRule[];
  renewsAt: Date | null;
  /** This period's allocation; read only when an ALLOCATION_PERCENT_BELOW alert needs it. */
  allocationMicro: number;
  /** The newest grant renewsAt and the allocation were read against; undefined: not known yet. */
  newestGrant: number | null | undefined;
  window: SpendWindow | null;
  /** The newest ledger version evaluated: an older change arriving late decides nothing. */
  version: number;
}

/** The balance an evaluation stands on: carried by the change, or read. */
interface EvaluatedBalance {
  version: number;
  availableMicro: number;
  planAllocationMicro: number;
  /** Undefined when read rather than carried. */
  newestGrant?: number | null;
}

/** Stands in for the pace where no alert's decision depends on it (no pace-based alert, or no renewal). */
const NO_PACE: Forecast = forecast({
  spentMicro: 0,
  charges: 0,
  windowStart: new Date(0),
  now: new Date(0),
  availableMicro: 0,
  planAllocationMicro: 0,
  renewsAt: null,
});

const PACE_KINDS: ReadonlySet<AlertKind> = new Set(['RUNS_OUT_BEFORE_RENEWAL', 'ALLOCATION_WILL_EXPIRE']);

/**
 * Alerts: their settings, and the crossing detector behind them. Evaluated after every committed ledger change on
 * the instance that made it, and by the sweep for what changes with time alone. A crossing fires in one
 * transaction: the state flips (one winner), the notification, the `alert.fired` event and the mail rows are
 * written together; mail leaves after commit.
 *
 * After a change nothing is read when nothing crosses: the change carries the balance its write left, and the
 * rules (with their states), the renewal date and the period's allocation are kept in memory per workspace,
 * dropped when any instance announces a change to them on the bus (`alerts`: settings, a firing, a re-arming),
 * read again when a change carries a newer grant (a renewal or plan change) and after five minutes at most. The
 * pace-based alerts use a spending window read at most once per workspace every ten seconds of the clock. Only
 * when a decision says an alert fires or arms again is everything read afresh and the decision taken again on it;
 * the conditional state flip keeps that to one winner per crossing across instances.
 */
export class AlertsService {
  private readonly runs = new Map<string, { again: boolean; change: LedgerChange | undefined; done: Promise<void> }>();
  private readonly contexts: WorkspaceCache<AlertContext>;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly ledger: Ledger,
    private readonly renewsAt: (workspaceId: string) => Promise<Date | null>,
    private readonly usage: Usage,
    private readonly mail: AlertMailSender,
    /** Announces a firing to every instance (the bus), so open notification lists refresh. */
    private readonly announce: (change: LedgerChange) => void,
    private readonly bus: ConfigBus,
    private readonly logger: Logger,
    private readonly publicUrl: string | undefined,
  ) {
    this.contexts = new WorkspaceCache((workspaceId) => this.readContext(workspaceId), {
      ttlMs: CONTEXT_TTL_MS,
      maxEntries: MAX_CACHED_WORKSPACES,
    });
    this.unsubscribe = bus.subscribeConfig(
      (change) => {
        if (change.kind === 'alerts' || change.kind === 'subscription') this.contexts.drop(change.workspaceId);
      },
      () => this.contexts.clear(),
    );
  }

  close(): void {
    this.unsubscribe();
  }

  /** The workspace's alerts or their states changed (after commit): every instance reads them again. */
  private changed(workspaceId: string): void {
    this.bus.publishConfig({ kind: 'alerts', workspaceId });
  }

  // ——— settings ———

  async list(workspaceId: string): Promise<AlertRule[]> {
    await this.ensureDefaults(workspaceId);
    const rules = await this.db.read().find(AlertRule, { workspace: workspaceId });
    // Oldest first; alerts created together (the defaults) in the order of the kinds.
    const rank = (r: AlertRule) => ALERT_KINDS.indexOf(r.kind);
    return rules.sort((x, y) => +x.createdAt - +y.createdAt || rank(x) - rank(y) || x.id.localeCompare(y.id));
  }

  async create(workspaceId: string, settings: AlertSettings): Promise<AlertRule> {
    this.check(settings);
    await this.ensureDefaults(workspaceId);
    const recipients = await this.checkRecipients(workspaceId, settings.recipientUserIds);
    const rule = await this.db.run(async ({ em }) => {
      if ((await em.count(AlertRule, { workspace: workspaceId })) >= MAX_ALERTS) {
        throw badInput(`A workspace keeps at most ${MAX_ALERTS} alerts; delete one first`);
      }
      const now = this.clock.now();
      return em.create(AlertRule, {
        ...newRuleState(workspaceId, now),
        kind: settings.kind,
        thresholdMicro: settings.thresholdMicro,
        percent: settings.percent,
        enabled: settings.enabled,
        recipientUserIds: recipients,
      });
    });
    this.changed(workspaceId);
    this.schedule(workspaceId); // a new alert may already hold
    return rule;
  }

  async update(workspaceId: string, id: string, change: AlertChange): Promise<AlertRule> {
    const rule = await this.db.run(async ({ em }) => {
      const rule = await em.findOne(AlertRule, { id, workspace: workspaceId });
      if (!rule) throw notFound('Alert');
      const next = {
        kind: rule.kind,
        thresholdMicro: change.thresholdMicro !== undefined ? change.thresholdMicro : rule.thresholdMicro,
        percent: change.percent !== undefined ? change.percent : rule.percent,
      };
      this.check(next);
      if (change.recipientUserIds !== undefined) {
        rule.recipientUserIds = await this.checkRecipients(workspaceId, change.recipientUserIds);
      }
      const conditionChanged = next.thresholdMicro !== rule.thresholdMicro || next.percent !== rule.percent;
      Object.assign(rule, next);
      if (change.enabled !== undefined) rule.enabled = change.enabled;
      rule.updatedAt = this.clock.now();
      // A new condition is a new alert: armed, so it fires if it already holds.
      if (conditionChanged || change.enabled === false)
        Object.assign(rule, { state: 'ARMED', stateAt: rule.updatedAt });
      return rule;
    });
    this.changed(workspaceId);
    this.schedule(workspaceId);
    return rule;
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    const deleted = await this.db.run(({ em }) => em.nativeDelete(AlertRule, { id, workspace: workspaceId }));
    if (deleted !== 1) throw notFound('Alert');
    this.changed(workspaceId);
  }

  private check(settings: AlertCondition): void {
    const problem = alertProblem(settings);
    if (problem) throw badInput(problem.message, problem.field);
  }

  /** An explicit list must name members of this workspace, each once. */
  private async checkRecipients(workspaceId: string, ids: string[] | null): Promise<string[] | null> {
    if (ids === null) return null;
    const unique = [...new Set(ids)];
    if (unique.length > MAX_RECIPIENTS) throw badInput(`recipientIds: at most ${MAX_RECIPIENTS}`, 'recipientIds');
    if (!unique.length) return [];
    const members = await this.db.read().count(Membership, { workspace: workspaceId, user: { $in: unique } });
    if (members !== unique.length) throw badInput('recipientIds: every recipient must be a member', 'recipientIds');
    return unique;
  }

  /** The people an alert emails now: its list (those still members), or the owners and admins. */
  async recipients(workspaceId: string, ids: string[] | null, em: EntityManager = this.db.read()): Promise<User[]> {
    const rows = await em.find(
      Membership,
      ids === null
        ? { workspace: workspaceId, role: { $in: [Role.OWNER, Role.ADMIN] } }
        : { workspace: workspaceId, user: { $in: ids } },
      { populate: ['user'], orderBy: { createdAt: 'asc' } },
    );
    return rows.map((m) => m.user);
  }

  /** Gives an older workspace its defaults the first time its alerts are used. True when they were created now. */
  async ensureDefaults(workspaceId: string): Promise<boolean> {
    const em = this.db.read();
    if (await em.findOne(AlertDefaults, { workspaceId }, { fields: ['workspaceId'] })) return false;
    if (!(await em.findOne(Workspace, { id: workspaceId }, { fields: ['id'] }))) throw notFound('Workspace');
    try {
      await this.db.run(async ({ em: tx }) => createDefaultAlerts(tx, workspaceId, this.clock.now()));
      this.changed(workspaceId);
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false; // another request gave them at the same time
      throw err;
    }
  }

  // ——— evaluation ———

  /**
   * After a committed ledger change of this instance. Runs on the publishing call stack: decides at once from
   * the carried balance and what is cached when it can (nothing crosses: no query, no promise), else evaluates
   * soon, once per burst. Never throws.
   */
  onChange(change: LedgerChange): void {
    try {
      const run = this.runs.get(change.workspaceId);
      if (run) {
        run.again = true;
        run.change = run.change ? latestChange(run.change, change) : change;
        return;
      }
      if (this.nothingCrosses(change)) return;
      this.start(change.workspaceId, change);
    } catch (err) {
      this.logger.error({ err, workspaceId: change.workspaceId }, 'alert evaluation failed');
    }
  }

  /** Evaluates soon against the balance as read then (a new or changed alert may already hold). */
  private schedule(workspaceId: string): void {
    const run = this.runs.get(workspaceId);
    if (run) run.again = true;
    else this.start(workspaceId, undefined);
  }

  private start(workspaceId: string, change: LedgerChange | undefined): void {
    const run = { again: false, change, done: Promise.resolve() };
    this.runs.set(workspaceId, run);
    run.done = (async () => {
      try {
        do {
          const next = run.change;
          run.again = false;
          run.change = undefined;
          try {
            await this.evaluateAt(workspaceId, next, false);
          } catch (err) {
            this.logger.error({ err, workspaceId }, 'alert evaluation failed');
          }
        } while (run.again);
      } finally {
        this.runs.delete(workspaceId);
      }
    })();
  }

  /**
   * True when the change's balance, with what is cached for the workspace, moves no alert: nothing to do.
   * False when something must be read (nothing cached, a newer grant, a stale pace) or an alert may move.
   */
  private nothingCrosses(change: LedgerChange): boolean {
    const b = change.balance;
    if (!b) return false;
    const context = this.contexts.peek(change.workspaceId);
    if (!context) return false;
    if (change.version <= context.version) return true; // older news: a newer version was evaluated
    if (context.newestGrant === undefined || (b.newestGrant ?? -1) > (context.newestGrant ?? -1)) return false;
    const now = this.clock.now();
    const situation = this.situationFrom(context, b, now, false);
    if (!situation) return false;
    for (const rule of context.rules) {
      if (transition(rule.state, conditionHolds(rule, situation)) !== 'NONE') return false;
    }
    context.version = change.version;
    return true;
  }

  /** Resolves when every evaluation and mail started so far has finished (tests await this, never sleep). */
  async idle(): Promise<void> {
    while (this.runs.size) await Promise.all([...this.runs.values()].map((r) => r.done));
    await this.mail.idle();
  }

  /** Looks at the alerts least recently looked at, and sends the mail that is due. */
  async sweep(limit = 200): Promise<void> {
    const now = this.clock.now();
    const due = await this.db.read().find(
      AlertRule,
      {
        enabled: true,
        $or: [{ evaluatedAt: null }, { evaluatedAt: { $lt: new Date(now.getTime() - SWEEP_EVERY_MS) } }],
      },
      { orderBy: { evaluatedAt: QueryOrder.ASC_NULLS_FIRST }, limit, fields: ['id', 'workspace'] },
    );
    for (const workspaceId of new Set(due.map((r) => r.workspace))) {
      try {
        await this.evaluate(workspaceId);
      } catch (err) {
        this.logger.error({ err, workspaceId }, 'alert sweep failed for a workspace');
      }
    }
    if (due.length) {
      const ids = due.map((r) => r.id);
      await this.db.run(({ em }) => em.nativeUpdate(AlertRule, { id: { $in: ids } }, { evaluatedAt: now }));
    }
    await this.mail.sendDue();
  }

  /** Evaluates every enabled alert of the workspace against its balance and pace as read now. */
  async evaluate(workspaceId: string): Promise<void> {
    await this.evaluateAt(workspaceId, undefined, true);
  }

  /**
   * Evaluates against the change's balance (or the balance read now). What the decision stands on comes from
   * the cache, refreshed where stale; when an alert would move, everything is read afresh and the decision
   * taken again on it, so that a firing and its message stand on current numbers.
   */
  private async evaluateAt(workspaceId: string, change: LedgerChange | undefined, fresh: boolean): Promise<void> {
    const context = await this.contexts.get(workspaceId);
    if (!context.rules.length) return;
    const balance: EvaluatedBalance = change?.balance
      ? { ...change.balance, version: change.version }
      : await this.ledger.balance(workspaceId);
    if (balance.version < context.version) return;
    const now = this.clock.now();
    if (balance.newestGrant !== undefined) {
      if (context.newestGrant === undefined) context.newestGrant = balance.newestGrant;
      else if ((balance.newestGrant ?? -1) > (context.newestGrant ?? -1)) {
        await this.refreshPlan(workspaceId, context);
        context.newestGrant = balance.newestGrant;
      }
    }
    if (fresh) await this.refreshPlan(workspaceId, context);
    let situation = this.situationFrom(context, balance, now, fresh);
    if (!situation) {
      await this.refreshWindow(workspaceId, context, now);
      situation = this.situationFrom(context, balance, now, false)!;
    }
    context.version = Math.max(context.version, balance.version);
    const decide = (s: Situation) => context.rules.map((rule) => transition(rule.state, conditionHolds(rule, s)));
    let steps = decide(situation);
    if (steps.every((s) => s === 'NONE')) return;
    if (!fresh) {
      // Something moves: decide again on numbers read now (renewal, allocation, pace), as the message states them.
      await this.refreshPlan(workspaceId, context);
      await this.refreshWindow(workspaceId, context, now);
      situation = this.situationFrom(context, balance, now, true)!;
      steps = decide(situation);
    }
    await this.act(context, steps, situation, { version: balance.version, now: situation.now });
  }

  private async act(
    context: AlertContext,
    steps: Transition[],
    situation: Situation,
    at: { version: number; now: Date },
  ): Promise<void> {
    let moved = false;
    for (const [i, rule] of context.rules.entries()) {
      const step = steps[i];
      if (step === 'FIRE') {
        rule.state = 'FIRED'; // won or lost, it has fired for this crossing
        moved = true;
        await this.fire(rule, situation, at);
      } else if (step === 'REARM') {
        rule.state = 'ARMED';
        moved = true;
        await this.rearm(rule.id, at);
      }
    }
    // Every instance reads the states again (the winner's or a newer one): one announcement per crossing.
    if (moved) this.changed(context.rules[0]!.workspace);
  }

  /**
   * Where the workspace stands, from the cache and the balance; null when a pace-based alert needs the
   * spending window and the cached one is older than allowed (or `fresh` asks for one read now).
   */
  private situationFrom(
    context: AlertContext,
    balance: { availableMicro: number; planAllocationMicro: number },
    now: Date,
    fresh: boolean,
  ): Situation | null {
    const { renewsAt, allocationMicro } = context;
    const needsPace = renewsAt !== null && context.rules.some((r) => PACE_KINDS.has(r.kind));
    let pace = NO_PACE;
    if (needsPace) {
      const window = context.window;
      if (!window || (!fresh && now.getTime() - window.readAt >= PACE_WINDOW_REFRESH_MS)) return null;
      if (fresh && window.readAt !== now.getTime()) return null;
      const since = new Date(now.getTime() - WINDOW_DAYS * DAY_MS);
      // The same window as the `forecast` query: 14 days back, or from the workspace's first entry if later.
      const began = window.firstEntryAt;
      pace = forecast({
        spentMicro: window.spentMicro,
        charges: window.charges,
        windowStart: began && began.getTime() > since.getTime() ? began : since,
        now,
        availableMicro: balance.availableMicro,
        planAllocationMicro: balance.planAllocationMicro,
        renewsAt,
      });
    }
    return { availableMicro: balance.availableMicro, allocationMicro, renewsAt, now, forecast: pace };
  }

  /** The enabled rules (the defaults first, for an older workspace that has none yet), renewal and allocation. */
  private async readContext(workspaceId: string): Promise<AlertContext> {
    const em = this.db.read();
    let rows = await em.find(AlertRule, { workspace: workspaceId, enabled: true });
    if (!rows.length && (await this.ensureDefaults(workspaceId))) {
      rows = await em.find(AlertRule, { workspace: workspaceId, enabled: true });
    }
    const context: AlertContext = {
      rules: rows.map((r) => ({
        id: r.id,
        workspace: r.workspace,
        kind: r.kind,
        thresholdMicro: r.thresholdMicro,
        percent: r.percent,
        recipientUserIds: r.recipientUserIds,
        state: r.state,
      })),
      renewsAt: null,
      allocationMicro: 0,
      newestGrant: undefined,
      window: null,
      version: -1,
    };
    if (context.rules.length) await this.refreshPlan(workspaceId, context);
    return context;
  }

  private async refreshPlan(workspaceId: string, context: AlertContext): Promise<void> {
    const needsAllocation = context.rules.some((r) => r.kind === 'ALLOCATION_PERCENT_BELOW');
    const [renewsAt, allocationMicro] = await Promise.all([
      this.renewsAt(workspaceId),
      needsAllocation ? this.periodAllocation(workspaceId) : Promise.resolve(0),
    ]);
    context.renewsAt = renewsAt;
    context.allocationMicro = allocationMicro;
  }

  private async refreshWindow(workspaceId: string, context: AlertContext, now: Date): Promise<void> {
    const since = new Date(now.getTime() - WINDOW_DAYS * DAY_MS);
    const window = await this.usage.spentSince(workspaceId, since, new Date(now.getTime() + 1));
    context.window = { ...window, readAt: now.getTime() };
  }

  /** The allocation granted for the current period (plan and proration), 0 without a live plan. */
  private async periodAllocation(workspaceId: string): Promise<number> {
    const em = this.db.read();
    const sub = await em.findOne(PlanSubscription, { workspace: workspaceId });
    if (!sub || sub.status === 'CANCELED' || sub.status === 'INCOMPLETE') return 0;
    const grants = await em.find(
      CreditGrant,
      {
        workspace: workspaceId,
        source: { $in: ['PLAN_ALLOCATION', 'PRORATION'] },
        expiresAt: { $gt: sub.currentPeriodStart, $lte: sub.currentPeriodEnd },
      },
      { fields: ['originalMicro'] },
    );
    return grants.reduce((sum, g) => sum + g.originalMicro, 0);
  }

  /** A state decided at `at` replaces only one decided earlier (by ledger version, then time). */
  private olderThan(at: { version: number; now: Date }) {
    return {
      $or: [{ stateVersion: { $lt: at.version } }, { stateVersion: at.version, stateAt: { $lt: at.now } }],
    };
  }

  private async rearm(id: string, at: { version: number; now: Date }): Promise<void> {
    await this.db.run(({ em }) =>
      em.nativeUpdate(
        AlertRule,
        { id, state: 'FIRED', ...this.olderThan(at) },
        { state: 'ARMED', stateVersion: at.version, stateAt: at.now },
      ),
    );
  }

  /**
   * One transaction: ARMED → FIRED (exactly one evaluation wins, on any instance), the notification, the
   * `alert.fired` event and the mail rows. After commit: the mail, and a word on the bus for open lists.
   */
  private async fire(rule: CachedRule, s: Situation, at: { version: number; now: Date }): Promise<void> {
    const message = alertMessage(rule, s);
    const fired = await this.db.run(async ({ em }) => {
      const won = await em.nativeUpdate(
        AlertRule,
        { id: rule.id, state: 'ARMED', enabled: true, ...this.olderThan(at) },
        { state: 'FIRED', stateVersion: at.version, stateAt: at.now, firedAt: at.now },
      );
      if (won !== 1) return null;
      const notification = em.create(Notification, {
        workspace: rule.workspace,
        alertId: rule.id,
        kind: rule.kind,
        title: message.title,
        body: message.body,
        data: message.data,
        createdAt: at.now,
      });
      await appendEvent(
        em,
        {
          workspaceId: rule.workspace,
          type: 'alert.fired',
          data: {
            alertId: rule.id,
            notificationId: notification.id,
            title: message.title,
            body: message.body,
            firedAt: at.now.toISOString(),
            ...message.data,
          },
        },
        { now: at.now },
      );
      const mails = await this.queueMail(em, rule, notification, at.now);
      await em.flush();
      return { mails };
    });
    if (!fired) return;
    this.logger.info({ workspaceId: rule.workspace, alertId: rule.id, kind: rule.kind }, 'alert fired');
    this.announce({ workspaceId: rule.workspace, version: at.version });
    this.mail.send(fired.mails);
  }

  private async queueMail(
    em: EntityManager,
    rule: CachedRule,
    notification: Notification,
    now: Date,
  ): Promise<string[]> {
    const people = await this.recipients(rule.workspace, rule.recipientUserIds, em);
    if (!people.length) return [];
    const workspace = await em.findOneOrFail(Workspace, { id: rule.workspace }, { fields: ['name'] });
    const link = this.publicUrl
      ? `\n\nYour alerts and notifications: ${this.publicUrl.replace(/\/$/, '')}/settings/billing#alerts`
      : '';
    const text =
      `${notification.body}\n\nWorkspace: ${workspace.name}${link}\n\n` +
      'You get this email because this alert is set to notify you. Owners and admins can change it in the billing settings.';
    return people.map(
      (user) =>
        em.create(AlertMail, {
          workspace: rule.workspace,
          notification: notification.id,
          userId: user.id,
          to: user.email,
          subject: `${notification.title} (${workspace.name})`.replace(/[\r\n]+/g, ' ').slice(0, 200),
          text,
          status: 'PENDING',
          attempts: 0,
          nextAttemptAt: now,
          createdAt: now,
          sentAt: null,
        }).id,
    );
  }

  /** For the client's low-balance look: a balance alert of the workspace has fired and not cleared. */
  async lowBalance(workspaceId: string): Promise<boolean> {
    const firing = await this.db.read().count(AlertRule, {
      workspace: workspaceId,
      enabled: true,
      state: 'FIRED',
      kind: { $in: ['BALANCE_BELOW', 'ALLOCATION_PERCENT_BELOW'] },
    });
    return firing > 0;
  }
}

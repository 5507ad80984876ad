import { QueryOrder, type EntityManager, type MikroORM } from '@mikro-orm/core';
import type { DatabaseKind } from '../../db/orm';
import type { Clock } from '../../platform/clock';
import { badInput, notFound } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import { inTransaction, isUniqueViolation } from '../../platform/transaction';
import { User } from '../auth/user.entity';
import { PlanSubscription } from '../billing/subscription.entity';
import { appendEvent } from '../events/append-event';
import { CreditGrant } from '../ledger/ledger.entities';
import type { BalanceView, LedgerChange } from '../ledger/ledger.service';
import { DAY_MS, forecast } from '../usage/forecast';
import { UsageQueries } from '../usage/usage.queries';
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
  type Situation,
} from './core/crossing';
import { alertProblem, DEFAULT_ALERTS, MAX_ALERTS, MAX_RECIPIENTS } from './core/rules';

/** The forecast window alerts use: the same default as the `forecast` query. */
const WINDOW_DAYS = 14;
/** The sweep looks again at an alert at most this often (the pace-based ones change with time alone). */
const SWEEP_EVERY_MS = 10 * 60_000;

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

/**
 * Alerts: their settings, and the crossing detector behind them. Evaluated after every committed ledger change on
 * the instance that made it (coalesced per workspace: a burst of charges is a few evaluations, not one each), and
 * by the sweep for what changes with time alone. A crossing fires in one transaction: the state flips (one winner),
 * the notification, the `alert.fired` event and the mail rows are written together; mail leaves after commit.
 */
export class AlertsService {
  private readonly runs = new Map<string, { again: boolean; done: Promise<void> }>();
  private readonly usage: UsageQueries;

  constructor(
    private readonly orm: MikroORM,
    dbKind: DatabaseKind,
    private readonly clock: Clock,
    private readonly ledger: Ledger,
    private readonly renewsAt: (workspaceId: string) => Promise<Date | null>,
    private readonly mail: AlertMailSender,
    /** Announces a firing to every instance (the bus), so open notification lists refresh. */
    private readonly announce: (change: LedgerChange) => void,
    private readonly logger: Logger,
    private readonly publicUrl: string | undefined,
  ) {
    this.usage = new UsageQueries(orm, dbKind);
  }

  // ——— settings ———

  async list(workspaceId: string): Promise<AlertRule[]> {
    await this.ensureDefaults(workspaceId);
    const rules = await this.orm.em.fork().find(AlertRule, { workspace: workspaceId });
    // Oldest first; alerts created together (the defaults) in the order of the kinds.
    const rank = (r: AlertRule) => ALERT_KINDS.indexOf(r.kind);
    return rules.sort((x, y) => +x.createdAt - +y.createdAt || rank(x) - rank(y) || x.id.localeCompare(y.id));
  }

  async create(workspaceId: string, settings: AlertSettings): Promise<AlertRule> {
    this.check(settings);
    await this.ensureDefaults(workspaceId);
    const recipients = await this.checkRecipients(workspaceId, settings.recipientUserIds);
    const rule = await inTransaction(this.orm, async (em) => {
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
    this.onChange(workspaceId); // a new alert may already hold
    return rule;
  }

  async update(workspaceId: string, id: string, change: AlertChange): Promise<AlertRule> {
    const em = this.orm.em.fork();
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
    if (conditionChanged || change.enabled === false) Object.assign(rule, { state: 'ARMED', stateAt: rule.updatedAt });
    await em.flush();
    this.onChange(workspaceId);
    return rule;
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    const deleted = await this.orm.em.fork().nativeDelete(AlertRule, { id, workspace: workspaceId });
    if (deleted !== 1) throw notFound('Alert');
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
    const members = await this.orm.em.fork().count(Membership, { workspace: workspaceId, user: { $in: unique } });
    if (members !== unique.length) throw badInput('recipientIds: every recipient must be a member', 'recipientIds');
    return unique;
  }

  /** The people an alert emails now: its list (those still members), or the owners and admins. */
  async recipients(workspaceId: string, ids: string[] | null, em: EntityManager = this.orm.em.fork()): Promise<User[]> {
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
    const em = this.orm.em.fork();
    if (await em.findOne(AlertDefaults, { workspaceId }, { fields: ['workspaceId'] })) return false;
    if (!(await em.findOne(Workspace, { id: workspaceId }, { fields: ['id'] }))) throw notFound('Workspace');
    try {
      await inTransaction(this.orm, async (tx) => createDefaultAlerts(tx, workspaceId, this.clock.now()));
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false; // another request gave them at the same time
      throw err;
    }
  }

  // ——— evaluation ———

  /** After a committed ledger change of this instance: evaluate soon, once per burst. */
  onChange(workspaceId: string): void {
    const pending = this.runs.get(workspaceId);
    if (pending) {
      pending.again = true;
      return;
    }
    const run = { again: false, done: Promise.resolve() };
    this.runs.set(workspaceId, run);
    run.done = (async () => {
      try {
        do {
          run.again = false;
          try {
            await this.evaluate(workspaceId);
          } catch (err) {
            this.logger.error({ err, workspaceId }, 'alert evaluation failed');
          }
        } while (run.again);
      } finally {
        this.runs.delete(workspaceId);
      }
    })();
  }

  /** Resolves when every evaluation and mail started so far has finished (tests await this, never sleep). */
  async idle(): Promise<void> {
    while (this.runs.size) await Promise.all([...this.runs.values()].map((r) => r.done));
    await this.mail.idle();
  }

  /** Looks at the alerts least recently looked at, and sends the mail that is due. */
  async sweep(limit = 200): Promise<void> {
    const now = this.clock.now();
    const em = this.orm.em.fork();
    const due = await em.find(
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
    if (due.length) await em.nativeUpdate(AlertRule, { id: { $in: due.map((r) => r.id) } }, { evaluatedAt: now });
    await this.mail.sendDue();
  }

  /** Evaluates every enabled alert of the workspace against one reading of its balance and pace. */
  async evaluate(workspaceId: string): Promise<void> {
    const em = this.orm.em.fork();
    let rules = await em.find(AlertRule, { workspace: workspaceId, enabled: true });
    if (!rules.length) {
      if (!(await this.ensureDefaults(workspaceId))) return;
      rules = await em.find(AlertRule, { workspace: workspaceId, enabled: true });
    }
    const balance = await this.ledger.balance(workspaceId);
    const situation = await this.situation(workspaceId, balance, rules);
    const at = { version: balance.version, now: situation.now };
    for (const rule of rules) {
      const step = transition(rule.state, conditionHolds(rule, situation));
      if (step === 'FIRE') await this.fire(rule, situation, at);
      else if (step === 'REARM') await this.rearm(rule.id, at);
    }
  }

  private async situation(workspaceId: string, balance: BalanceView, rules: AlertRule[]): Promise<Situation> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - WINDOW_DAYS * DAY_MS);
    const needsAllocation = rules.some((r) => r.kind === 'ALLOCATION_PERCENT_BELOW');
    const [renewsAt, window, allocationMicro] = await Promise.all([
      this.renewsAt(workspaceId),
      this.usage.spentSince(workspaceId, since, new Date(now.getTime() + 1)),
      needsAllocation ? this.periodAllocation(workspaceId) : Promise.resolve(0),
    ]);
    // The same window as the `forecast` query: 14 days back, or from the workspace's first entry if later.
    const began = window.firstEntryAt;
    return {
      availableMicro: balance.availableMicro,
      allocationMicro,
      renewsAt,
      now,
      forecast: forecast({
        spentMicro: window.spentMicro,
        charges: window.charges,
        windowStart: began && began.getTime() > since.getTime() ? began : since,
        now,
        availableMicro: balance.availableMicro,
        planAllocationMicro: balance.planAllocationMicro,
        renewsAt,
      }),
    };
  }

  /** The allocation granted for the current period (plan and proration), 0 without a live plan. */
  private async periodAllocation(workspaceId: string): Promise<number> {
    const em = this.orm.em.fork();
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
    await this.orm.em
      .fork()
      .nativeUpdate(
        AlertRule,
        { id, state: 'FIRED', ...this.olderThan(at) },
        { state: 'ARMED', stateVersion: at.version, stateAt: at.now },
      );
  }

  /**
   * One transaction: ARMED → FIRED (exactly one evaluation wins, on any instance), the notification, the
   * `alert.fired` event and the mail rows. After commit: the mail, and a word on the bus for open lists.
   */
  private async fire(rule: AlertRule, s: Situation, at: { version: number; now: Date }): Promise<void> {
    const message = alertMessage(rule, s);
    const fired = await inTransaction(this.orm, async (em) => {
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
    rule: AlertRule,
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
    const firing = await this.orm.em.fork().count(AlertRule, {
      workspace: workspaceId,
      enabled: true,
      state: 'FIRED',
      kind: { $in: ['BALANCE_BELOW', 'ALLOCATION_PERCENT_BELOW'] },
    });
    return firing > 0;
  }
}

import type { FilterQuery } from '@mikro-orm/core';
import type { Db } from '../../platform/db';
import type Stripe from 'stripe';
import type { AuditConfig } from '../../audit';
import { AppError, badInput, notFound } from '../../platform/errors';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { User } from '../auth/user.entity';
import { PlanSubscription, renewsAtOf } from '../billing/subscription.entity';
import { formatCredits, type Balance } from '../ledger/core';
import { CreditGrant, CreditHold } from '../ledger/ledger.entities';
import type { LedgerService } from '../ledger/ledger.service';
import { Workspace } from '../workspaces/workspace.entity';
import { SupportAction, type SupportActionKind } from './support-action.entity';
import { SupportAudit, type ReplayCheck } from './support-audit';
import type { StaffAction, StaffActionConnection, WorkspaceMatch } from './support.types';

/** Who acts: a support staff member's user id. */
export interface Staff {
  userId: string;
}

export interface ActionInput {
  workspaceId: string;
  reason: string;
  idempotencyKey: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEARCH_LIMIT = 20;
const AUDIT_COALESCE_MS = 60_000;
/** The ledger's description column; the full reason is kept in the entry's details and in support's record. */
const DESCRIPTION_MAX = 500;
const clip = (s: string) => (s.length <= DESCRIPTION_MAX ? s : `${s.slice(0, DESCRIPTION_MAX - 1)}…`);
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const encodeCursor = (a: SupportAction) => Buffer.from(`${a.createdAt.getTime()}:${a.id}`).toString('base64url');
function decodeCursor(cursor: string): { at: Date; id: string } {
  const m = /^(\d{1,15}):([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw badInput('after: not a cursor from this API', 'after');
  return { at: new Date(Number(m[1])), id: m[2]! };
}

function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 1 || trimmed.length > 500) throw badInput('reason: 1 to 500 characters', 'reason');
  return trimmed;
}

/**
 * Support staff's work on workspaces that are not theirs. Every change goes through the ledger with a
 * description carrying the reason, and is recorded as a SupportAction in the same transaction, so a
 * retry with the same idempotency key neither moves credits nor records twice.
 */
/** What a support change answers: the balance it left (renewal date as ISO text, so that it keeps as JSON). */
export interface SupportAnswer {
  version: number;
  balance: Balance;
  renewsAt: string | null;
}

export class SupportService {
  /** The read side of the console: replay check, grants, reconciliation, payments. */
  readonly auditing: SupportAudit;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly ledger: LedgerService,
    config: AuditConfig,
    stripe: () => Stripe | null,
  ) {
    this.auditing = new SupportAudit(db, now, config, stripe);
  }

  async record(
    workspaceId: string | null,
    supportUserId: string,
    kind: SupportActionKind,
    reason: string | null = null,
  ): Promise<void> {
    const now = this.now();
    await this.db.run(async ({ em }) => {
      // A page of the console reads the audit in a few queries: one look is one AUDIT a minute.
      if (
        kind === 'AUDIT' &&
        (await em.count(SupportAction, {
          workspaceId,
          supportUserId,
          kind,
          createdAt: { $gt: new Date(now.getTime() - AUDIT_COALESCE_MS) },
        }))
      )
        return;
      em.create(SupportAction, { workspaceId, supportUserId, kind, reason, createdAt: now });
    });
  }

  /** Rebuilds a workspace's state from its ledger and compares it with what is stored (SPEC rule 1). */
  audit(workspaceId: string): Promise<ReplayCheck> {
    return this.auditing.replayCheck(workspaceId);
  }

  async actions(workspaceId: string): Promise<SupportAction[]> {
    return this.db.read().find(SupportAction, { workspaceId }, { orderBy: { createdAt: 'desc' }, limit: 100 });
  }

  /** Credits (positive) or debits (negative) a workspace; shown in its history with the reason. */
  async adjust(staff: Staff, input: ActionInput & { amountMicro: number; params: unknown }): Promise<SupportAnswer> {
    const signed = input.amountMicro;
    return this.act(staff, input, 'adjustCredits', input.params, async (tx) => {
      const { version } = await this.ledger.commands.adjust(tx, {
        workspaceId: input.workspaceId,
        amountMicro: signed,
        label: 'Support credit',
        description: clip(
          `Support adjustment ${signed > 0 ? '+' : '−'}${formatCredits(Math.abs(signed))}: ${input.reason}`,
        ),
        details: { reason: input.reason, supportUserId: staff.userId },
        actor: { kind: 'SUPPORT', id: staff.userId },
        idempotencyKey: input.idempotencyKey,
      });
      return { kind: 'ADJUST', reason: input.reason, amountMicro: signed, version };
    });
  }

  /** Removes what remains of one grant (nothing is owed for it), e.g. credits granted by mistake. */
  async voidGrant(staff: Staff, input: ActionInput & { grantId: string }): Promise<SupportAnswer> {
    const reason = checkReason(input.reason);
    const params = { grantId: input.grantId, reason };
    return this.act(staff, input, 'voidGrant', params, async (tx) => {
      const grant = await tx.em.findOne(CreditGrant, { id: input.grantId, workspace: input.workspaceId });
      if (!grant) throw notFound('Grant');
      if (grant.expiresAt && grant.expiresAt <= this.now())
        throw badInput('grantId: this grant has expired', 'grantId');
      if (grant.remainingMicro <= 0) throw badInput('grantId: nothing is left of this grant to void', 'grantId');
      const { version } = await this.ledger.commands.revokeGrant(tx, {
        workspaceId: input.workspaceId,
        grantId: grant.id,
        type: 'REVERSAL',
        deficitForRest: false,
        description: clip(`Support voided what remained of ${grant.label}: ${reason}`),
        details: { reason, supportUserId: staff.userId },
        actor: { kind: 'SUPPORT', id: staff.userId },
        idempotencyKey: input.idempotencyKey,
      });
      return { kind: 'VOID_GRANT', reason, targetId: grant.id, version };
    });
  }

  /** Ends an ACTIVE hold of the workspace that nothing will settle; its credits go back. */
  async releaseHold(
    staff: Staff,
    input: ActionInput & { holdId: string; outcome: 'RELEASED' | 'EXPIRED' },
  ): Promise<SupportAnswer> {
    const reason = checkReason(input.reason);
    const params = { holdId: input.holdId, outcome: input.outcome, reason };
    return this.act(staff, input, 'releaseStuckHold', params, async (tx) => {
      const hold = await tx.em.findOne(CreditHold, { id: input.holdId, workspace: input.workspaceId });
      if (!hold) throw notFound('Hold');
      if (hold.status !== 'ACTIVE')
        throw new AppError('CONFLICT', `This hold is already ${hold.status.toLowerCase()}`, {
          holdStatus: hold.status,
        });
      const verb = input.outcome === 'EXPIRED' ? 'expired' : 'released';
      const { version } = await this.ledger.commands.release(tx, {
        workspaceId: input.workspaceId,
        holdId: hold.id,
        reason: input.outcome,
        description: clip(
          `Support ${verb} a stuck hold of ${formatCredits(hold.amountMicro)} (${hold.description}): ${reason}`,
        ),
        details: { reason, supportUserId: staff.userId },
        actor: { kind: 'SUPPORT', id: staff.userId },
        idempotencyKey: input.idempotencyKey,
      });
      return { kind: 'RELEASE_HOLD', reason, targetId: hold.id, version };
    });
  }

  /**
   * One support change: the ledger work and support's record of it in one transaction, under the
   * idempotency key; published to the workspace's live balance after commit.
   */
  private async act(
    staff: Staff,
    input: ActionInput,
    operation: string,
    params: unknown,
    work: (tx: UnitOfWork) => Promise<{
      kind: SupportActionKind;
      reason: string;
      amountMicro?: number;
      targetId?: string;
      version: number;
    }>,
  ): Promise<SupportAnswer> {
    return this.db.run(
      async (tx) => {
        const action = await work(tx);
        tx.em.create(SupportAction, {
          workspaceId: input.workspaceId,
          supportUserId: staff.userId,
          kind: action.kind,
          reason: action.reason,
          amountMicro: action.amountMicro ?? null,
          targetId: action.targetId ?? null,
          createdAt: this.now(),
        });
        // The answer is what the change left, as the unit commits it (and, kept with the key, what a retry gets).
        const left = this.ledger.commands.leftIn(tx, input.workspaceId);
        if (!left?.balance) throw new Error('a support action changed no balance');
        const sub = await tx.em.findOne(PlanSubscription, { workspace: input.workspaceId });
        const { newestGrant: _grant, ...balance } = left.balance;
        const renewsAt = sub ? renewsAtOf(sub) : null;
        return { version: left.version, balance, renewsAt: renewsAt?.toISOString() ?? null };
      },
      { idempotency: { workspaceId: input.workspaceId, key: input.idempotencyKey, operation, params } },
    );
  }

  /** Workspaces by name (contains), member email (contains), workspace id or Stripe customer id; at most 20. */
  async search(query: string): Promise<WorkspaceMatch[]> {
    const q = query.trim();
    if (q.length < 1 || q.length > 200) throw badInput('query: 1 to 200 characters', 'query');
    const sql = (text: string, params: unknown[]) => this.db.execute<{ id: string }>(text, params);
    const found = new Map<string, string>();
    const add = (rows: { id: string }[], how: string) => {
      for (const r of rows) if (found.size < SEARCH_LIMIT && !found.has(String(r.id))) found.set(String(r.id), how);
    };
    if (UUID.test(q)) add(await sql('select id from workspace where id = ?', [q.toLowerCase()]), 'WORKSPACE_ID');
    if (q.startsWith('cus_'))
      add(await sql('select id from workspace where stripe_customer_id = ?', [q]), 'STRIPE_CUSTOMER');
    const pattern = likePattern(q);
    add(
      await sql(`select id from workspace where lower(name) like ? escape '\\' order by created_at, id limit ?`, [
        pattern,
        SEARCH_LIMIT,
      ]),
      'NAME',
    );
    add(
      await sql(
        `select distinct m.workspace_id as id from membership m join app_user u on u.id = m.user_id
          where lower(u.email) like ? escape '\\' order by m.workspace_id limit ?`,
        [pattern, SEARCH_LIMIT],
      ),
      'MEMBER_EMAIL',
    );
    return this.matches(found);
  }

  private async matches(found: Map<string, string>): Promise<WorkspaceMatch[]> {
    if (found.size === 0) return [];
    const ids = [...found.keys()];
    const em = this.db.read();
    const workspaces = await em.find(Workspace, { id: { $in: ids } });
    const members = await this.db.execute<{ workspace_id: string; email: string; role: string }>(
      `select m.workspace_id, u.email, m.role from membership m join app_user u on u.id = m.user_id
          where m.workspace_id in (${ids.map(() => '?').join(', ')}) order by m.created_at`,
      ids,
    );
    const byId = new Map(workspaces.map((w) => [w.id, w]));
    return ids.flatMap((id) => {
      const w = byId.get(id);
      if (!w) return [];
      const mine = members.filter((m) => String(m.workspace_id) === id);
      const emails = [...mine.filter((m) => m.role === 'OWNER'), ...mine.filter((m) => m.role !== 'OWNER')].map(
        (m) => m.email,
      );
      return [
        {
          id,
          name: w.name,
          stripeCustomerId: w.stripeCustomerId,
          matchedBy: found.get(id)!,
          memberEmails: emails,
          createdAt: w.createdAt,
        },
      ];
    });
  }

  /** Every staff action, newest first, by staff member and workspace; `after` is the last page's endCursor. */
  async log(
    filter: { staffUserId?: string | null; workspaceId?: string | null },
    first: number,
    after: string | null,
  ): Promise<StaffActionConnection> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first: between 1 and 100', 'first');
    const where: FilterQuery<SupportAction> = {};
    if (filter.staffUserId) where.supportUserId = filter.staffUserId;
    if (filter.workspaceId) where.workspaceId = filter.workspaceId;
    if (after) {
      const c = decodeCursor(after);
      where.$or = [{ createdAt: { $lt: c.at } }, { createdAt: c.at, id: { $lt: c.id } }];
    }
    const em = this.db.read();
    const rows = await em.find(SupportAction, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 });
    const page = rows.slice(0, first);
    const userIds = [...new Set(page.map((a) => a.supportUserId))];
    const wsIds = [...new Set(page.flatMap((a) => (a.workspaceId ? [a.workspaceId] : [])))];
    const [users, workspaces] = await Promise.all([
      userIds.length ? em.find(User, { id: { $in: userIds } }) : [],
      wsIds.length ? em.find(Workspace, { id: { $in: wsIds } }) : [],
    ]);
    const email = new Map(users.map((u) => [u.id, u.email]));
    const name = new Map(workspaces.map((w) => [w.id, w.name]));
    const edges = page.map((a) => ({
      cursor: encodeCursor(a),
      node: {
        ...toActionGql(a),
        staffEmail: email.get(a.supportUserId) ?? null,
        workspaceName: a.workspaceId ? (name.get(a.workspaceId) ?? null) : null,
      } satisfies StaffAction,
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}

export const toActionGql = (a: SupportAction) => ({
  id: a.id,
  kind: a.kind,
  supportUserId: a.supportUserId,
  workspaceId: a.workspaceId,
  reason: a.reason,
  targetId: a.targetId,
  amount: a.amountMicro,
  createdAt: a.createdAt,
});

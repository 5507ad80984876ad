import type { MikroORM } from '@mikro-orm/core';
import type { Db } from '../platform/db';
import type { AdjustmentFact, MeteredRunRow, ScheduleRow, StoredAccount, StoredGrant, StoredHold } from './facts';

/**
 * Reads what the ledger stores, with plain SQL (the same on SQLite and PostgreSQL), so the auditor
 * depends on the tables and not on the ledger's entities or services. SQLite hands back numbers for
 * dates and bigints and text for JSON; PostgreSQL hands back Dates, strings and objects.
 */

export interface WorkspaceRow {
  id: string;
  name: string;
  stripeCustomerId: string | null;
}

export interface LedgerRows {
  account: StoredAccount | null;
  grants: StoredGrant[];
  holds: StoredHold[];
  schedule: ScheduleRow[];
  runs: MeteredRunRow[];
  /** Support's own record of its adjustments, with amounts. */
  adjustments: AdjustmentFact[];
  /** Grant ids support voided, from support's own record of each VOID_GRANT action. */
  voidedGrants: string[];
}

type Row = Record<string, unknown>;

const int = (v: unknown): number => {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isSafeInteger(n)) throw new Error(`not a safe integer in the database: ${String(v)}`);
  return n;
};
const date = (v: unknown): Date =>
  v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as number | string));
const maybeDate = (v: unknown): Date | null => (v === null || v === undefined ? null : date(v));
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const json = (v: unknown): unknown => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);

/** Where the audit reads: the ORM (the tools, the tests) or the domain's database door (the support console). */
export type AuditSource = MikroORM | Pick<Db, 'execute'>;

async function query(orm: AuditSource, sql: string, params: unknown[]): Promise<Row[]> {
  if ('execute' in orm) return orm.execute<Row>(sql, params);
  return (await orm.em.getConnection().execute(sql, params, 'all')) as Row[];
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export async function readWorkspaces(orm: AuditSource, ids?: string[]): Promise<WorkspaceRow[]> {
  const where = ids ? ` where id in (${placeholders(ids.length)})` : '';
  if (ids && ids.length === 0) return [];
  const rows = await query(
    orm,
    `select id, name, stripe_customer_id from workspace${where} order by created_at, id`,
    ids ?? [],
  );
  return rows.map((r) => ({ id: String(r.id), name: String(r.name), stripeCustomerId: text(r.stripe_customer_id) }));
}

/** Everything stored for a batch of workspaces, grouped by workspace. */
export async function readLedger(orm: AuditSource, ids: string[]): Promise<Map<string, LedgerRows>> {
  const out = new Map<string, LedgerRows>(
    ids.map((id) => [
      id,
      { account: null, grants: [], holds: [], schedule: [], runs: [], adjustments: [], voidedGrants: [] },
    ]),
  );
  if (ids.length === 0) return out;
  const inIds = `(${placeholders(ids.length)})`;
  const of = (r: Row) => out.get(String(r.workspace_id))!;
  const [accounts, grants, holds, entries, runs, actions, voids] = await Promise.all([
    query(
      orm,
      `select workspace_id, held_micro, deficit_micro from credit_account where workspace_id in ${inIds}`,
      ids,
    ),
    query(
      orm,
      `select id, workspace_id, source, label, original_micro, remaining_micro, expires_at, effective_at, external_key
         from credit_grant where workspace_id in ${inIds} order by seq, id`,
      ids,
    ),
    query(
      orm,
      `select id, workspace_id, amount_micro, actual_micro, status, feature from credit_hold where workspace_id in ${inIds}`,
      ids,
    ),
    query(
      orm,
      `select workspace_id, seq, type, created_at, hold_id, grant_id, actor_kind, actor_id, details, amount_micro
         from ledger_entry where workspace_id in ${inIds} order by workspace_id, seq`,
      ids,
    ),
    query(
      orm,
      `select id, workspace_id, feature, status, hold_id, held_micro, charged_micro from metered_run where workspace_id in ${inIds}`,
      ids,
    ),
    query(
      orm,
      `select workspace_id, support_user_id, reason, amount_micro from support_action
         where kind = 'ADJUST' and amount_micro is not null and workspace_id in ${inIds} order by created_at, id`,
      ids,
    ),
    query(
      orm,
      `select workspace_id, target_id from support_action
         where kind = 'VOID_GRANT' and target_id is not null and workspace_id in ${inIds}`,
      ids,
    ),
  ]);
  for (const r of accounts) of(r).account = { heldMicro: int(r.held_micro), deficitMicro: int(r.deficit_micro) };
  for (const r of grants) of(r).grants.push(toGrant(r));
  for (const r of holds) of(r).holds.push(toHold(r));
  for (const r of entries) of(r).schedule.push(toScheduleRow(r));
  for (const r of runs) of(r).runs.push(toRun(r));
  for (const r of actions)
    of(r).adjustments.push({ amountMicro: int(r.amount_micro), by: text(r.support_user_id), reason: text(r.reason) });
  for (const r of voids) of(r).voidedGrants.push(String(r.target_id));
  return out;
}

const toGrant = (r: Row): StoredGrant => ({
  id: String(r.id),
  source: String(r.source),
  label: String(r.label),
  originalMicro: int(r.original_micro),
  remainingMicro: int(r.remaining_micro),
  expiresAt: maybeDate(r.expires_at),
  effectiveAt: date(r.effective_at),
  externalKey: text(r.external_key),
});

const toHold = (r: Row): StoredHold => ({
  id: String(r.id),
  amountMicro: int(r.amount_micro),
  actualMicro: int(r.actual_micro),
  status: String(r.status),
  feature: text(r.feature),
});

function toScheduleRow(r: Row): ScheduleRow {
  const details = json(r.details) as { reason?: unknown } | null;
  return {
    seq: int(r.seq),
    type: String(r.type),
    at: date(r.created_at),
    holdId: text(r.hold_id),
    grantId: text(r.grant_id),
    actorKind: String(r.actor_kind),
    actorId: text(r.actor_id),
    reason: typeof details?.reason === 'string' ? details.reason : null,
    entryMicro: int(r.amount_micro),
  };
}

const toRun = (r: Row): MeteredRunRow => ({
  id: String(r.id),
  feature: String(r.feature),
  status: String(r.status),
  holdId: text(r.hold_id),
  heldMicro: int(r.held_micro),
  chargedMicro: int(r.charged_micro),
});

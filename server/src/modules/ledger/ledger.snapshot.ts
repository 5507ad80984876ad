import type { Db } from '../../platform/db';
import type { AccountState, GrantSource, GrantState } from './core';
import { CreditAccount, CreditGrant } from './ledger.entities';

/** An amount column from a raw row, refused unless a number holds it exactly. */
function safeMicro(value: unknown): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`${String(value)} is not a safe integer amount`);
  return n;
}

interface SnapshotRow {
  workspace_id: string;
  version: number;
  held_micro: number | string;
  deficit_micro: number | string;
  newest_grant: number | string | null;
  renews_at: Date | string | number | null;
  id: string | null;
  source: GrantSource | null;
  label: string | null;
  original_micro: number | string | null;
  remaining_micro: number | string | null;
  expires_at: Date | string | number | null;
  effective_at: Date | string | number | null;
  seq: number | null;
}

const toDate = (v: Date | string | number) => (v instanceof Date ? v : new Date(v));

/**
 * Balances as of one instant, for any number of workspaces, in one statement. The numbers come
 * from two tables; read apart, a charge committed between the reads would show in one and not
 * the other (a balance that never existed, pushed to every subscriber). One statement for many
 * workspaces also costs a fraction of the ORM's reads and one round trip, which matters: every
 * ledger change on a watched workspace leads to a read. Names come from the entity metadata.
 */
function snapshotSql(db: Db, workspaces: 'array' | number): string {
  return cachedSql(db, `snapshot:${workspaces}`, (n) => [
    `select ${n.a('workspaceId')} as workspace_id, ${n.a('version')} as version,`,
    `  ${n.a('heldMicro')} as held_micro, ${n.a('deficitMicro')} as deficit_micro,`,
    `  (select max(${n.x('seq')}) from ${n.grantTable} x where ${n.x('workspace')} = ${n.a('workspaceId')}) as newest_grant,`,
    `  ${n.renewsAt} as renews_at,`,
    `  ${n.g('id')} as id, ${n.g('source')} as source, ${n.g('label')} as label, ${n.g('originalMicro')} as original_micro,`,
    `  ${n.g('remainingMicro')} as remaining_micro, ${n.g('expiresAt')} as expires_at,`,
    `  ${n.g('effectiveAt')} as effective_at, ${n.g('seq')} as seq`,
    `from ${n.accountWithPlan}`,
    `left join ${n.grantTable} g on ${n.g('workspace')} = ${n.a('workspaceId')} and ${n.g('remainingMicro')} > 0`,
    workspaces === 'array'
      ? `where ${n.a('workspaceId')} = any($1::uuid[])`
      : `where ${n.a('workspaceId')} in (${Array.from({ length: workspaces }, () => '?').join(', ')})`,
  ]);
}

/** Column and table names from the entity metadata, and the clauses the balance reads share. */
interface SqlNames {
  a(p: keyof CreditAccount & string): string;
  g(p: keyof CreditGrant & string): string;
  x(p: keyof CreditGrant & string): string;
  grantTable: string;
  /** When the plan renews, as `renewsAtOf` decides it: active or past due, and not set to cancel. */
  renewsAt: string;
  /** The account (`a`) with its plan subscription (`s`) when there is one. */
  accountWithPlan: string;
}

const sqlCache = new WeakMap<Db, Map<string, string>>();

/** A statement built once per database from `SqlNames` (`key` names its shape). */
function cachedSql(db: Db, key: string, build: (names: SqlNames) => string[]): string {
  let byKey = sqlCache.get(db);
  if (!byKey) sqlCache.set(db, (byKey = new Map()));
  let sql = byKey.get(key);
  if (!sql) byKey.set(key, (sql = build(sqlNames(db)).join('\n')));
  return sql;
}

function sqlNames(db: Db): SqlNames {
  const meta = db.read().getMetadata();
  const account = meta.get(CreditAccount.name);
  const grant = meta.get(CreditGrant.name);
  // The plan subscription by name: billing's entity, which imports the ledger.
  const subscription = meta.get('PlanSubscription');
  const column = (entity: { properties: Record<string, { fieldNames: string[] }> }, property: string) => {
    const name = entity.properties[property]?.fieldNames[0];
    if (!name) throw new Error(`no column for ${property}`);
    return name;
  };
  const a = (p: string) => `a.${column(account, p)}`;
  const s = (p: string) => `s.${column(subscription, p)}`;
  return {
    a,
    g: (p) => `g.${column(grant, p)}`,
    x: (p) => `x.${column(grant, p)}`,
    grantTable: grant.tableName,
    renewsAt:
      `case when ${s('status')} in ('ACTIVE', 'PAST_DUE') and not ${s('cancelAtPeriodEnd')} ` +
      `then ${s('currentPeriodEnd')} end`,
    accountWithPlan: `${account.tableName} a left join ${subscription.tableName} s on ${s('workspace')} = ${a('workspaceId')}`,
  };
}

/**
 * On PostgreSQL the statement is prepared once per pooled connection and run straight on the
 * driver: it runs for every ledger change on a watched workspace, and parsing, planning and the
 * query builder were most of its cost.
 */
async function querySnapshot(db: Db, workspaceIds: string[]): Promise<SnapshotRow[]> {
  if (db.kind !== 'postgresql') return db.execute<SnapshotRow>(snapshotSql(db, workspaceIds.length), workspaceIds);
  const text = snapshotSql(db, 'array');
  const result = await db.withDriver((pg: PgClient) =>
    pg.query<SnapshotRow>({ name: 'hero-live-snapshot', text, values: [workspaceIds] }),
  );
  return result.rows;
}

interface PgClient {
  query<R>(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }>;
}

export interface LedgerSnapshot {
  /** Grants with credits left, reserved and deficit: what `balanceOf` needs. */
  state: AccountState;
  version: number;
  /** The newest grant's sequence number: tells a reader when renewsAt may have changed. */
  newestGrant: number | null;
  /** When the plan renews, read in the same statement; null without a plan that renews. */
  renewsAt: Date | null;
}

/** The ledger state of each workspace (absent: no such workspace) as of one instant, in one statement. */
export async function readSnapshots(db: Db, workspaceIds: string[]): Promise<Map<string, LedgerSnapshot>> {
  const out = new Map<string, LedgerSnapshot>();
  if (!workspaceIds.length) return out;
  for (const r of await querySnapshot(db, workspaceIds)) {
    const workspaceId = String(r.workspace_id);
    let snapshot = out.get(workspaceId);
    if (!snapshot) {
      snapshot = {
        state: { grants: [], heldMicro: safeMicro(r.held_micro), deficitMicro: safeMicro(r.deficit_micro) },
        version: Number(r.version),
        newestGrant: r.newest_grant === null ? null : Number(r.newest_grant),
        renewsAt: r.renews_at === null ? null : toDate(r.renews_at),
      };
      out.set(workspaceId, snapshot);
    }
    if (r.id === null) continue; // the left join found no grant with credits left
    const grant: GrantState = {
      id: r.id,
      source: r.source!,
      label: r.label!,
      originalMicro: safeMicro(r.original_micro),
      remainingMicro: safeMicro(r.remaining_micro),
      expiresAt: r.expires_at === null ? null : toDate(r.expires_at),
      effectiveAt: toDate(r.effective_at!),
      seq: Number(r.seq),
    };
    snapshot.state.grants.push(grant);
  }
  return out;
}

/** An account's version and when its plan renews, as of one instant. */
export interface AccountVersion {
  version: number;
  renewsAt: Date | null;
}

/** Versions and renewal dates of the given accounts (absent: no such workspace), in one statement (PostgreSQL). */
export async function readVersions(db: Db, workspaceIds: string[]): Promise<Map<string, AccountVersion>> {
  const sql = cachedSql(db, 'versions', (n) => [
    `select ${n.a('workspaceId')} as workspace_id, ${n.a('version')} as version, ${n.renewsAt} as renews_at`,
    `from ${n.accountWithPlan}`,
    `where ${n.a('workspaceId')} = any($1::uuid[])`,
  ]);
  const rows = await db.withDriver((pg: PgClient) =>
    pg.query<{ workspace_id: string; version: number; renews_at: Date | string | null }>({
      name: 'hero-ledger-versions',
      text: sql,
      values: [workspaceIds],
    }),
  );
  return new Map(
    rows.rows.map((r) => [
      String(r.workspace_id),
      { version: Number(r.version), renewsAt: r.renews_at === null ? null : toDate(r.renews_at) },
    ]),
  );
}

import type { Db } from '../../platform/db';
import type { ActorKind } from './ledger.entities';
import type { EntryType, GrantSource, GrantState, HoldState, HoldStatus, Split } from './core';

/**
 * The ledger's hot path on the database driver, without the ORM: one statement reads what an operation
 * needs (account, grants, holds, earlier answers to its idempotency keys), the pure core decides, and one
 * statement writes every changed row, the entries and the answers. PostgreSQL: the write is a
 * data-modifying CTE that applies only if the account's version is still the one read (every change
 * of grants or holds moves it, in the same transaction), so no transaction is held open across a
 * round trip; a moved version means "read again and decide again". SQLite: the same reads and writes as
 * prepared statements inside BEGIN IMMEDIATE, run synchronously (the driver is in-process).
 * Statements are prepared once per connection (PostgreSQL named statements; SQLite prepared ones).
 */

/** A hold as stored, with what an answer about it needs. */
export interface HoldRow extends HoldState {
  description: string;
  feature: string | null;
  actualMicro: number;
  createdAt: Date;
  /** The API key that made it, whose monthly budget it counts against. */
  apiKeyId: string | null;
}

export interface StoredAnswer {
  requestHash: string;
  response: unknown;
}

export interface LoadedAccount {
  version: number;
  heldMicro: number;
  deficitMicro: number;
  /** Grants with free credits, plus those asked for by id and those the asked holds took from. */
  grants: GrantState[];
  holds: Map<string, HoldRow>;
  /** Earlier answers to the asked idempotency keys. */
  answers: Map<string, StoredAnswer>;
  /** The asked API keys of this workspace: budget and spend in `Wanted.month`. */
  apiKeys: Map<string, KeySpend>;
}

/** An API key's monthly budget (null: none) and what its holds count for in one month. */
export interface KeySpend {
  budgetMicro: number | null;
  spentMicro: number;
}

export interface Wanted {
  grantIds: string[];
  holdIds: string[];
  keys: string[];
  /** API keys whose budget and spend in `month` the decision needs. */
  apiKeyIds: string[];
  /** `YYYY-MM` (UTC) of the decision's time. */
  month: string;
}

export interface EntryRow {
  id: string;
  seq: number;
  type: EntryType;
  amountMicro: number;
  heldDeltaMicro: number;
  deficitDeltaMicro: number;
  splits: Split[];
  chargeSplits: Split[] | null;
  description: string;
  details: Record<string, unknown> | null;
  feature: string | null;
  holdId: string | null;
  grantId: string | null;
  actorKind: ActorKind;
  actorId: string | null;
  idempotencyKey: string | null;
  createdAt: Date;
}

export interface GrantRow extends GrantState {
  externalKey: string | null;
  createdAt: Date;
}

export interface HoldUpdate {
  id: string;
  status: HoldStatus;
  resolvedAt: Date | null;
  /** Set by a settle (which also drops a kept pending settle); null leaves the column as it is. */
  actualMicro: number | null;
}

export interface AnswerRow {
  id: string;
  key: string;
  operation: string;
  requestHash: string;
  response: unknown;
  createdAt: Date;
}

/** An event for the workspace's feed; its seq is the workspace's next, assigned by the write. */
export interface EventRow {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

/** A change of what an API key's holds count for in one month. */
export interface SpendDelta {
  apiKeyId: string;
  month: string;
  deltaMicro: number;
}

/** Everything one write applies, if the account is still at `fromVersion`. */
export interface Changes {
  fromVersion: number;
  toVersion: number;
  heldMicro: number;
  deficitMicro: number;
  now: Date;
  grantUpdates: { id: string; remainingMicro: number }[];
  grantInserts: GrantRow[];
  holdInserts: HoldRow[];
  holdUpdates: HoldUpdate[];
  entries: EntryRow[];
  answers: AnswerRow[];
  /** Events describing the entries (credits granted, charge settled, hold expired), in order. */
  events: EventRow[];
  spend: SpendDelta[];
}

export type Applied<T> = { kind: 'missing' } | { kind: 'conflict' } | { kind: 'done'; value: T; written: boolean };

/** Computes an account's changes from what was read (null: nothing to write) and the caller's answer. */
export type Decide<T> = (loaded: LoadedAccount) => { changes: Changes | null; value: T };

/**
 * Reads an account, lets `decide` compute its changes (null: nothing to write), and writes them in one
 * step. 'conflict': another writer moved the account in between (PostgreSQL only); read again.
 */
export interface LedgerStore {
  apply<T>(workspaceId: string, wanted: Wanted, decide: Decide<T>): Promise<Applied<T>>;
}

/** An amount column, refused unless a number holds it exactly. */
function safeMicro(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`${String(value)} is not a safe integer amount`);
  return n;
}

const toDate = (v: unknown): Date => (v instanceof Date ? v : new Date(v as string | number));
const toDateOrNull = (v: unknown): Date | null => (v === null || v === undefined ? null : toDate(v));
const parsed = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

interface RawGrant {
  id: string;
  source: GrantSource;
  label: string;
  o: unknown;
  r: unknown;
  x: unknown;
  e: unknown;
  s: unknown;
}

interface RawHold {
  id: string;
  amount: unknown;
  splits: unknown;
  status: HoldStatus;
  x: unknown;
  d: string;
  f: string | null;
  actual: unknown;
  c: unknown;
  k: string | null;
}

const grantOf = (g: RawGrant): GrantState => ({
  id: g.id,
  source: g.source,
  label: g.label,
  originalMicro: safeMicro(g.o),
  remainingMicro: safeMicro(g.r),
  expiresAt: toDateOrNull(g.x),
  effectiveAt: toDate(g.e),
  seq: Number(g.s),
});

const holdOf = (h: RawHold): HoldRow => ({
  id: h.id,
  amountMicro: safeMicro(h.amount),
  splits: parsed<Split[]>(h.splits),
  status: h.status,
  expiresAt: toDate(h.x),
  description: h.d,
  feature: h.f,
  actualMicro: safeMicro(h.actual),
  createdAt: toDate(h.c),
  apiKeyId: h.k ?? null,
});

interface RawKeySpend {
  id: string;
  b: unknown;
  s: unknown;
}

const keySpendOf = (k: RawKeySpend): KeySpend => ({
  budgetMicro: k.b === null || k.b === undefined ? null : safeMicro(k.b),
  spentMicro: safeMicro(k.s),
});

// ——— PostgreSQL ———

const PG_LOAD = `select a.version, a.held_micro, a.deficit_micro,
  coalesce((select json_agg(json_build_object('id', g.id, 'source', g.source, 'label', g.label, 'o', g.original_micro,
      'r', g.remaining_micro, 'x', g.expires_at, 'e', g.effective_at, 's', g.seq))
    from credit_grant g where g.workspace_id = a.workspace_id and (g.remaining_micro > 0 or g.id = any($2::uuid[])
      or g.id in (select (s.value->>'grantId')::uuid from credit_hold h cross join lateral jsonb_array_elements(h.splits) s
        where h.id = any($3::uuid[]) and h.workspace_id = a.workspace_id))), '[]'::json) as grants,
  coalesce((select json_agg(json_build_object('id', h.id, 'amount', h.amount_micro, 'splits', h.splits, 'status', h.status,
      'x', h.expires_at, 'd', h.description, 'f', h.feature, 'actual', h.actual_micro, 'c', h.created_at,
      'k', h.api_key_id))
    from credit_hold h where h.id = any($3::uuid[]) and h.workspace_id = a.workspace_id), '[]'::json) as holds,
  coalesce((select json_agg(json_build_object('k', i.key, 'h', i.request_hash, 'r', i.response))
    from idempotency_record i where i.workspace_id = a.workspace_id and i.key = any($4::text[])), '[]'::json) as answers,
  coalesce((select json_agg(json_build_object('id', k.id, 'b', k.monthly_budget_micro, 's', coalesce(s.spent_micro, 0)))
    from api_key k left join api_key_spend s on s.api_key_id = k.id and s.month = $6
    where k.id = any($5::uuid[]) and k.workspace_id = a.workspace_id), '[]'::json) as api_keys
from credit_account a where a.workspace_id = $1`;

/**
 * Each part applies only if the account update did, i.e. the version was still the one read. Events take the
 * workspace's next seqs: every other writer of the feed (appendEvent) holds the account row's lock from before it
 * reads the last seq until it commits, so this update waits for it; if it wrote events meanwhile, the insert meets
 * the unique (workspace_id, seq) index and the whole statement fails, to be read and decided again.
 */
const PG_WRITE = `with acc as (
  update credit_account set version = $2, held_micro = $3, deficit_micro = $4, updated_at = $5
  where workspace_id = $1 and version = $6 returning workspace_id),
gu as (
  update credit_grant g set remaining_micro = u.r from unnest($7::uuid[], $8::bigint[]) as u(id, r)
  where g.id = u.id and g.workspace_id = $1 and exists (select 1 from acc) returning 1),
gi as (
  insert into credit_grant (id, workspace_id, source, label, original_micro, remaining_micro, expires_at, effective_at,
    seq, external_key, created_at)
  select x.id, $1, x.source, x.label, x.original_micro, x.remaining_micro, x.expires_at, x.effective_at, x.seq,
    x.external_key, x.created_at
  from json_to_recordset($9::json) as x(id uuid, source text, label text, original_micro bigint, remaining_micro bigint,
    expires_at timestamptz, effective_at timestamptz, seq int, external_key text, created_at timestamptz)
  where exists (select 1 from acc) returning 1),
hi as (
  insert into credit_hold (id, workspace_id, amount_micro, splits, status, feature, description, actual_micro,
    pending_settle, created_at, expires_at, resolved_at, api_key_id)
  select x.id, $1, x.amount_micro, x.splits, x.status, x.feature, x.description, x.actual_micro, null, x.created_at,
    x.expires_at, x.resolved_at, x.api_key_id
  from json_to_recordset($10::json) as x(id uuid, amount_micro bigint, splits jsonb, status text, feature text,
    description text, actual_micro bigint, created_at timestamptz, expires_at timestamptz, resolved_at timestamptz,
    api_key_id uuid)
  where exists (select 1 from acc) returning 1),
hu as (
  update credit_hold h set status = x.status, resolved_at = x.resolved_at,
    actual_micro = coalesce(x.actual_micro, h.actual_micro),
    pending_settle = case when x.actual_micro is null then h.pending_settle else null end
  from json_to_recordset($11::json) as x(id uuid, status text, resolved_at timestamptz, actual_micro bigint)
  where h.id = x.id and h.workspace_id = $1 and exists (select 1 from acc) returning 1),
ei as (
  insert into ledger_entry (id, workspace_id, seq, type, amount_micro, held_delta_micro, deficit_delta_micro, splits,
    charge_splits, description, details, feature, hold_id, grant_id, actor_kind, actor_id, idempotency_key, created_at)
  select x.id, $1, x.seq, x.type, x.amount_micro, x.held_delta_micro, x.deficit_delta_micro, x.splits, x.charge_splits,
    x.description, x.details, x.feature, x.hold_id, x.grant_id, x.actor_kind, x.actor_id, x.idempotency_key, x.created_at
  from json_to_recordset($12::json) as x(id uuid, seq int, type text, amount_micro bigint, held_delta_micro bigint,
    deficit_delta_micro bigint, splits jsonb, charge_splits jsonb, description text, details jsonb, feature text,
    hold_id uuid, grant_id uuid, actor_kind text, actor_id text, idempotency_key text, created_at timestamptz)
  where exists (select 1 from acc) returning 1),
ii as (
  insert into idempotency_record (id, workspace_id, key, operation, request_hash, response, running_until, created_at)
  select x.id, $1, x.key, x.operation, x.request_hash, x.response, null, x.created_at
  from json_to_recordset($13::json) as x(id uuid, key text, operation text, request_hash text, response jsonb,
    created_at timestamptz)
  where exists (select 1 from acc) returning 1),
ev as (
  insert into workspace_event (id, workspace_id, seq, type, data, created_at)
  select x.id, $1, (select coalesce(max(e.seq), 0) from workspace_event e where e.workspace_id = $1) + x.n, x.type,
    x.data, $5
  from json_to_recordset($14::json) as x(id uuid, n int, type text, data jsonb)
  where exists (select 1 from acc) returning 1),
sp as (
  insert into api_key_spend (api_key_id, month, workspace_id, spent_micro)
  select x.k, x.m, $1, x.d from json_to_recordset($15::json) as x(k uuid, m text, d bigint)
  where exists (select 1 from acc)
  on conflict (api_key_id, month) do update set spent_micro = api_key_spend.spent_micro + excluded.spent_micro
  returning 1)
select count(*)::int as n from acc`;

interface PgClient {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

const entryJson = (e: EntryRow) => ({
  id: e.id,
  seq: e.seq,
  type: e.type,
  amount_micro: e.amountMicro,
  held_delta_micro: e.heldDeltaMicro,
  deficit_delta_micro: e.deficitDeltaMicro,
  splits: e.splits,
  charge_splits: e.chargeSplits,
  description: e.description,
  details: e.details,
  feature: e.feature,
  hold_id: e.holdId,
  grant_id: e.grantId,
  actor_kind: e.actorKind,
  actor_id: e.actorId,
  idempotency_key: e.idempotencyKey,
  created_at: e.createdAt,
});

const grantJson = (g: GrantRow) => ({
  id: g.id,
  source: g.source,
  label: g.label,
  original_micro: g.originalMicro,
  remaining_micro: g.remainingMicro,
  expires_at: g.expiresAt,
  effective_at: g.effectiveAt,
  seq: g.seq,
  external_key: g.externalKey,
  created_at: g.createdAt,
});

const holdJson = (h: HoldRow, resolvedAt: Date | null) => ({
  id: h.id,
  amount_micro: h.amountMicro,
  splits: h.splits,
  status: h.status,
  feature: h.feature,
  description: h.description,
  actual_micro: h.actualMicro,
  created_at: h.createdAt,
  expires_at: h.expiresAt,
  resolved_at: resolvedAt,
  api_key_id: h.apiKeyId,
});

const answerJson = (a: AnswerRow) => ({
  id: a.id,
  key: a.key,
  operation: a.operation,
  request_hash: a.requestHash,
  response: a.response,
  created_at: a.createdAt,
});

function loadedFrom(row: Record<string, unknown>): LoadedAccount {
  const answers = new Map<string, StoredAnswer>();
  for (const a of parsed<{ k: string; h: string; r: unknown }[]>(row.answers)) {
    answers.set(a.k, { requestHash: a.h, response: a.r });
  }
  return {
    version: Number(row.version),
    heldMicro: safeMicro(row.held_micro),
    deficitMicro: safeMicro(row.deficit_micro),
    grants: parsed<RawGrant[]>(row.grants).map(grantOf),
    holds: new Map(parsed<RawHold[]>(row.holds).map((h) => [h.id, holdOf(h)])),
    answers,
    apiKeys: new Map(parsed<RawKeySpend[]>(row.api_keys).map((k) => [k.id, keySpendOf(k)])),
  };
}

/** Another writer took the seq an event of this write was to get: read and decide again. */
const isEventSeqTaken = (err: unknown): boolean => {
  const e = err as { code?: string; constraint?: string } | null;
  return e?.code === '23505' && e.constraint === 'workspace_event_workspace_id_seq_unique';
};

class PgLedgerStore implements LedgerStore {
  constructor(private readonly db: Db) {}

  apply<T>(workspaceId: string, wanted: Wanted, decide: Decide<T>): Promise<Applied<T>> {
    return withDriverConnection(this.db, (pg: PgClient) => this.applyOn(pg, workspaceId, wanted, decide));
  }

  private async applyOn<T>(pg: PgClient, workspaceId: string, wanted: Wanted, decide: Decide<T>): Promise<Applied<T>> {
    const read = await pg.query({
      name: 'hero-ledger-load',
      text: PG_LOAD,
      values: [workspaceId, wanted.grantIds, wanted.holdIds, wanted.keys, wanted.apiKeyIds, wanted.month],
    });
    const row = read.rows[0];
    if (!row) return { kind: 'missing' };
    const { changes, value } = decide(loadedFrom(row));
    if (!changes) return { kind: 'done', value, written: false };
    const written = await pg
      .query({
        name: 'hero-ledger-write',
        text: PG_WRITE,
        values: [
          workspaceId,
          changes.toVersion,
          changes.heldMicro,
          changes.deficitMicro,
          changes.now,
          changes.fromVersion,
          changes.grantUpdates.map((g) => g.id),
          changes.grantUpdates.map((g) => g.remainingMicro),
          JSON.stringify(changes.grantInserts.map(grantJson)),
          JSON.stringify(changes.holdInserts.map((h) => holdJson(h, h.status === 'ACTIVE' ? null : changes.now))),
          JSON.stringify(
            changes.holdUpdates.map((h) => ({
              id: h.id,
              status: h.status,
              resolved_at: h.resolvedAt,
              actual_micro: h.actualMicro,
            })),
          ),
          JSON.stringify(changes.entries.map(entryJson)),
          JSON.stringify(changes.answers.map(answerJson)),
          JSON.stringify(changes.events.map((e, i) => ({ id: e.id, n: i + 1, type: e.type, data: e.data }))),
          JSON.stringify(changes.spend.map((d) => ({ k: d.apiKeyId, m: d.month, d: d.deltaMicro }))),
        ],
      })
      .catch((err: unknown) => {
        if (isEventSeqTaken(err)) return null;
        throw err;
      });
    if (!written || Number(written.rows[0]?.n) !== 1) return { kind: 'conflict' };
    return { kind: 'done', value, written: true };
  }
}

/** Runs `use` on a driver connection taken from the ORM's pool, and gives the connection back after. */
async function withDriverConnection<C, R>(db: Db, use: (connection: C) => R | Promise<R>): Promise<R> {
  const { client } = db.connection().getKnex();
  const connection = (await client.acquireConnection()) as C;
  try {
    return await use(connection);
  } finally {
    await client.releaseConnection(connection);
  }
}

// ——— SQLite ———

interface SqliteStatement {
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): Record<string, unknown> | undefined;
  all(...params: unknown[]): Record<string, unknown>[];
}

interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}

const SQLITE = {
  begin: 'begin immediate',
  commit: 'commit',
  rollback: 'rollback',
  account: 'select version, held_micro, deficit_micro from credit_account where workspace_id = ?',
  holds:
    'select id, amount_micro as amount, splits, status, expires_at as x, description as d, feature as f, ' +
    'actual_micro as actual, created_at as c, api_key_id as k from credit_hold ' +
    'where workspace_id = ? and id in (select value from json_each(?))',
  grants:
    'select id, source, label, original_micro as o, remaining_micro as r, expires_at as x, effective_at as e, seq as s ' +
    'from credit_grant where workspace_id = ? and (remaining_micro > 0 or id in (select value from json_each(?)))',
  answers:
    'select key, request_hash, response from idempotency_record where workspace_id = ? and key in (select value from json_each(?))',
  api_keys:
    'select k.id, k.monthly_budget_micro as b, coalesce(s.spent_micro, 0) as s from api_key k ' +
    'left join api_key_spend s on s.api_key_id = k.id and s.month = ? ' +
    'where k.workspace_id = ? and k.id in (select value from json_each(?))',
  last_event: 'select coalesce(max(seq), 0) as last from workspace_event where workspace_id = ?',
  event_insert: 'insert into workspace_event (id, workspace_id, seq, type, data, created_at) values (?, ?, ?, ?, ?, ?)',
  spend_upsert:
    'insert into api_key_spend (api_key_id, month, workspace_id, spent_micro) values (?, ?, ?, ?) ' +
    'on conflict (api_key_id, month) do update set spent_micro = api_key_spend.spent_micro + excluded.spent_micro',
  account_update:
    'update credit_account set version = ?, held_micro = ?, deficit_micro = ?, updated_at = ? where workspace_id = ? and version = ?',
  grant_update: 'update credit_grant set remaining_micro = ? where id = ? and workspace_id = ?',
  grant_insert:
    'insert into credit_grant (id, workspace_id, source, label, original_micro, remaining_micro, expires_at, effective_at, ' +
    'seq, external_key, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  hold_insert:
    'insert into credit_hold (id, workspace_id, amount_micro, splits, status, feature, description, actual_micro, ' +
    'pending_settle, created_at, expires_at, resolved_at, api_key_id) values (?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?)',
  hold_update:
    'update credit_hold set status = ?, resolved_at = ?, actual_micro = coalesce(?, actual_micro), ' +
    'pending_settle = case when ? is null then pending_settle else null end where id = ? and workspace_id = ?',
  entry_insert:
    'insert into ledger_entry (id, workspace_id, seq, type, amount_micro, held_delta_micro, deficit_delta_micro, splits, ' +
    'charge_splits, description, details, feature, hold_id, grant_id, actor_kind, actor_id, idempotency_key, created_at) ' +
    'values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  answer_insert:
    'insert into idempotency_record (id, workspace_id, key, operation, request_hash, response, running_until, created_at) ' +
    'values (?, ?, ?, ?, ?, ?, null, ?)',
} as const;

const ms = (d: Date | null) => (d === null ? null : d.getTime());
const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

class SqliteLedgerStore implements LedgerStore {
  private readonly prepared = new WeakMap<SqliteDatabase, Map<keyof typeof SQLITE, SqliteStatement>>();

  constructor(private readonly db: Db) {}

  private statement(db: SqliteDatabase, name: keyof typeof SQLITE): SqliteStatement {
    let byName = this.prepared.get(db);
    if (!byName) this.prepared.set(db, (byName = new Map()));
    let s = byName.get(name);
    if (!s) byName.set(name, (s = db.prepare(SQLITE[name])));
    return s;
  }

  async apply<T>(workspaceId: string, wanted: Wanted, decide: Decide<T>): Promise<Applied<T>> {
    // The pool has one connection: holding it keeps the ORM's transactions out while this one runs.
    return withDriverConnection(this.db, (db: SqliteDatabase) => this.applySync(db, workspaceId, wanted, decide));
  }

  /** One synchronous transaction: nothing else runs on this process until it has committed. */
  private applySync<T>(db: SqliteDatabase, workspaceId: string, wanted: Wanted, decide: Decide<T>): Applied<T> {
    const s = (name: keyof typeof SQLITE) => this.statement(db, name);
    s('begin').run();
    try {
      const account = s('account').get(workspaceId);
      if (!account) {
        s('rollback').run();
        return { kind: 'missing' };
      }
      const holds = new Map(
        s('holds')
          .all(workspaceId, JSON.stringify(wanted.holdIds))
          .map((r) => [String(r.id), holdOf(r as unknown as RawHold)] as const),
      );
      const grantIds = [...wanted.grantIds, ...[...holds.values()].flatMap((h) => h.splits.map((x) => x.grantId))];
      const grants = s('grants')
        .all(workspaceId, JSON.stringify(grantIds))
        .map((r) => grantOf(r as unknown as RawGrant));
      const answers = new Map<string, StoredAnswer>();
      for (const a of s('answers').all(workspaceId, JSON.stringify(wanted.keys))) {
        answers.set(String(a.key), { requestHash: String(a.request_hash), response: parsed(a.response) });
      }
      const apiKeys = new Map(
        wanted.apiKeyIds.length
          ? s('api_keys')
              .all(wanted.month, workspaceId, JSON.stringify(wanted.apiKeyIds))
              .map((r) => [String(r.id), keySpendOf(r as unknown as RawKeySpend)] as const)
          : [],
      );
      const { changes, value } = decide({
        version: Number(account.version),
        heldMicro: safeMicro(account.held_micro),
        deficitMicro: safeMicro(account.deficit_micro),
        grants,
        holds,
        answers,
        apiKeys,
      });
      if (!changes) {
        s('commit').run();
        return { kind: 'done', value, written: false };
      }
      const t = changes.now.getTime();
      const moved = s('account_update').run(
        changes.toVersion,
        changes.heldMicro,
        changes.deficitMicro,
        t,
        workspaceId,
        changes.fromVersion,
      );
      if (moved.changes !== 1) throw new Error('credit account changed under its write lock');
      for (const g of changes.grantUpdates) s('grant_update').run(g.remainingMicro, g.id, workspaceId);
      for (const g of changes.grantInserts) {
        s('grant_insert').run(
          g.id,
          workspaceId,
          g.source,
          g.label,
          g.originalMicro,
          g.remainingMicro,
          ms(g.expiresAt),
          ms(g.effectiveAt),
          g.seq,
          g.externalKey,
          ms(g.createdAt),
        );
      }
      for (const h of changes.holdInserts) {
        s('hold_insert').run(
          h.id,
          workspaceId,
          h.amountMicro,
          JSON.stringify(h.splits),
          h.status,
          h.feature,
          h.description,
          h.actualMicro,
          ms(h.createdAt),
          ms(h.expiresAt),
          h.status === 'ACTIVE' ? null : t,
          h.apiKeyId,
        );
      }
      for (const h of changes.holdUpdates) {
        s('hold_update').run(h.status, ms(h.resolvedAt), h.actualMicro, h.actualMicro, h.id, workspaceId);
      }
      for (const e of changes.entries) {
        s('entry_insert').run(
          e.id,
          workspaceId,
          e.seq,
          e.type,
          e.amountMicro,
          e.heldDeltaMicro,
          e.deficitDeltaMicro,
          JSON.stringify(e.splits),
          json(e.chargeSplits),
          e.description,
          json(e.details),
          e.feature,
          e.holdId,
          e.grantId,
          e.actorKind,
          e.actorId,
          e.idempotencyKey,
          ms(e.createdAt),
        );
      }
      for (const a of changes.answers) {
        s('answer_insert').run(a.id, workspaceId, a.key, a.operation, a.requestHash, json(a.response), ms(a.createdAt));
      }
      if (changes.events.length) {
        // The write lock is held since BEGIN IMMEDIATE: nobody else can take these seqs.
        let seq = Number(s('last_event').get(workspaceId)?.last ?? 0);
        for (const e of changes.events) {
          s('event_insert').run(e.id, workspaceId, ++seq, e.type, JSON.stringify(e.data), t);
        }
      }
      for (const d of changes.spend) s('spend_upsert').run(d.apiKeyId, d.month, workspaceId, d.deltaMicro);
      s('commit').run();
      return { kind: 'done', value, written: true };
    } catch (err) {
      try {
        s('rollback').run();
      } catch {
        // no transaction left to roll back (BEGIN itself failed)
      }
      throw err;
    }
  }
}

export function createLedgerStore(db: Db): LedgerStore {
  return db.kind === 'postgresql' ? new PgLedgerStore(db) : new SqliteLedgerStore(db);
}

import { Grouped, type Settled } from '../../platform/grouped';
import { isUniqueViolation } from '../../platform/transaction';
import type { Db } from '../../platform/db';
import type { ActorKind } from './ledger.entities';
import { afterWrite, fromLoaded, type LedgerView } from './ledger.view';
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
  /**
   * The same under the account's row lock, taken before the read and held until the write commits: never
   * 'conflict', however many other writers the account has; they wait their turn instead.
   */
  applyLocked<T>(workspaceId: string, wanted: Wanted, decide: Decide<T>): Promise<Applied<T>>;
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
 * The writes of one or more accounts in one statement (and one commit). Each account's rows apply only if its
 * update did, i.e. its version was still the one its decision was made from; the statement returns the accounts
 * that applied. Events take each workspace's next seqs: every other writer of the feed (appendEvent) holds the
 * account row's lock from before it reads the last seq until it commits, so the account update waits for it; if
 * it wrote events meanwhile, the insert meets the unique (workspace_id, seq) index and the whole statement fails,
 * to be written again account by account. Accounts are listed in workspace order, so that two statements lock
 * the rows they share in the same order.
 */
const PG_WRITE = `with x_acc as (
  select * from json_to_recordset($1::json) as x(w uuid, to_v int, held bigint, deficit bigint, from_v int,
    at timestamptz)),
acc as (
  update credit_account a set version = x.to_v, held_micro = x.held, deficit_micro = x.deficit, updated_at = x.at
  from x_acc x where a.workspace_id = x.w and a.version = x.from_v returning a.workspace_id),
gu as (
  update credit_grant g set remaining_micro = u.r from json_to_recordset($2::json) as u(w uuid, id uuid, r bigint)
  where g.id = u.id and g.workspace_id = u.w and u.w in (select workspace_id from acc) returning 1),
gi as (
  insert into credit_grant (id, workspace_id, source, label, original_micro, remaining_micro, expires_at, effective_at,
    seq, external_key, created_at)
  select x.id, x.w, x.source, x.label, x.original_micro, x.remaining_micro, x.expires_at, x.effective_at, x.seq,
    x.external_key, x.created_at
  from json_to_recordset($3::json) as x(w uuid, id uuid, source text, label text, original_micro bigint,
    remaining_micro bigint, expires_at timestamptz, effective_at timestamptz, seq int, external_key text,
    created_at timestamptz)
  where x.w in (select workspace_id from acc) returning 1),
hi as (
  insert into credit_hold (id, workspace_id, amount_micro, splits, status, feature, description, actual_micro,
    pending_settle, created_at, expires_at, resolved_at, api_key_id)
  select x.id, x.w, x.amount_micro, x.splits, x.status, x.feature, x.description, x.actual_micro, null, x.created_at,
    x.expires_at, x.resolved_at, x.api_key_id
  from json_to_recordset($4::json) as x(w uuid, id uuid, amount_micro bigint, splits jsonb, status text, feature text,
    description text, actual_micro bigint, created_at timestamptz, expires_at timestamptz, resolved_at timestamptz,
    api_key_id uuid)
  where x.w in (select workspace_id from acc) returning 1),
hu as (
  update credit_hold h set status = x.status, resolved_at = x.resolved_at,
    actual_micro = coalesce(x.actual_micro, h.actual_micro),
    pending_settle = case when x.actual_micro is null then h.pending_settle else null end
  from json_to_recordset($5::json) as x(w uuid, id uuid, status text, resolved_at timestamptz, actual_micro bigint)
  where h.id = x.id and h.workspace_id = x.w and x.w in (select workspace_id from acc) returning 1),
ei as (
  insert into ledger_entry (id, workspace_id, seq, type, amount_micro, held_delta_micro, deficit_delta_micro, splits,
    charge_splits, description, details, feature, hold_id, grant_id, actor_kind, actor_id, idempotency_key, created_at)
  select x.id, x.w, x.seq, x.type, x.amount_micro, x.held_delta_micro, x.deficit_delta_micro, x.splits, x.charge_splits,
    x.description, x.details, x.feature, x.hold_id, x.grant_id, x.actor_kind, x.actor_id, x.idempotency_key, x.created_at
  from json_to_recordset($6::json) as x(w uuid, id uuid, seq int, type text, amount_micro bigint,
    held_delta_micro bigint, deficit_delta_micro bigint, splits jsonb, charge_splits jsonb, description text,
    details jsonb, feature text, hold_id uuid, grant_id uuid, actor_kind text, actor_id text, idempotency_key text,
    created_at timestamptz)
  where x.w in (select workspace_id from acc) returning 1),
ii as (
  insert into idempotency_record (id, workspace_id, key, operation, request_hash, response, running_until, created_at)
  select x.id, x.w, x.key, x.operation, x.request_hash, x.response, null, x.created_at
  from json_to_recordset($7::json) as x(w uuid, id uuid, key text, operation text, request_hash text, response jsonb,
    created_at timestamptz)
  where x.w in (select workspace_id from acc) returning 1),
ev as (
  insert into workspace_event (id, workspace_id, seq, type, data, created_at)
  select x.id, x.w, (select coalesce(max(e.seq), 0) from workspace_event e where e.workspace_id = x.w) + x.n, x.type,
    x.data, x.at
  from json_to_recordset($8::json) as x(w uuid, id uuid, n int, type text, data jsonb, at timestamptz)
  where x.w in (select workspace_id from acc) returning 1),
sp as (
  insert into api_key_spend (api_key_id, month, workspace_id, spent_micro)
  select x.k, x.m, x.w, x.d from json_to_recordset($9::json) as x(w uuid, k uuid, m text, d bigint)
  where x.w in (select workspace_id from acc)
  on conflict (api_key_id, month) do update set spent_micro = api_key_spend.spent_micro + excluded.spent_micro
  returning 1)
select workspace_id from acc`;

interface PgClient {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

const entryJson = (w: string, e: EntryRow, createdAt: Date | string) => ({
  w,
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
  created_at: createdAt,
});

const grantJson = (w: string, g: GrantRow) => ({
  w,
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

const holdJson = (w: string, h: HoldRow, resolvedAt: string | null, when: (d: Date) => Date | string) => ({
  w,
  id: h.id,
  amount_micro: h.amountMicro,
  splits: h.splits,
  status: h.status,
  feature: h.feature,
  description: h.description,
  actual_micro: h.actualMicro,
  created_at: when(h.createdAt),
  expires_at: h.expiresAt,
  resolved_at: resolvedAt,
  api_key_id: h.apiKeyId,
});

const answerJson = (w: string, a: AnswerRow, createdAt: Date | string) => ({
  w,
  id: a.id,
  key: a.key,
  operation: a.operation,
  request_hash: a.requestHash,
  response: a.response,
  created_at: createdAt,
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

/** One account's write. */
interface AccountWrite {
  workspaceId: string;
  changes: Changes;
}

/** A recordset parameter's JSON; most tables of a write have no rows. */
const rowsJson = (rows: object[]): string => (rows.length ? JSON.stringify(rows) : '[]');

/**
 * The parameters of PG_WRITE for these accounts' changes, one JSON recordset per table, in one pass. The
 * write's instant is turned into text once per account rather than once per row.
 */
function writeParams(writes: AccountWrite[]): string[] {
  const accounts: object[] = [];
  const grantUpdates: object[] = [];
  const grantInserts: object[] = [];
  const holdInserts: object[] = [];
  const holdUpdates: object[] = [];
  const entries: object[] = [];
  const answers: object[] = [];
  const events: object[] = [];
  const spend: object[] = [];
  for (const { workspaceId: w, changes: c } of writes) {
    const at = c.now.toISOString();
    const when = (d: Date) => (d === c.now ? at : d);
    accounts.push({ w, to_v: c.toVersion, held: c.heldMicro, deficit: c.deficitMicro, from_v: c.fromVersion, at });
    for (const g of c.grantUpdates) grantUpdates.push({ w, id: g.id, r: g.remainingMicro });
    for (const g of c.grantInserts) grantInserts.push(grantJson(w, g));
    for (const h of c.holdInserts) holdInserts.push(holdJson(w, h, h.status === 'ACTIVE' ? null : at, when));
    for (const h of c.holdUpdates) {
      const resolved = h.resolvedAt && when(h.resolvedAt);
      holdUpdates.push({ w, id: h.id, status: h.status, resolved_at: resolved, actual_micro: h.actualMicro });
    }
    for (const e of c.entries) entries.push(entryJson(w, e, when(e.createdAt)));
    for (const x of c.answers) answers.push(answerJson(w, x, when(x.createdAt)));
    c.events.forEach((e, i) => events.push({ w, id: e.id, n: i + 1, type: e.type, data: e.data, at }));
    for (const d of c.spend) spend.push({ w, k: d.apiKeyId, m: d.month, d: d.deltaMicro });
  }
  return [accounts, grantUpdates, grantInserts, holdInserts, holdUpdates, entries, answers, events, spend].map(
    rowsJson,
  );
}

/**
 * Group commit for the ledger's writes on PostgreSQL (platform/grouped.ts): while two statements run,
 * the writes that arrive wait and then go out together, many accounts in one statement and one commit.
 * Alone, a write waits for nothing. If a shared statement fails (a unique key met, a deadlock), each of its
 * accounts is written again on its own, so that one account's error is its own. Each write's answer: true
 * when its account was still at `changes.fromVersion` and everything was written, false when it was not.
 */
function groupCommit(db: Db): Grouped<AccountWrite, boolean> {
  const statement = async (writes: AccountWrite[]): Promise<Set<string>> =>
    db.withDriver(async (pg: PgClient) => {
      const { rows } = await pg.query({ name: 'hero-ledger-write', text: PG_WRITE, values: writeParams(writes) });
      return new Set(rows.map((r) => String(r.workspace_id)));
    });
  const alone = async (write: AccountWrite): Promise<Settled<boolean>> => {
    try {
      return { ok: true, value: (await statement([write])).has(write.workspaceId) };
    } catch (err) {
      // Another writer took the seq an event of this write was to get: read and decide again.
      return isEventSeqTaken(err) ? { ok: true, value: false } : { ok: false, error: err };
    }
  };
  return new Grouped(
    async (writes) => {
      if (writes.length === 1) return [await alone(writes[0]!)];
      // Rows shared with another statement are locked in the same order by both.
      const sorted = [...writes].sort((a, b) =>
        a.workspaceId < b.workspaceId ? -1 : a.workspaceId > b.workspaceId ? 1 : 0,
      );
      try {
        const applied = await statement(sorted);
        return writes.map((w) => ({ ok: true, value: applied.has(w.workspaceId) }));
      } catch {
        return Promise.all(writes.map(alone));
      }
    },
    // One write per account in a statement: its queue sends one at a time; this only guards it.
    { key: (w) => w.workspaceId },
  );
}

class PgLedgerStore implements LedgerStore {
  private readonly writes: Grouped<AccountWrite, boolean>;

  constructor(
    private readonly db: Db,
    private readonly view: LedgerView | null,
  ) {
    this.writes = groupCommit(db);
  }

  async apply<T>(workspaceId: string, wanted: Wanted, decide: Decide<T>): Promise<Applied<T>> {
    const known = this.view?.cover(workspaceId, wanted);
    if (known) {
      // Decided from what this process knows; the write applies only if the account is still at that version.
      // A decision that writes nothing (a refusal, say) is not proven by a write: it is made again from a read.
      const { changes, value } = decide(known.loaded);
      if (changes) {
        const written = await this.writes.call({ workspaceId, changes }).catch((err: unknown) => {
          // A key answered before, or a grant's external key taken: the read below finds out which.
          if (isUniqueViolation(err)) return false;
          throw err;
        });
        if (written) {
          this.view!.remember(workspaceId, afterWrite(known.from, changes));
          return { kind: 'done', value, written: true };
        }
      }
      this.view!.forget(workspaceId);
    }
    const row = await this.db.withDriver((pg: PgClient) => load(pg, workspaceId, wanted));
    if (!row) return { kind: 'missing' };
    const loaded = loadedFrom(row);
    const { changes, value } = decide(loaded);
    if (!changes) {
      this.view?.remember(workspaceId, fromLoaded(loaded));
      return { kind: 'done', value, written: false };
    }
    if (!(await this.writes.call({ workspaceId, changes }))) return { kind: 'conflict' };
    this.view?.remember(workspaceId, afterWrite(fromLoaded(loaded), changes));
    return { kind: 'done', value, written: true };
  }

  /**
   * Lock, read, decide, write, commit on one connection. The lock is a statement of its own: a read that
   * locked would wait for the row and then see its newest version, but compute the grants and holds beside
   * it from the snapshot it started with; a read after the lock sees everything committed before it.
   */
  async applyLocked<T>(workspaceId: string, wanted: Wanted, decide: Decide<T>): Promise<Applied<T>> {
    this.view?.forget(workspaceId);
    const applied = await this.db.withDriver(async (pg: PgClient) => {
      await pg.query({ name: 'hero-ledger-begin', text: 'begin', values: [] });
      try {
        const locked = await pg.query({ name: 'hero-ledger-lock', text: PG_LOCK, values: [workspaceId] });
        const row = locked.rows.length ? await load(pg, workspaceId, wanted) : undefined;
        if (!row) {
          await pg.query({ name: 'hero-ledger-rollback', text: 'rollback', values: [] });
          return { kind: 'missing' as const };
        }
        const loaded = loadedFrom(row);
        const { changes, value } = decide(loaded);
        if (changes) {
          const { rows } = await pg.query({
            name: 'hero-ledger-write',
            text: PG_WRITE,
            values: writeParams([{ workspaceId, changes }]),
          });
          if (!rows.length) throw new Error('credit account changed under its row lock');
        }
        await pg.query({ name: 'hero-ledger-commit', text: 'commit', values: [] });
        return { kind: 'done' as const, value, loaded, changes };
      } catch (err) {
        await pg.query({ name: 'hero-ledger-rollback', text: 'rollback', values: [] }).catch(() => undefined);
        throw err;
      }
    });
    if (applied.kind === 'missing') return applied;
    const { loaded, changes, value } = applied;
    this.view?.remember(workspaceId, changes ? afterWrite(fromLoaded(loaded), changes) : fromLoaded(loaded));
    return { kind: 'done', value, written: changes !== null };
  }
}

const PG_LOCK = 'select 1 from credit_account where workspace_id = $1 for update';

/** The account, the grants and holds it needs, the keys' answers and the API keys' budgets: one statement. */
async function load(pg: PgClient, workspaceId: string, wanted: Wanted): Promise<Record<string, unknown> | undefined> {
  const read = await pg.query({
    name: 'hero-ledger-load',
    text: PG_LOAD,
    values: [workspaceId, wanted.grantIds, wanted.holdIds, wanted.keys, wanted.apiKeyIds, wanted.month],
  });
  return read.rows[0];
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
    return this.db.withDriver((db: SqliteDatabase) => this.applySync(db, workspaceId, wanted, decide));
  }

  /** Every apply holds the database's write lock from its read to its commit. */
  applyLocked<T>(workspaceId: string, wanted: Wanted, decide: Decide<T>): Promise<Applied<T>> {
    return this.apply(workspaceId, wanted, decide);
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

/** `view`: what this process knows of accounts (PostgreSQL), to decide from before reading. */
export function createLedgerStore(db: Db, view: LedgerView | null = null): LedgerStore {
  return db.kind === 'postgresql' ? new PgLedgerStore(db, view) : new SqliteLedgerStore(db);
}

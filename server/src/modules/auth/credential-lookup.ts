import type { Db } from '../../platform/db';
import type { Role } from '../workspaces/membership.entity';

/** A session with its user and its membership in the session's workspace (none: no longer a member). */
const SESSION_SQL = `select s.id as session_id, s.user_id, s.workspace_id, s.expires_at, s.revoked_at,
  u.is_support, m.role
from auth_session s
join app_user u on u.id = s.user_id
join membership m on m.user_id = s.user_id and m.workspace_id = s.workspace_id
where s.token_hash = `;

const API_KEY_SQL = 'select id, workspace_id, scopes, revoked_at from api_key where secret_hash = ';

export interface SessionRow {
  session_id: string;
  user_id: string;
  workspace_id: string;
  expires_at: Date | string | number;
  revoked_at: Date | string | number | null;
  is_support: boolean | number;
  role: Role;
}

export interface ApiKeyRow {
  id: string;
  workspace_id: string;
  /** jsonb (PostgreSQL: parsed) or JSON text (SQLite). */
  scopes: string[] | string;
  revoked_at: Date | string | number | null;
}

/** Dates come back as Date (PostgreSQL) or epoch milliseconds (SQLite). */
export const toDate = (v: Date | string | number) =>
  v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v);

interface PgClient {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface SqliteStatement {
  get(...params: unknown[]): unknown;
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  pragma(sql: string, opts: { simple: true }): unknown;
}

/**
 * The two lookups every authenticated request needs (when not cached), one statement each, on the
 * driver itself: a named (prepared once per connection) query on PostgreSQL, a prepared statement
 * of better-sqlite3 on SQLite. Rows come back as plain objects: no entities, no identity map.
 */
export class CredentialLookup {
  private readonly statements = new WeakMap<object, Map<string, SqliteStatement>>();
  private dataVersion: unknown = undefined;
  private readonly kind: 'sqlite' | 'postgresql';

  constructor(private readonly db: Db) {
    this.kind = db.kind;
  }

  async session(tokenHash: string): Promise<SessionRow | null> {
    return this.one<SessionRow>('hero-auth-session', SESSION_SQL, tokenHash);
  }

  async apiKey(secretHash: string): Promise<ApiKeyRow | null> {
    return this.one<ApiKeyRow>('hero-auth-api-key', API_KEY_SQL, secretHash);
  }

  /**
   * SQLite: true when another connection (another process, such as `pnpm staff:grant`) committed
   * since the last call. `PRAGMA data_version` is a counter SQLite keeps in memory; the server's own
   * commits do not move it. PostgreSQL: always false, since other writers announce on the bus.
   */
  async changedElsewhere(): Promise<boolean> {
    if (this.kind !== 'sqlite') return false;
    const version = await this.withConnection((db) => (db as SqliteDatabase).pragma('data_version', { simple: true }));
    const changed = this.dataVersion !== undefined && version !== this.dataVersion;
    this.dataVersion = version;
    return changed;
  }

  private async one<T>(name: string, sql: string, param: string): Promise<T | null> {
    if (this.kind === 'postgresql') {
      return this.withConnection(async (client) => {
        const { rows } = await (client as PgClient).query({ name, text: `${sql}$1`, values: [param] });
        return (rows[0] as T | undefined) ?? null;
      });
    }
    return this.withConnection((db) => (this.prepared(db as SqliteDatabase, `${sql}?`).get(param) as T) ?? null);
  }

  private prepared(db: SqliteDatabase, sql: string): SqliteStatement {
    let byText = this.statements.get(db);
    if (!byText) this.statements.set(db, (byText = new Map()));
    let statement = byText.get(sql);
    if (!statement) byText.set(sql, (statement = db.prepare(sql)));
    return statement;
  }

  private withConnection<T>(work: (connection: unknown) => T | Promise<T>): Promise<T> {
    return this.db.withDriver(work);
  }
}

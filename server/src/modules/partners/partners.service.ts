import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../platform/sha256';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { NO_AUTH_CACHE, type AuthCacheLike } from '../../platform/auth-cache';
import type { Auth } from '../../platform/context';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { CredentialLookup } from '../auth/credential-lookup';
import { budgetMonthOf, budgetResetsAt } from '../ledger/ledger.service';
import { ApiKey, ApiKeySpend } from './api-key.entity';
import type { ApiKeyGql, ApiScope, CreatedApiKey } from './partners.types';

export const API_KEY_PREFIX = 'hmk_';
const hashSecret = (secret: string) => sha256Hex(secret);

const toGql = (k: ApiKey, spentMicro: number, now: Date): ApiKeyGql => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  scopes: k.scopes as ApiScope[],
  createdAt: k.createdAt,
  revokedAt: k.revokedAt,
  monthlyBudget: k.monthlyBudgetMicro,
  spentThisMonth: spentMicro,
  budgetResetsAt: budgetResetsAt(now),
});

/** A monthly budget as given: more than 0, or null for none. */
function checkBudget(micro: number | null | undefined): number | null {
  if (micro === null || micro === undefined) return null;
  if (!(micro > 0)) {
    throw new AppError('BAD_USER_INPUT', 'monthlyBudget: more than 0 credits, or null for no budget', {
      field: 'monthlyBudget',
    });
  }
  return micro;
}

/**
 * Partner API keys: created by owners and admins, shown once, stored hashed, revocable, and rate
 * limited per key (rate-limiter-flexible's in-memory limiter: per instance, which bounds a key at
 * N × the limit with N instances; its PostgreSQL store is the upgrade path when that matters).
 */
export class PartnersService {
  private readonly limiter: RateLimiterMemory;
  private readonly lookup: CredentialLookup;
  private cache: AuthCacheLike = NO_AUTH_CACHE;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    requestsPerMinute: number,
  ) {
    this.limiter = new RateLimiterMemory({ points: requestsPerMinute, duration: 60 });
    this.lookup = new CredentialLookup(db);
  }

  /** Keys are then resolved from the cache, and revocations are announced on the bus. */
  useCache(cache: AuthCacheLike): void {
    this.cache = cache;
  }

  async create(
    workspaceId: string,
    userId: string,
    name: string,
    scopes: ApiScope[],
    monthlyBudgetMicro: number | null = null,
  ): Promise<CreatedApiKey> {
    const budget = checkBudget(monthlyBudgetMicro);
    const secret = `${API_KEY_PREFIX}${randomBytes(30).toString('base64url')}`;
    const key = await this.db.run(async ({ em }) =>
      em.create(ApiKey, {
        workspace: workspaceId,
        name: name.trim(),
        prefix: secret.slice(0, 12),
        secretHash: hashSecret(secret),
        scopes: [...new Set(scopes)],
        createdBy: userId,
        createdAt: this.clock.now(),
        revokedAt: null,
        monthlyBudgetMicro: budget,
      }),
    );
    return { secret, apiKey: toGql(key, 0, this.clock.now()) };
  }

  /** The workspace's keys, each with what its holds count for this calendar month (UTC). */
  async list(workspaceId: string): Promise<ApiKeyGql[]> {
    const em = this.db.read();
    const now = this.clock.now();
    const [keys, spent] = await Promise.all([
      em.find(ApiKey, { workspace: workspaceId }, { orderBy: { createdAt: 'desc' } }),
      this.spentThisMonth(workspaceId, now),
    ]);
    return keys.map((k) => toGql(k, spent.get(k.id) ?? 0, now));
  }

  /**
   * Sets or clears (null) a key's monthly budget. It applies to holds decided from now on; holds already made
   * keep counting. A revoked key's budget cannot change.
   */
  async setBudget(workspaceId: string, id: string, monthlyBudgetMicro: number | null): Promise<ApiKeyGql> {
    const budget = checkBudget(monthlyBudgetMicro);
    const key = await this.db.run(async ({ em }) => {
      const found = await em.findOne(ApiKey, { id, workspace: workspaceId });
      if (!found) throw notFound('API key');
      if (found.revokedAt) throw new AppError('CONFLICT', 'This API key is revoked; its budget no longer changes');
      found.monthlyBudgetMicro = budget;
      return found;
    });
    const now = this.clock.now();
    return toGql(key, (await this.spentThisMonth(workspaceId, now)).get(key.id) ?? 0, now);
  }

  private async spentThisMonth(workspaceId: string, now: Date): Promise<Map<string, number>> {
    const rows = await this.db.read().find(ApiKeySpend, { workspaceId, month: budgetMonthOf(now) });
    return new Map(rows.map((r) => [r.apiKeyId, r.spentMicro]));
  }

  async revoke(workspaceId: string, id: string): Promise<ApiKeyGql> {
    const key = await this.db.run(async ({ em }) => {
      const found = await em.findOne(ApiKey, { id, workspace: workspaceId });
      if (!found) throw notFound('API key');
      found.revokedAt ??= this.clock.now();
      return found;
    });
    this.cache.announce({ kind: 'apiKey', id: key.id });
    const now = this.clock.now();
    return toGql(key, (await this.spentThisMonth(workspaceId, now)).get(key.id) ?? 0, now);
  }

  /** The caller behind a key, or null when unknown or revoked: from the cache, else one prepared statement. */
  async authenticate(secret: string): Promise<Auth | null> {
    const secretHash = hashSecret(secret);
    return this.cache.get<Auth>(
      `secret:${secretHash}`,
      async () => {
        const row = await this.lookup.apiKey(secretHash);
        if (!row || row.revoked_at !== null) return null;
        const scopes = typeof row.scopes === 'string' ? (JSON.parse(row.scopes) as string[]) : row.scopes;
        return Object.freeze({
          kind: 'apiKey' as const,
          apiKeyId: row.id,
          workspaceId: row.workspace_id,
          scopes: Object.freeze(scopes) as string[],
        });
      },
      (auth) => (auth.kind === 'apiKey' ? [`apiKey:${auth.apiKeyId}`] : []),
    );
  }

  /** Counts one request against the key's budget; RATE_LIMITED when it is spent. */
  async consume(apiKeyId: string, points = 1): Promise<void> {
    try {
      await this.limiter.consume(apiKeyId, points);
    } catch (res) {
      const retryMs = (res as { msBeforeNext?: number }).msBeforeNext ?? 60_000;
      throw new AppError('RATE_LIMITED', 'Too many requests for this API key; slow down', {
        retryAfterSeconds: Math.ceil(retryMs / 1000),
      });
    }
  }
}

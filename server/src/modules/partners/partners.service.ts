import { createHash, randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Auth } from '../../platform/context';
import type { Clock } from '../../platform/clock';
import { AppError, notFound } from '../../platform/errors';
import { ApiKey } from './api-key.entity';
import type { ApiKeyGql, ApiScope, CreatedApiKey } from './partners.types';

export const API_KEY_PREFIX = 'hmk_';
const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

const toGql = (k: ApiKey): ApiKeyGql => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  scopes: k.scopes as ApiScope[],
  createdAt: k.createdAt,
  revokedAt: k.revokedAt,
});

/**
 * Partner API keys: created by owners and admins, shown once, stored hashed, revocable, and rate
 * limited per key (rate-limiter-flexible's in-memory limiter: per instance, which bounds a key at
 * N × the limit with N instances; its PostgreSQL store is the upgrade path when that matters).
 */
export class PartnersService {
  private readonly limiter: RateLimiterMemory;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    requestsPerMinute: number,
  ) {
    this.limiter = new RateLimiterMemory({ points: requestsPerMinute, duration: 60 });
  }

  async create(workspaceId: string, userId: string, name: string, scopes: ApiScope[]): Promise<CreatedApiKey> {
    const secret = `${API_KEY_PREFIX}${randomBytes(30).toString('base64url')}`;
    const em = this.orm.em.fork();
    const key = em.create(ApiKey, {
      workspace: workspaceId,
      name: name.trim(),
      prefix: secret.slice(0, 12),
      secretHash: hashSecret(secret),
      scopes: [...new Set(scopes)],
      createdBy: userId,
      createdAt: this.clock.now(),
      revokedAt: null,
    });
    await em.flush();
    return { secret, apiKey: toGql(key) };
  }

  async list(workspaceId: string): Promise<ApiKeyGql[]> {
    const keys = await this.orm.em.fork().find(ApiKey, { workspace: workspaceId }, { orderBy: { createdAt: 'desc' } });
    return keys.map(toGql);
  }

  async revoke(workspaceId: string, id: string): Promise<ApiKeyGql> {
    const em = this.orm.em.fork();
    const key = await em.findOne(ApiKey, { id, workspace: workspaceId });
    if (!key) throw notFound('API key');
    key.revokedAt ??= this.clock.now();
    await em.flush();
    return toGql(key);
  }

  /** The caller behind a key, or null when unknown or revoked. */
  async authenticate(secret: string): Promise<Auth | null> {
    const key = await this.orm.em.fork().findOne(ApiKey, { secretHash: hashSecret(secret) });
    if (!key || key.revokedAt) return null;
    return { kind: 'apiKey', apiKeyId: key.id, workspaceId: key.workspace, scopes: key.scopes };
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

import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError, badInput, notFound } from '../../platform/errors';
import { isUniqueViolation } from '../../platform/transaction';
import { AdAccount, type AdPlatform } from './ad-account.entity';

/** Ad accounts of a workspace: add, edit, list, switch the active one. Never touches credits. */
export class AdAccountsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  list(workspaceId: string): Promise<AdAccount[]> {
    return this.db.read().find(AdAccount, { workspace: workspaceId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async get(workspaceId: string, id: string, em: EntityManager = this.db.read()): Promise<AdAccount> {
    const account = await em.findOne(AdAccount, { id, workspace: workspaceId });
    if (!account) throw notFound('Ad account');
    return account;
  }

  async active(workspaceId: string): Promise<AdAccount | null> {
    return this.db.read().findOne(AdAccount, { workspace: workspaceId, active: true });
  }

  /** The first account of a workspace becomes its active one. */
  async add(
    workspaceId: string,
    input: { name: string; platform: AdPlatform; externalId: string; currency?: string | null },
  ): Promise<AdAccount> {
    const name = input.name.trim();
    if (!name) throw badInput('name: must not be blank', 'name');
    try {
      return await this.db.run(async ({ em }) => {
        const now = this.clock.now();
        const hasActive = (await em.count(AdAccount, { workspace: workspaceId, active: true })) > 0;
        const account = em.create(AdAccount, {
          workspace: workspaceId,
          name,
          platform: input.platform,
          externalId: input.externalId,
          currency: input.currency ?? 'USD',
          active: !hasActive,
          createdAt: now,
          updatedAt: now,
        });
        await em.flush();
        return account;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'This ad account is already connected');
      throw err;
    }
  }

  async update(workspaceId: string, id: string, input: { name?: string | null; currency?: string | null }) {
    return this.db.run(async ({ em }) => {
      const account = await this.get(workspaceId, id, em);
      if (input.name != null) {
        const name = input.name.trim();
        if (!name) throw badInput('name: must not be blank', 'name');
        account.name = name;
      }
      if (input.currency != null) account.currency = input.currency;
      account.updatedAt = this.clock.now();
      await em.flush();
      return account;
    });
  }

  async setActive(workspaceId: string, id: string): Promise<AdAccount> {
    return this.db.run(async ({ em }) => {
      const account = await this.get(workspaceId, id, em);
      await em.nativeUpdate(AdAccount, { workspace: workspaceId, active: true, id: { $ne: id } }, { active: false });
      account.active = true;
      account.updatedAt = this.clock.now();
      await em.flush();
      return account;
    });
  }
}

import type { MikroORM } from '@mikro-orm/core';
import { formatCredits, LedgerInvariantError, replay } from '../ledger/core';
import { CreditAccount, CreditGrant, LedgerEntry } from '../ledger/ledger.entities';
import { notFound } from '../../platform/errors';
import { SupportAction, type SupportActionKind } from './support-action.entity';

export interface AuditResult {
  entries: number;
  grantedMicro: number;
  mismatches: string[];
}

/** Rebuilds a workspace's state from its ledger and compares it with what is stored (SPEC rule 1). */
export class SupportService {
  constructor(
    private readonly orm: MikroORM,
    private readonly now: () => Date,
  ) {}

  async record(
    workspaceId: string,
    supportUserId: string,
    kind: SupportActionKind,
    reason: string | null = null,
    amountMicro: number | null = null,
  ): Promise<void> {
    const em = this.orm.em.fork();
    em.create(SupportAction, { workspaceId, supportUserId, kind, reason, amountMicro, createdAt: this.now() });
    await em.flush();
  }

  async actions(workspaceId: string): Promise<SupportAction[]> {
    return this.orm.em.fork().find(SupportAction, { workspaceId }, { orderBy: { createdAt: 'desc' }, limit: 100 });
  }

  async audit(workspaceId: string): Promise<AuditResult> {
    const em = this.orm.em.fork();
    const account = await em.findOne(CreditAccount, { workspaceId });
    if (!account) throw notFound('Workspace');
    const [grants, entries] = await Promise.all([
      em.find(CreditGrant, { workspace: workspaceId }),
      em.find(LedgerEntry, { workspace: workspaceId }, { orderBy: { seq: 'asc' } }),
    ]);
    const mismatches: string[] = [];
    try {
      const replayed = replay(entries, grants);
      for (const g of grants) {
        const r = replayed.remainingByGrant.get(g.id) ?? 0;
        if (r !== g.remainingMicro)
          mismatches.push(`${g.label}: stored ${formatCredits(g.remainingMicro)}, ledger ${formatCredits(r)}`);
      }
      if (replayed.heldMicro !== account.heldMicro)
        mismatches.push(
          `reserved: stored ${formatCredits(account.heldMicro)}, ledger ${formatCredits(replayed.heldMicro)}`,
        );
      if (replayed.deficitMicro !== account.deficitMicro)
        mismatches.push(
          `deficit: stored ${formatCredits(account.deficitMicro)}, ledger ${formatCredits(replayed.deficitMicro)}`,
        );
    } catch (err) {
      if (!(err instanceof LedgerInvariantError)) throw err;
      mismatches.push(err.message);
    }
    if (entries.length !== account.version) mismatches.push(`version ${account.version} but ${entries.length} entries`);
    return { entries: entries.length, grantedMicro: grants.reduce((s, g) => s + g.originalMicro, 0), mismatches };
  }
}

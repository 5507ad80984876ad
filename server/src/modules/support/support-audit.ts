import type Stripe from 'stripe';
import type { Db } from '../../platform/db';
import { verify, type AuditConfig } from '../../audit';
import { formatCredits, LedgerInvariantError, replay } from '../ledger/core';
import { CreditAccount, CreditGrant, CreditHold, LedgerEntry } from '../ledger/ledger.entities';
import { toHold } from '../ledger/ledger.queries';
import type { GrantSourceGql, Hold } from '../ledger/ledger.types';
import { Workspace } from '../workspaces/workspace.entity';
import { notFound } from '../../platform/errors';
import { grantOrigin, grantUses } from './grant-breakdown';
import type { AuditGrant, ProviderCharge, ProviderPayments, Reconciliation } from './support.types';

export interface ReplayCheck {
  entries: number;
  grantedMicro: number;
  mismatches: string[];
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const at = (unixSeconds: number) => new Date(unixSeconds * 1000);
const idOf = (v: string | { id: string } | null | undefined) => (typeof v === 'string' ? v : (v?.id ?? null));

/**
 * What support reads about one workspace: the replay check, each grant's breakdown, the independent
 * auditor's reconciliation line and the payment provider's own record of the workspace's payments.
 * Read-only.
 */
export class SupportAudit {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly config: AuditConfig,
    private readonly stripe: () => Stripe | null,
  ) {}

  /** Rebuilds a workspace's state from its ledger and compares it with what is stored (SPEC rule 1). */
  async replayCheck(workspaceId: string): Promise<ReplayCheck> {
    const em = this.db.read();
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
    return { entries: entries.length, grantedMicro: sum(grants.map((g) => g.originalMicro)), mismatches };
  }

  /** Every grant, oldest first, with where its credits went and where it came from. */
  async grants(workspaceId: string): Promise<AuditGrant[]> {
    const em = this.db.read();
    const [grants, entries, holds] = await Promise.all([
      em.find(CreditGrant, { workspace: workspaceId }, { orderBy: { seq: 'asc' } }),
      em.find(LedgerEntry, { workspace: workspaceId }, { orderBy: { seq: 'asc' } }),
      em.find(CreditHold, { workspace: workspaceId, status: 'ACTIVE' }),
    ]);
    const uses = grantUses(
      entries,
      holds.flatMap((h) => h.splits),
    );
    const credits = new Map<string, LedgerEntry>();
    for (const e of entries)
      if (e.grantId && (e.type === 'GRANT' || e.type === 'ADJUSTMENT') && !credits.has(e.grantId))
        credits.set(e.grantId, e);
    return grants.map((g) => {
      const u = uses.get(g.id);
      return {
        id: g.id,
        label: g.label,
        source: g.source as GrantSourceGql,
        original: g.originalMicro,
        consumed: u?.consumedMicro ?? 0,
        expired: u?.expiredMicro ?? 0,
        revoked: u?.revokedMicro ?? 0,
        reserved: u?.reservedMicro ?? 0,
        remaining: g.remainingMicro,
        expiresAt: g.expiresAt,
        createdAt: g.createdAt,
        origin: grantOrigin(g, credits.get(g.id)),
      };
    });
  }

  async activeHolds(workspaceId: string): Promise<Hold[]> {
    const rows = await this.db
      .read()
      .find(CreditHold, { workspace: workspaceId, status: 'ACTIVE' }, { orderBy: { createdAt: 'asc' } });
    return rows.map(toHold);
  }

  /**
   * The independent auditor's line for this workspace (server/src/audit): free + reserved − deficit as
   * its facts say it must be, against the ledger's own rows.
   */
  async reconciliation(workspaceId: string): Promise<Reconciliation> {
    const report = await verify(this.db, this.stripe(), this.config, { workspaceIds: [workspaceId], now: this.now() });
    const r = report.workspaces[0];
    if (!r) throw notFound('Workspace');
    const mustHold =
      sum(r.expected.grants.map((g) => g.remainingMicro)) + r.expected.reservedMicro - r.expected.deficitMicro;
    const ledgerHolds = r.stored
      ? sum(r.stored.grants.map((g) => g.remainingMicro)) + r.stored.heldMicro - r.stored.deficitMicro
      : 0;
    return {
      mustHold,
      ledgerHolds,
      difference: ledgerHolds - mustHold,
      unsourcedGrants: r.unsourcedGrants,
      differences: r.differences,
      notes: [...report.notes, ...r.notes],
    };
  }

  /** Charges of the workspace's Stripe customer, newest first, each with its refunds and disputes. */
  async payments(workspaceId: string): Promise<ProviderPayments> {
    const ws = await this.db.read().findOne(Workspace, { id: workspaceId });
    if (!ws) throw notFound('Workspace');
    const stripe = this.stripe();
    const customerId = ws.stripeCustomerId;
    if (!stripe || !customerId) return { customerId, connected: Boolean(stripe), charges: [] };
    const list = await stripe.charges.list({ customer: customerId, limit: 100 });
    const charges = await Promise.all(list.data.map((c) => this.charge(stripe, c)));
    charges.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    return { customerId, connected: true, charges };
  }

  private async charge(stripe: Stripe, c: Stripe.Charge): Promise<ProviderCharge> {
    const [refunds, disputes] = await Promise.all([
      c.amount_refunded > 0 ? stripe.refunds.list({ charge: c.id, limit: 100 }) : null,
      c.disputed ? stripe.disputes.list({ charge: c.id, limit: 100 }) : null,
    ]);
    return {
      id: c.id,
      paymentIntentId: idOf(c.payment_intent),
      amountCents: c.amount,
      amountRefundedCents: c.amount_refunded,
      currency: c.currency,
      status: c.status,
      description: c.description,
      createdAt: at(c.created),
      refunds: (refunds?.data ?? []).map((r) => ({
        id: r.id,
        amountCents: r.amount,
        status: r.status ?? null,
        createdAt: at(r.created),
      })),
      disputes: (disputes?.data ?? []).map((d) => ({
        id: d.id,
        amountCents: d.amount,
        status: d.status,
        reason: d.reason,
        createdAt: at(d.created),
      })),
    };
  }
}

import type { FilterQuery } from '@mikro-orm/core';
import type { Db } from '../../platform/db';
import { badInput, notFound } from '../../platform/errors';
import { CreditGrant, CreditHold, LedgerEntry } from './ledger.entities';
import type {
  EntryTypeGql,
  GrantSourceGql,
  Hold,
  HoldStatusGql,
  Transaction,
  TransactionConnection,
  TransactionFilter,
} from './ledger.types';

const encodeCursor = (seq: number) => Buffer.from(`seq:${seq}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const match = /^seq:(\d{1,15})$/.exec(text);
  if (!match) throw badInput('after: not a cursor from this API', 'after');
  return Number(match[1]);
}

const numberOrNull = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const stringOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** Read side of the ledger: history pages, holds. Always scoped to one workspace. */
export class LedgerQueries {
  constructor(private readonly db: Db) {}

  async transactions(
    workspaceId: string,
    args: { first?: number | null; after?: string | null; filter?: TransactionFilter | null },
  ): Promise<TransactionConnection> {
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first: between 1 and 100', 'first');
    const where: FilterQuery<LedgerEntry> = { workspace: workspaceId };
    if (args.after) where.seq = { $lt: decodeCursor(args.after) };
    const f = args.filter;
    if (f?.types?.length) where.type = { $in: f.types };
    if (f?.feature) where.feature = f.feature;
    if (f?.from || f?.to) where.createdAt = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) };
    const em = this.db.read();
    const rows = await em.find(LedgerEntry, where, { orderBy: { seq: 'desc' }, limit: first + 1 });
    const page = rows.slice(0, first);
    const grantIds = [...new Set(page.flatMap((e) => (e.chargeSplits ?? e.splits).map((s) => s.grantId)))];
    const grants = grantIds.length ? await em.find(CreditGrant, { id: { $in: grantIds }, workspace: workspaceId }) : [];
    const byId = new Map(grants.map((g) => [g.id, g]));
    const edges = page.map((e) => ({ cursor: encodeCursor(e.seq), node: toTransaction(e, byId) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async hold(workspaceId: string, holdId: string): Promise<Hold> {
    const row = await this.db.read().findOne(CreditHold, { id: holdId, workspace: workspaceId });
    if (!row) throw notFound('Hold');
    return toHold(row);
  }
}

export function toTransaction(e: LedgerEntry, grants: Map<string, CreditGrant>): Transaction {
  const details = e.details ?? {};
  const splits = e.chargeSplits ?? e.splits;
  return {
    id: e.id,
    sequence: e.seq,
    type: e.type as EntryTypeGql,
    amount: e.amountMicro,
    charged: e.chargeSplits ? e.chargeSplits.reduce((sum, x) => sum + x.amountMicro, 0) + e.deficitDeltaMicro : null,
    reservedChange: e.heldDeltaMicro,
    deficitChange: e.deficitDeltaMicro,
    description: e.description,
    feature: e.feature,
    splits: splits.map((s) => {
      const g = grants.get(s.grantId);
      return {
        grantId: s.grantId,
        grantLabel: g?.label ?? 'Grant',
        grantSource: (g?.source ?? null) as GrantSourceGql | null,
        amount: s.amountMicro,
      };
    }),
    details: {
      inputTokens: numberOrNull(details.inputTokens),
      outputTokens: numberOrNull(details.outputTokens),
      rateCardVersion: stringOrNull(details.rateCardVersion),
      prorationFraction: stringOrNull(details.prorationFraction),
      json: e.details ? JSON.stringify(e.details) : null,
    },
    actorKind: e.actorKind,
    holdId: e.holdId,
    createdAt: e.createdAt,
  };
}

export const toHold = (
  h: Pick<
    CreditHold,
    'id' | 'amountMicro' | 'status' | 'actualMicro' | 'feature' | 'description' | 'expiresAt' | 'createdAt'
  >,
): Hold => ({
  id: h.id,
  amount: h.amountMicro,
  charged: h.status === 'SETTLED' ? h.actualMicro : 0,
  status: h.status as HoldStatusGql,
  feature: h.feature,
  description: h.description,
  expiresAt: h.expiresAt,
  createdAt: h.createdAt,
});

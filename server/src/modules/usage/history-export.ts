import { Readable } from 'node:stream';
import type { FilterQuery } from '@mikro-orm/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Auth } from '../../platform/context';
import { requireScope } from '../../platform/context';
import { readView, type Db, type ReadSource } from '../../platform/db';
import { AppError, badInput, unauthenticated } from '../../platform/errors';
import type { RequestServices as Services } from '../../platform/context';
import { formatCredits } from '../ledger/core';
import { CreditAccount, CreditGrant, LedgerEntry } from '../ledger/ledger.entities';
import { toTransaction } from '../ledger/ledger.queries';
import { EntryTypeGql, type Transaction } from '../ledger/ledger.types';
import { csvRow } from './csv';

/** Rows read per query: memory holds one page of entries (and their grants) at a time, whatever the export's size. */
export const EXPORT_PAGE_SIZE = 500;

/** The history query's filter, as query parameters: `types=CHARGE,GRANT&feature=…&from=…&to=…`. */
export interface ExportFilter {
  types?: EntryTypeGql[];
  feature?: string;
  from?: Date;
  to?: Date;
}

const TYPES = new Set<string>(Object.values(EntryTypeGql));

/** Query parameters to a filter; bad input gives BAD_USER_INPUT naming the parameter. */
export function parseExportFilter(query: Record<string, unknown>): ExportFilter {
  const one = (name: string): string | undefined => {
    const v = query[name];
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'string') throw badInput(`${name}: give it once`, name);
    return v;
  };
  const filter: ExportFilter = {};
  const types = one('types');
  if (types) {
    const list = types.split(',').map((t) => t.trim());
    const unknown = list.find((t) => !TYPES.has(t));
    if (unknown !== undefined) throw badInput(`types: "${unknown.slice(0, 40)}" is not a transaction type`, 'types');
    filter.types = list as EntryTypeGql[];
  }
  const feature = one('feature');
  if (feature !== undefined) {
    if (feature.length > 64) throw badInput('feature: at most 64 characters', 'feature');
    filter.feature = feature;
  }
  for (const name of ['from', 'to'] as const) {
    const text = one(name);
    if (text === undefined) continue;
    const date = new Date(text);
    if (text.length > 40 || Number.isNaN(date.getTime())) throw badInput(`${name}: not an ISO 8601 date`, name);
    filter[name] = date;
  }
  if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) {
    throw badInput('from: must be before to', 'from');
  }
  return filter;
}

/**
 * The filtered history of one workspace, oldest first, one page of entries at a time (keyset on the
 * per-workspace sequence, so each page is an index range read, however deep). The export is the ledger as it
 * was when it started: entries written while it streams (beyond `upToSeq`) are left out.
 */
export async function* historyPages(
  source: ReadSource,
  workspaceId: string,
  filter: ExportFilter,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Transaction[]> {
  const account = await readView(source).findOne(CreditAccount, { workspaceId });
  const upToSeq = account?.version ?? 0;
  let after = 0;
  while (after < upToSeq) {
    const em = readView(source);
    const where: FilterQuery<LedgerEntry> = { workspace: workspaceId, seq: { $gt: after, $lte: upToSeq } };
    if (filter.types?.length) where.type = { $in: filter.types };
    if (filter.feature) where.feature = filter.feature;
    if (filter.from || filter.to) {
      where.createdAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    }
    const rows = await em.find(LedgerEntry, where, { orderBy: { seq: 'asc' }, limit: pageSize });
    if (rows.length === 0) return;
    const grantIds = [...new Set(rows.flatMap((e) => (e.chargeSplits ?? e.splits).map((s) => s.grantId)))];
    const grants = grantIds.length ? await em.find(CreditGrant, { id: { $in: grantIds }, workspace: workspaceId }) : [];
    const byId = new Map(grants.map((g) => [g.id, g]));
    yield rows.map((e) => toTransaction(e, byId));
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.seq;
  }
}

export const CSV_HEADER = [
  'sequence',
  'date',
  'type',
  'feature',
  'description',
  'credits',
  'available_change',
  'reserved_change',
  'deficit_change',
  'charged',
  'split',
  'input_tokens',
  'output_tokens',
  'rate_card',
  'actor',
  'hold_id',
  'id',
] as const;

const credits = (micro: number | null) => (micro === null ? '' : formatCredits(micro));

/** "1.2 from Pro allocation, 0.5 from Top-up": what each grant paid or received, zero splits left out. */
function describeSplits(t: Transaction): string {
  return t.splits
    .filter((s) => s.amount !== 0)
    .map(
      (s) =>
        `${formatCredits(Math.abs(s.amount))} ${t.type === 'CHARGE' || s.amount < 0 ? 'from' : 'to'} ${s.grantLabel}`,
    )
    .join(', ');
}

/** One CSV line. `credits` is what the entry did to available + reserved: what the history shows. */
export function csvLine(t: Transaction): string {
  return csvRow([
    t.sequence,
    t.createdAt.toISOString(),
    t.type,
    t.feature ?? '',
    t.description,
    credits(t.amount + t.reservedChange),
    credits(t.amount),
    credits(t.reservedChange),
    credits(t.deficitChange),
    credits(t.charged),
    describeSplits(t),
    t.details.inputTokens,
    t.details.outputTokens,
    t.details.rateCardVersion ?? '',
    t.actorKind,
    t.holdId ?? '',
    t.id,
  ]);
}

/** One JSON line: the entry with the GraphQL `Transaction` type's field names and formats. */
export function jsonLine(t: Transaction): string {
  const details = t.details;
  return (
    JSON.stringify({
      id: t.id,
      sequence: t.sequence,
      type: t.type,
      amount: formatCredits(t.amount),
      charged: t.charged === null ? null : formatCredits(t.charged),
      reservedChange: formatCredits(t.reservedChange),
      deficitChange: formatCredits(t.deficitChange),
      description: t.description,
      feature: t.feature,
      splits: t.splits.map((s) => ({ ...s, amount: formatCredits(s.amount) })),
      details: {
        inputTokens: details.inputTokens,
        outputTokens: details.outputTokens,
        rateCardVersion: details.rateCardVersion,
        prorationFraction: details.prorationFraction,
        json: details.json,
      },
      actorKind: t.actorKind,
      holdId: t.holdId,
      createdAt: t.createdAt.toISOString(),
    }) + '\n'
  );
}

type Format = 'csv' | 'jsonl';

async function* lines(db: Db, workspaceId: string, filter: ExportFilter, format: Format) {
  if (format === 'csv') yield csvRow(CSV_HEADER);
  for await (const page of historyPages(db, workspaceId, filter)) {
    // One chunk per page: the socket gets a few hundred rows per write, and backpressure pauses the reads.
    yield page.map(format === 'csv' ? csvLine : jsonLine).join('');
  }
}

function sendError(reply: FastifyReply, err: unknown, services: Services): FastifyReply {
  if (err instanceof AppError) {
    const status = err.code === 'UNAUTHENTICATED' ? 401 : err.code === 'FORBIDDEN' ? 403 : 400;
    return reply.code(status).send({ error: { code: err.code, message: err.message, ...err.extensions } });
  }
  if (err instanceof GraphQLError) {
    const http = err.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
    for (const [k, v] of http?.headers ?? []) reply.header(k, v);
    const { http: _http, ...extensions } = err.extensions;
    return reply.code(http?.status ?? 500).send({ error: { ...extensions, message: err.message } });
  }
  services.logger.error({ err }, 'history export failed');
  return reply.code(500).send({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong' } });
}

/**
 * `GET /export/history.csv` and `GET /export/history.jsonl`: the whole filtered history of the caller's
 * workspace, streamed. Authenticated like GraphQL: the session cookie or a bearer token (a session or an API
 * key with the `USAGE_READ` scope; API keys count against their rate limit).
 */
export function routeHistoryExport(
  app: FastifyInstance,
  services: Services,
  authenticate: (request: FastifyRequest) => Promise<Auth | null>,
): void {
  const handler = (format: Format) => async (request: FastifyRequest, reply: FastifyReply) => {
    let workspaceId: string;
    let filter: ExportFilter;
    try {
      const auth = await authenticate(request);
      if (!auth) throw unauthenticated();
      workspaceId = requireScope({ services, auth }, 'usage:read').workspaceId;
      filter = parseExportFilter(request.query as Record<string, unknown>);
    } catch (err) {
      return sendError(reply, err, services);
    }
    const day = services.clock.now().toISOString().slice(0, 10);
    reply
      .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
      .header('content-disposition', `attachment; filename="credit-history-${day}.${format}"`)
      .header('cache-control', 'no-store');
    return reply.send(Readable.from(lines(services.db, workspaceId, filter, format)));
  };
  app.get('/export/history.csv', handler('csv'));
  app.get('/export/history.jsonl', handler('jsonl'));
}

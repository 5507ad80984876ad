import type { DatabaseKind } from '../../db/orm';
import type { Db } from '../../platform/db';
import { badInput } from '../../platform/errors';
import { DAY_MS } from './forecast';

export type Granularity = 'DAY' | 'WEEK';

const WEEK_MS = 7 * DAY_MS;
/** At most this many buckets in one answer (a bit over a year of days, three years of weeks). */
export const MAX_BUCKETS = 400;

export interface UsageCell {
  /** null: charges made without a feature key. */
  feature: string | null;
  creditsMicro: number;
  charges: number;
  inputTokens: number;
  outputTokens: number;
}

export interface UsageBucketRow {
  start: Date;
  end: Date;
  totalMicro: number;
  features: UsageCell[];
}

export interface UsageReport {
  from: Date;
  to: Date;
  granularity: Granularity;
  buckets: UsageBucketRow[];
  /** Per feature over the whole range, biggest first. */
  features: UsageCell[];
  totalMicro: number;
}

/**
 * Buckets are UTC days, or ISO weeks (Monday 00:00 UTC): the project has no per-workspace time zone. The range
 * is widened to whole buckets: `from` down to its bucket's start, `to` up to the next bucket boundary.
 */
export function alignRange(from: Date, to: Date, granularity: Granularity): { from: Date; to: Date; size: number } {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw badInput('range: not a date', 'range');
  if (from.getTime() >= to.getTime()) throw badInput('range: from must be before to', 'range');
  const size = granularity === 'WEEK' ? WEEK_MS : DAY_MS;
  // 1970-01-01 was a Thursday: Mondays are 4 days after the epoch, modulo a week.
  const origin = granularity === 'WEEK' ? 4 * DAY_MS : 0;
  const floor = (t: number) => Math.floor((t - origin) / size) * size + origin;
  const start = floor(from.getTime());
  const end = floor(to.getTime() - 1) + size;
  if ((end - start) / size > MAX_BUCKETS) {
    throw badInput(`range: at most ${MAX_BUCKETS} ${granularity === 'WEEK' ? 'weeks' : 'days'}`, 'range');
  }
  return { from: new Date(start), to: new Date(end), size };
}

const num = (v: unknown): number => {
  const n = Number(v ?? 0);
  if (!Number.isSafeInteger(n)) throw new RangeError(`${String(v)} is not a safe integer`);
  return n;
};

/**
 * What a charge cost, from its ledger entry: the effect on available plus the effect on reserved (a charge that
 * settles a 1.00 hold at 0.46 gives 0.54 back to available and takes 1.00 out of reserved). Same as the history's
 * `amount + reservedChange`, negated.
 */
const COST = '-(e.amount_micro + e.held_delta_micro)';

/** Usage and the window's spend, aggregated in SQL from the CHARGE entries of one workspace. */
export class UsageQueries {
  constructor(
    private readonly db: Db,
    private readonly kind: DatabaseKind,
  ) {}

  private sql<T>(text: string, params: unknown[]): Promise<T[]> {
    return this.db.execute<T>(text, params);
  }

  /** A created_at bound as the driver stores it (SQLite: epoch milliseconds). */
  private at(d: Date): Date | number {
    return this.kind === 'postgresql' ? d : d.getTime();
  }

  /** Milliseconds since the epoch of `e.created_at`, as a number. */
  private epochMs(): string {
    return this.kind === 'postgresql' ? '(extract(epoch from e.created_at) * 1000)' : 'e.created_at';
  }

  private token(key: 'inputTokens' | 'outputTokens'): string {
    return this.kind === 'postgresql'
      ? `case when jsonb_typeof(e.details->'${key}') = 'number' then (e.details->>'${key}')::bigint else 0 end`
      : `coalesce(cast(json_extract(e.details, '$.${key}') as integer), 0)`;
  }

  async usage(workspaceId: string, range: { from: Date; to: Date }, granularity: Granularity): Promise<UsageReport> {
    const { from, to, size } = alignRange(range.from, range.to, granularity);
    const bucket =
      this.kind === 'postgresql'
        ? `floor((${this.epochMs()} - ?) / ?)::int`
        : `cast((${this.epochMs()} - ?) / ? as integer)`;
    const rows = await this.sql<{
      bucket: number | string;
      feature: string | null;
      credits: number | string;
      charges: number | string;
      input_tokens: number | string | null;
      output_tokens: number | string | null;
    }>(
      `select ${bucket} as bucket, e.feature as feature, sum(${COST}) as credits, count(*) as charges,
         sum(${this.token('inputTokens')}) as input_tokens, sum(${this.token('outputTokens')}) as output_tokens
       from ledger_entry e
       where e.workspace_id = ? and e.type = 'CHARGE' and e.created_at >= ? and e.created_at < ?
       group by 1, 2`,
      [from.getTime(), size, workspaceId, this.at(from), this.at(to)],
    );

    const count = Math.round((to.getTime() - from.getTime()) / size);
    const buckets: UsageBucketRow[] = Array.from({ length: count }, (_, i) => ({
      start: new Date(from.getTime() + i * size),
      end: new Date(from.getTime() + (i + 1) * size),
      totalMicro: 0,
      features: [],
    }));
    const totals = new Map<string | null, UsageCell>();
    for (const r of rows) {
      const cell: UsageCell = {
        feature: r.feature,
        creditsMicro: num(r.credits),
        charges: num(r.charges),
        inputTokens: num(r.input_tokens),
        outputTokens: num(r.output_tokens),
      };
      const b = buckets[num(r.bucket)];
      if (!b) continue; // cannot happen: the where clause keeps rows inside the range
      b.features.push(cell);
      b.totalMicro += cell.creditsMicro;
      const t = totals.get(cell.feature) ?? { ...cell, creditsMicro: 0, charges: 0, inputTokens: 0, outputTokens: 0 };
      t.creditsMicro += cell.creditsMicro;
      t.charges += cell.charges;
      t.inputTokens += cell.inputTokens;
      t.outputTokens += cell.outputTokens;
      totals.set(cell.feature, t);
    }
    const byKey = (a: UsageCell, b: UsageCell) => (a.feature ?? '').localeCompare(b.feature ?? '');
    for (const b of buckets) b.features.sort(byKey);
    const features = [...totals.values()].sort((a, b) => b.creditsMicro - a.creditsMicro || byKey(a, b));
    return {
      from,
      to,
      granularity,
      buckets,
      features,
      totalMicro: features.reduce((s, f) => s + f.creditsMicro, 0),
    };
  }

  /** What charges spent in [since, until), how many there were, and when the workspace's ledger began. */
  async spentSince(
    workspaceId: string,
    since: Date,
    until: Date,
  ): Promise<{ spentMicro: number; charges: number; firstEntryAt: Date | null }> {
    const [row] = await this.sql<{ spent: number | string | null; charges: number | string; first_at: unknown }>(
      `select
         (select sum(${COST}) from ledger_entry e
            where e.workspace_id = ? and e.type = 'CHARGE' and e.created_at >= ? and e.created_at < ?) as spent,
         (select count(*) from ledger_entry e
            where e.workspace_id = ? and e.type = 'CHARGE' and e.created_at >= ? and e.created_at < ?) as charges,
         (select min(e.created_at) from ledger_entry e where e.workspace_id = ?) as first_at`,
      [workspaceId, this.at(since), this.at(until), workspaceId, this.at(since), this.at(until), workspaceId],
    );
    const first = row?.first_at;
    return {
      spentMicro: num(row?.spent),
      charges: num(row?.charges),
      firstEntryAt:
        first === null || first === undefined ? null : first instanceof Date ? first : new Date(first as string),
    };
  }
}

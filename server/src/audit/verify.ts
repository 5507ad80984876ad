import type Stripe from 'stripe';
import type { Config } from '../platform/config';
import { MICRO_PER_CREDIT } from './amounts';
import { auditWorkspace, type WorkspaceReport } from './audit';
import { readLedger, readWorkspaces, type AuditSource, type LedgerRows, type WorkspaceRow } from './collect-ledger';
import { ProviderFacts } from './collect-stripe';
import { emptyFacts, type AdjustmentFact, type GrantFact, type WorkspaceFacts } from './facts';
import { credits, plural } from './words';

export type AuditConfig = Pick<
  Config,
  | 'plans'
  | 'TOPUP_PACK_CREDITS'
  | 'TOPUP_PACK_PRICE_CENTS'
  | 'OVERRUN_ALLOWANCE_PERCENT'
  | 'OVERRUN_ALLOWANCE_MIN_MICRO'
>;

/** A caller's own record of what it asked the ledger for: facts for grants nothing else explains. */
export interface CallerFacts {
  grants?: Map<string, GrantFact>;
  /** Adjustments in the order they were made, both signs. */
  adjustments?: AdjustmentFact[];
}

export interface VerifyOptions {
  /** Only these workspaces (default: every workspace). */
  workspaceIds?: string[];
  facts?: Map<string, CallerFacts>;
  /** The time "available" is reported for (default: now). */
  now?: Date;
  /** Workspaces read per round of queries. */
  batchSize?: number;
}

export interface VerifyReport {
  workspaces: WorkspaceReport[];
  differences: number;
  unsourcedGrants: number;
  notes: string[];
}

/**
 * The independent auditor over a database: reads the ledger's tables with plain SQL, the payment
 * provider through `stripe` (or, without one, leaves payment grants unsourced and says so), and
 * checks every workspace against the credit rules.
 */
export async function verify(
  orm: AuditSource,
  stripe: Stripe | null,
  config: AuditConfig,
  opts: VerifyOptions = {},
): Promise<VerifyReport> {
  const provider = stripe ? new ProviderFacts(stripe, packOf(config), plansOf(config)) : null;
  await provider?.init();
  const notes = provider ? [] : ['no payment provider: grants from payments and invoices are unsourced'];
  const workspaces = await readWorkspaces(orm, opts.workspaceIds);
  const reports: WorkspaceReport[] = [];
  const batch = opts.batchSize ?? 100;
  for (let i = 0; i < workspaces.length; i += batch) {
    const slice = workspaces.slice(i, i + batch);
    const rows = await readLedger(
      orm,
      slice.map((w) => w.id),
    );
    for (const ws of slice) reports.push(await auditOne(ws, rows.get(ws.id)!, provider, config, opts));
  }
  return {
    workspaces: reports,
    differences: reports.reduce((n, r) => n + r.differences.length, 0),
    unsourcedGrants: reports.reduce((n, r) => n + r.unsourcedGrants, 0),
    notes,
  };
}

async function auditOne(
  ws: WorkspaceRow,
  rows: LedgerRows,
  provider: ProviderFacts | null,
  config: AuditConfig,
  opts: VerifyOptions,
): Promise<WorkspaceReport> {
  const now = opts.now ?? new Date();
  const facts = provider ? await provider.forWorkspace(ws.stripeCustomerId, rows.grants, now) : emptyFacts();
  return auditWorkspace({
    workspaceId: ws.id,
    name: ws.name,
    schedule: rows.schedule,
    grants: rows.grants,
    holds: rows.holds,
    account: rows.account,
    runs: rows.runs,
    facts: withCallerFacts(
      { ...facts, voidedGrants: new Set(rows.voidedGrants) },
      rows.adjustments,
      opts.facts?.get(ws.id),
    ),
    overrun: { percent: config.OVERRUN_ALLOWANCE_PERCENT, minimumMicro: config.OVERRUN_ALLOWANCE_MIN_MICRO },
    now,
  });
}

function withCallerFacts(facts: WorkspaceFacts, support: AdjustmentFact[], caller?: CallerFacts): WorkspaceFacts {
  const grants = new Map(facts.grants);
  for (const [id, fact] of caller?.grants ?? []) grants.set(id, fact);
  return { ...facts, grants, adjustments: [...support, ...(caller?.adjustments ?? [])] };
}

const packOf = (config: AuditConfig) => ({
  creditsMicro: config.TOPUP_PACK_CREDITS * MICRO_PER_CREDIT,
  priceCents: config.TOPUP_PACK_PRICE_CENTS,
});

const plansOf = (config: AuditConfig) =>
  config.plans.map((p) => ({
    code: p.code,
    name: p.name,
    creditsMicro: p.creditsPerPeriod * MICRO_PER_CREDIT,
    stripePriceId: p.stripePriceId,
  }));

/** One line per workspace (its differences indented below it) and a summary. */
export function formatReport(report: VerifyReport, opts: { verbose?: boolean } = {}): string[] {
  const lines: string[] = [];
  for (const r of report.workspaces) {
    const e = r.expected;
    const state = `available ${credits(e.availableMicro)}, reserved ${credits(e.reservedMicro)}, deficit ${credits(e.deficitMicro)}`;
    const grants = `${plural(e.grants.length, 'grant')}${r.unsourcedGrants ? `, ${r.unsourcedGrants} unsourced` : ''}`;
    const verdict = r.differences.length ? `DIFF ${plural(r.differences.length, 'difference')}` : 'ok';
    lines.push(`${verdict.padEnd(4)} ${r.workspaceId} "${r.name}": ${state} (${grants})`);
    for (const d of r.differences) lines.push(`       ${d}`);
    if (opts.verbose) lines.push(...details(r));
  }
  const failing = report.workspaces.filter((r) => r.differences.length).length;
  lines.push(
    `${plural(report.workspaces.length, 'workspace')} audited: ${failing} with differences, ` +
      `${plural(report.differences, 'difference')}; ${plural(report.unsourcedGrants, 'unsourced grant')}`,
  );
  for (const n of report.notes) lines.push(`note: ${n}`);
  return lines;
}

function details(r: WorkspaceReport): string[] {
  const stored = new Map(r.stored?.grants.map((g) => [g.id, g]));
  const out = r.expected.grants.map((g) => {
    const s = stored.get(g.id);
    return (
      `       grant "${g.label}" (${g.origin}): original ${credits(g.originalMicro)}, remaining ${credits(g.remainingMicro)}` +
      (s ? `; ledger ${credits(s.originalMicro)}, ${credits(s.remainingMicro)}` : '')
    );
  });
  for (const u of r.unsourced) out.push(`       unsourced: ${u}`);
  for (const n of r.notes) out.push(`       note: ${n}`);
  return out;
}

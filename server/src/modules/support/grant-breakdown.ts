/**
 * Where every credit of each grant went, derived from the ledger's own entries (their splits by type), so
 * support reads the same numbers the history shows. Pure: rows in, numbers out.
 *
 * For every grant: original = consumed + expired + revoked + reserved + remaining. Splits are changes to a
 * grant's free remaining; a CHARGE's `chargeSplits` are what it took (from its hold and, for an overrun,
 * from free credits), so a charge counts once, from `chargeSplits`.
 */

export interface SplitRow {
  grantId: string;
  amountMicro: number;
}

export interface EntryRow {
  type: string;
  grantId: string | null;
  splits: SplitRow[];
  chargeSplits: SplitRow[] | null;
  description: string;
  details: Record<string, unknown> | null;
}

export interface GrantUse {
  consumedMicro: number;
  expiredMicro: number;
  revokedMicro: number;
  reservedMicro: number;
}

export interface GrantOriginRow {
  periodStart: Date | null;
  periodEnd: Date | null;
  prorationFraction: string | null;
  paymentId: string | null;
  invoiceId: string | null;
  reason: string | null;
  description: string;
}

const ZERO = (): GrantUse => ({ consumedMicro: 0, expiredMicro: 0, revokedMicro: 0, reservedMicro: 0 });

/** Which bucket a taken (negative) split of an entry type lands in; HOLD and RELEASE move reserved, below. */
const TAKEN: Record<string, keyof GrantUse | undefined> = {
  EXPIRY: 'expiredMicro',
  REFUND: 'revokedMicro',
  REVERSAL: 'revokedMicro',
  ADJUSTMENT: 'consumedMicro',
  DEFICIT_REPAYMENT: 'consumedMicro',
};

export function grantUses(entries: readonly EntryRow[], activeHoldSplits: readonly SplitRow[]): Map<string, GrantUse> {
  const uses = new Map<string, GrantUse>();
  const of = (id: string) => {
    let u = uses.get(id);
    if (!u) uses.set(id, (u = ZERO()));
    return u;
  };
  for (const e of entries) {
    if (e.type === 'CHARGE') {
      for (const s of e.chargeSplits ?? []) of(s.grantId).consumedMicro += s.amountMicro;
      continue;
    }
    const bucket = TAKEN[e.type];
    if (!bucket) continue;
    for (const s of e.splits) if (s.amountMicro < 0) of(s.grantId)[bucket] -= s.amountMicro;
  }
  // Active holds reserve part of a grant; settled and released ones are already in the buckets above.
  for (const s of activeHoldSplits) of(s.grantId).reservedMicro -= s.amountMicro;
  return uses;
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const date = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : null);

/** The origin of a grant from the entry that credited it (GRANT or ADJUSTMENT naming the grant). */
export function grantOrigin(
  grant: { id: string; source: string; effectiveAt: Date; expiresAt: Date | null },
  credit: EntryRow | undefined,
): GrantOriginRow {
  const d = credit?.details ?? {};
  const plan = grant.source === 'PLAN_ALLOCATION';
  return {
    periodStart: date(d.periodStart) ?? (plan ? grant.effectiveAt : null),
    periodEnd: date(d.periodEnd) ?? (plan || grant.source === 'PRORATION' ? grant.expiresAt : null),
    prorationFraction: str(d.prorationFraction),
    paymentId: str(d.paymentIntentId),
    invoiceId: str(d.invoiceId),
    reason: str(d.reason),
    description: credit?.description ?? '',
  };
}

import type { Books } from './books';
import type { WorkspaceInput } from './facts';
import { grantName, replaySchedule, type ReplayResult } from './replay';
import { credits } from './words';

/** What one workspace must hold, what the ledger stores, and every difference in words. */
export interface WorkspaceReport {
  workspaceId: string;
  name: string;
  expected: {
    grants: {
      id: string;
      label: string;
      origin: string;
      unsourced: boolean;
      originalMicro: number;
      remainingMicro: number;
    }[];
    reservedMicro: number;
    deficitMicro: number;
    /** At the time of the audit, never below 0. */
    availableMicro: number;
  };
  stored: {
    grants: { id: string; label: string; originalMicro: number; remainingMicro: number }[];
    heldMicro: number;
    deficitMicro: number;
  } | null;
  differences: string[];
  unsourced: string[];
  unsourcedGrants: number;
  notes: string[];
}

/**
 * The pure audit of one workspace: facts and schedule in, expected state and differences out.
 * No I/O; the collecting part (verify.ts) or a test supplies the input.
 */
export function auditWorkspace(input: WorkspaceInput): WorkspaceReport {
  const replay = replaySchedule(input);
  const { books } = replay;
  const differences = [
    ...replay.differences,
    ...compareGrants(input, replay),
    ...compareAccount(input, books),
    ...compareHolds(input, books),
    ...compareRuns(input),
    ...missingGrants(input),
  ];
  return {
    workspaceId: input.workspaceId,
    name: input.name,
    expected: {
      grants: input.grants.flatMap((g) => {
        const pot = books.pot(g.id);
        if (!pot) return [];
        return [
          {
            id: g.id,
            label: g.label,
            origin: replay.origins.get(g.id) ?? 'unsourced',
            unsourced: replay.unsourcedGrantIds.has(g.id),
            originalMicro: pot.originalMicro,
            remainingMicro: pot.freeMicro,
          },
        ];
      }),
      reservedMicro: books.reservedMicro,
      deficitMicro: books.owedMicro,
      availableMicro: books.availableAt(input.now),
    },
    stored: input.account && {
      grants: input.grants.map((g) => ({
        id: g.id,
        label: g.label,
        originalMicro: g.originalMicro,
        remainingMicro: g.remainingMicro,
      })),
      heldMicro: input.account.heldMicro,
      deficitMicro: input.account.deficitMicro,
    },
    differences,
    unsourced: replay.unsourced,
    unsourcedGrants: replay.unsourcedGrantIds.size,
    notes: input.facts.notes,
  };
}

function compareGrants(input: WorkspaceInput, replay: ReplayResult): string[] {
  const out: string[] = [];
  for (const g of input.grants) {
    const pot = replay.books.pot(g.id);
    const name = grantName(g, replay.origins.get(g.id));
    if (!pot) {
      out.push(`${name}: stored with ${credits(g.originalMicro)} credits, but no entry credits it`);
      continue;
    }
    if (pot.originalMicro !== g.originalMicro)
      out.push(`${name}: must be ${credits(pot.originalMicro)} credits, ledger granted ${credits(g.originalMicro)}`);
    if (pot.freeMicro !== g.remainingMicro)
      out.push(`${name}: must hold ${credits(pot.freeMicro)}, ledger holds ${credits(g.remainingMicro)}`);
  }
  return out;
}

function compareAccount(input: WorkspaceInput, books: Books): string[] {
  const a = input.account;
  if (!a) return ['no credit account is stored'];
  const out: string[] = [];
  if (books.reservedMicro !== a.heldMicro)
    out.push(`reserved: must be ${credits(books.reservedMicro)}, ledger says ${credits(a.heldMicro)}`);
  if (books.owedMicro !== a.deficitMicro)
    out.push(`deficit: must be ${credits(books.owedMicro)}, ledger says ${credits(a.deficitMicro)}`);
  if (a.deficitMicro > 0) {
    const beside = input.grants.filter(
      (g) => g.remainingMicro > 0 && (g.expiresAt === null || g.expiresAt > books.now),
    );
    for (const g of beside)
      out.push(
        `the ledger's deficit of ${credits(a.deficitMicro)} stands beside ${credits(g.remainingMicro)} free in grant "${g.label}"`,
      );
  }
  return out;
}

const SAME_OUTCOME: Record<string, string> = {
  ACTIVE: 'ACTIVE',
  SETTLED: 'SETTLED',
  RELEASED: 'RELEASED',
  EXPIRED: 'RELEASED',
};

function compareHolds(input: WorkspaceInput, books: Books): string[] {
  const out: string[] = [];
  for (const h of input.holds) {
    const outcome = books.holdOutcome(h.id);
    if (!outcome) out.push(`hold ${h.id} (${credits(h.amountMicro)}) is stored, but no entry places it`);
    else if (SAME_OUTCOME[h.status] !== outcome)
      out.push(`hold ${h.id}: the entries leave it ${outcome.toLowerCase()}, it is stored as ${h.status}`);
  }
  return [...out, ...holdEntries(input)];
}

/**
 * The hold row is the auditor's fact for a hold's amount and actual cost; the ledger's own HOLD and
 * CHARGE entries must say the same (a HOLD moves −amount; a CHARGE moves amount − actual).
 */
function holdEntries(input: WorkspaceInput): string[] {
  const holds = new Map(input.holds.map((h) => [h.id, h]));
  const out: string[] = [];
  for (const row of input.schedule) {
    const h = row.holdId ? holds.get(row.holdId) : undefined;
    if (!h) continue;
    if (row.type === 'HOLD' && -row.entryMicro !== h.amountMicro)
      out.push(
        `hold ${h.id}: entry #${row.seq} reserved ${credits(-row.entryMicro)}, the hold row says ${credits(h.amountMicro)}`,
      );
    if (row.type === 'CHARGE' && h.amountMicro - row.entryMicro !== h.actualMicro)
      out.push(
        `hold ${h.id}: entry #${row.seq} charged ${credits(h.amountMicro - row.entryMicro)}, the hold row says ${credits(h.actualMicro)}`,
      );
  }
  return out;
}

/** A metered run's own record must agree with its hold: what it reserved, and what it was charged. */
function compareRuns(input: WorkspaceInput): string[] {
  const holds = new Map(input.holds.map((h) => [h.id, h]));
  const out: string[] = [];
  for (const run of input.runs) {
    if (!run.holdId) continue;
    const hold = holds.get(run.holdId);
    const name = `${run.feature} run ${run.id}`;
    if (!hold) {
      out.push(`${name}: names hold ${run.holdId}, which is not stored`);
      continue;
    }
    if (run.heldMicro !== hold.amountMicro)
      out.push(`${name}: reserved ${credits(run.heldMicro)}, its hold is ${credits(hold.amountMicro)}`);
    // A run still running, or whose charge is still to be written, has nothing final to compare.
    if (run.status !== 'DONE' || hold.status === 'ACTIVE') continue;
    const charged = hold.status === 'SETTLED' ? hold.actualMicro : 0;
    if (run.chargedMicro !== charged)
      out.push(`${name}: says it was charged ${credits(run.chargedMicro)}, the ledger charged ${credits(charged)}`);
  }
  return out;
}

function missingGrants(input: WorkspaceInput): string[] {
  const keys = new Set(input.grants.map((g) => g.externalKey));
  return input.facts.expected
    .filter((e) => !keys.has(e.externalKey))
    .map((e) => `${e.what}: no grant credits it (${e.externalKey})`);
}

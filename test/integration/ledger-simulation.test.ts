import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@hero/server/src/platform/errors';
import { ManualClock } from '@hero/server/src/platform/clock';
import { expireAbandonedHolds } from '@hero/server/src/modules/ledger/ledger.service';
import { signUp } from '../support/accounts';
import type { AdjustmentFact, GrantFact } from '@hero/server/src/audit';
import { expectLedgerAudited } from '../support/audit';
import { dbKind, startTestServer, type TestServer } from '../support/server';
import { rngOf } from '@hero/server/src/modules/ai/seeded';

/**
 * The ledger as stored: a seeded random run of grants, holds, settles (under, exact, over),
 * releases, hold and grant expiry and adjustments through the service and the database. After
 * every step the stored state must equal a replay of the stored entries, and a simple reference
 * model's balance. `SIM_SEED=<n>` replays a failing run exactly.
 */
const clock = new ManualClock(new Date('2026-11-01T00:00:00Z'));
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ clock, env: { HOLD_TTL_MS: '600000' } });
});
afterAll(() => server?.stop());

const seeds = process.env.SIM_SEED ? [Number(process.env.SIM_SEED)] : [11, 2026, Math.floor(Math.random() * 1e9)];
const STEPS = Number(process.env.SIM_STEPS ?? 250);
/** The independent auditor checks the workspace every this many steps (1: after every step). */
const AUDIT_EVERY = Number(process.env.SIM_AUDIT_EVERY ?? 1);

describe(`stored ledger equals its replay after every step (${dbKind()})`, () => {
  it.each(seeds)('seed %i', async (seed) => {
    const rand = rngOf(seed);
    const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
    const { ledger, support } = server.services;
    const { workspaceId } = await signUp(server.url, `sim${seed}`);
    const actor = { kind: 'SYSTEM' as const, id: null };
    const active: string[] = [];
    // What the simulation asked for: the independent auditor's facts for grants and adjustments.
    const asked = { grants: new Map<string, GrantFact>(), adjustments: [] as AdjustmentFact[] };
    const grantAsked = async (input: Parameters<typeof ledger.grant>[1]) => {
      const { grantId } = await ledger.grant(workspaceId, input);
      asked.grants.set(grantId, { originalMicro: input.amountMicro, expiresAt: input.expiresAt, origin: 'asked' });
    };
    const adjustAsked = async (input: Parameters<typeof ledger.adjust>[1]) => {
      await ledger.adjust(workspaceId, input);
      asked.adjustments.push({ amountMicro: input.amountMicro, by: null, reason: null });
    };
    for (let step = 1; step <= STEPS; step++) {
      const where = `SIM_SEED=${seed} step ${step}`;
      const op = rand();
      try {
        if (op < 0.15) {
          const expiring = rand() < 0.5;
          await grantAsked({
            source: expiring ? 'PLAN_ALLOCATION' : 'TOP_UP',
            label: expiring ? 'Allocation' : 'Top-up',
            amountMicro: int(1, 20) * 500_000,
            expiresAt: expiring ? new Date(clock.now().getTime() + int(1, 72) * 3_600_000) : null,
            description: 'grant',
            actor,
          });
        } else if (op < 0.45) {
          const { holdId } = await ledger.hold(workspaceId, {
            amountMicro: int(1, 4_000_000),
            description: 'hold',
            actor,
          });
          active.push(holdId);
        } else if (op < 0.7 && active.length) {
          const holdId = active.splice(int(0, active.length - 1), 1)[0]!;
          const { amount: amountMicro } = await server.services.ledgerQueries.hold(workspaceId, holdId);
          const kind = int(0, 2); // under, exact, over (within the overrun allowance or beyond it)
          const actual = kind === 0 ? int(0, amountMicro) : kind === 1 ? amountMicro : amountMicro + int(1, 2_000_000);
          try {
            await ledger.settle(workspaceId, holdId, { actualMicro: actual, description: 'settle', actor });
          } catch (err) {
            // Beyond the allowance: refused, and the hold stays open for a settle within it.
            if (!(err instanceof AppError && err.code === 'BAD_USER_INPUT')) throw err;
            expect(actual, where).toBeGreaterThan(ledger.maxActualMicro(amountMicro));
            expect((await server.services.ledgerQueries.hold(workspaceId, holdId)).status, where).toBe('ACTIVE');
            active.push(holdId);
          }
        } else if (op < 0.8 && active.length) {
          const holdId = active.splice(int(0, active.length - 1), 1)[0]!;
          await ledger.release(workspaceId, holdId, { description: 'release', actor });
        } else if (op < 0.88) {
          const amount = int(1, 3_000_000) * (rand() < 0.5 ? 1 : -1);
          await adjustAsked({ amountMicro: amount, label: 'Adjustment', description: 'adjust', actor });
        } else {
          clock.advance(int(1, 12) * 3_600_000);
          await expireAbandonedHolds(server.services.orm, ledger, clock.now());
          await ledger.expireGrants(workspaceId);
        }
      } catch (err) {
        const settledElsewhere =
          err instanceof AppError && (err.code === 'INSUFFICIENT_CREDITS' || err.code === 'CONFLICT');
        if (!settledElsewhere) throw new Error(`${where}: ${String(err)}`, { cause: err });
      }
      const audit = await support.audit(workspaceId);
      expect(audit.mismatches, where).toEqual([]);
      if (step % AUDIT_EVERY === 0 || step === STEPS)
        await expectLedgerAudited(
          server,
          { workspaceIds: [workspaceId], facts: new Map([[workspaceId, asked]]) },
          where,
        );
      const b = await ledger.balance(workspaceId);
      expect(b.availableMicro, where).toBe(Math.max(0, b.planAllocationMicro + b.purchasedMicro - b.deficitMicro));
      expect(b.availableMicro, where).toBeGreaterThanOrEqual(0);
      // SPEC rule 6: a deficit never stands beside free credits.
      if (b.deficitMicro > 0) expect(b.planAllocationMicro + b.purchasedMicro, where).toBe(0);
    }
  });
});

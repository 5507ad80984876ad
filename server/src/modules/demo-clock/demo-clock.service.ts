import type Stripe from 'stripe';
import type { WorkspaceClock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError, badInput, notFound } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { StripeGateway } from '../billing/stripe/stripe-gateway';
import type { StripeWebhooks } from '../billing/stripe/webhooks';
import { PlanSubscription } from '../billing/subscription.entity';
import { CreditHold } from '../ledger/ledger.entities';
import type { LedgerService } from '../ledger/ledger.service';
import { Workspace } from '../workspaces/workspace.entity';
import { DemoClock } from './demo-clock.entity';

const DAY_MS = 86_400_000;
export const MAX_ADVANCE_DAYS = 60;
/** How long an advancing test clock may take to become ready. */
const READY_TIMEOUT_MS = 30_000;

export interface DemoClockState {
  /** The workspace's time. */
  now: Date;
  /** How far the workspace runs ahead of the wall clock. */
  aheadMs: number;
  testClockId: string;
  /** When the plan renews (or ends), the target of "advance to the next renewal"; null without a plan. */
  nextRenewalAt: Date | null;
}

export type AdvanceBy = { kind: 'days'; days: number } | { kind: 'nextRenewal' };

/**
 * The demo's time machine (local Stripe only, see docs/decisions/2026-11-30-demo-clock.md): the demo
 * workspace's Stripe customer lives on a test clock; advancing it moves Stripe through every renewal
 * on the way (delivered as webhooks like any renewal), and moves the workspace's own time the same
 * distance, so grant expiries, hold expiries and the 14-day refund window follow.
 */
export class DemoClockService {
  /** One advance at a time per workspace. */
  private readonly running = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly clock: WorkspaceClock | null,
    private readonly gateway: StripeGateway | null,
    private readonly webhooks: StripeWebhooks | null,
    private readonly ledger: LedgerService,
    private readonly logger: Logger,
  ) {}

  /** Demo mode: the local Stripe is in use (configuration refuses it in production). */
  get enabled(): boolean {
    return Boolean(this.clock && this.gateway?.local && this.webhooks);
  }

  /** Throws DEMO_ONLY outside the demo. */
  assertDemo(): void {
    this.demo();
  }

  private demo(): { clock: WorkspaceClock; stripe: Stripe; webhooks: StripeWebhooks } {
    if (!this.clock || !this.gateway?.local || !this.webhooks) {
      throw new AppError(
        'DEMO_ONLY',
        'The demo clock exists only in the demo, with the local Stripe; it never moves time against real Stripe',
      );
    }
    return { clock: this.clock, stripe: this.gateway.stripe, webhooks: this.webhooks };
  }

  /** Reads every workspace's offset into the clock (at start). */
  async load(): Promise<void> {
    if (!this.enabled) return;
    const rows = await this.db.read().find(DemoClock, {});
    for (const row of rows) this.clock!.setOffset(row.workspaceId, Math.max(row.offsetMs, 0));
  }

  /**
   * Puts the workspace's Stripe customer on a new test clock at the workspace's time. Only before the
   * workspace's first purchase: Stripe attaches a customer to a clock when it is created.
   */
  async attach(workspaceId: string): Promise<DemoClockState> {
    const { clock, stripe } = this.demo();
    const em = this.db.read();
    if (!(await em.findOne(DemoClock, { workspaceId }))) {
      const ws = await em.findOne(Workspace, { id: workspaceId });
      if (!ws) throw notFound('Workspace');
      if (ws.stripeCustomerId) {
        throw new AppError(
          'CONFLICT',
          'This workspace already has a Stripe customer; a test clock is set at its creation',
        );
      }
      const testClock = await stripe.testHelpers.testClocks.create(
        { frozen_time: unix(clock.nowFor(workspaceId)), name: `Demo: ${ws.name}` },
        { idempotencyKey: `demo-clock-${workspaceId}` },
      );
      const customer = await stripe.customers.create(
        { name: ws.name, metadata: { workspaceId }, test_clock: testClock.id },
        { idempotencyKey: `demo-customer-${workspaceId}` },
      );
      await this.db.run(async ({ em: tx }) => {
        await tx.nativeUpdate(
          Workspace,
          { id: workspaceId, stripeCustomerId: null },
          { stripeCustomerId: customer.id },
        );
        tx.create(DemoClock, {
          workspaceId,
          testClockId: testClock.id,
          offsetMs: clock.offsetOf(workspaceId),
          updatedAt: clock.base.now(),
        });
      });
    }
    return (await this.state(workspaceId))!;
  }

  /** The workspace's demo clock, or null outside the demo or for a workspace without one. */
  async state(workspaceId: string): Promise<DemoClockState | null> {
    if (!this.enabled) return null;
    const em = this.db.read();
    const row = await em.findOne(DemoClock, { workspaceId });
    if (!row) return null;
    const sub = await em.findOne(PlanSubscription, { workspace: workspaceId });
    const live = sub && (sub.status === 'ACTIVE' || sub.status === 'PAST_DUE');
    return {
      now: this.clock!.nowFor(workspaceId),
      aheadMs: this.clock!.offsetOf(workspaceId),
      testClockId: row.testClockId,
      nextRenewalAt: live ? sub.currentPeriodEnd : null,
    };
  }

  /**
   * Moves the workspace's time forward by whole days or to the next period end, stopping at each
   * period end on the way so every renewal is booked at its own moment.
   */
  async advance(workspaceId: string, by: AdvanceBy): Promise<DemoClockState> {
    this.demo();
    if (by.kind === 'days' && (!Number.isSafeInteger(by.days) || by.days < 1 || by.days > MAX_ADVANCE_DAYS)) {
      throw badInput(`days: a whole number from 1 to ${MAX_ADVANCE_DAYS}`, 'days');
    }
    const previous = this.running.get(workspaceId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.advanceNow(workspaceId, by));
    this.running.set(workspaceId, next);
    try {
      return await next;
    } finally {
      if (this.running.get(workspaceId) === next) this.running.delete(workspaceId);
    }
  }

  private async advanceNow(workspaceId: string, by: AdvanceBy): Promise<DemoClockState> {
    const { clock } = this.demo();
    const row = await this.db.read().findOne(DemoClock, { workspaceId });
    if (!row) throw notFound('Demo clock');
    const now = clock.nowFor(workspaceId);
    let target: Date;
    if (by.kind === 'days') target = new Date(now.getTime() + by.days * DAY_MS);
    else {
      const renewal = (await this.state(workspaceId))?.nextRenewalAt;
      if (!renewal)
        throw badInput('There is no renewal to advance to: the workspace has no active plan', 'toNextRenewal');
      target = new Date(Math.max(renewal.getTime(), now.getTime() + 1000));
    }
    for (let steps = 0; steps < 100; steps++) {
      const stop = await this.nextStop(workspaceId, row.testClockId, target);
      await this.moveTo(workspaceId, row.testClockId, stop);
      if (stop.getTime() >= target.getTime()) break;
    }
    return (await this.state(workspaceId))!;
  }

  /**
   * Brings the test clock up to the workspace's time (the demo seed replays the past on a clock that
   * it moves forward, and Stripe must follow).
   */
  async catchUp(workspaceId: string): Promise<void> {
    const { clock } = this.demo();
    const row = await this.db.read().findOne(DemoClock, { workspaceId });
    if (!row) throw notFound('Demo clock');
    await this.moveTo(workspaceId, row.testClockId, clock.nowFor(workspaceId));
  }

  /** The next period end before the target (where Stripe renews), else the target. */
  private async nextStop(workspaceId: string, testClockId: string, target: Date): Promise<Date> {
    const { stripe } = this.demo();
    const frozenMs = (await stripe.testHelpers.testClocks.retrieve(testClockId)).frozen_time * 1000;
    const sub = await this.db.read().findOne(PlanSubscription, { workspace: workspaceId });
    const end = sub && sub.status !== 'CANCELED' ? sub.currentPeriodEnd.getTime() : null;
    return end !== null && end > frozenMs && end < target.getTime() ? new Date(end) : target;
  }

  /**
   * The workspace's time moves first, so what the move causes is booked at the new time; then the test
   * clock, whose events are applied before returning (the webhooks deliver the same events, once);
   * then what expires by then in the workspace: grants and abandoned holds.
   */
  async moveTo(workspaceId: string, testClockId: string, at: Date): Promise<void> {
    const { clock, stripe, webhooks } = this.demo();
    const offset = Math.max(clock.offsetOf(workspaceId), at.getTime() - clock.base.now().getTime());
    if (offset !== clock.offsetOf(workspaceId)) {
      clock.setOffset(workspaceId, offset);
      await this.db.run(({ em }) =>
        em.nativeUpdate(DemoClock, { workspaceId }, { offsetMs: offset, updatedAt: clock.base.now() }),
      );
    }
    const before = await stripe.testHelpers.testClocks.retrieve(testClockId);
    if (unix(at) > before.frozen_time) {
      await stripe.testHelpers.testClocks.advance(testClockId, { frozen_time: unix(at) });
      await this.whenReady(stripe, testClockId);
      const events: Stripe.Event[] = [];
      for await (const event of stripe.events.list({ created: { gte: before.frozen_time }, limit: 100 })) {
        events.push(event);
      }
      for (const event of events.reverse()) await webhooks.process(event);
    }
    await this.sweep(workspaceId);
  }

  private async whenReady(stripe: Stripe, testClockId: string): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      const tc = await stripe.testHelpers.testClocks.retrieve(testClockId);
      if (tc.status === 'ready') return;
      if (tc.status === 'internal_failure' || Date.now() > deadline) {
        throw new Error(`test clock ${testClockId} did not become ready (${tc.status})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Expires, in the workspace's time, its ended grants and its holds left unsettled past their TTL. */
  async sweep(workspaceId: string): Promise<void> {
    const { clock } = this.demo();
    await clock.run(workspaceId, async () => {
      await this.ledger.expireGrants(workspaceId);
      const holds = await this.db.read().find(CreditHold, {
        workspace: workspaceId,
        status: 'ACTIVE',
        pendingSettle: null,
        expiresAt: { $lte: clock.now() },
      });
      for (const hold of holds) {
        try {
          await this.ledger.release(workspaceId, hold.id, {
            reason: 'EXPIRED',
            description: `Hold expired unsettled: ${hold.description}`,
            feature: hold.feature,
            actor: { kind: 'SYSTEM', id: null },
          });
        } catch (err) {
          if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err;
        }
      }
    });
  }

  /** The background sweep's part for workspaces ahead of the wall clock. */
  async sweepAll(): Promise<void> {
    if (!this.enabled) return;
    const rows = await this.db.read().find(DemoClock, { offsetMs: { $gt: 0 } });
    for (const row of rows) {
      try {
        await this.sweep(row.workspaceId);
      } catch (err) {
        this.logger.error({ err, workspaceId: row.workspaceId }, 'demo clock sweep failed');
      }
    }
  }
}

const unix = (date: Date) => Math.floor(date.getTime() / 1000);

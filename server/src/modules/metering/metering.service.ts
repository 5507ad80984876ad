import type { Clock } from '../../platform/clock';
import { AppError, badInput } from '../../platform/errors';
import { isDatabaseUnavailable } from '../../platform/database-errors';
import type { Db } from '../../platform/db';
import { requestHash } from '../../platform/idempotency';
import type { Logger } from '../../platform/logger';
import { isUniqueViolation } from '../../platform/transaction';
import { formatCredits } from '../ledger/core';
import { InsufficientCreditsError, type Actor, type LedgerService } from '../ledger/ledger.service';
import { boundMicro, costMicro, FEATURE_LABELS, METERED_FEATURES, type MeteredFeature, type RateCard } from './core';
import { MeteredRun } from './metered-run.entity';

export interface MeteredCharge {
  feature: MeteredFeature;
  heldMicro: number;
  chargedMicro: number;
  inputTokens: number;
  outputTokens: number;
  rateCardVersion: string;
  description: string;
}

export interface MeteredEstimate {
  /** Tokens the provider will be sent, counted before anything is reserved. */
  inputTokens: number;
  /** What is about to run, for the hold's entry: `Hero AI: question about 3 campaigns`. */
  summary: string;
  idempotencyKey: string;
  /** Everything that shapes the run; a retry with the same key must send the same. */
  params: unknown;
}

export interface MeteredWorkResult<T> {
  /** Plain JSON (ids of what the run created): a retry with the same key gets it back. */
  value: T;
  inputTokens: number;
  outputTokens: number;
  /** The charge's entry, e.g. "Hero AI: question about 3 campaigns, 8,412 tokens". */
  description: string;
}

export interface MeteredOutcome<T> {
  value: T;
  charge: MeteredCharge;
  /** True when this answers a retry of an earlier run with the same key. */
  replayed: boolean;
}

export interface FeatureAccessView {
  feature: MeteredFeature;
  label: string;
  allowed: boolean;
  reason: string | null;
  estimatedMinMicro: number;
  estimatedMaxMicro: number;
}

/** A failed settle is tried this many times, 50 ms, 200 ms, 800 ms apart, before it is kept for the sweeper. */
const SETTLE_ATTEMPTS = 4;
const SETTLE_BACKOFF_MS = 50;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Pre-check, hold, run, settle (SPEC rule 4). The worst case of the feature is reserved before the provider
 * is called; without enough credits the run never starts. Once started it is never cut off: it settles with
 * the cost of the tokens it used, even above the hold (the ledger books an overrun, rule 6). A run that fails
 * releases its hold in full.
 */
export class MeteringService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly ledger: LedgerService,
    readonly rateCard: RateCard,
    private readonly holdTtlMs: number,
  ) {}

  /** What one run of the feature reserves. */
  boundOf(feature: MeteredFeature): number {
    return boundMicro(this.rateCard.features[feature]);
  }

  maxOutputTokens(feature: MeteredFeature): number {
    return this.rateCard.features[feature].maxOutputTokens;
  }

  async run<T>(
    workspaceId: string,
    actor: Actor,
    feature: MeteredFeature,
    estimate: MeteredEstimate,
    work: () => Promise<MeteredWorkResult<T>>,
  ): Promise<MeteredOutcome<T>> {
    const rate = this.rateCard.features[feature];
    if (estimate.inputTokens > rate.maxInputTokens) {
      throw badInput(
        `This request is too large for ${FEATURE_LABELS[feature].toLowerCase()}: ${estimate.inputTokens} tokens, at most ${rate.maxInputTokens}`,
      );
    }
    const claim = await this.claim(workspaceId, feature, estimate);
    if (claim.kind === 'replay') return claim.outcome as MeteredOutcome<T>;
    const runId = claim.runId;
    const heldMicro = boundMicro(rate);
    const holdId = await this.reserve(workspaceId, actor, feature, estimate, heldMicro).catch(async (err: unknown) => {
      await this.forget(runId);
      throw err;
    });
    let done: MeteredWorkResult<T>;
    try {
      done = await work();
    } catch (err) {
      await this.giveBack(workspaceId, actor, feature, estimate, holdId);
      await this.forget(runId);
      throw this.cleanFailure(err, feature);
    }
    const charge = await this.settle(workspaceId, actor, feature, estimate, holdId, heldMicro, done);
    await this.finish(runId, holdId, done.value, charge);
    return { value: done.value, charge, replayed: false };
  }

  async featureAccess(workspaceId: string): Promise<FeatureAccessView[]> {
    const { availableMicro } = await this.ledger.balance(workspaceId);
    return METERED_FEATURES.map((feature) => {
      const rate = this.rateCard.features[feature];
      const bound = boundMicro(rate);
      const allowed = availableMicro >= bound;
      return {
        feature,
        label: FEATURE_LABELS[feature],
        allowed,
        reason: allowed ? null : outOfCredits(bound, availableMicro),
        estimatedMinMicro: rate.minimumMicro,
        estimatedMaxMicro: bound,
      };
    });
  }

  // ——— steps ———

  private async reserve(
    workspaceId: string,
    actor: Actor,
    feature: MeteredFeature,
    estimate: MeteredEstimate,
    amountMicro: number,
  ): Promise<string> {
    try {
      const { holdId } = await this.ledger.hold(workspaceId, {
        amountMicro,
        description: `${estimate.summary} (reserved up to ${formatCredits(amountMicro)})`,
        feature,
        actor,
        idempotencyKey: estimate.idempotencyKey,
        details: { feature, estimatedInputTokens: estimate.inputTokens, rateCardVersion: this.rateCard.version },
      });
      return holdId;
    } catch (err) {
      if (!(err instanceof InsufficientCreditsError)) throw err;
      // The ledger's own numbers, read under its lock, and the renewal date it looked up: never a guess.
      // A refusal by the API key's budget keeps its own words: the balance was not what ran short.
      const message = err.budget ? err.message : outOfCredits(amountMicro, err.availableMicro);
      throw new AppError('INSUFFICIENT_CREDITS', message, {
        ...err.extensions,
        feature,
        required: formatCredits(amountMicro),
      });
    }
  }

  private async settle<T>(
    workspaceId: string,
    actor: Actor,
    feature: MeteredFeature,
    estimate: MeteredEstimate,
    holdId: string,
    heldMicro: number,
    done: MeteredWorkResult<T>,
  ): Promise<MeteredCharge> {
    const usage = { inputTokens: done.inputTokens, outputTokens: done.outputTokens };
    const costedMicro = costMicro(this.rateCard.features[feature], usage);
    // A provider that used more than the bound it was given is charged up to the overrun allowance (SPEC rule 6),
    // never more: the rest is on record in the entry's details, not on the workspace.
    const actualMicro = Math.min(costedMicro, this.ledger.maxActualMicro(heldMicro));
    const charge: MeteredCharge = {
      feature,
      heldMicro,
      chargedMicro: actualMicro,
      ...usage,
      rateCardVersion: this.rateCard.version,
      description: done.description,
    };
    const settle = {
      actualMicro,
      description: done.description,
      feature,
      actor,
      idempotencyKey: estimate.idempotencyKey,
      details: {
        ...usage,
        rateCardVersion: this.rateCard.version,
        feature,
        ...(costedMicro > actualMicro ? { uncappedCost: formatCredits(costedMicro) } : {}),
      },
      requestedAt: this.clock.now(),
    };
    const outcome = await this.settleOrKeep(workspaceId, holdId, settle);
    return outcome === 'refused' ? { ...charge, chargedMicro: 0 } : charge;
  }

  /**
   * Settles, retrying a failed commit with backoff (SPEC rule 9: the work is done and must be paid once). When
   * the database still refuses, the settle is kept on its hold and the sweeper writes it later, exactly once.
   * 'refused': the ledger said no for good (the hold had expired and was released): the run goes uncharged
   * rather than charged twice.
   */
  private async settleOrKeep(
    workspaceId: string,
    holdId: string,
    settle: Parameters<LedgerService['settle']>[2] & { requestedAt: Date },
  ): Promise<'settled' | 'kept' | 'refused'> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.ledger.settle(workspaceId, holdId, settle);
        return 'settled';
      } catch (err) {
        if (err instanceof AppError) {
          // A commit that succeeded but whose answer was lost: the retry finds the hold settled.
          if (attempt > 1 && err.extensions.holdStatus === 'SETTLED') return 'settled';
          this.logger.warn({ err, workspaceId, holdId }, 'metered run finished but the ledger refused its settle');
          return 'refused';
        }
        if (attempt >= SETTLE_ATTEMPTS) {
          this.logger.error({ err, workspaceId, holdId }, 'settle failed to commit; kept for the sweeper');
          return this.keep(workspaceId, holdId, settle);
        }
        await delay(SETTLE_BACKOFF_MS * 4 ** (attempt - 1));
      }
    }
  }

  private async keep(
    workspaceId: string,
    holdId: string,
    settle: Parameters<LedgerService['settle']>[2] & { requestedAt: Date },
  ): Promise<'kept' | 'refused'> {
    const pending = {
      actualMicro: settle.actualMicro,
      description: settle.description ?? '',
      details: settle.details ?? null,
      actorKind: settle.actor.kind,
      actorId: settle.actor.id,
      idempotencyKey: settle.idempotencyKey ?? null,
      requestedAt: settle.requestedAt.toISOString(),
    };
    for (let attempt = 1; attempt <= SETTLE_ATTEMPTS; attempt++) {
      try {
        return (await this.ledger.recordPendingSettle(workspaceId, holdId, pending)) ? 'kept' : 'refused';
      } catch (err) {
        if (attempt === SETTLE_ATTEMPTS) {
          // The database is gone: the hold stays active and reserved until its TTL, then expires (rule 7).
          this.logger.error({ err, workspaceId, holdId, pending }, 'could not keep a failed settle; it is lost');
          return 'refused';
        }
        await delay(SETTLE_BACKOFF_MS * 4 ** (attempt - 1));
      }
    }
    return 'refused';
  }

  private async giveBack(
    workspaceId: string,
    actor: Actor,
    feature: MeteredFeature,
    estimate: MeteredEstimate,
    holdId: string,
  ): Promise<void> {
    try {
      await this.ledger.release(workspaceId, holdId, {
        description: `Released: ${estimate.summary} did not finish, nothing charged`,
        feature,
        actor,
      });
    } catch (err) {
      // Left ACTIVE, the hold still expires after its TTL (rule 7).
      this.logger.error({ err, workspaceId, holdId }, 'could not release the hold of a failed run');
    }
  }

  private cleanFailure(err: unknown, feature: MeteredFeature): unknown {
    // Our own errors, and a lost database (answered UNAVAILABLE: retry with the same key), pass through.
    if (err instanceof AppError || isDatabaseUnavailable(err)) return err;
    this.logger.error({ err, feature }, 'metered run failed');
    return new AppError(
      'INTERNAL_SERVER_ERROR',
      `${FEATURE_LABELS[feature]} failed before it finished. Nothing was charged; please try again.`,
      { feature, charged: '0' },
    );
  }

  // ——— idempotency of a whole run ———

  private async claim(
    workspaceId: string,
    feature: MeteredFeature,
    estimate: MeteredEstimate,
    retried = false,
  ): Promise<{ kind: 'new'; runId: string } | { kind: 'replay'; outcome: MeteredOutcome<unknown> }> {
    const hash = requestHash(`metered:${feature}`, estimate.params);
    const now = this.clock.now();
    try {
      const runId = await this.db.run(async ({ em }) => {
        const run = em.create(MeteredRun, {
          workspace: workspaceId,
          feature,
          idempotencyKey: estimate.idempotencyKey,
          requestHash: hash,
          status: 'RUNNING',
          createdAt: now,
          staleAt: new Date(now.getTime() + this.holdTtlMs),
        });
        await em.flush();
        return run.id;
      });
      return { kind: 'new', runId };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
    const first = await this.db
      .read()
      .findOne(MeteredRun, { workspace: workspaceId, idempotencyKey: estimate.idempotencyKey });
    if (!first) {
      if (retried) throw new AppError('CONFLICT', 'This request is being retried concurrently; try again');
      return this.claim(workspaceId, feature, estimate, true);
    }
    if (first.requestHash !== hash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different request');
    }
    if (first.status === 'DONE') return { kind: 'replay', outcome: replayOf(first) };
    if (first.staleAt.getTime() > now.getTime() || retried) {
      throw new AppError('CONFLICT', 'A request with this idempotency key is still running');
    }
    // Abandoned by a crash and past its hold's TTL: the hold has expired or will; run it again.
    await this.db.run(({ em: tx }) =>
      tx.nativeDelete(MeteredRun, { id: first.id, status: 'RUNNING', staleAt: { $lte: now } }),
    );
    return this.claim(workspaceId, feature, estimate, true);
  }

  /** Frees the keys of finished runs older than the idempotency lifetime; the runs stay on record. */
  async forgetExpiredKeys(now: Date, ttlMs: number): Promise<number> {
    return this.db.run(({ em }) =>
      em.nativeUpdate(
        MeteredRun,
        { status: 'DONE', idempotencyKey: { $ne: null }, createdAt: { $lt: new Date(now.getTime() - ttlMs) } },
        { idempotencyKey: null },
      ),
    );
  }

  private async forget(runId: string): Promise<void> {
    await this.db.run(({ em }) => em.nativeDelete(MeteredRun, { id: runId, status: 'RUNNING' }));
  }

  private async finish(runId: string, holdId: string, value: unknown, charge: MeteredCharge): Promise<void> {
    await this.db.run(({ em }) =>
      em.nativeUpdate(
        MeteredRun,
        { id: runId },
        {
          status: 'DONE',
          holdId,
          heldMicro: charge.heldMicro,
          chargedMicro: charge.chargedMicro,
          inputTokens: charge.inputTokens,
          outputTokens: charge.outputTokens,
          rateCardVersion: charge.rateCardVersion,
          description: charge.description.slice(0, 500),
          result: value as object,
        },
      ),
    );
  }
}

function replayOf(run: MeteredRun): MeteredOutcome<unknown> {
  return {
    value: run.result,
    replayed: true,
    charge: {
      feature: run.feature as MeteredFeature,
      heldMicro: run.heldMicro,
      chargedMicro: run.chargedMicro,
      inputTokens: run.inputTokens,
      outputTokens: run.outputTokens,
      rateCardVersion: run.rateCardVersion,
      description: run.description,
    },
  };
}

const outOfCredits = (requiredMicro: number, availableMicro: number) =>
  `Out of credits: needs up to ${formatCredits(requiredMicro)}, you have ${formatCredits(Math.max(0, availableMicro))}`;

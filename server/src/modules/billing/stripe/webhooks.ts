import type { FastifyInstance } from 'fastify';
import type Stripe from 'stripe';
import { workspaceClockOf, type Clock } from '../../../platform/clock';
import type { Db } from '../../../platform/db';
import type { Logger } from '../../../platform/logger';
import { isUniqueViolation } from '../../../platform/transaction';
import { StripeEvent } from '../billing.entities';
import type { BillingEffect, BillingEffects } from '../billing-effects';
import type { StripeEventInterpreter } from './stripe-events';

export class WebhookRejected extends Error {}

/**
 * Verifies and applies Stripe events. Each event is stored by id in the same transaction as its
 * effects, so a duplicate (or a concurrent second delivery) finds it done and changes nothing.
 */
export class StripeWebhooks {
  constructor(
    private readonly db: Db,
    private readonly stripe: Stripe,
    private readonly secret: string,
    private readonly toleranceS: number,
    private readonly interpreter: StripeEventInterpreter,
    private readonly effects: BillingEffects,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Signature over the raw body, within the tolerance, and never from the future. */
  verify(rawBody: Buffer, signature: string | undefined): Stripe.Event {
    if (!signature) throw new WebhookRejected('missing Stripe-Signature header');
    const t = Number(/(?:^|,)t=(\d+)/.exec(signature)?.[1]);
    const nowS = Math.floor(Date.now() / 1000);
    if (!Number.isFinite(t) || t > nowS + 5) throw new WebhookRejected('signature timestamp is in the future');
    try {
      return this.stripe.webhooks.constructEvent(rawBody, signature, this.secret, this.toleranceS);
    } catch (err) {
      throw new WebhookRejected((err as Error).message);
    }
  }

  async isKnown(eventId: string): Promise<boolean> {
    return (await this.db.read().count(StripeEvent, { id: eventId })) > 0;
  }

  /** Applies an event once. Returns false when it had been applied before. */
  async process(event: Stripe.Event): Promise<boolean> {
    if (await this.isKnown(event.id)) return false;
    const effects = await this.interpreter.effects(event);
    // In the demo, a workspace whose time runs ahead books the event at its own time.
    const workspaceId = effects.map(workspaceOfEffect).find((id) => id !== null) ?? null;
    const workspaceClock = workspaceClockOf(this.clock);
    if (workspaceClock && workspaceId) return workspaceClock.run(workspaceId, () => this.apply(event, effects));
    return this.apply(event, effects);
  }

  private async apply(event: Stripe.Event, effects: BillingEffect[]): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.db.run(async (tx) => {
          const em = tx.em;
          em.create(StripeEvent, {
            id: event.id,
            type: event.type,
            payload: event,
            status: effects.length ? 'APPLIED' : 'IGNORED',
            note: null,
            createdAt: new Date(event.created * 1000),
            receivedAt: this.clock.now(),
          });
          await em.flush(); // claims the event id first: a duplicate waits here, then fails
          for (const effect of effects) await this.effects.apply(tx, effect);
        });
        return true;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        if (await this.isKnown(event.id)) return false;
        // Another event about the same payment won the race; its effect is now visible, so run again.
        if (attempt >= 3) throw err;
        this.logger.debug({ event: event.id }, 'retrying a webhook after a concurrent duplicate effect');
      }
    }
  }

  route(app: FastifyInstance): void {
    app.register(async (scope) => {
      // The signature covers the exact bytes: keep the body raw on this route only.
      scope.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 1_048_576 }, (_req, body, done) =>
        done(null, body),
      );
      scope.post('/webhooks/stripe', async (request, reply) => {
        let event: Stripe.Event;
        try {
          event = this.verify(request.body as Buffer, request.headers['stripe-signature'] as string | undefined);
        } catch (err) {
          if (err instanceof WebhookRejected)
            return reply.code(400).send({ error: 'invalid signature', reason: err.message });
          throw err;
        }
        try {
          const applied = await this.process(event);
          return reply.code(200).send({ received: true, duplicate: !applied });
        } catch (err) {
          this.logger.error({ err, event: event.id, type: event.type }, 'Stripe event failed; Stripe will retry it');
          return reply.code(500).send({ error: 'not applied' });
        }
      });
    });
  }

  /** Safety net for missed deliveries: applies recent events that are not stored yet. */
  async reconcile(sinceMs: number): Promise<number> {
    const gte = Math.floor((this.clock.now().getTime() - sinceMs) / 1000);
    let applied = 0;
    const events: Stripe.Event[] = [];
    for await (const event of this.stripe.events.list({ created: { gte }, limit: 100 })) events.push(event);
    for (const event of events.reverse()) if (await this.process(event)) applied += 1;
    return applied;
  }
}

function workspaceOfEffect(effect: BillingEffect): string | null {
  return 'workspaceId' in effect ? effect.workspaceId : 'payment' in effect ? effect.payment.workspaceId : null;
}

import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import type { Mailer } from '../../platform/mail';
import { AlertMail } from './alerts.entities';

/** Tries before a message is given up (the transport refused each time), and the wait before each retry. */
const MAX_ATTEMPTS = 5;
const RETRY_BASE_MS = 60_000;
/** A message claimed this long ago and still SENDING was being sent by a process that died: it is not resent. */
const ABANDON_AFTER_MS = 3_600_000;

/**
 * Sends the alert mail rows (the outbox) through the mail transport, at most once each. A firing's rows are sent
 * right after its commit by the instance that fired; the sweep sends what that instance could not (it stopped, or
 * the transport refused) on any instance. Why at most once and not at least once:
 * docs/decisions/2026-11-30-alert-delivery.md.
 */
export class AlertMailSender {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly mailer: Mailer,
    private readonly logger: Logger,
  ) {}

  /** Sends these rows in the background. */
  send(ids: string[]): void {
    if (!ids.length) return;
    const run = Promise.all(ids.map((id) => this.sendOne(id)))
      .then(() => undefined)
      .catch((err: unknown) => this.logger.error({ err }, 'alert mail failed'))
      .finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
  }

  /** Resolves when every send started so far has finished (tests await this instead of sleeping). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  /** Sends what is due (first tries that never happened, retries), and gives up on claims a dead process left. */
  async sendDue(limit = 100): Promise<number> {
    const now = this.clock.now();
    const abandoned = await this.db.run(({ em }) =>
      em.nativeUpdate(
        AlertMail,
        { status: 'SENDING', nextAttemptAt: { $lt: new Date(now.getTime() - ABANDON_AFTER_MS) } },
        { status: 'FAILED' },
      ),
    );
    if (abandoned) this.logger.warn({ count: abandoned }, 'alert mail left mid-send by a stopped process; not resent');
    const due = await this.db
      .read()
      .find(
        AlertMail,
        { status: 'PENDING', nextAttemptAt: { $lte: now } },
        { orderBy: { nextAttemptAt: 'asc' }, limit, fields: ['id'] },
      );
    let sent = 0;
    for (const row of due) if (await this.sendOne(row.id)) sent += 1;
    return sent;
  }

  /** Claims the row (PENDING → SENDING, one winner), sends, records the outcome. True when it was sent here. */
  private async sendOne(id: string): Promise<boolean> {
    const row = await this.db.read().findOne(AlertMail, { id, status: 'PENDING' });
    if (!row) return false;
    const now = this.clock.now();
    const claimed = await this.db.run(({ em }) =>
      em.nativeUpdate(
        AlertMail,
        { id, status: 'PENDING', attempts: row.attempts },
        { status: 'SENDING', attempts: row.attempts + 1, nextAttemptAt: now },
      ),
    );
    if (claimed !== 1) return false;
    try {
      await this.mailer.send({ to: row.to, subject: row.subject, text: row.text });
    } catch (err) {
      const attempts = row.attempts + 1;
      const giveUp = attempts >= MAX_ATTEMPTS;
      this.logger.warn({ err, id, attempts, giveUp }, 'alert mail refused by the transport');
      await this.db.run(({ em }) =>
        em.nativeUpdate(
          AlertMail,
          { id, status: 'SENDING' },
          giveUp
            ? { status: 'FAILED' }
            : { status: 'PENDING', nextAttemptAt: new Date(now.getTime() + RETRY_BASE_MS * 2 ** (attempts - 1)) },
        ),
      );
      return false;
    }
    await this.db.run(({ em }) =>
      em.nativeUpdate(AlertMail, { id, status: 'SENDING' }, { status: 'SENT', sentAt: this.clock.now() }),
    );
    return true;
  }
}

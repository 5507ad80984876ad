import { randomBytes } from 'node:crypto';
import { NO_AUTH_CACHE, type AuthCacheLike } from '../../platform/auth-cache';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { Mailer } from '../../platform/mail';
import { hashToken, normalizeEmail } from './auth.service';
import { hashPassword } from './passwords';
import { PasswordResetToken } from './password-reset.entity';
import { Session } from './session.entity';
import type { SignInThrottle } from './sign-in-throttle';
import { User } from './user.entity';

/** How long an emailed reset link works. */
export const RESET_TOKEN_TTL_MS = 60 * 60_000;

/** Mail goes out in the background; this keeps what is in flight so shutdown and tests can wait for it. */
export class MailQueue {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly mail: Mailer,
    private readonly logger: Logger,
  ) {}

  /** Sends without making the caller wait (or fail) on the mail server; a failure is logged. */
  enqueue(message: Parameters<Mailer['send']>[0]): void {
    const sending = this.mail
      .send(message)
      .catch((err: unknown) => this.logger.error({ err, to: message.to, subject: message.subject }, 'mail failed'))
      .finally(() => this.inFlight.delete(sending));
    this.inFlight.add(sending);
  }

  async idle(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }
}

/**
 * Password reset by an emailed, single-use link that expires after an hour. The request answers the same
 * whether or not the address has an account, and the mail is sent in the background, so neither the answer
 * nor its timing tells who is registered.
 */
export class PasswordResetService {
  private cache: AuthCacheLike = NO_AUTH_CACHE;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly mail: MailQueue,
    private readonly throttle: SignInThrottle,
    private readonly publicUrl: string | undefined,
  ) {}

  /** The sessions a reset ends are then dropped from every instance's cache. */
  useCache(cache: AuthCacheLike): void {
    this.cache = cache;
  }

  /** `appUrl`: the origin the request came from, used when PUBLIC_URL is not set. */
  async request(emailInput: string, appUrl: string): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const user = await this.db.run(async ({ em }) => {
      const found = await em.findOne(User, { email: normalizeEmail(emailInput) });
      if (!found) return null;
      const now = this.clock.now();
      em.create(PasswordResetToken, {
        tokenHash: hashToken(token),
        user: found,
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
        usedAt: null,
      });
      return { email: found.email, name: found.name };
    });
    if (!user) return;
    const link = `${(this.publicUrl ?? appUrl).replace(/\/$/, '')}/reset-password?token=${token}`;
    this.mail.enqueue({
      to: user.email,
      subject: 'Reset your Hero Marketer password',
      text: [
        `Hello ${user.name},`,
        '',
        'Someone (hopefully you) asked to reset the password of your Hero Marketer account.',
        'Choose a new password here; the link works once, for one hour:',
        '',
        link,
        '',
        'If you did not ask for this, ignore this message: your password stays as it is.',
      ].join('\n'),
    });
  }

  /**
   * Sets the new password, consumes the link and ends every session of the account. The token is claimed by
   * a conditional update, so of two uses at the same moment exactly one succeeds.
   */
  async reset(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const { email, userId } = await this.db.run(async ({ em }) => {
      const now = this.clock.now();
      const tokenHash = hashToken(token);
      const claimed = await em.nativeUpdate(
        PasswordResetToken,
        { tokenHash, usedAt: null, expiresAt: { $gt: now } },
        { usedAt: now },
      );
      if (claimed !== 1) throw invalidLink();
      const row = await em.findOneOrFail(PasswordResetToken, { tokenHash }, { populate: ['user'] });
      await em.nativeUpdate(User, { id: row.user.id }, { passwordHash });
      await em.nativeUpdate(Session, { user: row.user.id, revokedAt: null }, { revokedAt: now });
      // Any other link still in the mailbox would undo this reset: they end with it.
      await em.nativeUpdate(PasswordResetToken, { user: row.user.id, usedAt: null }, { usedAt: now });
      return { email: row.user.email, userId: row.user.id };
    });
    this.cache.announce({ kind: 'user', id: userId });
    // Whoever reads the mailbox owns the account: a lock from someone else's guesses ends here.
    await this.throttle.succeeded(email);
  }
}

const invalidLink = () =>
  new AppError('BAD_USER_INPUT', 'This reset link is invalid, has expired or was already used. Ask for a new one.', {
    field: 'token',
  });

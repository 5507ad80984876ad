import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../platform/sha256';
import type { EntityManager } from '@mikro-orm/core';
import { NO_AUTH_CACHE, type AuthCacheLike } from '../../platform/auth-cache';
import type { Auth, MemberAuth } from '../../platform/context';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { isUniqueViolation } from '../../platform/transaction';
import { createDefaultAlerts } from '../alerts/alerts.service';
import type { LedgerService } from '../ledger/ledger.service';
import { Invitation, Membership, Role } from '../workspaces/membership.entity';
import { Workspace } from '../workspaces/workspace.entity';
import type { MailQueue } from './password-reset.service';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';
import { CredentialLookup, toDate } from './credential-lookup';
import { Session } from './session.entity';
import { THROTTLE, type SignInThrottle } from './sign-in-throttle';
import { User } from './user.entity';

/** What the cache keeps of a session: the caller, and when the session ends. */
interface CachedSession {
  auth: MemberAuth;
  expiresAtMs: number;
}

export const hashToken = (token: string): string => sha256Hex(token);
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** Where a sign-in comes from: the client's address (for the throttle) and the app's origin (for links in mail). */
export interface SignInOrigin {
  address: string | null;
  appUrl: string | null;
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  userId: string;
  workspaceId: string;
}

export class AuthService {
  private cache: AuthCacheLike = NO_AUTH_CACHE;
  private readonly lookup: CredentialLookup;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly ledger: LedgerService,
    private readonly sessionTtlMs: number,
    private readonly security: { throttle: SignInThrottle; mail: MailQueue; publicUrl: string | undefined },
  ) {
    this.lookup = new CredentialLookup(db);
  }

  /** Sessions are then resolved from the cache, and sign-out and workspace switches are announced on the bus. */
  useCache(cache: AuthCacheLike): void {
    this.cache = cache;
  }

  /** Creates the user, their own workspace (as owner) and its credit account; joins pending invitations. */
  async signUp(input: { email: string; password: string; name: string; workspaceName: string }): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.db.run(async ({ em }) => {
        const now = this.clock.now();
        const user = em.create(User, {
          email,
          name: input.name.trim(),
          passwordHash,
          isSupport: false,
          createdAt: now,
        });
        const workspace = this.createWorkspace(em, input.workspaceName.trim(), now);
        em.create(Membership, { workspace, user, role: Role.OWNER, createdAt: now });
        await this.acceptInvitations(em, user, now);
        return this.startSession(em, user, workspace, now);
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError('CONFLICT', 'An account with this email already exists', { field: 'email' });
      throw err;
    }
  }

  createWorkspace(em: EntityManager, name: string, now: Date): Workspace {
    const workspace = em.create(Workspace, { name, createdAt: now, stripeCustomerId: null });
    this.ledger.createAccount(em, workspace.id);
    createDefaultAlerts(em, workspace.id, now);
    return workspace;
  }

  /**
   * Refused with RATE_LIMITED while the account or the address is locked, even with the right password;
   * each wrong password counts, and the one that locks the account tells its owner by mail.
   */
  async signIn(emailInput: string, password: string, origin: SignInOrigin): Promise<SignedIn> {
    const email = normalizeEmail(emailInput);
    const { throttle } = this.security;
    await throttle.check(email, origin.address);
    const em = this.db.read();
    const user = await em.findOne(User, { email });
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok) {
      const { accountLocked } = await throttle.failed(email, origin.address);
      if (accountLocked && user) this.tellOwnerOfLock(user, origin);
      throw new AppError('UNAUTHENTICATED', 'Email or password is incorrect');
    }
    await throttle.succeeded(email);
    const membership = await em.findOne(
      Membership,
      { user },
      { orderBy: { createdAt: 'asc' }, populate: ['workspace'] },
    );
    if (!membership) throw new AppError('FORBIDDEN', 'This account has no workspace');
    return this.db.run(({ em: tx }) =>
      this.startSession(
        tx,
        tx.getReference(User, user.id),
        tx.getReference(Workspace, membership.workspace.id),
        this.clock.now(),
      ),
    );
  }

  private tellOwnerOfLock(user: User, origin: SignInOrigin): void {
    const base = (this.security.publicUrl ?? origin.appUrl ?? '').replace(/\/$/, '');
    const minutes = THROTTLE.account.lockS / 60;
    this.security.mail.enqueue({
      to: user.email,
      subject: 'Sign-in to your Hero Marketer account is paused',
      text: [
        `Hello ${user.name},`,
        '',
        `There were ${THROTTLE.account.failures} failed attempts to sign in to your account, so sign-in is paused for ${minutes} minutes.`,
        'If that was you, wait and try again, or reset your password:',
        '',
        `${base}/forgot-password`,
        '',
        'If it was not you, your password was not accepted; choosing a longer one keeps it that way.',
      ].join('\n'),
    });
  }

  async signOut(sessionId: string): Promise<void> {
    await this.db.run(({ em }) =>
      em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: this.clock.now() }),
    );
    this.cache.announce({ kind: 'session', id: sessionId });
  }

  /**
   * Resolves a session token (cookie or bearer) to the caller; null when unknown, expired or revoked.
   * Every request runs this: from the cache when it can, else one prepared statement, no entities.
   * Expiry is checked on every call, so a session ends exactly when it expires, cached or not.
   */
  async authenticate(token: string): Promise<Auth | null> {
    const tokenHash = hashToken(token);
    const found = await this.cache.get<CachedSession>(
      `token:${tokenHash}`,
      () => this.loadSession(tokenHash),
      ({ auth }) => [`session:${auth.sessionId}`, `user:${auth.userId}`],
    );
    if (!found || found.expiresAtMs <= this.clock.now().getTime()) return null;
    return found.auth;
  }

  private async loadSession(tokenHash: string): Promise<CachedSession | null> {
    const row = await this.lookup.session(tokenHash);
    if (!row || row.revoked_at !== null) return null;
    const expiresAtMs = toDate(row.expires_at).getTime();
    if (expiresAtMs <= this.clock.now().getTime()) return null;
    const auth: MemberAuth = Object.freeze({
      kind: 'session' as const,
      sessionId: row.session_id,
      userId: row.user_id,
      workspaceId: row.workspace_id,
      role: row.role,
      // A staff role change is announced for the user, so open sessions see it at once.
      isSupport: Boolean(row.is_support),
    });
    return { auth, expiresAtMs };
  }

  async switchWorkspace(sessionId: string, userId: string, workspaceId: string): Promise<void> {
    await this.db.run(async ({ em }) => {
      const membership = await em.findOne(Membership, { user: userId, workspace: workspaceId });
      if (!membership) throw new AppError('NOT_FOUND', 'Workspace not found');
      await em.nativeUpdate(Session, { id: sessionId }, { workspace: workspaceId });
    });
    this.cache.announce({ kind: 'session', id: sessionId });
  }

  private async startSession(em: EntityManager, user: User, workspace: Workspace, now: Date): Promise<SignedIn> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.sessionTtlMs);
    em.create(Session, { tokenHash: hashToken(token), user, workspace, createdAt: now, expiresAt, revokedAt: null });
    await em.flush();
    return { token, expiresAt, userId: user.id, workspaceId: workspace.id };
  }

  private async acceptInvitations(em: EntityManager, user: User, now: Date): Promise<void> {
    const invitations = await em.find(Invitation, { email: user.email, acceptedAt: null });
    for (const invitation of invitations) {
      em.create(Membership, { workspace: invitation.workspace, user, role: invitation.role, createdAt: now });
      invitation.acceptedAt = now;
    }
  }
}

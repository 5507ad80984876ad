import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../modules/workspaces/membership.entity';
import type { Services } from './services';
import { AppError, forbidden, unauthenticated } from './errors';

/** Who is calling, resolved once per request (or per WebSocket connection). */
export type Auth =
  | {
      kind: 'session';
      sessionId: string;
      userId: string;
      workspaceId: string;
      role: Role;
      isSupport: boolean;
    }
  | {
      kind: 'apiKey';
      apiKeyId: string;
      workspaceId: string;
      scopes: string[];
    };

export interface Context {
  services: Services;
  auth: Auth | null;
  /** Present for HTTP requests (cookies); absent on WebSocket subscriptions. */
  http?: { request: FastifyRequest; reply: FastifyReply };
}

export type MemberAuth = Extract<Auth, { kind: 'session' }>;

export function requireAuth(ctx: Context): Auth {
  if (!ctx.auth) throw unauthenticated();
  return ctx.auth;
}

/** A signed-in member of the current workspace (not an API key). */
export function requireMember(ctx: Context): MemberAuth {
  const auth = requireAuth(ctx);
  if (auth.kind !== 'session') throw forbidden('This operation needs a signed-in member, not an API key');
  return auth;
}

/** Owners and admins manage billing and members (SPEC section 6). */
export function requireRole(ctx: Context, roles: Role[]): MemberAuth {
  const auth = requireMember(ctx);
  if (!roles.includes(auth.role)) {
    throw new AppError('FORBIDDEN', `Only a workspace ${roles.map((r) => r.toLowerCase()).join(' or ')} can do this`);
  }
  return auth;
}

/** A member, or an API key carrying the scope. */
export function requireScope(ctx: Context, scope: string): Auth {
  const auth = requireAuth(ctx);
  if (auth.kind === 'apiKey' && !auth.scopes.includes(scope)) {
    throw forbidden(`This API key lacks the "${scope}" scope`);
  }
  return auth;
}

export const actorOf = (auth: Auth) =>
  auth.kind === 'session'
    ? { kind: 'USER' as const, id: auth.userId }
    : { kind: 'API_KEY' as const, id: auth.apiKeyId };

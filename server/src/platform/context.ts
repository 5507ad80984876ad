import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AdAccountsService } from '../modules/ad-accounts/ad-accounts.service';
import type { AlertsService } from '../modules/alerts/alerts.service';
import type { NotificationsService } from '../modules/alerts/notifications.service';
import type { AuthService } from '../modules/auth/auth.service';
import type { PasswordResetService } from '../modules/auth/password-reset.service';
import type { BillingService } from '../modules/billing/billing.service';
import type { PaymentsService } from '../modules/billing/payments.service';
import type { CampaignsService } from '../modules/campaigns/campaigns.service';
import type { DashboardService } from '../modules/dashboard/dashboard.service';
import type { DemoClockService } from '../modules/demo-clock/demo-clock.service';
import type { EventsService } from '../modules/events/events.service';
import type { HeroAiService } from '../modules/hero-ai/hero-ai.service';
import type { LedgerQueries } from '../modules/ledger/ledger.queries';
import type { LedgerService } from '../modules/ledger/ledger.service';
import type { MeteringService } from '../modules/metering/metering.service';
import type { PartnersService } from '../modules/partners/partners.service';
import type { PlansCatalog } from '../modules/plans/plans.catalog';
import type { ProductsService } from '../modules/products/products.service';
import type { SupportRequestsService } from '../modules/support-requests/support-requests.service';
import type { SupportService } from '../modules/support/support.service';
import type { Role } from '../modules/workspaces/membership.entity';
import type { WorkspacesService } from '../modules/workspaces/workspaces.service';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Db } from './db';
import { AppError, forbidden, unauthenticated } from './errors';
import type { Logger } from './logger';

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

/**
 * What a resolver (or the history export) may use: exactly these, named here, types only. The composition
 * root (src/assemble.ts, run by main.ts) builds them with the rest of the server's parts, which requests
 * never reach (the payment gateway, the mail queue, the webhook worker, units of work).
 */
export interface RequestServices {
  config: Config;
  clock: Clock;
  logger: Logger;
  /** Reads (fresh views) and units of work; never the ORM itself. */
  db: Db;
  plans: PlansCatalog;
  ledger: LedgerService;
  ledgerQueries: LedgerQueries;
  auth: AuthService;
  passwordReset: PasswordResetService;
  workspaces: WorkspacesService;
  billing: BillingService;
  payments: PaymentsService;
  support: SupportService;
  supportRequests: SupportRequestsService;
  partners: PartnersService;
  metering: MeteringService;
  adAccounts: AdAccountsService;
  products: ProductsService;
  campaigns: CampaignsService;
  heroAi: HeroAiService;
  dashboard: DashboardService;
  alerts: AlertsService;
  notifications: NotificationsService;
  events: EventsService;
  demoClock: DemoClockService;
}

export interface Context {
  services: RequestServices;
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

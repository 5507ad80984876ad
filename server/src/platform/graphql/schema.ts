import { validateOrReject, type ValidationError } from 'class-validator';
import 'reflect-metadata';
import { createPubSub } from '@graphql-yoga/subscription';
import type { GraphQLSchema } from 'graphql';
import { ArgumentValidationError, buildSchema } from 'type-graphql';
import { AdAccountsResolver } from '../../modules/ad-accounts/ad-accounts.resolver';
import { AlertsResolver } from '../../modules/alerts/alerts.resolver';
import { AuthResolver } from '../../modules/auth/auth.resolver';
import { BillingResolver } from '../../modules/billing/billing.resolver';
import { CampaignsResolver } from '../../modules/campaigns/campaigns.resolver';
import { DashboardResolver } from '../../modules/dashboard/dashboard.resolver';
import { DemoClockResolver } from '../../modules/demo-clock/demo-clock.resolver';
import { EventsResolver } from '../../modules/events/events.resolver';
import { HeroAiResolver } from '../../modules/hero-ai/hero-ai.resolver';
import { LedgerResolver } from '../../modules/ledger/ledger.resolver';
import { LedgerSubscriptionsResolver } from '../../modules/ledger/ledger.subscriptions';
import { MeteringResolver } from '../../modules/metering/metering.resolver';
import { PartnersResolver } from '../../modules/partners/partners.resolver';
import { PlansResolver } from '../../modules/plans/plans.resolver';
import { ProductsResolver } from '../../modules/products/products.resolver';
import { SupportResolver } from '../../modules/support/support.resolver';
import { SupportRequestsResolver } from '../../modules/support-requests/support-requests.resolver';
import { UsageResolver } from '../../modules/usage/usage.resolver';
import { WorkspacesResolver } from '../../modules/workspaces/workspaces.resolver';
import { DateTimeScalar } from './scalars';

export const resolvers = [
  AuthResolver,
  WorkspacesResolver,
  LedgerResolver,
  LedgerSubscriptionsResolver,
  PlansResolver,
  BillingResolver,
  SupportResolver,
  SupportRequestsResolver,
  PartnersResolver,
  MeteringResolver,
  AdAccountsResolver,
  ProductsResolver,
  CampaignsResolver,
  HeroAiResolver,
  DashboardResolver,
  AlertsResolver,
  UsageResolver,
  EventsResolver,
  DemoClockResolver,
] as const;

const VALIDATOR_OPTIONS = { forbidUnknownValues: false, skipMissingProperties: true } as const;

/** Input objects (and lists of them) are checked against their class-validator rules; scalars need no check. */
async function validateArgument(value: unknown): Promise<void> {
  const objects = (Array.isArray(value) ? value : [value]).filter((v) => v !== null && typeof v === 'object');
  try {
    await Promise.all(objects.map((item: object) => validateOrReject(item, VALIDATOR_OPTIONS)));
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
}

/** The one schema: served over HTTP and WebSocket, and emitted to schema/schema.graphql. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // What type-graphql's own validation does, with class-validator loaded once instead of on every argument.
    validateFn: validateArgument,
    emitSchemaFile: false,
    // type-graphql insists on one; our subscriptions bring their own `subscribe` (the bus feeds them).
    pubSub: createPubSub(),
  });
}

import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../../modules/auth/auth.resolver';
import { BillingResolver } from '../../modules/billing/billing.resolver';
import { LedgerResolver } from '../../modules/ledger/ledger.resolver';
import { PartnersResolver } from '../../modules/partners/partners.resolver';
import { PlansResolver } from '../../modules/plans/plans.resolver';
import { SupportResolver } from '../../modules/support/support.resolver';
import { WorkspacesResolver } from '../../modules/workspaces/workspaces.resolver';
import { DateTimeScalar } from './scalars';

export const resolvers = [
  AuthResolver,
  WorkspacesResolver,
  LedgerResolver,
  PlansResolver,
  BillingResolver,
  SupportResolver,
  PartnersResolver,
] as const;

/** The one schema: served over HTTP and WebSocket, and emitted to schema/schema.graphql. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}

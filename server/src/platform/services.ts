import type { MikroORM } from '@mikro-orm/core';
import { AuthService } from '../modules/auth/auth.service';
import { BillingService } from '../modules/billing/billing.service';
import { LedgerQueries } from '../modules/ledger/ledger.queries';
import { LedgerService, type LedgerPublisher } from '../modules/ledger/ledger.service';
import { PartnersService } from '../modules/partners/partners.service';
import { PlansCatalog } from '../modules/plans/plans.catalog';
import { SupportService } from '../modules/support/support.service';
import { WorkspacesService } from '../modules/workspaces/workspaces.service';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Logger } from './logger';

/** The composition root: every service, built once per process from config, database and clock. */
export interface Services {
  config: Config;
  clock: Clock;
  logger: Logger;
  orm: MikroORM;
  plans: PlansCatalog;
  ledger: LedgerService;
  ledgerQueries: LedgerQueries;
  auth: AuthService;
  workspaces: WorkspacesService;
  billing: BillingService;
  support: SupportService;
  partners: PartnersService;
}

export function createServices(deps: {
  config: Config;
  clock: Clock;
  logger: Logger;
  orm: MikroORM;
  publisher: LedgerPublisher;
}): Services {
  const { config, clock, logger, orm, publisher } = deps;
  const plans = new PlansCatalog(config.plans);
  const ledger = new LedgerService(orm, config.database.kind, clock, publisher, config.HOLD_TTL_MS);
  const billing = new BillingService(orm, clock, plans, ledger, config);
  ledger.renewalLookup = (workspaceId) => billing.renewsAt(workspaceId);
  return {
    config,
    clock,
    logger,
    orm,
    plans,
    ledger,
    ledgerQueries: new LedgerQueries(orm),
    auth: new AuthService(orm, clock, ledger, config.SESSION_TTL_DAYS * 86_400_000, config.supportEmails),
    workspaces: new WorkspacesService(orm, clock),
    billing,
    support: new SupportService(orm),
    partners: new PartnersService(orm, clock, config.API_KEY_REQUESTS_PER_MINUTE),
  };
}

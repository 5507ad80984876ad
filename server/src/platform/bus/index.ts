import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Bus } from './bus';
import { LocalBus } from './local-bus';
import { PgBus } from './pg-bus';

export type { AuthChange, Bus, ChangedBalance, ConfigBus, ConfigChange, LedgerChange } from './bus';
export { WorkspaceCache } from './workspace-cache';
export { LocalBus } from './local-bus';
export { announceAuthChanges, PgBus } from './pg-bus';

/** PostgreSQL: every instance hears every change. SQLite: one process, so an in-process bus is all there is. */
export function createBus(config: Config, logger: Logger): Promise<Bus> | Bus {
  return config.database.kind === 'postgresql' ? PgBus.start(config.database.url, logger) : new LocalBus();
}

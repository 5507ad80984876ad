import { Session } from '../modules/auth/session.entity';
import { User } from '../modules/auth/user.entity';
import { ApiKey } from '../modules/partners/api-key.entity';
import { PlanSubscription } from '../modules/billing/subscription.entity';
import {
  CreditAccount,
  CreditGrant,
  CreditHold,
  IdempotencyRecord,
  LedgerEntry,
} from '../modules/ledger/ledger.entities';
import { Invitation, Membership } from '../modules/workspaces/membership.entity';
import { Workspace } from '../modules/workspaces/workspace.entity';

/** Every entity, listed explicitly: no folder scanning, so the same list works in tests and builds. */
export const entities = [
  User,
  Session,
  Workspace,
  Membership,
  Invitation,
  CreditAccount,
  CreditGrant,
  CreditHold,
  LedgerEntry,
  IdempotencyRecord,
  PlanSubscription,
  ApiKey,
];

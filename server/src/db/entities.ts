import { AdAccount } from '../modules/ad-accounts/ad-account.entity';
import { AlertDefaults, AlertMail, AlertRule, Notification, NotificationRead } from '../modules/alerts/alerts.entities';
import { PasswordResetToken } from '../modules/auth/password-reset.entity';
import { Session } from '../modules/auth/session.entity';
import { SignInThrottleCounter } from '../modules/auth/sign-in-throttle.entity';
import { StaffRoleChange } from '../modules/auth/staff-role-change.entity';
import { User } from '../modules/auth/user.entity';
import { ApiKey, ApiKeySpend } from '../modules/partners/api-key.entity';
import {
  AutoTopUp,
  BillingNotice,
  PaymentClawback,
  PaymentDispute,
  StripeEvent,
  TopUpPurchase,
} from '../modules/billing/billing.entities';
import { PlanSubscription } from '../modules/billing/subscription.entity';
import { Campaign } from '../modules/campaigns/campaign.entity';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint, WorkspaceEvent } from '../modules/events/events.entities';
import { DemoClock } from '../modules/demo-clock/demo-clock.entity';
import { HeroConversation, HeroMessage } from '../modules/hero-ai/conversation.entity';
import { CreditAccount, CreditGrant, CreditHold, LedgerEntry } from '../modules/ledger/ledger.entities';
import { MeteredRun } from '../modules/metering/metered-run.entity';
import { Product, ProductAnalysis } from '../modules/products/product.entity';
import { SupportAction } from '../modules/support/support-action.entity';
import { SupportRequest, SupportRequestMessage } from '../modules/support-requests/support-request.entity';
import { Invitation, Membership } from '../modules/workspaces/membership.entity';
import { IdempotencyRecord } from '../platform/idempotency.entity';
import { Workspace } from '../modules/workspaces/workspace.entity';

/** Every entity, listed explicitly: no folder scanning, so the same list works in tests and builds. */
export const entities = [
  User,
  Session,
  PasswordResetToken,
  SignInThrottleCounter,
  StaffRoleChange,
  Workspace,
  Membership,
  Invitation,
  CreditAccount,
  CreditGrant,
  CreditHold,
  LedgerEntry,
  IdempotencyRecord,
  PlanSubscription,
  StripeEvent,
  TopUpPurchase,
  PaymentClawback,
  PaymentDispute,
  AutoTopUp,
  BillingNotice,
  ApiKey,
  ApiKeySpend,
  SupportAction,
  SupportRequest,
  SupportRequestMessage,
  MeteredRun,
  AdAccount,
  Product,
  ProductAnalysis,
  Campaign,
  HeroConversation,
  HeroMessage,
  DemoClock,
  WorkspaceEvent,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookAttempt,
  AlertRule,
  AlertDefaults,
  Notification,
  NotificationRead,
  AlertMail,
];

import { Migration } from '@mikro-orm/migrations';

export class Migration20261130133157 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "alert_defaults" ("workspace_id" uuid not null, "created_at" timestamptz not null, constraint "alert_defaults_pkey" primary key ("workspace_id"));`);

    this.addSql(`create table "api_key_spend" ("api_key_id" uuid not null, "month" varchar(7) not null, "workspace_id" uuid not null, "spent_micro" bigint not null default 0, constraint "api_key_spend_pkey" primary key ("api_key_id", "month"));`);
    this.addSql(`create index "api_key_spend_workspace_id_month_index" on "api_key_spend" ("workspace_id", "month");`);

    this.addSql(`create table "auto_topup" ("workspace_id" uuid not null, "enabled" boolean not null default false, "threshold_micro" bigint not null default 0, "packs" int not null, "monthly_cap_packs" int not null, "armed" boolean not null default true, "updated_at" timestamptz not null, constraint "auto_topup_pkey" primary key ("workspace_id"));`);

    this.addSql(`create table "credit_account" ("workspace_id" uuid not null, "held_micro" bigint not null default 0, "deficit_micro" bigint not null default 0, "version" int not null default 0, "updated_at" timestamptz not null, constraint "credit_account_pkey" primary key ("workspace_id"), constraint credit_account_totals_non_negative check (held_micro >= 0 and deficit_micro >= 0));`);

    this.addSql(`create table "demo_clock" ("workspace_id" uuid not null, "test_clock_id" varchar(64) not null, "offset_ms" bigint not null default 0, "updated_at" timestamptz not null, constraint "demo_clock_pkey" primary key ("workspace_id"));`);
    this.addSql(`alter table "demo_clock" add constraint "demo_clock_test_clock_id_unique" unique ("test_clock_id");`);

    this.addSql(`create table "sign_in_throttle" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "sign_in_throttle_pkey" primary key ("key"));`);

    this.addSql(`create table "staff_role_change" ("id" uuid not null, "user_id" uuid not null, "email" varchar(254) not null, "kind" text check ("kind" in ('GRANT', 'REVOKE')) not null, "actor" varchar(200) not null, "created_at" timestamptz not null, constraint "staff_role_change_pkey" primary key ("id"));`);
    this.addSql(`create index "staff_role_change_user_id_created_at_index" on "staff_role_change" ("user_id", "created_at");`);

    this.addSql(`create table "stripe_event" ("id" varchar(255) not null, "type" varchar(100) not null, "payload" jsonb not null, "status" text check ("status" in ('APPLIED', 'IGNORED', 'FAILED')) not null, "note" varchar(500) null, "created_at" timestamptz not null, "received_at" timestamptz not null, constraint "stripe_event_pkey" primary key ("id"));`);

    this.addSql(`create table "support_action" ("id" uuid not null, "workspace_id" uuid null, "support_user_id" uuid not null, "kind" text check ("kind" in ('AUDIT', 'SEARCH', 'ADJUST', 'VOID_GRANT', 'RELEASE_HOLD', 'ANSWER', 'CLOSE')) not null, "reason" varchar(500) null, "amount_micro" bigint null, "target_id" varchar(255) null, "created_at" timestamptz not null, constraint "support_action_pkey" primary key ("id"));`);
    this.addSql(`create index "support_action_created_at_index" on "support_action" ("created_at");`);
    this.addSql(`create index "support_action_support_user_id_created_at_index" on "support_action" ("support_user_id", "created_at");`);
    this.addSql(`create index "support_action_workspace_id_created_at_index" on "support_action" ("workspace_id", "created_at");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" varchar(254) not null, "name" varchar(120) not null, "password_hash" varchar(255) not null, "is_support" boolean not null default false, "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "password_reset_token" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_reset_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "password_reset_token" add constraint "password_reset_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "workspace" ("id" uuid not null, "name" varchar(120) not null, "stripe_customer_id" varchar(255) null, "created_at" timestamptz not null, constraint "workspace_pkey" primary key ("id"));`);
    this.addSql(`alter table "workspace" add constraint "workspace_stripe_customer_id_unique" unique ("stripe_customer_id");`);

    this.addSql(`create table "webhook_endpoint" ("id" uuid not null, "workspace_id" uuid not null, "url" varchar(2048) not null, "description" varchar(200) not null default '', "event_types" jsonb not null, "enabled" boolean not null default true, "secret" varchar(100) not null, "previous_secret" varchar(100) null, "previous_secret_expires_at" timestamptz null, "cursor_seq" int not null default 0, "created_by" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "webhook_endpoint_pkey" primary key ("id"));`);

    this.addSql(`create table "topup_purchase" ("id" uuid not null, "workspace_id" uuid not null, "payment_intent_id" varchar(255) not null, "checkout_session_id" varchar(255) null, "automatic" boolean not null default false, "packs" int not null, "credits_micro" bigint not null default 0, "amount_cents" int not null, "grant_id" uuid null, "mismatch" varchar(1000) null, "created_at" timestamptz not null, constraint "topup_purchase_pkey" primary key ("id"), constraint topup_purchase_amounts check (packs >= 0 and amount_cents > 0));`);
    this.addSql(`alter table "topup_purchase" add constraint "topup_purchase_payment_intent_id_unique" unique ("payment_intent_id");`);

    this.addSql(`create table "support_request" ("id" uuid not null, "workspace_id" uuid not null, "author_id" uuid not null, "status" text check ("status" in ('OPEN', 'ANSWERED', 'CLOSED')) not null, "subject" varchar(120) not null, "entry_ids" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "support_request_pkey" primary key ("id"));`);
    this.addSql(`create index "support_request_status_created_at_index" on "support_request" ("status", "created_at");`);
    this.addSql(`create index "support_request_workspace_id_created_at_index" on "support_request" ("workspace_id", "created_at");`);

    this.addSql(`create table "support_request_message" ("id" uuid not null, "request_id" uuid not null, "author_id" uuid not null, "from_staff" boolean not null, "body" text not null, "created_at" timestamptz not null, constraint "support_request_message_pkey" primary key ("id"));`);
    this.addSql(`create index "support_request_message_request_id_created_at_index" on "support_request_message" ("request_id", "created_at");`);

    this.addSql(`create table "auth_session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "workspace_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "auth_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "product" ("id" uuid not null, "workspace_id" uuid not null, "name" varchar(120) not null, "url" varchar(500) null, "description" text not null default '', "price_cents" int null, "active" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "product_pkey" primary key ("id"));`);
    this.addSql(`create index "product_workspace_id_created_at_index" on "product" ("workspace_id", "created_at");`);

    this.addSql(`create table "product_analysis" ("id" uuid not null, "workspace_id" uuid not null, "product_id" uuid not null, "text" text not null, "input_tokens" int not null, "output_tokens" int not null, "created_at" timestamptz not null, constraint "product_analysis_pkey" primary key ("id"));`);
    this.addSql(`create index "product_analysis_product_id_created_at_index" on "product_analysis" ("product_id", "created_at");`);

    this.addSql(`create table "plan_subscription" ("id" uuid not null, "workspace_id" uuid not null, "plan_code" varchar(32) not null, "status" text check ("status" in ('ACTIVE', 'PAST_DUE', 'CANCELED', 'INCOMPLETE')) not null, "started_at" timestamptz not null, "current_period_start" timestamptz not null, "current_period_end" timestamptz not null, "cancel_at_period_end" boolean not null default false, "scheduled_plan_code" varchar(32) null, "stripe_subscription_id" varchar(255) null, "stripe_schedule_id" varchar(255) null, "stripe_event_at" timestamptz null, "updated_at" timestamptz not null, constraint "plan_subscription_pkey" primary key ("id"));`);
    this.addSql(`alter table "plan_subscription" add constraint "plan_subscription_workspace_id_unique" unique ("workspace_id");`);
    this.addSql(`alter table "plan_subscription" add constraint "plan_subscription_stripe_subscription_id_unique" unique ("stripe_subscription_id");`);

    this.addSql(`create table "payment_dispute" ("id" varchar(255) not null, "workspace_id" uuid not null, "payment_intent_id" varchar(255) not null, "disputed_cents" int not null, "taken_micro" bigint not null default 0, "status" text check ("status" in ('OPEN', 'WON', 'LOST')) not null, "created_at" timestamptz not null, "closed_at" timestamptz null, constraint "payment_dispute_pkey" primary key ("id"), constraint payment_dispute_amounts check (disputed_cents >= 0 and taken_micro >= 0));`);

    this.addSql(`create table "payment_clawback" ("id" uuid not null, "workspace_id" uuid not null, "payment_intent_id" varchar(255) not null, "kind" text check ("kind" in ('TOP_UP', 'INVOICE')) not null, "grant_id" uuid not null, "granted_micro" bigint not null default 0, "paid_cents" int not null, "refunded_cents" int not null default 0, "clawed_back_micro" bigint not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "payment_clawback_pkey" primary key ("id"), constraint payment_clawback_bounds check (granted_micro > 0 and paid_cents > 0 and refunded_cents >= 0 and clawed_back_micro >= 0 and clawed_back_micro <= granted_micro));`);
    this.addSql(`alter table "payment_clawback" add constraint "payment_clawback_payment_intent_id_unique" unique ("payment_intent_id");`);

    this.addSql(`create table "notification" ("id" uuid not null, "workspace_id" uuid not null, "alert_id" uuid null, "kind" varchar(64) not null, "title" varchar(200) not null, "body" varchar(1000) not null, "data" jsonb not null, "created_at" timestamptz not null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_workspace_id_created_at_index" on "notification" ("workspace_id", "created_at");`);

    this.addSql(`create table "notification_read" ("id" uuid not null, "notification_id" uuid not null, "workspace" uuid not null, "user_id" uuid not null, "read_at" timestamptz not null, constraint "notification_read_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_read_user_id_workspace_index" on "notification_read" ("user_id", "workspace");`);
    this.addSql(`alter table "notification_read" add constraint "notification_read_notification_id_user_id_unique" unique ("notification_id", "user_id");`);

    this.addSql(`create table "alert_mail" ("id" uuid not null, "workspace" uuid not null, "notification_id" uuid not null, "user_id" uuid not null, "to" varchar(254) not null, "subject" varchar(200) not null, "text" text not null, "status" text check ("status" in ('PENDING', 'SENDING', 'SENT', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "created_at" timestamptz not null, "sent_at" timestamptz null, constraint "alert_mail_pkey" primary key ("id"));`);
    this.addSql(`create index "alert_mail_status_next_attempt_at_index" on "alert_mail" ("status", "next_attempt_at");`);
    this.addSql(`alter table "alert_mail" add constraint "alert_mail_notification_id_user_id_unique" unique ("notification_id", "user_id");`);

    this.addSql(`create table "metered_run" ("id" uuid not null, "workspace_id" uuid not null, "feature" varchar(64) not null, "idempotency_key" varchar(128) null, "request_hash" varchar(64) not null, "status" text check ("status" in ('RUNNING', 'DONE')) not null, "hold_id" uuid null, "held_micro" bigint not null default 0, "charged_micro" bigint not null default 0, "input_tokens" int not null default 0, "output_tokens" int not null default 0, "rate_card_version" varchar(40) not null default '', "description" varchar(500) not null default '', "result" jsonb null, "created_at" timestamptz not null, "stale_at" timestamptz not null, constraint "metered_run_pkey" primary key ("id"));`);
    this.addSql(`create index "metered_run_workspace_id_created_at_index" on "metered_run" ("workspace_id", "created_at");`);
    this.addSql(`alter table "metered_run" add constraint "metered_run_workspace_id_idempotency_key_unique" unique ("workspace_id", "idempotency_key");`);

    this.addSql(`create table "membership" ("id" uuid not null, "workspace_id" uuid not null, "user_id" uuid not null, "role" text check ("role" in ('OWNER', 'ADMIN', 'MEMBER')) not null, "created_at" timestamptz not null, constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`alter table "membership" add constraint "membership_workspace_id_user_id_unique" unique ("workspace_id", "user_id");`);

    this.addSql(`create table "ledger_entry" ("id" uuid not null, "workspace_id" uuid not null, "seq" int not null, "type" text check ("type" in ('GRANT', 'HOLD', 'CHARGE', 'RELEASE', 'EXPIRY', 'ADJUSTMENT', 'REFUND', 'REVERSAL', 'DEFICIT_REPAYMENT')) not null, "amount_micro" bigint not null default 0, "held_delta_micro" bigint not null default 0, "deficit_delta_micro" bigint not null default 0, "splits" jsonb not null, "charge_splits" jsonb null, "description" varchar(500) not null, "details" jsonb null, "feature" varchar(64) null, "hold_id" uuid null, "grant_id" uuid null, "actor_kind" text check ("actor_kind" in ('USER', 'API_KEY', 'SUPPORT', 'STRIPE', 'SYSTEM')) not null, "actor_id" varchar(255) null, "idempotency_key" varchar(255) null, "created_at" timestamptz not null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "ledger_entry_feature_index" on "ledger_entry" ("feature");`);
    this.addSql(`create index "ledger_entry_workspace_id_created_at_index" on "ledger_entry" ("workspace_id", "created_at");`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_workspace_id_seq_unique" unique ("workspace_id", "seq");`);

    this.addSql(`create table "invitation" ("id" uuid not null, "workspace_id" uuid not null, "email" varchar(254) not null, "role" text check ("role" in ('OWNER', 'ADMIN', 'MEMBER')) not null, "invited_by_id" uuid not null, "created_at" timestamptz not null, "accepted_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "invitation" add constraint "invitation_workspace_id_email_unique" unique ("workspace_id", "email");`);

    this.addSql(`create table "idempotency_record" ("id" uuid not null, "workspace_id" uuid not null, "key" varchar(255) not null, "operation" varchar(64) not null, "request_hash" varchar(64) not null, "response" jsonb null, "running_until" timestamptz null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`);
    this.addSql(`create index "idempotency_record_created_at_index" on "idempotency_record" ("created_at");`);
    this.addSql(`alter table "idempotency_record" add constraint "idempotency_record_workspace_id_key_unique" unique ("workspace_id", "key");`);

    this.addSql(`create table "hero_conversation" ("id" uuid not null, "workspace_id" uuid not null, "title" varchar(200) not null, "created_by" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "hero_conversation_pkey" primary key ("id"));`);
    this.addSql(`create index "hero_conversation_workspace_id_updated_at_index" on "hero_conversation" ("workspace_id", "updated_at");`);

    this.addSql(`create table "hero_message" ("id" uuid not null, "workspace_id" uuid not null, "conversation_id" uuid not null, "position" int not null, "role" text check ("role" in ('USER', 'ASSISTANT')) not null, "text" text not null, "campaigns_referenced" int not null default 0, "days_of_data" int not null default 0, "input_tokens" int not null default 0, "output_tokens" int not null default 0, "created_at" timestamptz not null, constraint "hero_message_pkey" primary key ("id"));`);
    this.addSql(`create index "hero_message_conversation_id_position_index" on "hero_message" ("conversation_id", "position");`);

    this.addSql(`create table "credit_hold" ("id" uuid not null, "workspace_id" uuid not null, "amount_micro" bigint not null default 0, "splits" jsonb not null, "status" text check ("status" in ('ACTIVE', 'SETTLED', 'RELEASED', 'EXPIRED')) not null, "feature" varchar(64) null, "description" varchar(500) not null, "actual_micro" bigint not null default 0, "api_key_id" uuid null, "pending_settle" jsonb null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "resolved_at" timestamptz null, constraint "credit_hold_pkey" primary key ("id"), constraint credit_hold_amount_positive check (amount_micro > 0 and actual_micro >= 0));`);
    this.addSql(`create index "credit_hold_status_expires_at_index" on "credit_hold" ("status", "expires_at");`);

    this.addSql(`create table "credit_grant" ("id" uuid not null, "workspace_id" uuid not null, "source" text check ("source" in ('PLAN_ALLOCATION', 'PRORATION', 'TOP_UP', 'ADJUSTMENT')) not null, "label" varchar(200) not null, "original_micro" bigint not null default 0, "remaining_micro" bigint not null default 0, "expires_at" timestamptz null, "effective_at" timestamptz not null, "seq" int not null, "external_key" varchar(255) null, "created_at" timestamptz not null, constraint "credit_grant_pkey" primary key ("id"), constraint credit_grant_remaining_in_range check (remaining_micro >= 0 and remaining_micro <= original_micro));`);
    this.addSql(`create index "credit_grant_workspace_id_remaining_micro_index" on "credit_grant" ("workspace_id", "remaining_micro");`);
    this.addSql(`alter table "credit_grant" add constraint "credit_grant_workspace_id_external_key_unique" unique ("workspace_id", "external_key");`);

    this.addSql(`create table "billing_notice" ("id" uuid not null, "workspace_id" uuid not null, "kind" text check ("kind" in ('PAYMENT_FAILED', 'AUTO_TOPUP_DISABLED', 'SUBSCRIPTION_CANCELED', 'PAYMENT_MISMATCH')) not null, "message" varchar(500) not null, "created_at" timestamptz not null, "resolved_at" timestamptz null, constraint "billing_notice_pkey" primary key ("id"));`);

    this.addSql(`create table "api_key" ("id" uuid not null, "workspace_id" uuid not null, "name" varchar(80) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "scopes" jsonb not null, "created_by_id" uuid not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "monthly_budget_micro" bigint null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create table "alert_rule" ("id" uuid not null, "workspace_id" uuid not null, "kind" text check ("kind" in ('BALANCE_BELOW', 'ALLOCATION_PERCENT_BELOW', 'RUNS_OUT_BEFORE_RENEWAL', 'ALLOCATION_WILL_EXPIRE')) not null, "threshold_micro" bigint null, "percent" int null, "recipient_user_ids" jsonb null, "enabled" boolean not null default true, "state" text check ("state" in ('ARMED', 'FIRED')) not null default 'ARMED', "state_version" int not null default 0, "state_at" timestamptz not null, "fired_at" timestamptz null, "evaluated_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "alert_rule_pkey" primary key ("id"));`);
    this.addSql(`create index "alert_rule_enabled_evaluated_at_index" on "alert_rule" ("enabled", "evaluated_at");`);

    this.addSql(`create table "ad_account" ("id" uuid not null, "workspace_id" uuid not null, "name" varchar(120) not null, "platform" text check ("platform" in ('GOOGLE_ADS', 'META_ADS', 'MICROSOFT_ADS')) not null, "external_id" varchar(64) not null, "currency" varchar(3) not null, "active" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "ad_account_pkey" primary key ("id"));`);
    this.addSql(`create index "ad_account_workspace_id_created_at_index" on "ad_account" ("workspace_id", "created_at");`);
    this.addSql(`alter table "ad_account" add constraint "ad_account_workspace_id_platform_external_id_unique" unique ("workspace_id", "platform", "external_id");`);

    this.addSql(`create table "campaign" ("id" uuid not null, "workspace_id" uuid not null, "status" text check ("status" in ('DRAFT', 'LAUNCHED')) not null, "name" varchar(120) not null, "product_id" uuid null, "ad_account_id" uuid null, "goal" text check ("goal" in ('SALES', 'LEADS', 'TRAFFIC', 'AWARENESS')) not null, "daily_budget_cents" int not null default 0, "locations" varchar(500) not null default '', "brief" text not null default '', "ad_copy" jsonb null, "sitelinks" jsonb null, "keywords" jsonb null, "plan" text null, "launched_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "campaign_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_workspace_id_status_updated_at_index" on "campaign" ("workspace_id", "status", "updated_at");`);

    this.addSql(`create table "workspace_event" ("id" uuid not null, "workspace_id" uuid not null, "seq" int not null, "type" varchar(64) not null, "data" jsonb not null, "created_at" timestamptz not null, constraint "workspace_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "workspace_event" add constraint "workspace_event_workspace_id_seq_unique" unique ("workspace_id", "seq");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "endpoint_id" uuid not null, "event_id" uuid not null, "workspace_id" uuid not null, "seq" int not null, "status" text check ("status" in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "locked_until" timestamptz null, "window_started_at" timestamptz not null, "last_status_code" int null, "last_error" varchar(500) null, "last_attempt_at" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_endpoint_id_seq_index" on "webhook_delivery" ("endpoint_id", "seq");`);
    this.addSql(`create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_event_id_unique" unique ("endpoint_id", "event_id");`);

    this.addSql(`create table "webhook_attempt" ("id" uuid not null, "delivery_id" uuid not null, "attempt" int not null, "status_code" int null, "error" varchar(500) null, "response_excerpt" varchar(500) null, "duration_ms" int not null, "created_at" timestamptz not null, constraint "webhook_attempt_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_attempt_delivery_id_attempt_index" on "webhook_attempt" ("delivery_id", "attempt");`);

    this.addSql(`alter table "password_reset_token" add constraint "password_reset_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "topup_purchase" add constraint "topup_purchase_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "support_request" add constraint "support_request_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);
    this.addSql(`alter table "support_request" add constraint "support_request_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "support_request_message" add constraint "support_request_message_request_id_foreign" foreign key ("request_id") references "support_request" ("id") on update cascade;`);
    this.addSql(`alter table "support_request_message" add constraint "support_request_message_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "product" add constraint "product_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "product_analysis" add constraint "product_analysis_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);
    this.addSql(`alter table "product_analysis" add constraint "product_analysis_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade;`);

    this.addSql(`alter table "plan_subscription" add constraint "plan_subscription_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "payment_dispute" add constraint "payment_dispute_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "payment_clawback" add constraint "payment_clawback_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "notification_read" add constraint "notification_read_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "alert_mail" add constraint "alert_mail_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade;`);

    this.addSql(`alter table "metered_run" add constraint "metered_run_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "invitation" add constraint "invitation_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "idempotency_record" add constraint "idempotency_record_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "hero_conversation" add constraint "hero_conversation_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "hero_message" add constraint "hero_message_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);
    this.addSql(`alter table "hero_message" add constraint "hero_message_conversation_id_foreign" foreign key ("conversation_id") references "hero_conversation" ("id") on update cascade;`);

    this.addSql(`alter table "credit_hold" add constraint "credit_hold_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "credit_grant" add constraint "credit_grant_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "billing_notice" add constraint "billing_notice_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "api_key" add constraint "api_key_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "alert_rule" add constraint "alert_rule_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "ad_account" add constraint "ad_account_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "campaign" add constraint "campaign_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);
    this.addSql(`alter table "campaign" add constraint "campaign_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "campaign" add constraint "campaign_ad_account_id_foreign" foreign key ("ad_account_id") references "ad_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "workspace_event" add constraint "workspace_event_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_event_id_foreign" foreign key ("event_id") references "workspace_event" ("id") on update cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "webhook_attempt" add constraint "webhook_attempt_delivery_id_foreign" foreign key ("delivery_id") references "webhook_delivery" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "password_reset_token" drop constraint "password_reset_token_user_id_foreign";`);

    this.addSql(`alter table "support_request" drop constraint "support_request_author_id_foreign";`);

    this.addSql(`alter table "support_request_message" drop constraint "support_request_message_author_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_user_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_invited_by_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_created_by_id_foreign";`);

    this.addSql(`alter table "webhook_endpoint" drop constraint "webhook_endpoint_workspace_id_foreign";`);

    this.addSql(`alter table "topup_purchase" drop constraint "topup_purchase_workspace_id_foreign";`);

    this.addSql(`alter table "support_request" drop constraint "support_request_workspace_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_workspace_id_foreign";`);

    this.addSql(`alter table "product" drop constraint "product_workspace_id_foreign";`);

    this.addSql(`alter table "product_analysis" drop constraint "product_analysis_workspace_id_foreign";`);

    this.addSql(`alter table "plan_subscription" drop constraint "plan_subscription_workspace_id_foreign";`);

    this.addSql(`alter table "payment_dispute" drop constraint "payment_dispute_workspace_id_foreign";`);

    this.addSql(`alter table "payment_clawback" drop constraint "payment_clawback_workspace_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_workspace_id_foreign";`);

    this.addSql(`alter table "metered_run" drop constraint "metered_run_workspace_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_workspace_id_foreign";`);

    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_workspace_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_workspace_id_foreign";`);

    this.addSql(`alter table "idempotency_record" drop constraint "idempotency_record_workspace_id_foreign";`);

    this.addSql(`alter table "hero_conversation" drop constraint "hero_conversation_workspace_id_foreign";`);

    this.addSql(`alter table "hero_message" drop constraint "hero_message_workspace_id_foreign";`);

    this.addSql(`alter table "credit_hold" drop constraint "credit_hold_workspace_id_foreign";`);

    this.addSql(`alter table "credit_grant" drop constraint "credit_grant_workspace_id_foreign";`);

    this.addSql(`alter table "billing_notice" drop constraint "billing_notice_workspace_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_workspace_id_foreign";`);

    this.addSql(`alter table "alert_rule" drop constraint "alert_rule_workspace_id_foreign";`);

    this.addSql(`alter table "ad_account" drop constraint "ad_account_workspace_id_foreign";`);

    this.addSql(`alter table "campaign" drop constraint "campaign_workspace_id_foreign";`);

    this.addSql(`alter table "workspace_event" drop constraint "workspace_event_workspace_id_foreign";`);

    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_workspace_id_foreign";`);

    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_endpoint_id_foreign";`);

    this.addSql(`alter table "support_request_message" drop constraint "support_request_message_request_id_foreign";`);

    this.addSql(`alter table "product_analysis" drop constraint "product_analysis_product_id_foreign";`);

    this.addSql(`alter table "campaign" drop constraint "campaign_product_id_foreign";`);

    this.addSql(`alter table "notification_read" drop constraint "notification_read_notification_id_foreign";`);

    this.addSql(`alter table "alert_mail" drop constraint "alert_mail_notification_id_foreign";`);

    this.addSql(`alter table "hero_message" drop constraint "hero_message_conversation_id_foreign";`);

    this.addSql(`alter table "campaign" drop constraint "campaign_ad_account_id_foreign";`);

    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_event_id_foreign";`);

    this.addSql(`alter table "webhook_attempt" drop constraint "webhook_attempt_delivery_id_foreign";`);

    this.addSql(`drop table if exists "alert_defaults" cascade;`);

    this.addSql(`drop table if exists "api_key_spend" cascade;`);

    this.addSql(`drop table if exists "auto_topup" cascade;`);

    this.addSql(`drop table if exists "credit_account" cascade;`);

    this.addSql(`drop table if exists "demo_clock" cascade;`);

    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);

    this.addSql(`drop table if exists "staff_role_change" cascade;`);

    this.addSql(`drop table if exists "stripe_event" cascade;`);

    this.addSql(`drop table if exists "support_action" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "password_reset_token" cascade;`);

    this.addSql(`drop table if exists "workspace" cascade;`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);

    this.addSql(`drop table if exists "topup_purchase" cascade;`);

    this.addSql(`drop table if exists "support_request" cascade;`);

    this.addSql(`drop table if exists "support_request_message" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop table if exists "product" cascade;`);

    this.addSql(`drop table if exists "product_analysis" cascade;`);

    this.addSql(`drop table if exists "plan_subscription" cascade;`);

    this.addSql(`drop table if exists "payment_dispute" cascade;`);

    this.addSql(`drop table if exists "payment_clawback" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "notification_read" cascade;`);

    this.addSql(`drop table if exists "alert_mail" cascade;`);

    this.addSql(`drop table if exists "metered_run" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "idempotency_record" cascade;`);

    this.addSql(`drop table if exists "hero_conversation" cascade;`);

    this.addSql(`drop table if exists "hero_message" cascade;`);

    this.addSql(`drop table if exists "credit_hold" cascade;`);

    this.addSql(`drop table if exists "credit_grant" cascade;`);

    this.addSql(`drop table if exists "billing_notice" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "alert_rule" cascade;`);

    this.addSql(`drop table if exists "ad_account" cascade;`);

    this.addSql(`drop table if exists "campaign" cascade;`);

    this.addSql(`drop table if exists "workspace_event" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);

    this.addSql(`drop table if exists "webhook_attempt" cascade;`);
  }

}

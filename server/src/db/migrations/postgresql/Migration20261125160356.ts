import { Migration } from '@mikro-orm/migrations';

export class Migration20261125160356 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "credit_account" ("workspace_id" uuid not null, "held_micro" bigint not null default 0, "deficit_micro" bigint not null default 0, "version" int not null default 0, "updated_at" timestamptz not null, constraint "credit_account_pkey" primary key ("workspace_id"), constraint credit_account_totals_non_negative check (held_micro >= 0 and deficit_micro >= 0));`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" varchar(254) not null, "name" varchar(120) not null, "password_hash" varchar(255) not null, "is_support" boolean not null default false, "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "workspace" ("id" uuid not null, "name" varchar(120) not null, "stripe_customer_id" varchar(255) null, "created_at" timestamptz not null, constraint "workspace_pkey" primary key ("id"));`);
    this.addSql(`alter table "workspace" add constraint "workspace_stripe_customer_id_unique" unique ("stripe_customer_id");`);

    this.addSql(`create table "auth_session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "workspace_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "auth_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "plan_subscription" ("id" uuid not null, "workspace_id" uuid not null, "plan_code" varchar(32) not null, "status" text check ("status" in ('ACTIVE', 'PAST_DUE', 'CANCELED', 'INCOMPLETE')) not null, "started_at" timestamptz not null, "current_period_start" timestamptz not null, "current_period_end" timestamptz not null, "cancel_at_period_end" boolean not null default false, "scheduled_plan_code" varchar(32) null, "stripe_subscription_id" varchar(255) null, "updated_at" timestamptz not null, constraint "plan_subscription_pkey" primary key ("id"));`);
    this.addSql(`alter table "plan_subscription" add constraint "plan_subscription_workspace_id_unique" unique ("workspace_id");`);
    this.addSql(`alter table "plan_subscription" add constraint "plan_subscription_stripe_subscription_id_unique" unique ("stripe_subscription_id");`);

    this.addSql(`create table "membership" ("id" uuid not null, "workspace_id" uuid not null, "user_id" uuid not null, "role" text check ("role" in ('OWNER', 'ADMIN', 'MEMBER')) not null, "created_at" timestamptz not null, constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`alter table "membership" add constraint "membership_workspace_id_user_id_unique" unique ("workspace_id", "user_id");`);

    this.addSql(`create table "ledger_entry" ("id" uuid not null, "workspace_id" uuid not null, "seq" int not null, "type" text check ("type" in ('GRANT', 'HOLD', 'CHARGE', 'RELEASE', 'EXPIRY', 'ADJUSTMENT', 'REFUND', 'REVERSAL', 'DEFICIT_REPAYMENT')) not null, "amount_micro" bigint not null default 0, "held_delta_micro" bigint not null default 0, "deficit_delta_micro" bigint not null default 0, "splits" jsonb not null, "charge_splits" jsonb null, "description" varchar(500) not null, "details" jsonb null, "feature" varchar(64) null, "hold_id" uuid null, "grant_id" uuid null, "actor_kind" text check ("actor_kind" in ('USER', 'API_KEY', 'SUPPORT', 'STRIPE', 'SYSTEM')) not null, "actor_id" varchar(255) null, "idempotency_key" varchar(255) null, "created_at" timestamptz not null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "ledger_entry_feature_index" on "ledger_entry" ("feature");`);
    this.addSql(`create index "ledger_entry_workspace_id_created_at_index" on "ledger_entry" ("workspace_id", "created_at");`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_workspace_id_seq_unique" unique ("workspace_id", "seq");`);

    this.addSql(`create table "invitation" ("id" uuid not null, "workspace_id" uuid not null, "email" varchar(254) not null, "role" text check ("role" in ('OWNER', 'ADMIN', 'MEMBER')) not null, "invited_by_id" uuid not null, "created_at" timestamptz not null, "accepted_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "invitation" add constraint "invitation_workspace_id_email_unique" unique ("workspace_id", "email");`);

    this.addSql(`create table "idempotency_record" ("id" uuid not null, "workspace_id" uuid not null, "key" varchar(255) not null, "operation" varchar(64) not null, "request_hash" varchar(64) not null, "response" jsonb null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`);
    this.addSql(`alter table "idempotency_record" add constraint "idempotency_record_workspace_id_key_unique" unique ("workspace_id", "key");`);

    this.addSql(`create table "credit_hold" ("id" uuid not null, "workspace_id" uuid not null, "amount_micro" bigint not null default 0, "splits" jsonb not null, "status" text check ("status" in ('ACTIVE', 'SETTLED', 'RELEASED', 'EXPIRED')) not null, "feature" varchar(64) null, "description" varchar(500) not null, "actual_micro" bigint not null default 0, "created_at" timestamptz not null, "expires_at" timestamptz not null, "resolved_at" timestamptz null, constraint "credit_hold_pkey" primary key ("id"), constraint credit_hold_amount_positive check (amount_micro > 0 and actual_micro >= 0));`);
    this.addSql(`create index "credit_hold_status_expires_at_index" on "credit_hold" ("status", "expires_at");`);

    this.addSql(`create table "credit_grant" ("id" uuid not null, "workspace_id" uuid not null, "source" text check ("source" in ('PLAN_ALLOCATION', 'PRORATION', 'TOP_UP', 'ADJUSTMENT')) not null, "label" varchar(200) not null, "original_micro" bigint not null default 0, "remaining_micro" bigint not null default 0, "expires_at" timestamptz null, "effective_at" timestamptz not null, "seq" int not null, "external_key" varchar(255) null, "created_at" timestamptz not null, constraint "credit_grant_pkey" primary key ("id"), constraint credit_grant_remaining_in_range check (remaining_micro >= 0 and remaining_micro <= original_micro));`);
    this.addSql(`create index "credit_grant_workspace_id_remaining_micro_index" on "credit_grant" ("workspace_id", "remaining_micro");`);
    this.addSql(`alter table "credit_grant" add constraint "credit_grant_workspace_id_external_key_unique" unique ("workspace_id", "external_key");`);

    this.addSql(`create table "api_key" ("id" uuid not null, "workspace_id" uuid not null, "name" varchar(80) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "scopes" jsonb not null, "created_by_id" uuid not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "plan_subscription" add constraint "plan_subscription_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "invitation" add constraint "invitation_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "idempotency_record" add constraint "idempotency_record_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "credit_hold" add constraint "credit_hold_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "credit_grant" add constraint "credit_grant_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);

    this.addSql(`alter table "api_key" add constraint "api_key_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on update cascade;`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "auth_session" drop constraint "auth_session_user_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_invited_by_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_created_by_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_workspace_id_foreign";`);

    this.addSql(`alter table "plan_subscription" drop constraint "plan_subscription_workspace_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_workspace_id_foreign";`);

    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_workspace_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_workspace_id_foreign";`);

    this.addSql(`alter table "idempotency_record" drop constraint "idempotency_record_workspace_id_foreign";`);

    this.addSql(`alter table "credit_hold" drop constraint "credit_hold_workspace_id_foreign";`);

    this.addSql(`alter table "credit_grant" drop constraint "credit_grant_workspace_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_workspace_id_foreign";`);

    this.addSql(`drop table if exists "credit_account" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "workspace" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop table if exists "plan_subscription" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "idempotency_record" cascade;`);

    this.addSql(`drop table if exists "credit_hold" cascade;`);

    this.addSql(`drop table if exists "credit_grant" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261125160356 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`credit_account\` (\`workspace_id\` text not null, \`held_micro\` bigint not null default 0, \`deficit_micro\` bigint not null default 0, \`version\` integer not null default 0, \`updated_at\` datetime not null, primary key (\`workspace_id\`), constraint credit_account_totals_non_negative check (held_micro >= 0 and deficit_micro >= 0));`);

    this.addSql(`create table \`app_user\` (\`id\` text not null, \`email\` text not null, \`name\` text not null, \`password_hash\` text not null, \`is_support\` integer not null default false, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);

    this.addSql(`create table \`workspace\` (\`id\` text not null, \`name\` text not null, \`stripe_customer_id\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`workspace_stripe_customer_id_unique\` on \`workspace\` (\`stripe_customer_id\`);`);

    this.addSql(`create table \`auth_session\` (\`id\` text not null, \`token_hash\` text not null, \`user_id\` text not null, \`workspace_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, constraint \`auth_session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, constraint \`auth_session_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`auth_session_token_hash_unique\` on \`auth_session\` (\`token_hash\`);`);
    this.addSql(`create index \`auth_session_user_id_index\` on \`auth_session\` (\`user_id\`);`);
    this.addSql(`create index \`auth_session_workspace_id_index\` on \`auth_session\` (\`workspace_id\`);`);

    this.addSql(`create table \`plan_subscription\` (\`id\` text not null, \`workspace_id\` text not null, \`plan_code\` text not null, \`status\` text check (\`status\` in ('ACTIVE', 'PAST_DUE', 'CANCELED', 'INCOMPLETE')) not null, \`started_at\` datetime not null, \`current_period_start\` datetime not null, \`current_period_end\` datetime not null, \`cancel_at_period_end\` integer not null default false, \`scheduled_plan_code\` text null, \`stripe_subscription_id\` text null, \`updated_at\` datetime not null, constraint \`plan_subscription_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`plan_subscription_workspace_id_index\` on \`plan_subscription\` (\`workspace_id\`);`);
    this.addSql(`create unique index \`plan_subscription_workspace_id_unique\` on \`plan_subscription\` (\`workspace_id\`);`);
    this.addSql(`create unique index \`plan_subscription_stripe_subscription_id_unique\` on \`plan_subscription\` (\`stripe_subscription_id\`);`);

    this.addSql(`create table \`membership\` (\`id\` text not null, \`workspace_id\` text not null, \`user_id\` text not null, \`role\` text check (\`role\` in ('OWNER', 'ADMIN', 'MEMBER')) not null, \`created_at\` datetime not null, constraint \`membership_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, constraint \`membership_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`membership_workspace_id_index\` on \`membership\` (\`workspace_id\`);`);
    this.addSql(`create index \`membership_user_id_index\` on \`membership\` (\`user_id\`);`);
    this.addSql(`create unique index \`membership_workspace_id_user_id_unique\` on \`membership\` (\`workspace_id\`, \`user_id\`);`);

    this.addSql(`create table \`ledger_entry\` (\`id\` text not null, \`workspace_id\` text not null, \`seq\` integer not null, \`type\` text check (\`type\` in ('GRANT', 'HOLD', 'CHARGE', 'RELEASE', 'EXPIRY', 'ADJUSTMENT', 'REFUND', 'REVERSAL', 'DEFICIT_REPAYMENT')) not null, \`amount_micro\` bigint not null default 0, \`held_delta_micro\` bigint not null default 0, \`deficit_delta_micro\` bigint not null default 0, \`splits\` json not null, \`charge_splits\` json null, \`description\` text not null, \`details\` json null, \`feature\` text null, \`hold_id\` text null, \`grant_id\` text null, \`actor_kind\` text check (\`actor_kind\` in ('USER', 'API_KEY', 'SUPPORT', 'STRIPE', 'SYSTEM')) not null, \`actor_id\` text null, \`idempotency_key\` text null, \`created_at\` datetime not null, constraint \`ledger_entry_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`ledger_entry_workspace_id_index\` on \`ledger_entry\` (\`workspace_id\`);`);
    this.addSql(`create index \`ledger_entry_feature_index\` on \`ledger_entry\` (\`feature\`);`);
    this.addSql(`create index \`ledger_entry_workspace_id_created_at_index\` on \`ledger_entry\` (\`workspace_id\`, \`created_at\`);`);
    this.addSql(`create unique index \`ledger_entry_workspace_id_seq_unique\` on \`ledger_entry\` (\`workspace_id\`, \`seq\`);`);

    this.addSql(`create table \`invitation\` (\`id\` text not null, \`workspace_id\` text not null, \`email\` text not null, \`role\` text check (\`role\` in ('OWNER', 'ADMIN', 'MEMBER')) not null, \`invited_by_id\` text not null, \`created_at\` datetime not null, \`accepted_at\` datetime null, constraint \`invitation_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, constraint \`invitation_invited_by_id_foreign\` foreign key(\`invited_by_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`invitation_workspace_id_index\` on \`invitation\` (\`workspace_id\`);`);
    this.addSql(`create index \`invitation_invited_by_id_index\` on \`invitation\` (\`invited_by_id\`);`);
    this.addSql(`create unique index \`invitation_workspace_id_email_unique\` on \`invitation\` (\`workspace_id\`, \`email\`);`);

    this.addSql(`create table \`idempotency_record\` (\`id\` text not null, \`workspace_id\` text not null, \`key\` text not null, \`operation\` text not null, \`request_hash\` text not null, \`response\` json null, \`created_at\` datetime not null, constraint \`idempotency_record_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`idempotency_record_workspace_id_index\` on \`idempotency_record\` (\`workspace_id\`);`);
    this.addSql(`create unique index \`idempotency_record_workspace_id_key_unique\` on \`idempotency_record\` (\`workspace_id\`, \`key\`);`);

    this.addSql(`create table \`credit_hold\` (\`id\` text not null, \`workspace_id\` text not null, \`amount_micro\` bigint not null default 0, \`splits\` json not null, \`status\` text check (\`status\` in ('ACTIVE', 'SETTLED', 'RELEASED', 'EXPIRED')) not null, \`feature\` text null, \`description\` text not null, \`actual_micro\` bigint not null default 0, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`resolved_at\` datetime null, constraint \`credit_hold_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`), constraint credit_hold_amount_positive check (amount_micro > 0 and actual_micro >= 0));`);
    this.addSql(`create index \`credit_hold_workspace_id_index\` on \`credit_hold\` (\`workspace_id\`);`);
    this.addSql(`create index \`credit_hold_status_expires_at_index\` on \`credit_hold\` (\`status\`, \`expires_at\`);`);

    this.addSql(`create table \`credit_grant\` (\`id\` text not null, \`workspace_id\` text not null, \`source\` text check (\`source\` in ('PLAN_ALLOCATION', 'PRORATION', 'TOP_UP', 'ADJUSTMENT')) not null, \`label\` text not null, \`original_micro\` bigint not null default 0, \`remaining_micro\` bigint not null default 0, \`expires_at\` datetime null, \`effective_at\` datetime not null, \`seq\` integer not null, \`external_key\` text null, \`created_at\` datetime not null, constraint \`credit_grant_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`), constraint credit_grant_remaining_in_range check (remaining_micro >= 0 and remaining_micro <= original_micro));`);
    this.addSql(`create index \`credit_grant_workspace_id_index\` on \`credit_grant\` (\`workspace_id\`);`);
    this.addSql(`create index \`credit_grant_workspace_id_remaining_micro_index\` on \`credit_grant\` (\`workspace_id\`, \`remaining_micro\`);`);
    this.addSql(`create unique index \`credit_grant_workspace_id_external_key_unique\` on \`credit_grant\` (\`workspace_id\`, \`external_key\`);`);

    this.addSql(`create table \`api_key\` (\`id\` text not null, \`workspace_id\` text not null, \`name\` text not null, \`prefix\` text not null, \`secret_hash\` text not null, \`scopes\` json not null, \`created_by_id\` text not null, \`created_at\` datetime not null, \`revoked_at\` datetime null, constraint \`api_key_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, constraint \`api_key_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`api_key_workspace_id_index\` on \`api_key\` (\`workspace_id\`);`);
    this.addSql(`create unique index \`api_key_secret_hash_unique\` on \`api_key\` (\`secret_hash\`);`);
    this.addSql(`create index \`api_key_created_by_id_index\` on \`api_key\` (\`created_by_id\`);`);
  }

}

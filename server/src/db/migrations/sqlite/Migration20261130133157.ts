import { Migration } from '@mikro-orm/migrations';

export class Migration20261130133157 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`alert_defaults\` (\`workspace_id\` text not null, \`created_at\` datetime not null, primary key (\`workspace_id\`));`);

    this.addSql(`create table \`api_key_spend\` (\`api_key_id\` text not null, \`month\` text not null, \`workspace_id\` text not null, \`spent_micro\` bigint not null default 0, primary key (\`api_key_id\`, \`month\`));`);
    this.addSql(`create index \`api_key_spend_workspace_id_month_index\` on \`api_key_spend\` (\`workspace_id\`, \`month\`);`);

    this.addSql(`create table \`auto_topup\` (\`workspace_id\` text not null, \`enabled\` integer not null default false, \`threshold_micro\` bigint not null default 0, \`packs\` integer not null, \`monthly_cap_packs\` integer not null, \`armed\` integer not null default true, \`updated_at\` datetime not null, primary key (\`workspace_id\`));`);

    this.addSql(`create table \`credit_account\` (\`workspace_id\` text not null, \`held_micro\` bigint not null default 0, \`deficit_micro\` bigint not null default 0, \`version\` integer not null default 0, \`updated_at\` datetime not null, primary key (\`workspace_id\`), constraint credit_account_totals_non_negative check (held_micro >= 0 and deficit_micro >= 0));`);

    this.addSql(`create table \`demo_clock\` (\`workspace_id\` text not null, \`test_clock_id\` text not null, \`offset_ms\` bigint not null default 0, \`updated_at\` datetime not null, primary key (\`workspace_id\`));`);
    this.addSql(`create unique index \`demo_clock_test_clock_id_unique\` on \`demo_clock\` (\`test_clock_id\`);`);

    this.addSql(`create table \`sign_in_throttle\` (\`key\` text not null, \`points\` integer not null default 0, \`expire\` bigint null, primary key (\`key\`));`);

    this.addSql(`create table \`staff_role_change\` (\`id\` text not null, \`user_id\` text not null, \`email\` text not null, \`kind\` text check (\`kind\` in ('GRANT', 'REVOKE')) not null, \`actor\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`staff_role_change_user_id_created_at_index\` on \`staff_role_change\` (\`user_id\`, \`created_at\`);`);

    this.addSql(`create table \`stripe_event\` (\`id\` text not null, \`type\` text not null, \`payload\` json not null, \`status\` text check (\`status\` in ('APPLIED', 'IGNORED', 'FAILED')) not null, \`note\` text null, \`created_at\` datetime not null, \`received_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`support_action\` (\`id\` text not null, \`workspace_id\` text null, \`support_user_id\` text not null, \`kind\` text check (\`kind\` in ('AUDIT', 'SEARCH', 'ADJUST', 'VOID_GRANT', 'RELEASE_HOLD', 'ANSWER', 'CLOSE')) not null, \`reason\` text null, \`amount_micro\` bigint null, \`target_id\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`support_action_created_at_index\` on \`support_action\` (\`created_at\`);`);
    this.addSql(`create index \`support_action_support_user_id_created_at_index\` on \`support_action\` (\`support_user_id\`, \`created_at\`);`);
    this.addSql(`create index \`support_action_workspace_id_created_at_index\` on \`support_action\` (\`workspace_id\`, \`created_at\`);`);

    this.addSql(`create table \`app_user\` (\`id\` text not null, \`email\` text not null, \`name\` text not null, \`password_hash\` text not null, \`is_support\` integer not null default false, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);

    this.addSql(`create table \`password_reset_token\` (\`id\` text not null, \`token_hash\` text not null, \`user_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`password_reset_token_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`password_reset_token_token_hash_unique\` on \`password_reset_token\` (\`token_hash\`);`);
    this.addSql(`create index \`password_reset_token_user_id_index\` on \`password_reset_token\` (\`user_id\`);`);

    this.addSql(`create table \`workspace\` (\`id\` text not null, \`name\` text not null, \`stripe_customer_id\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`workspace_stripe_customer_id_unique\` on \`workspace\` (\`stripe_customer_id\`);`);

    this.addSql(`create table \`webhook_endpoint\` (\`id\` text not null, \`workspace_id\` text not null, \`url\` text not null, \`description\` text not null default '', \`event_types\` json not null, \`enabled\` integer not null default true, \`secret\` text not null, \`previous_secret\` text null, \`previous_secret_expires_at\` datetime null, \`cursor_seq\` integer not null default 0, \`created_by\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`webhook_endpoint_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_endpoint_workspace_id_index\` on \`webhook_endpoint\` (\`workspace_id\`);`);

    this.addSql(`create table \`topup_purchase\` (\`id\` text not null, \`workspace_id\` text not null, \`payment_intent_id\` text not null, \`checkout_session_id\` text null, \`automatic\` integer not null default false, \`packs\` integer not null, \`credits_micro\` bigint not null default 0, \`amount_cents\` integer not null, \`grant_id\` text null, \`mismatch\` text null, \`created_at\` datetime not null, constraint \`topup_purchase_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`), constraint topup_purchase_amounts check (packs >= 0 and amount_cents > 0));`);
    this.addSql(`create index \`topup_purchase_workspace_id_index\` on \`topup_purchase\` (\`workspace_id\`);`);
    this.addSql(`create unique index \`topup_purchase_payment_intent_id_unique\` on \`topup_purchase\` (\`payment_intent_id\`);`);

    this.addSql(`create table \`support_request\` (\`id\` text not null, \`workspace_id\` text not null, \`author_id\` text not null, \`status\` text check (\`status\` in ('OPEN', 'ANSWERED', 'CLOSED')) not null, \`subject\` text not null, \`entry_ids\` json not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`support_request_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, constraint \`support_request_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`support_request_workspace_id_index\` on \`support_request\` (\`workspace_id\`);`);
    this.addSql(`create index \`support_request_author_id_index\` on \`support_request\` (\`author_id\`);`);
    this.addSql(`create index \`support_request_status_created_at_index\` on \`support_request\` (\`status\`, \`created_at\`);`);
    this.addSql(`create index \`support_request_workspace_id_created_at_index\` on \`support_request\` (\`workspace_id\`, \`created_at\`);`);

    this.addSql(`create table \`support_request_message\` (\`id\` text not null, \`request_id\` text not null, \`author_id\` text not null, \`from_staff\` integer not null, \`body\` text not null, \`created_at\` datetime not null, constraint \`support_request_message_request_id_foreign\` foreign key(\`request_id\`) references \`support_request\`(\`id\`) on update cascade, constraint \`support_request_message_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`support_request_message_request_id_index\` on \`support_request_message\` (\`request_id\`);`);
    this.addSql(`create index \`support_request_message_author_id_index\` on \`support_request_message\` (\`author_id\`);`);
    this.addSql(`create index \`support_request_message_request_id_created_at_index\` on \`support_request_message\` (\`request_id\`, \`created_at\`);`);

    this.addSql(`create table \`auth_session\` (\`id\` text not null, \`token_hash\` text not null, \`user_id\` text not null, \`workspace_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, constraint \`auth_session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, constraint \`auth_session_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`auth_session_token_hash_unique\` on \`auth_session\` (\`token_hash\`);`);
    this.addSql(`create index \`auth_session_user_id_index\` on \`auth_session\` (\`user_id\`);`);
    this.addSql(`create index \`auth_session_workspace_id_index\` on \`auth_session\` (\`workspace_id\`);`);

    this.addSql(`create table \`product\` (\`id\` text not null, \`workspace_id\` text not null, \`name\` text not null, \`url\` text null, \`description\` text not null default '', \`price_cents\` integer null, \`active\` integer not null default false, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`product_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`product_workspace_id_index\` on \`product\` (\`workspace_id\`);`);
    this.addSql(`create index \`product_workspace_id_created_at_index\` on \`product\` (\`workspace_id\`, \`created_at\`);`);

    this.addSql(`create table \`product_analysis\` (\`id\` text not null, \`workspace_id\` text not null, \`product_id\` text not null, \`text\` text not null, \`input_tokens\` integer not null, \`output_tokens\` integer not null, \`created_at\` datetime not null, constraint \`product_analysis_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, constraint \`product_analysis_product_id_foreign\` foreign key(\`product_id\`) references \`product\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`product_analysis_workspace_id_index\` on \`product_analysis\` (\`workspace_id\`);`);
    this.addSql(`create index \`product_analysis_product_id_index\` on \`product_analysis\` (\`product_id\`);`);
    this.addSql(`create index \`product_analysis_product_id_created_at_index\` on \`product_analysis\` (\`product_id\`, \`created_at\`);`);

    this.addSql(`create table \`plan_subscription\` (\`id\` text not null, \`workspace_id\` text not null, \`plan_code\` text not null, \`status\` text check (\`status\` in ('ACTIVE', 'PAST_DUE', 'CANCELED', 'INCOMPLETE')) not null, \`started_at\` datetime not null, \`current_period_start\` datetime not null, \`current_period_end\` datetime not null, \`cancel_at_period_end\` integer not null default false, \`scheduled_plan_code\` text null, \`stripe_subscription_id\` text null, \`stripe_schedule_id\` text null, \`stripe_event_at\` datetime null, \`updated_at\` datetime not null, constraint \`plan_subscription_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`plan_subscription_workspace_id_index\` on \`plan_subscription\` (\`workspace_id\`);`);
    this.addSql(`create unique index \`plan_subscription_workspace_id_unique\` on \`plan_subscription\` (\`workspace_id\`);`);
    this.addSql(`create unique index \`plan_subscription_stripe_subscription_id_unique\` on \`plan_subscription\` (\`stripe_subscription_id\`);`);

    this.addSql(`create table \`payment_dispute\` (\`id\` text not null, \`workspace_id\` text not null, \`payment_intent_id\` text not null, \`disputed_cents\` integer not null, \`taken_micro\` bigint not null default 0, \`status\` text check (\`status\` in ('OPEN', 'WON', 'LOST')) not null, \`created_at\` datetime not null, \`closed_at\` datetime null, constraint \`payment_dispute_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`), constraint payment_dispute_amounts check (disputed_cents >= 0 and taken_micro >= 0));`);
    this.addSql(`create index \`payment_dispute_workspace_id_index\` on \`payment_dispute\` (\`workspace_id\`);`);

    this.addSql(`create table \`payment_clawback\` (\`id\` text not null, \`workspace_id\` text not null, \`payment_intent_id\` text not null, \`kind\` text check (\`kind\` in ('TOP_UP', 'INVOICE')) not null, \`grant_id\` text not null, \`granted_micro\` bigint not null default 0, \`paid_cents\` integer not null, \`refunded_cents\` integer not null default 0, \`clawed_back_micro\` bigint not null default 0, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`payment_clawback_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`), constraint payment_clawback_bounds check (granted_micro > 0 and paid_cents > 0 and refunded_cents >= 0 and clawed_back_micro >= 0 and clawed_back_micro <= granted_micro));`);
    this.addSql(`create index \`payment_clawback_workspace_id_index\` on \`payment_clawback\` (\`workspace_id\`);`);
    this.addSql(`create unique index \`payment_clawback_payment_intent_id_unique\` on \`payment_clawback\` (\`payment_intent_id\`);`);

    this.addSql(`create table \`notification\` (\`id\` text not null, \`workspace_id\` text not null, \`alert_id\` text null, \`kind\` text not null, \`title\` text not null, \`body\` text not null, \`data\` json not null, \`created_at\` datetime not null, constraint \`notification_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notification_workspace_id_index\` on \`notification\` (\`workspace_id\`);`);
    this.addSql(`create index \`notification_workspace_id_created_at_index\` on \`notification\` (\`workspace_id\`, \`created_at\`);`);

    this.addSql(`create table \`notification_read\` (\`id\` text not null, \`notification_id\` text not null, \`workspace\` text not null, \`user_id\` text not null, \`read_at\` datetime not null, constraint \`notification_read_notification_id_foreign\` foreign key(\`notification_id\`) references \`notification\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notification_read_notification_id_index\` on \`notification_read\` (\`notification_id\`);`);
    this.addSql(`create index \`notification_read_user_id_workspace_index\` on \`notification_read\` (\`user_id\`, \`workspace\`);`);
    this.addSql(`create unique index \`notification_read_notification_id_user_id_unique\` on \`notification_read\` (\`notification_id\`, \`user_id\`);`);

    this.addSql(`create table \`alert_mail\` (\`id\` text not null, \`workspace\` text not null, \`notification_id\` text not null, \`user_id\` text not null, \`to\` text not null, \`subject\` text not null, \`text\` text not null, \`status\` text check (\`status\` in ('PENDING', 'SENDING', 'SENT', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`created_at\` datetime not null, \`sent_at\` datetime null, constraint \`alert_mail_notification_id_foreign\` foreign key(\`notification_id\`) references \`notification\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`alert_mail_notification_id_index\` on \`alert_mail\` (\`notification_id\`);`);
    this.addSql(`create index \`alert_mail_status_next_attempt_at_index\` on \`alert_mail\` (\`status\`, \`next_attempt_at\`);`);
    this.addSql(`create unique index \`alert_mail_notification_id_user_id_unique\` on \`alert_mail\` (\`notification_id\`, \`user_id\`);`);

    this.addSql(`create table \`metered_run\` (\`id\` text not null, \`workspace_id\` text not null, \`feature\` text not null, \`idempotency_key\` text null, \`request_hash\` text not null, \`status\` text check (\`status\` in ('RUNNING', 'DONE')) not null, \`hold_id\` text null, \`held_micro\` bigint not null default 0, \`charged_micro\` bigint not null default 0, \`input_tokens\` integer not null default 0, \`output_tokens\` integer not null default 0, \`rate_card_version\` text not null default '', \`description\` text not null default '', \`result\` json null, \`created_at\` datetime not null, \`stale_at\` datetime not null, constraint \`metered_run_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`metered_run_workspace_id_index\` on \`metered_run\` (\`workspace_id\`);`);
    this.addSql(`create index \`metered_run_workspace_id_created_at_index\` on \`metered_run\` (\`workspace_id\`, \`created_at\`);`);
    this.addSql(`create unique index \`metered_run_workspace_id_idempotency_key_unique\` on \`metered_run\` (\`workspace_id\`, \`idempotency_key\`);`);

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

    this.addSql(`create table \`idempotency_record\` (\`id\` text not null, \`workspace_id\` text not null, \`key\` text not null, \`operation\` text not null, \`request_hash\` text not null, \`response\` json null, \`running_until\` datetime null, \`created_at\` datetime not null, constraint \`idempotency_record_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`idempotency_record_workspace_id_index\` on \`idempotency_record\` (\`workspace_id\`);`);
    this.addSql(`create index \`idempotency_record_created_at_index\` on \`idempotency_record\` (\`created_at\`);`);
    this.addSql(`create unique index \`idempotency_record_workspace_id_key_unique\` on \`idempotency_record\` (\`workspace_id\`, \`key\`);`);

    this.addSql(`create table \`hero_conversation\` (\`id\` text not null, \`workspace_id\` text not null, \`title\` text not null, \`created_by\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`hero_conversation_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`hero_conversation_workspace_id_index\` on \`hero_conversation\` (\`workspace_id\`);`);
    this.addSql(`create index \`hero_conversation_workspace_id_updated_at_index\` on \`hero_conversation\` (\`workspace_id\`, \`updated_at\`);`);

    this.addSql(`create table \`hero_message\` (\`id\` text not null, \`workspace_id\` text not null, \`conversation_id\` text not null, \`position\` integer not null, \`role\` text check (\`role\` in ('USER', 'ASSISTANT')) not null, \`text\` text not null, \`campaigns_referenced\` integer not null default 0, \`days_of_data\` integer not null default 0, \`input_tokens\` integer not null default 0, \`output_tokens\` integer not null default 0, \`created_at\` datetime not null, constraint \`hero_message_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, constraint \`hero_message_conversation_id_foreign\` foreign key(\`conversation_id\`) references \`hero_conversation\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`hero_message_workspace_id_index\` on \`hero_message\` (\`workspace_id\`);`);
    this.addSql(`create index \`hero_message_conversation_id_index\` on \`hero_message\` (\`conversation_id\`);`);
    this.addSql(`create index \`hero_message_conversation_id_position_index\` on \`hero_message\` (\`conversation_id\`, \`position\`);`);

    this.addSql(`create table \`credit_hold\` (\`id\` text not null, \`workspace_id\` text not null, \`amount_micro\` bigint not null default 0, \`splits\` json not null, \`status\` text check (\`status\` in ('ACTIVE', 'SETTLED', 'RELEASED', 'EXPIRED')) not null, \`feature\` text null, \`description\` text not null, \`actual_micro\` bigint not null default 0, \`api_key_id\` text null, \`pending_settle\` json null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`resolved_at\` datetime null, constraint \`credit_hold_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`), constraint credit_hold_amount_positive check (amount_micro > 0 and actual_micro >= 0));`);
    this.addSql(`create index \`credit_hold_workspace_id_index\` on \`credit_hold\` (\`workspace_id\`);`);
    this.addSql(`create index \`credit_hold_status_expires_at_index\` on \`credit_hold\` (\`status\`, \`expires_at\`);`);

    this.addSql(`create table \`credit_grant\` (\`id\` text not null, \`workspace_id\` text not null, \`source\` text check (\`source\` in ('PLAN_ALLOCATION', 'PRORATION', 'TOP_UP', 'ADJUSTMENT')) not null, \`label\` text not null, \`original_micro\` bigint not null default 0, \`remaining_micro\` bigint not null default 0, \`expires_at\` datetime null, \`effective_at\` datetime not null, \`seq\` integer not null, \`external_key\` text null, \`created_at\` datetime not null, constraint \`credit_grant_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`), constraint credit_grant_remaining_in_range check (remaining_micro >= 0 and remaining_micro <= original_micro));`);
    this.addSql(`create index \`credit_grant_workspace_id_index\` on \`credit_grant\` (\`workspace_id\`);`);
    this.addSql(`create index \`credit_grant_workspace_id_remaining_micro_index\` on \`credit_grant\` (\`workspace_id\`, \`remaining_micro\`);`);
    this.addSql(`create unique index \`credit_grant_workspace_id_external_key_unique\` on \`credit_grant\` (\`workspace_id\`, \`external_key\`);`);

    this.addSql(`create table \`billing_notice\` (\`id\` text not null, \`workspace_id\` text not null, \`kind\` text check (\`kind\` in ('PAYMENT_FAILED', 'AUTO_TOPUP_DISABLED', 'SUBSCRIPTION_CANCELED', 'PAYMENT_MISMATCH')) not null, \`message\` text not null, \`created_at\` datetime not null, \`resolved_at\` datetime null, constraint \`billing_notice_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`billing_notice_workspace_id_index\` on \`billing_notice\` (\`workspace_id\`);`);

    this.addSql(`create table \`api_key\` (\`id\` text not null, \`workspace_id\` text not null, \`name\` text not null, \`prefix\` text not null, \`secret_hash\` text not null, \`scopes\` json not null, \`created_by_id\` text not null, \`created_at\` datetime not null, \`revoked_at\` datetime null, \`monthly_budget_micro\` bigint null, constraint \`api_key_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, constraint \`api_key_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`api_key_workspace_id_index\` on \`api_key\` (\`workspace_id\`);`);
    this.addSql(`create unique index \`api_key_secret_hash_unique\` on \`api_key\` (\`secret_hash\`);`);
    this.addSql(`create index \`api_key_created_by_id_index\` on \`api_key\` (\`created_by_id\`);`);

    this.addSql(`create table \`alert_rule\` (\`id\` text not null, \`workspace_id\` text not null, \`kind\` text check (\`kind\` in ('BALANCE_BELOW', 'ALLOCATION_PERCENT_BELOW', 'RUNS_OUT_BEFORE_RENEWAL', 'ALLOCATION_WILL_EXPIRE')) not null, \`threshold_micro\` bigint null, \`percent\` integer null, \`recipient_user_ids\` json null, \`enabled\` integer not null default true, \`state\` text check (\`state\` in ('ARMED', 'FIRED')) not null default 'ARMED', \`state_version\` integer not null default 0, \`state_at\` datetime not null, \`fired_at\` datetime null, \`evaluated_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`alert_rule_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`alert_rule_workspace_id_index\` on \`alert_rule\` (\`workspace_id\`);`);
    this.addSql(`create index \`alert_rule_enabled_evaluated_at_index\` on \`alert_rule\` (\`enabled\`, \`evaluated_at\`);`);

    this.addSql(`create table \`ad_account\` (\`id\` text not null, \`workspace_id\` text not null, \`name\` text not null, \`platform\` text check (\`platform\` in ('GOOGLE_ADS', 'META_ADS', 'MICROSOFT_ADS')) not null, \`external_id\` text not null, \`currency\` text not null, \`active\` integer not null default false, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`ad_account_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`ad_account_workspace_id_index\` on \`ad_account\` (\`workspace_id\`);`);
    this.addSql(`create index \`ad_account_workspace_id_created_at_index\` on \`ad_account\` (\`workspace_id\`, \`created_at\`);`);
    this.addSql(`create unique index \`ad_account_workspace_id_platform_external_id_unique\` on \`ad_account\` (\`workspace_id\`, \`platform\`, \`external_id\`);`);

    this.addSql(`create table \`campaign\` (\`id\` text not null, \`workspace_id\` text not null, \`status\` text check (\`status\` in ('DRAFT', 'LAUNCHED')) not null, \`name\` text not null, \`product_id\` text null, \`ad_account_id\` text null, \`goal\` text check (\`goal\` in ('SALES', 'LEADS', 'TRAFFIC', 'AWARENESS')) not null, \`daily_budget_cents\` integer not null default 0, \`locations\` text not null default '', \`brief\` text not null default '', \`ad_copy\` json null, \`sitelinks\` json null, \`keywords\` json null, \`plan\` text null, \`launched_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`campaign_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, constraint \`campaign_product_id_foreign\` foreign key(\`product_id\`) references \`product\`(\`id\`) on delete set null on update cascade, constraint \`campaign_ad_account_id_foreign\` foreign key(\`ad_account_id\`) references \`ad_account\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_workspace_id_index\` on \`campaign\` (\`workspace_id\`);`);
    this.addSql(`create index \`campaign_product_id_index\` on \`campaign\` (\`product_id\`);`);
    this.addSql(`create index \`campaign_ad_account_id_index\` on \`campaign\` (\`ad_account_id\`);`);
    this.addSql(`create index \`campaign_workspace_id_status_updated_at_index\` on \`campaign\` (\`workspace_id\`, \`status\`, \`updated_at\`);`);

    this.addSql(`create table \`workspace_event\` (\`id\` text not null, \`workspace_id\` text not null, \`seq\` integer not null, \`type\` text not null, \`data\` json not null, \`created_at\` datetime not null, constraint \`workspace_event_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`workspace_event_workspace_id_index\` on \`workspace_event\` (\`workspace_id\`);`);
    this.addSql(`create unique index \`workspace_event_workspace_id_seq_unique\` on \`workspace_event\` (\`workspace_id\`, \`seq\`);`);

    this.addSql(`create table \`webhook_delivery\` (\`id\` text not null, \`endpoint_id\` text not null, \`event_id\` text not null, \`workspace_id\` text not null, \`seq\` integer not null, \`status\` text check (\`status\` in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`locked_until\` datetime null, \`window_started_at\` datetime not null, \`last_status_code\` integer null, \`last_error\` text null, \`last_attempt_at\` datetime null, \`delivered_at\` datetime null, \`created_at\` datetime not null, constraint \`webhook_delivery_endpoint_id_foreign\` foreign key(\`endpoint_id\`) references \`webhook_endpoint\`(\`id\`) on delete cascade on update cascade, constraint \`webhook_delivery_event_id_foreign\` foreign key(\`event_id\`) references \`workspace_event\`(\`id\`) on update cascade, constraint \`webhook_delivery_workspace_id_foreign\` foreign key(\`workspace_id\`) references \`workspace\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_delivery_endpoint_id_index\` on \`webhook_delivery\` (\`endpoint_id\`);`);
    this.addSql(`create index \`webhook_delivery_event_id_index\` on \`webhook_delivery\` (\`event_id\`);`);
    this.addSql(`create index \`webhook_delivery_workspace_id_index\` on \`webhook_delivery\` (\`workspace_id\`);`);
    this.addSql(`create index \`webhook_delivery_endpoint_id_seq_index\` on \`webhook_delivery\` (\`endpoint_id\`, \`seq\`);`);
    this.addSql(`create index \`webhook_delivery_status_next_attempt_at_index\` on \`webhook_delivery\` (\`status\`, \`next_attempt_at\`);`);
    this.addSql(`create unique index \`webhook_delivery_endpoint_id_event_id_unique\` on \`webhook_delivery\` (\`endpoint_id\`, \`event_id\`);`);

    this.addSql(`create table \`webhook_attempt\` (\`id\` text not null, \`delivery_id\` text not null, \`attempt\` integer not null, \`status_code\` integer null, \`error\` text null, \`response_excerpt\` text null, \`duration_ms\` integer not null, \`created_at\` datetime not null, constraint \`webhook_attempt_delivery_id_foreign\` foreign key(\`delivery_id\`) references \`webhook_delivery\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_attempt_delivery_id_index\` on \`webhook_attempt\` (\`delivery_id\`);`);
    this.addSql(`create index \`webhook_attempt_delivery_id_attempt_index\` on \`webhook_attempt\` (\`delivery_id\`, \`attempt\`);`);
  }

}

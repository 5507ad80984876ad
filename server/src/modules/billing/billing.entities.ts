import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { micro, newId } from '../../db/columns';
import { Workspace } from '../workspaces/workspace.entity';

export type StripeEventStatus = 'APPLIED' | 'IGNORED' | 'FAILED';

/**
 * Every Stripe event received, by its id. Inserted in the transaction that applies it, so a
 * duplicate delivery waits for the first and then finds it done.
 */
@Entity({ tableName: 'stripe_event' })
export class StripeEvent {
  @PrimaryKey({ type: 'string', length: 255 })
  id!: string;

  @Property({ type: 'string', length: 100 })
  type!: string;

  @Property({ type: 'json' })
  payload!: unknown;

  @Enum({ type: 'string', items: ['APPLIED', 'IGNORED', 'FAILED'] })
  status!: StripeEventStatus;

  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  receivedAt!: Date;
}

/** One paid top-up (checkout or automatic): what was bought, and how much of it was refunded or disputed. */
@Entity({ tableName: 'topup_purchase' })
@Check({
  name: 'topup_purchase_amounts',
  expression: 'packs > 0 and amount_cents > 0 and refunded_cents >= 0 and disputed_cents >= 0',
})
export class TopUpPurchase {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Property({ type: 'string', length: 255 })
  @Unique()
  paymentIntentId!: string;

  @Property({ type: 'string', length: 255, nullable: true })
  checkoutSessionId: string | null = null;

  @Property({ type: 'boolean', default: false })
  automatic: boolean = false;

  @Property({ type: 'integer' })
  packs!: number;

  @Property(micro())
  creditsMicro!: number;

  @Property({ type: 'integer' })
  amountCents!: number;

  /** Cents refunded so far; each increase removes the matching credits once. */
  @Property({ type: 'integer', default: 0 })
  refundedCents: number = 0;

  /** Cents under dispute so far, likewise. */
  @Property({ type: 'integer', default: 0 })
  disputedCents: number = 0;

  @Property({ type: 'uuid' })
  grantId!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** Opt-in automatic top-up: below the threshold, buy `packs` once per crossing, within a monthly cap. */
@Entity({ tableName: 'auto_topup' })
export class AutoTopUp {
  @PrimaryKey({ type: 'uuid' })
  workspaceId!: string;

  @Property({ type: 'boolean', default: false })
  enabled: boolean = false;

  @Property(micro())
  thresholdMicro!: number;

  @Property({ type: 'integer' })
  packs!: number;

  @Property({ type: 'integer' })
  monthlyCapPacks!: number;

  /** Cleared by the purchase a crossing starts; set again once the balance is back above the threshold. */
  @Property({ type: 'boolean', default: true })
  armed: boolean = true;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

export type NoticeKind = 'PAYMENT_FAILED' | 'AUTO_TOPUP_DISABLED' | 'SUBSCRIPTION_CANCELED';

/** Something the workspace's owner must be told about billing; shown until resolved. */
@Entity({ tableName: 'billing_notice' })
export class BillingNotice {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Enum({ type: 'string', items: ['PAYMENT_FAILED', 'AUTO_TOPUP_DISABLED', 'SUBSCRIPTION_CANCELED'] })
  kind!: NoticeKind;

  @Property({ type: 'string', length: 500 })
  message!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;
}

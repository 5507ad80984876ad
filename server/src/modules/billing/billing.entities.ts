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

/**
 * One paid top-up (checkout or automatic): what was paid for and granted. `mismatch` flags a payment whose
 * metadata, prices and amount disagreed: it was granted what was actually paid for (possibly nothing), and
 * support lists these rows to sort it out with the customer.
 */
@Entity({ tableName: 'topup_purchase' })
@Check({ name: 'topup_purchase_amounts', expression: 'packs >= 0 and amount_cents > 0' })
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

  /** Null when the payment paid for no whole pack (then `mismatch` says why). */
  @Property({ type: 'uuid', nullable: true })
  grantId: string | null = null;

  @Property({ type: 'string', length: 1000, nullable: true })
  mismatch: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

export type PaymentKind = 'TOP_UP' | 'INVOICE';

/**
 * What the refunds and disputes of one payment (a top-up, or a plan invoice's payment) took back from the grant it
 * made. Together they never take more than it granted: the check below backs the rule in `core/clawback.ts`.
 */
@Entity({ tableName: 'payment_clawback' })
@Check({
  name: 'payment_clawback_bounds',
  expression:
    'granted_micro > 0 and paid_cents > 0 and refunded_cents >= 0 and clawed_back_micro >= 0 and clawed_back_micro <= granted_micro',
})
export class PaymentClawback {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Property({ type: 'string', length: 255 })
  @Unique()
  paymentIntentId!: string;

  @Enum({ type: 'string', items: ['TOP_UP', 'INVOICE'] })
  kind!: PaymentKind;

  @Property({ type: 'uuid' })
  grantId!: string;

  @Property(micro())
  grantedMicro!: number;

  @Property({ type: 'integer' })
  paidCents!: number;

  /** The charge's `amount_refunded` as last applied; each increase takes its share once. */
  @Property({ type: 'integer', default: 0 })
  refundedCents: number = 0;

  /** Taken by refunds and disputes so far, net of what won disputes gave back. */
  @Property(micro())
  clawedBackMicro: number = 0;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

export type DisputeStatus = 'OPEN' | 'WON' | 'LOST';

/** One Stripe dispute (chargeback) of a payment: what it took, and whether a win gave it back (once). */
@Entity({ tableName: 'payment_dispute' })
@Check({ name: 'payment_dispute_amounts', expression: 'disputed_cents >= 0 and taken_micro >= 0' })
export class PaymentDispute {
  /** Stripe's dispute id. */
  @PrimaryKey({ type: 'string', length: 255 })
  id!: string;

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Property({ type: 'string', length: 255 })
  paymentIntentId!: string;

  @Property({ type: 'integer' })
  disputedCents!: number;

  @Property(micro())
  takenMicro: number = 0;

  @Enum({ type: 'string', items: ['OPEN', 'WON', 'LOST'] })
  status!: DisputeStatus;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;
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

export type NoticeKind = 'PAYMENT_FAILED' | 'AUTO_TOPUP_DISABLED' | 'SUBSCRIPTION_CANCELED' | 'PAYMENT_MISMATCH';

/** Something the workspace's owner must be told about billing; shown until resolved. */
@Entity({ tableName: 'billing_notice' })
export class BillingNotice {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Enum({
    type: 'string',
    items: ['PAYMENT_FAILED', 'AUTO_TOPUP_DISABLED', 'SUBSCRIPTION_CANCELED', 'PAYMENT_MISMATCH'],
  })
  kind!: NoticeKind;

  @Property({ type: 'string', length: 500 })
  message!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;
}

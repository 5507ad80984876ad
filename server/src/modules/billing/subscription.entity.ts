import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../db/columns';
import { Workspace } from '../workspaces/workspace.entity';

export type SubscriptionStatus = 'ACTIVE' | 'PAST_DUE' | 'CANCELED' | 'INCOMPLETE';

/** The workspace's plan subscription as last known from the payment provider. */
@Entity({ tableName: 'plan_subscription' })
export class PlanSubscription {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  @Unique()
  workspace!: string;

  @Property({ type: 'string', length: 32 })
  planCode!: string;

  @Enum({ type: 'string', items: ['ACTIVE', 'PAST_DUE', 'CANCELED', 'INCOMPLETE'] })
  status!: SubscriptionStatus;

  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Property({ type: 'datetime' })
  currentPeriodStart!: Date;

  @Property({ type: 'datetime' })
  currentPeriodEnd!: Date;

  @Property({ type: 'boolean', default: false })
  cancelAtPeriodEnd: boolean = false;

  @Property({ type: 'string', length: 32, nullable: true })
  scheduledPlanCode: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  @Unique()
  stripeSubscriptionId: string | null = null;

  /** The schedule that carries a downgrade to the next renewal. */
  @Property({ type: 'string', length: 255, nullable: true })
  stripeScheduleId: string | null = null;

  /** `created` of the Stripe event whose state this row shows: a late event with an older state is ignored. */
  @Property({ type: 'datetime', nullable: true })
  stripeEventAt: Date | null = null;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

/** When the plan renews: the period's end while it is active or past due and not set to cancel; else null. */
export const renewsAtOf = (sub: PlanSubscription): Date | null =>
  (sub.status === 'ACTIVE' || sub.status === 'PAST_DUE') && !sub.cancelAtPeriodEnd ? sub.currentPeriodEnd : null;

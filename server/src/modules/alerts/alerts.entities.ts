import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { micro, newId } from '../../db/columns';
import { Workspace } from '../workspaces/workspace.entity';
import type { AlertKind, AlertState } from './core/crossing';

/**
 * One alert of a workspace. `state` is the crossing detector: ARMED until the condition holds, then FIRED until it
 * clears. Both flips are conditional UPDATEs (`… where state = 'ARMED'`), so across instances and concurrent
 * charges exactly one evaluation wins each crossing. `stateVersion` and `stateAt` say which ledger version (and
 * when) the state was decided from: an evaluation that read an older version cannot undo a newer decision.
 */
@Entity({ tableName: 'alert_rule' })
@Index({ properties: ['enabled', 'evaluatedAt'] })
export class AlertRule {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Enum({
    type: 'string',
    items: ['BALANCE_BELOW', 'ALLOCATION_PERCENT_BELOW', 'RUNS_OUT_BEFORE_RENEWAL', 'ALLOCATION_WILL_EXPIRE'],
  })
  kind!: AlertKind;

  /** BALANCE_BELOW: the balance; ALLOCATION_WILL_EXPIRE: the credits that would expire. Null for the others. */
  @Property({ ...micro(), nullable: true, default: null })
  thresholdMicro: number | null = null;

  /** ALLOCATION_PERCENT_BELOW: whole percent of the period's allocation, 1 to 100. */
  @Property({ type: 'integer', nullable: true })
  percent: number | null = null;

  /** Members to email; null: every owner and admin at the time it fires. */
  @Property({ type: 'json', nullable: true })
  recipientUserIds: string[] | null = null;

  @Property({ type: 'boolean', default: true })
  enabled: boolean = true;

  @Enum({ type: 'string', items: ['ARMED', 'FIRED'] })
  state: AlertState = 'ARMED';

  @Property({ type: 'integer', default: 0 })
  stateVersion: number = 0;

  @Property({ type: 'datetime' })
  stateAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  firedAt: Date | null = null;

  /** The last sweep that looked at it: the sweep takes the longest-unseen rules first. */
  @Property({ type: 'datetime', nullable: true })
  evaluatedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

/** The workspace got its default alerts (at creation, or at first use for older ones): never again. */
@Entity({ tableName: 'alert_defaults' })
export class AlertDefaults {
  @PrimaryKey({ type: 'uuid' })
  workspaceId!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** The in-app list: one row per alert firing, for the whole workspace. */
@Entity({ tableName: 'notification' })
@Index({ properties: ['workspace', 'createdAt'] })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  /** The alert that fired; kept as a plain id so deleting the alert keeps its history. */
  @Property({ type: 'uuid', nullable: true })
  alertId: string | null = null;

  @Property({ type: 'string', length: 64 })
  kind!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'string', length: 1000 })
  body!: string;

  /** The numbers behind it (balance, threshold, forecast), as sent in the `alert.fired` event. */
  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** Who has read which notification: read state is per member, the list is per workspace. */
@Entity({ tableName: 'notification_read' })
@Unique({ properties: ['notification', 'userId'] })
@Index({ properties: ['userId', 'workspace'] })
export class NotificationRead {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Notification, { mapToPk: true, deleteRule: 'cascade' })
  notification!: string;

  @Property({ type: 'uuid' })
  workspace!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'datetime' })
  readAt!: Date;
}

export type AlertMailStatus = 'PENDING' | 'SENDING' | 'SENT' | 'FAILED';

/**
 * An email an alert firing owes, written in the firing's transaction (so a firing and its mail commit together)
 * and sent after commit. PENDING → SENDING is a conditional UPDATE taken before the transport is called, so a
 * message is handed to the transport at most once, whatever the number of instances. A transport that refuses
 * returns it to PENDING for a later try; a process that dies mid-send leaves it SENDING, and it is not sent again.
 */
@Entity({ tableName: 'alert_mail' })
@Unique({ properties: ['notification', 'userId'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class AlertMail {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  workspace!: string;

  @ManyToOne(() => Notification, { mapToPk: true })
  notification!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 254 })
  to!: string;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Enum({ type: 'string', items: ['PENDING', 'SENDING', 'SENT', 'FAILED'] })
  status: AlertMailStatus = 'PENDING';

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;
}

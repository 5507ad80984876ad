import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../db/columns';
import { Workspace } from '../workspaces/workspace.entity';

/**
 * The transactional outbox and the workspace's event feed in one table. Written in the transaction of the change
 * it describes; `seq` is 1, 2, 3… per workspace with no gaps (assigned under the workspace's account lock, so
 * commit order is seq order, and the unique index turns a lost update into a loud failure). Never updated.
 */
@Entity({ tableName: 'workspace_event' })
@Unique({ properties: ['workspace', 'seq'] })
export class WorkspaceEvent {
  /** The id receivers deduplicate by. */
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'string', length: 64 })
  type!: string;

  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/**
 * A partner's receiving URL. `cursorSeq`: the workspace's events up to this seq have had their deliveries created
 * (the worker fans out lazily, so the ledger's transaction only inserts the event). The signing secret is kept
 * readable because every request is signed with it; the API shows it once. After a roll the previous secret also
 * signs until `previousSecretExpiresAt`.
 */
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Property({ type: 'string', length: 2048 })
  url!: string;

  @Property({ type: 'string', length: 200 })
  description: string = '';

  /** Event type names, or `['*']` for every type (also those added later). */
  @Property({ type: 'json' })
  eventTypes!: string[];

  @Property({ type: 'boolean' })
  enabled: boolean = true;

  @Property({ type: 'string', length: 100 })
  secret!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  previousSecret: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  previousSecretExpiresAt: Date | null = null;

  @Property({ type: 'integer' })
  cursorSeq: number = 0;

  @Property({ type: 'string', length: 255, nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/**
 * One event to one endpoint. PENDING until a 2xx answer (DELIVERED) or until the retry window ends (FAILED).
 * `lockedUntil` is the lease of the worker sending it: a worker that dies mid-request loses it when it runs out.
 */
@Entity({ tableName: 'webhook_delivery' })
@Unique({ properties: ['endpoint', 'event'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['endpoint', 'seq'] })
export class WebhookDelivery {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => WebhookEndpoint, { mapToPk: true, deleteRule: 'cascade' })
  endpoint!: string;

  @ManyToOne(() => WorkspaceEvent, { mapToPk: true })
  event!: string;

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  /** The event's seq: deliveries to one endpoint go in this order. */
  @Property({ type: 'integer' })
  seq!: number;

  @Enum({ type: 'string', items: ['PENDING', 'DELIVERED', 'FAILED'] })
  status: DeliveryStatus = 'PENDING';

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;

  /** Start of the retry window (creation, or the last "send again"). */
  @Property({ type: 'datetime' })
  windowStartedAt!: Date;

  @Property({ type: 'integer', nullable: true })
  lastStatusCode: number | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** One HTTP request of a delivery, for the delivery log. */
@Entity({ tableName: 'webhook_attempt' })
@Index({ properties: ['delivery', 'attempt'] })
export class WebhookAttempt {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => WebhookDelivery, { mapToPk: true, deleteRule: 'cascade' })
  delivery!: string;

  @Property({ type: 'integer' })
  attempt!: number;

  /** Null when no HTTP answer came (refused, timed out, TLS error). */
  @Property({ type: 'integer', nullable: true })
  statusCode: number | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  error: string | null = null;

  /** The first 500 characters of the answer's body. */
  @Property({ type: 'string', length: 500, nullable: true })
  responseExcerpt: string | null = null;

  @Property({ type: 'integer' })
  durationMs!: number;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

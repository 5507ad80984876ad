import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../db/columns';
import { Workspace } from '../modules/workspaces/workspace.entity';

/**
 * The first answer to a request made with an idempotency key. The unique index makes
 * concurrent duplicates wait for the first and then read its answer. Records live for
 * IDEMPOTENCY_KEY_TTL_HOURS; the index on `createdAt` lets the purge find the old ones.
 */
@Entity({ tableName: 'idempotency_record' })
@Unique({ properties: ['workspace', 'key'] })
@Index({ properties: ['createdAt'] })
export class IdempotencyRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Property({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'string', length: 64 })
  operation!: string;

  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Property({ type: 'json', nullable: true })
  response: unknown = null;

  /**
   * Requests whose effect is in another system claim the key before they run and hold it until
   * then; a claim without an answer past this moment may be taken over by a retry.
   */
  @Property({ type: 'datetime', nullable: true })
  runningUntil: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

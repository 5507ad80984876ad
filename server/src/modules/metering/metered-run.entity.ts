import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { micro, newId } from '../../db/columns';
import { Workspace } from '../workspaces/workspace.entity';

export type MeteredRunStatus = 'RUNNING' | 'DONE';

/**
 * One metered run per idempotency key (SPEC rule 8). A run spans a hold, a provider call and a settle,
 * more than one transaction, so the key is claimed here first: a retry of a finished run returns its
 * stored answer; a retry while it runs is told so; a run abandoned by a crash may be retried after its
 * hold's time to live (`staleAt`). A refused or failed run deletes its row, so the key can be used again.
 */
@Entity({ tableName: 'metered_run' })
@Unique({ properties: ['workspace', 'idempotencyKey'] })
@Index({ properties: ['workspace', 'createdAt'] })
export class MeteredRun {
  [OptionalProps]?:
    | 'holdId'
    | 'heldMicro'
    | 'chargedMicro'
    | 'inputTokens'
    | 'outputTokens'
    | 'rateCardVersion'
    | 'description'
    | 'result';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Property({ type: 'string', length: 64 })
  feature!: string;

  /** Null once the key outlived its lifetime: the run stays on record, the key is free again. */
  @Property({ type: 'string', length: 128, nullable: true })
  idempotencyKey!: string | null;

  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Enum({ type: 'string', items: ['RUNNING', 'DONE'] })
  status!: MeteredRunStatus;

  @Property({ type: 'uuid', nullable: true })
  holdId: string | null = null;

  @Property(micro())
  heldMicro: number = 0;

  @Property(micro())
  chargedMicro: number = 0;

  @Property({ type: 'integer', default: 0 })
  inputTokens: number = 0;

  @Property({ type: 'integer', default: 0 })
  outputTokens: number = 0;

  @Property({ type: 'string', length: 40, default: '' })
  rateCardVersion: string = '';

  @Property({ type: 'string', length: 500, default: '' })
  description: string = '';

  /** The feature's answer (ids of what it created), returned again on a retry. */
  @Property({ type: 'json', nullable: true })
  result: unknown = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  staleAt!: Date;
}

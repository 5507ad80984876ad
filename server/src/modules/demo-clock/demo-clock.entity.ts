import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { SafeIntegerType } from '../../db/columns';

/**
 * The demo workspace's time (the local Stripe only): the Stripe test clock its customer lives on, and
 * how far ahead of the wall clock the workspace runs since that clock was last advanced.
 */
@Entity()
export class DemoClock {
  @PrimaryKey({ type: 'uuid' })
  workspaceId!: string;

  @Property({ type: 'string', length: 64 })
  @Unique()
  testClockId!: string;

  /** Milliseconds added to the wall clock for this workspace; only ever grows. */
  @Property({ type: new SafeIntegerType(), default: 0 })
  offsetMs: number = 0;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

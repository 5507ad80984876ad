import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId, SafeIntegerType } from '../../db/columns';
import { User } from '../auth/user.entity';
import { Workspace } from '../workspaces/workspace.entity';

/** A partner integration's key. Only a SHA-256 of the secret is stored; it is shown once. */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Property({ type: 'string', length: 80 })
  name!: string;

  /** The first characters of the key, so people can tell their keys apart. */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'string', length: 64 })
  @Unique()
  secretHash!: string;

  @Property({ type: 'json' })
  scopes!: string[];

  @ManyToOne(() => User, { mapToPk: true })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  /**
   * The most the key's holds may reserve and charge per calendar month (UTC), in µcr; null: no budget. Checked by
   * the ledger in the same decision as the balance.
   */
  @Property({ type: new SafeIntegerType(), nullable: true })
  monthlyBudgetMicro: number | null = null;
}

/**
 * What an API key's holds count for in one calendar month (UTC): active holds at their amount, settled ones at
 * their actual cost, released and expired ones nothing. Written only by the ledger, in the same write as the hold,
 * settle or release that changes it (so it moves under the account's version like everything the ledger decides).
 */
@Entity({ tableName: 'api_key_spend' })
@Index({ properties: ['workspaceId', 'month'] })
export class ApiKeySpend {
  @PrimaryKey({ type: 'uuid' })
  apiKeyId!: string;

  /** `YYYY-MM`, UTC. */
  @PrimaryKey({ type: 'string', length: 7 })
  month!: string;

  @Property({ type: 'uuid' })
  workspaceId!: string;

  @Property({ type: new SafeIntegerType(), default: 0 })
  spentMicro: number = 0;
}

import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../db/columns';
import { Workspace } from '../workspaces/workspace.entity';

export enum AdPlatform {
  GOOGLE_ADS = 'GOOGLE_ADS',
  META_ADS = 'META_ADS',
  MICROSOFT_ADS = 'MICROSOFT_ADS',
}

/** An advertising account the workspace runs campaigns in. One of them is the active one. */
@Entity({ tableName: 'ad_account' })
@Unique({ properties: ['workspace', 'platform', 'externalId'] })
@Index({ properties: ['workspace', 'createdAt'] })
export class AdAccount {
  [OptionalProps]?: 'active';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Enum({ items: () => AdPlatform })
  platform!: AdPlatform;

  /** The platform's own account id, e.g. "123-456-7890". */
  @Property({ type: 'string', length: 64 })
  externalId!: string;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'boolean', default: false })
  active: boolean = false;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

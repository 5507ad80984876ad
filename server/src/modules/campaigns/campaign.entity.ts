import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../db/columns';
import { AdAccount } from '../ad-accounts/ad-account.entity';
import { Product } from '../products/product.entity';
import { Workspace } from '../workspaces/workspace.entity';
import type { AdCopy, Keyword, Sitelink } from './core/parse';

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  LAUNCHED = 'LAUNCHED',
}

export enum CampaignGoal {
  SALES = 'SALES',
  LEADS = 'LEADS',
  TRAFFIC = 'TRAFFIC',
  AWARENESS = 'AWARENESS',
}

/**
 * A campaign: a draft while it is built in the wizard (free to browse and edit), launched by the wizard's
 * metered final step, then historical (read-only, with its performance).
 */
@Entity({ tableName: 'campaign' })
@Index({ properties: ['workspace', 'status', 'updatedAt'] })
export class Campaign {
  [OptionalProps]?:
    | 'product'
    | 'adAccount'
    | 'dailyBudgetCents'
    | 'locations'
    | 'brief'
    | 'adCopy'
    | 'sitelinks'
    | 'keywords'
    | 'plan'
    | 'launchedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Enum({ items: () => CampaignStatus })
  status!: CampaignStatus;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @ManyToOne(() => Product, { mapToPk: true, nullable: true })
  product: string | null = null;

  @ManyToOne(() => AdAccount, { mapToPk: true, nullable: true })
  adAccount: string | null = null;

  @Enum({ items: () => CampaignGoal })
  goal!: CampaignGoal;

  @Property({ type: 'integer', default: 0 })
  dailyBudgetCents: number = 0;

  @Property({ type: 'string', length: 500, default: '' })
  locations: string = '';

  @Property({ type: 'text', default: '' })
  brief: string = '';

  @Property({ type: 'json', nullable: true })
  adCopy: AdCopy | null = null;

  @Property({ type: 'json', nullable: true })
  sitelinks: Sitelink[] | null = null;

  @Property({ type: 'json', nullable: true })
  keywords: Keyword[] | null = null;

  /** The launch plan written by campaign creation. */
  @Property({ type: 'text', nullable: true })
  plan: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  launchedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

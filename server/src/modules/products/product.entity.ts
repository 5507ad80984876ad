import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../db/columns';
import { Workspace } from '../workspaces/workspace.entity';

/** Something the workspace advertises. One of them is the active one. */
@Entity({ tableName: 'product' })
@Index({ properties: ['workspace', 'createdAt'] })
export class Product {
  [OptionalProps]?: 'url' | 'description' | 'priceCents' | 'active';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'string', length: 500, nullable: true })
  url: string | null = null;

  @Property({ type: 'text', default: '' })
  description: string = '';

  @Property({ type: 'integer', nullable: true })
  priceCents: number | null = null;

  @Property({ type: 'boolean', default: false })
  active: boolean = false;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

/** One run of product analysis; re-runs add rows, the newest is shown. */
@Entity({ tableName: 'product_analysis' })
@Index({ properties: ['product', 'createdAt'] })
export class ProductAnalysis {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @ManyToOne(() => Product, { mapToPk: true })
  product!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'integer' })
  inputTokens!: number;

  @Property({ type: 'integer' })
  outputTokens!: number;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

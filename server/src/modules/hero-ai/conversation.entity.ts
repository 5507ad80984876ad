import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../db/columns';
import { Workspace } from '../workspaces/workspace.entity';

/** A Hero AI chat. Readable at any balance; only new messages are metered. */
@Entity({ tableName: 'hero_conversation' })
@Index({ properties: ['workspace', 'updatedAt'] })
export class HeroConversation {
  [OptionalProps]?: 'createdBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

export enum HeroMessageRole {
  USER = 'USER',
  ASSISTANT = 'ASSISTANT',
}

@Entity({ tableName: 'hero_message' })
@Index({ properties: ['conversation', 'position'] })
export class HeroMessage {
  [OptionalProps]?: 'campaignsReferenced' | 'daysOfData' | 'inputTokens' | 'outputTokens';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace, { mapToPk: true })
  workspace!: string;

  @ManyToOne(() => HeroConversation, { mapToPk: true })
  conversation!: string;

  /** Order within the conversation: 1, 2, 3… */
  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => HeroMessageRole })
  role!: HeroMessageRole;

  @Property({ type: 'text' })
  text!: string;

  /** Assistant messages: how many campaigns and days of data the answer looked at. */
  @Property({ type: 'integer', default: 0 })
  campaignsReferenced: number = 0;

  @Property({ type: 'integer', default: 0 })
  daysOfData: number = 0;

  @Property({ type: 'integer', default: 0 })
  inputTokens: number = 0;

  @Property({ type: 'integer', default: 0 })
  outputTokens: number = 0;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

import { BigIntType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../db/columns';

export type SupportActionKind = 'AUDIT' | 'ADJUST';

/** Every look and every change support staff make in a workspace that is not theirs. */
@Entity({ tableName: 'support_action' })
@Index({ properties: ['workspaceId', 'createdAt'] })
export class SupportAction {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  workspaceId!: string;

  @Property({ type: 'uuid' })
  supportUserId!: string;

  @Enum({ type: 'string', items: ['AUDIT', 'ADJUST'] })
  kind!: SupportActionKind;

  @Property({ type: 'string', length: 500, nullable: true })
  reason: string | null = null;

  /** ADJUST: the signed amount asked for, so the ledger's independent auditor has a fact to check it against. */
  @Property({ type: new BigIntType('number'), nullable: true })
  amountMicro: number | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

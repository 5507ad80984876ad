import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../db/columns';

export type StaffRoleChangeKind = 'GRANT' | 'REVOKE';

/**
 * Every grant and revocation of the support staff role: whose, by whom, when. Append-only, like
 * the support actions it makes possible; the role itself is `app_user.is_support`.
 */
@Entity({ tableName: 'staff_role_change' })
@Index({ properties: ['userId', 'createdAt'] })
export class StaffRoleChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  userId!: string;

  /** The address at the time, so the record reads the same after the account changes. */
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Enum({ type: 'string', items: ['GRANT', 'REVOKE'] })
  kind!: StaffRoleChangeKind;

  /** Who ran the command: the operator's login and machine (`alice@ops-1`). */
  @Property({ type: 'string', length: 200 })
  actor!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

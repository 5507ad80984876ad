import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../db/columns';
import { User } from '../auth/user.entity';
import { Workspace } from './workspace.entity';

export enum Role {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

@Entity()
@Unique({ properties: ['workspace', 'user'] })
export class Membership {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace)
  workspace!: Workspace;

  @ManyToOne(() => User)
  user!: User;

  @Enum({ items: () => Role, nativeEnumName: undefined })
  role!: Role;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** An invitation by email for someone without an account yet; accepted when they sign up. */
@Entity()
@Unique({ properties: ['workspace', 'email'] })
export class Invitation {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workspace)
  workspace!: Workspace;

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Enum({ items: () => Role })
  role!: Role;

  @ManyToOne(() => User)
  invitedBy!: User;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;
}

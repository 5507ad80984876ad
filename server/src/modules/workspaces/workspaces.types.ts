import { IsEmail, IsEnum, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../platform/graphql/scalars';
import { Role } from './membership.entity';

registerEnumType(Role, { name: 'Role', description: 'owner (billing), admin, member.' });

@ObjectType('User')
export class UserGql {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;
}

@ObjectType('Workspace')
export class WorkspaceGql {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A workspace the viewer belongs to, and their role in it.' })
export class WorkspaceMembership {
  @Field(() => WorkspaceGql)
  workspace!: WorkspaceGql;

  @Field(() => Role)
  role!: Role;
}

@ObjectType({ description: 'Who is calling, and in which workspace.' })
export class Viewer {
  @Field(() => UserGql, { nullable: true, description: 'Null when calling with an API key.' })
  user!: UserGql | null;

  @Field(() => WorkspaceGql)
  workspace!: WorkspaceGql;

  @Field(() => Role, { nullable: true })
  role!: Role | null;

  @Field({ description: 'Support staff can audit and adjust any workspace.' })
  isSupport!: boolean;

  @Field(() => [WorkspaceMembership])
  workspaces!: WorkspaceMembership[];
}

@ObjectType()
export class Member {
  @Field(() => ID)
  userId!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => DateTimeScalar)
  joinedAt!: Date;
}

@ObjectType()
export class PendingInvitation {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType({ description: 'Adding by email: a membership when the person has an account, else an invitation.' })
export class AddMemberResult {
  @Field(() => Member, { nullable: true })
  member!: Member | null;

  @Field(() => PendingInvitation, { nullable: true })
  invitation!: PendingInvitation | null;
}

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'email: not a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @Length(10, 200, { message: 'password: 10 to 200 characters' })
  password!: string;

  @Field()
  @Length(1, 120, { message: 'name: 1 to 120 characters' })
  name!: string;

  @Field()
  @Length(1, 120, { message: 'workspaceName: 1 to 120 characters' })
  workspaceName!: string;
}

@InputType()
export class SignInInput {
  @Field()
  @MaxLength(254)
  email!: string;

  @Field()
  @MaxLength(200)
  password!: string;
}

@InputType()
export class AddMemberInput {
  @Field()
  @IsEmail({}, { message: 'email: not a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;
}

@ObjectType({ description: 'A new session. The token is shown once; browsers also get it as an httpOnly cookie.' })
export class AuthPayload {
  @Field()
  token!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;
}

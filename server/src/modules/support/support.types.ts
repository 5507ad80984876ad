import { IsEnum, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CreditsScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import { CreditBalance, IDEMPOTENCY_KEY } from '../ledger/ledger.types';

export enum AdjustmentDirection {
  CREDIT = 'CREDIT',
  DEBIT = 'DEBIT',
}
registerEnumType(AdjustmentDirection, { name: 'AdjustmentDirection' });

@InputType()
export class AdjustCreditsInput {
  @Field(() => ID)
  workspaceId!: string;

  @Field(() => CreditsScalar)
  amount!: number;

  @Field(() => AdjustmentDirection)
  @IsEnum(AdjustmentDirection)
  direction!: AdjustmentDirection;

  @Field({ description: 'Why; shown in the workspace history and kept for audit.' })
  @Length(5, 500, { message: 'reason: 5 to 500 characters' })
  reason!: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: 'idempotencyKey: 8-128 characters of letters, digits, . _ : -' })
  idempotencyKey!: string;
}

@ObjectType({
  description: "Support's check of a workspace's math: the stored balance against a replay of its ledger.",
})
export class WorkspaceAudit {
  @Field(() => ID)
  workspaceId!: string;

  @Field(() => CreditBalance)
  balance!: CreditBalance;

  @Field(() => Int)
  entries!: number;

  @Field(() => CreditsScalar, { description: 'Everything ever granted.' })
  granted!: number;

  @Field({ description: 'True when replaying every entry gives exactly the stored grants, holds and deficit.' })
  replayMatches!: boolean;

  @Field(() => [String])
  mismatches!: string[];
}

@ObjectType({ description: 'One thing support staff did in a workspace.' })
export class SupportActionGql {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'AUDIT or ADJUST.' })
  kind!: string;

  @Field(() => ID)
  supportUserId!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

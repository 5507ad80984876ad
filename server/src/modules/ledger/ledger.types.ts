import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { CreditsScalar, DateTimeScalar } from '../../platform/graphql/scalars';

export enum EntryTypeGql {
  GRANT = 'GRANT',
  HOLD = 'HOLD',
  CHARGE = 'CHARGE',
  RELEASE = 'RELEASE',
  EXPIRY = 'EXPIRY',
  ADJUSTMENT = 'ADJUSTMENT',
  REFUND = 'REFUND',
  REVERSAL = 'REVERSAL',
  DEFICIT_REPAYMENT = 'DEFICIT_REPAYMENT',
}
registerEnumType(EntryTypeGql, { name: 'TransactionType', description: 'The kind of a ledger entry.' });

export enum GrantSourceGql {
  PLAN_ALLOCATION = 'PLAN_ALLOCATION',
  PRORATION = 'PRORATION',
  TOP_UP = 'TOP_UP',
  ADJUSTMENT = 'ADJUSTMENT',
}
registerEnumType(GrantSourceGql, { name: 'GrantSource' });

export enum HoldStatusGql {
  ACTIVE = 'ACTIVE',
  SETTLED = 'SETTLED',
  RELEASED = 'RELEASED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(HoldStatusGql, { name: 'HoldStatus' });

@ObjectType({ description: "A workspace's credits right now." })
export class CreditBalance {
  @Field(() => CreditsScalar, { description: 'What can be spent now: allocation + purchased − deficit.' })
  available!: number;

  @Field(() => CreditsScalar, { description: "Remaining of this period's allocation and proration grants." })
  planAllocation!: number;

  @Field(() => CreditsScalar, { description: 'Remaining purchased (and other never-expiring) credits.' })
  purchased!: number;

  @Field(() => CreditsScalar, { description: 'Reserved by AI features that are running now.' })
  reserved!: number;

  @Field(() => CreditsScalar, { description: 'Owed from overruns or refunds; the next grant pays it first.' })
  deficit!: number;

  @Field()
  outOfCredits!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the plan allocation renews.' })
  renewsAt!: Date | null;

  @Field(() => Int, { description: "The ledger's version: grows with every entry; newer always wins." })
  version!: number;
}

@ObjectType({ description: 'How much of an entry came from, or went back to, one grant.' })
export class TransactionSplit {
  @Field(() => ID)
  grantId!: string;

  @Field()
  grantLabel!: string;

  @Field(() => GrantSourceGql, { nullable: true })
  grantSource!: GrantSourceGql | null;

  @Field(() => CreditsScalar, { description: 'Positive: taken from the grant (charges) or added to it (grants).' })
  amount!: number;
}

@ObjectType({ description: 'The numbers behind an entry, for auditing the math.' })
export class TransactionDetails {
  @Field(() => Int, { nullable: true })
  inputTokens!: number | null;

  @Field(() => Int, { nullable: true })
  outputTokens!: number | null;

  @Field(() => String, { nullable: true })
  rateCardVersion!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Upgrades: seconds left / seconds in the period, e.g. "1036800/2592000".',
  })
  prorationFraction!: string | null;

  @Field(() => String, { nullable: true, description: 'All recorded numbers as JSON text.' })
  json!: string | null;
}

@ObjectType({ description: 'One append-only ledger entry.' })
export class Transaction {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Position in the workspace ledger: 1, 2, 3…' })
  sequence!: number;

  @Field(() => EntryTypeGql)
  type!: EntryTypeGql;

  @Field(() => CreditsScalar, { description: 'Signed effect on the available balance.' })
  amount!: number;

  @Field(() => CreditsScalar, {
    nullable: true,
    description: 'Charges only: the actual cost (the amount above is what the hold gave back, or the overrun).',
  })
  charged!: number | null;

  @Field(() => CreditsScalar, { description: 'Change to reserved credits.' })
  reservedChange!: number;

  @Field(() => CreditsScalar, { description: 'Change to the deficit.' })
  deficitChange!: number;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  feature!: string | null;

  @Field(() => [TransactionSplit], { description: 'Charges: what each grant paid. Others: the change to each grant.' })
  splits!: TransactionSplit[];

  @Field(() => TransactionDetails)
  details!: TransactionDetails;

  @Field({ description: 'USER, API_KEY, SUPPORT, STRIPE or SYSTEM.' })
  actorKind!: string;

  @Field(() => ID, { nullable: true })
  holdId!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class TransactionEdge {
  @Field()
  cursor!: string;

  @Field(() => Transaction)
  node!: Transaction;
}

@ObjectType()
export class TransactionConnection {
  @Field(() => [TransactionEdge])
  edges!: TransactionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType()
export class TransactionFilter {
  @Field(() => [EntryTypeGql], { nullable: true })
  @IsOptional()
  types?: EntryTypeGql[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 64)
  feature?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Inclusive.' })
  from?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Exclusive.' })
  to?: Date;
}

@ObjectType({ description: 'Credits reserved before a metered feature starts.' })
export class Hold {
  @Field(() => ID)
  id!: string;

  @Field(() => CreditsScalar)
  amount!: number;

  @Field(() => CreditsScalar, { description: 'What was charged when settled.' })
  charged!: number;

  @Field(() => HoldStatusGql)
  status!: HoldStatusGql;

  @Field(() => String, { nullable: true })
  feature!: string | null;

  @Field()
  description!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const keyMessage = 'idempotencyKey: 8-128 characters of letters, digits, . _ : -';

@InputType()
export class ReserveCreditsInput {
  @Field(() => CreditsScalar)
  amount!: number;

  @Field()
  @Length(1, 200)
  description!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { message: 'feature: lower-case letters, digits and _' })
  feature?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds before an unsettled hold is released (default 15 minutes).',
  })
  @IsOptional()
  @Min(10)
  @Max(86_400)
  ttlSeconds?: number;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

@InputType()
export class SettleHoldInput {
  @Field(() => ID)
  holdId!: string;

  @Field(() => CreditsScalar, { description: 'The actual cost; above the hold is an overrun.' })
  actual!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  description?: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

@InputType()
export class ReleaseHoldInput {
  @Field(() => ID)
  holdId!: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

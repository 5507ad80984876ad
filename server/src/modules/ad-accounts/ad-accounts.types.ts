import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../platform/graphql/scalars';
import { AdPlatform, type AdAccount as AdAccountRow } from './ad-account.entity';

registerEnumType(AdPlatform, { name: 'AdPlatform' });

@ObjectType('AdAccount', { description: 'An advertising account; one is the active one.' })
export class AdAccountType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => AdPlatform)
  platform!: AdPlatform;

  @Field()
  externalId!: string;

  @Field()
  currency!: string;

  @Field()
  active!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

export const toAdAccount = (a: AdAccountRow): AdAccountType => ({
  id: a.id,
  name: a.name,
  platform: a.platform,
  externalId: a.externalId,
  currency: a.currency,
  active: a.active,
  createdAt: a.createdAt,
});

const EXTERNAL_ID = /^[A-Za-z0-9_-]{1,64}$/;
const CURRENCY = /^[A-Z]{3}$/;

@InputType()
export class AddAdAccountInput {
  @Field()
  @Length(1, 120)
  name!: string;

  @Field(() => AdPlatform)
  platform!: AdPlatform;

  @Field()
  @Matches(EXTERNAL_ID, { message: 'externalId: 1-64 letters, digits, - or _' })
  externalId!: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217, default USD.' })
  @IsOptional()
  @Matches(CURRENCY, { message: 'currency: three capital letters, e.g. USD' })
  currency?: string;
}

@InputType()
export class UpdateAdAccountInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CURRENCY, { message: 'currency: three capital letters, e.g. USD' })
  currency?: string;
}

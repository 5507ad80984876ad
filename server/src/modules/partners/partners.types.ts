import { ArrayMaxSize, ArrayMinSize, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../platform/graphql/scalars';

/** Scopes as GraphQL enum values; inside, the documented strings `billing:read`, `usage:read`, `features:run`. */
export enum ApiScope {
  BILLING_READ = 'billing:read',
  USAGE_READ = 'usage:read',
  FEATURES_RUN = 'features:run',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  valuesConfig: {
    BILLING_READ: { description: 'Read balance, plans and billing.' },
    USAGE_READ: { description: 'Read the transaction history and holds.' },
    FEATURES_RUN: { description: "Run metered features and hold credits on the workspace's behalf." },
  },
});

@ObjectType()
export class ApiKeyGql {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The start of the key, to tell keys apart.' })
  prefix!: string;

  @Field(() => [ApiScope])
  scopes!: ApiScope[];

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field({ description: 'The secret. Shown only now; store it safely.' })
  secret!: string;

  @Field(() => ApiKeyGql)
  apiKey!: ApiKeyGql;
}

@InputType()
export class CreateApiKeyInput {
  @Field()
  @Length(1, 80, { message: 'name: 1 to 80 characters' })
  name!: string;

  @Field(() => [ApiScope])
  @ArrayMinSize(1, { message: 'scopes: at least one' })
  @ArrayMaxSize(3)
  scopes!: ApiScope[];
}

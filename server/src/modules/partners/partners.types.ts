import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { CreditsScalar, DateTimeScalar } from '../../platform/graphql/scalars';

/** Scopes as GraphQL enum values; inside, the documented strings `billing:read`, `usage:read`, `features:run`. */
export enum ApiScope {
  BILLING_READ = 'billing:read',
  USAGE_READ = 'usage:read',
  FEATURES_RUN = 'features:run',
  EVENTS_READ = 'events:read',
  WEBHOOKS_MANAGE = 'webhooks:manage',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  valuesConfig: {
    BILLING_READ: { description: 'Read balance, plans and billing.' },
    USAGE_READ: { description: 'Read the transaction history and holds.' },
    FEATURES_RUN: { description: "Run metered features and hold credits on the workspace's behalf." },
    EVENTS_READ: { description: "Read the workspace's event feed (events(after:))." },
    WEBHOOKS_MANAGE: {
      description: 'Register webhook endpoints, roll their secrets, read their delivery log, send again.',
    },
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

  @Field(() => CreditsScalar, {
    nullable: true,
    description:
      "The most this key's holds may reserve and charge per calendar month (UTC); null: no budget. A hold that " +
      'would pass it is refused with INSUFFICIENT_CREDITS (extensions budget, spentThisMonth, resetsAt).',
  })
  monthlyBudget!: number | null;

  @Field(() => CreditsScalar, {
    description:
      "What this key's holds count for in the current calendar month (UTC): active holds at their amount, settled " +
      'ones at their actual cost, released and expired ones nothing.',
  })
  spentThisMonth!: number;

  @Field(() => DateTimeScalar, { description: 'When the monthly count starts again: the next month, 00:00 UTC.' })
  budgetResetsAt!: Date;
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
  @ArrayMaxSize(5)
  scopes!: ApiScope[];

  @Field(() => CreditsScalar, {
    nullable: true,
    description: "A spending cap per calendar month (UTC) for this key's holds; absent or null: none.",
  })
  @IsOptional()
  monthlyBudget?: number | null;
}

@InputType()
export class SetApiKeyBudgetInput {
  @Field(() => ID)
  id!: string;

  @Field(() => CreditsScalar, {
    nullable: true,
    description: 'The new cap per calendar month (UTC), more than 0; null removes the budget.',
  })
  @IsOptional()
  monthlyBudget?: number | null;
}

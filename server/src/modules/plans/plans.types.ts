import { Field, Int, ObjectType } from 'type-graphql';
import { CreditsScalar } from '../../platform/graphql/scalars';
import type { Plan as PlanModel } from './plans.catalog';

@ObjectType({ description: 'A subscription plan on sale.' })
export class Plan {
  @Field({ description: 'Stable code: pro, growth, agency.' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => CreditsScalar, { description: 'Credits granted each billing period; they expire at its end.' })
  creditsPerPeriod!: number;

  @Field(() => Int, { description: 'Monthly price in cents.' })
  priceCents!: number;

  @Field()
  currency!: string;
}

export const toPlan = (p: PlanModel): Plan => ({
  code: p.code,
  name: p.name,
  creditsPerPeriod: p.creditsMicro,
  priceCents: p.priceCents,
  currency: 'usd',
});

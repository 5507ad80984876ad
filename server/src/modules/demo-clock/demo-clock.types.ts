import { Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../platform/graphql/scalars';
import { MAX_ADVANCE_DAYS } from './demo-clock.service';

@ObjectType('DemoClock', {
  description: "The demo workspace's clock (demo only): its time runs ahead of the wall clock once advanced.",
})
export class DemoClockView {
  @Field(() => DateTimeScalar, { description: "The workspace's time." })
  now!: Date;

  @Field(() => Int, { description: 'Whole days the workspace runs ahead of the wall clock.' })
  daysAhead!: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The period end "advance to the next renewal" moves to; null without an active plan.',
  })
  nextRenewalAt!: Date | null;
}

@InputType({ description: 'Exactly one of `days` and `toNextRenewal`.' })
export class AdvanceDemoClockInput {
  @Field(() => Int, { nullable: true })
  @Min(1)
  @Max(MAX_ADVANCE_DAYS)
  days?: number | null;

  @Field(() => Boolean, { nullable: true })
  toNextRenewal?: boolean | null;
}

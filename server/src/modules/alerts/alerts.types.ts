import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CreditsScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import { PageInfo } from '../ledger/ledger.types';

export enum AlertKindGql {
  BALANCE_BELOW = 'BALANCE_BELOW',
  ALLOCATION_PERCENT_BELOW = 'ALLOCATION_PERCENT_BELOW',
  RUNS_OUT_BEFORE_RENEWAL = 'RUNS_OUT_BEFORE_RENEWAL',
  ALLOCATION_WILL_EXPIRE = 'ALLOCATION_WILL_EXPIRE',
}
registerEnumType(AlertKindGql, {
  name: 'AlertKind',
  valuesConfig: {
    BALANCE_BELOW: { description: 'The available balance falls below `threshold`.' },
    ALLOCATION_PERCENT_BELOW: {
      description: "The available balance falls below `percent`% of the current period's plan allocation.",
    },
    RUNS_OUT_BEFORE_RENEWAL: {
      description: 'At the pace of the last 14 days, the balance runs out before the plan renews.',
    },
    ALLOCATION_WILL_EXPIRE: {
      description: "At the pace of the last 14 days, at least `threshold` of the period's allocation expires unused.",
    },
  },
});

export enum AlertStateGql {
  ARMED = 'ARMED',
  FIRED = 'FIRED',
}
registerEnumType(AlertStateGql, {
  name: 'AlertState',
  valuesConfig: {
    ARMED: { description: 'Waiting: fires when its condition starts to hold.' },
    FIRED: { description: 'Fired: fires again only after its condition has cleared.' },
  },
});

@ObjectType({ description: 'A member an alert emails.' })
export class AlertRecipient {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;
}

@ObjectType({
  description: 'An alert on the credits of the workspace: in the app, by email and as an `alert.fired` event.',
})
export class Alert {
  @Field(() => ID)
  id!: string;

  @Field(() => AlertKindGql)
  kind!: AlertKindGql;

  @Field({ description: 'The alert in words, e.g. "Balance below 5.00 credits".' })
  description!: string;

  @Field(() => CreditsScalar, { nullable: true, description: 'BALANCE_BELOW and ALLOCATION_WILL_EXPIRE.' })
  threshold!: number | null;

  @Field(() => Int, { nullable: true, description: 'ALLOCATION_PERCENT_BELOW: whole percent, 1 to 100.' })
  percent!: number | null;

  @Field()
  enabled!: boolean;

  @Field(() => AlertStateGql)
  state!: AlertStateGql;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it last fired.' })
  firedAt!: Date | null;

  @Field({
    description: 'True: emails whoever is an owner or admin when it fires; false: the members in `recipients`.',
  })
  emailsOwnersAndAdmins!: boolean;

  @Field(() => [AlertRecipient], { description: 'Who gets the email if it fires now.' })
  recipients!: AlertRecipient[];

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@InputType()
export class CreateAlertInput {
  @Field(() => AlertKindGql)
  kind!: AlertKindGql;

  @Field(() => CreditsScalar, { nullable: true, description: 'Required for BALANCE_BELOW and ALLOCATION_WILL_EXPIRE.' })
  threshold?: number | null;

  @Field(() => Int, { nullable: true, description: 'Required for ALLOCATION_PERCENT_BELOW.' })
  percent?: number | null;

  @Field({ nullable: true, defaultValue: true })
  enabled?: boolean;

  @Field(() => [ID], {
    nullable: true,
    description: 'Members to email. Absent: the owners and admins, whoever they are when it fires. Empty: nobody.',
  })
  recipientIds?: string[] | null;
}

@InputType()
export class UpdateAlertInput {
  @Field(() => ID)
  id!: string;

  @Field(() => CreditsScalar, { nullable: true })
  threshold?: number | null;

  @Field(() => Int, { nullable: true })
  percent?: number | null;

  @Field({ nullable: true })
  enabled?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Replaces the list of members to email.' })
  recipientIds?: string[] | null;

  @Field({ nullable: true, description: 'true: email the owners and admins instead of a list.' })
  emailOwnersAndAdmins?: boolean;
}

@ObjectType({ description: 'Something the workspace was told about: an alert that fired.' })
export class NotificationGql {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The alert that fired (null once it was deleted).' })
  alertId!: string | null;

  @Field({ description: 'What fired, e.g. an alert kind such as BALANCE_BELOW.' })
  kind!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field({ description: 'Read by the signed-in member.' })
  read!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType()
export class NotificationEdge {
  @Field()
  cursor!: string;

  @Field(() => NotificationGql)
  node!: NotificationGql;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: 'Newest first.' })
  edges!: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "The signed-in member's unread notifications in this workspace." })
  unreadCount!: number;
}

@ObjectType({ description: 'What the notification bell shows.' })
export class NotificationSummary {
  @Field(() => Int)
  unreadCount!: number;

  @Field({ description: 'A balance alert has fired and its condition still holds.' })
  lowBalance!: boolean;
}

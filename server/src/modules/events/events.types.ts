import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../platform/graphql/scalars';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  valuesConfig: {
    PENDING: { description: 'Not answered with a 2xx yet; tried again at nextAttemptAt.' },
    DELIVERED: { description: 'Answered with a 2xx.' },
    FAILED: { description: 'Still failing when its retry window (3 days) ended; "send again" starts a new one.' },
  },
});

@ObjectType('WebhookEventType', { description: 'One type of event in the catalogue.' })
export class WebhookEventTypeGql {
  @Field({ description: 'The name in payloads and subscriptions, e.g. "credits.granted".' })
  type!: string;

  @Field()
  description!: string;
}

@ObjectType('WorkspaceEvent', { description: 'One event of the workspace feed: the same fields as a webhook payload.' })
export class WorkspaceEventGql {
  @Field(() => ID, { description: 'Unique; receivers deduplicate by it (a delivery may come more than once).' })
  id!: string;

  @Field(() => Int, { description: '1, 2, 3… per workspace, with no gaps.' })
  sequence!: number;

  @Field()
  type!: string;

  @Field({ description: 'The event data as a JSON object (the payload\'s "data").' })
  data!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType()
export class WorkspaceEventPage {
  @Field(() => [WorkspaceEventGql], { description: 'Oldest first.' })
  nodes!: WorkspaceEventGql[];

  @Field({ description: 'More events follow: ask again with after = the last sequence here.' })
  hasMore!: boolean;

  @Field(() => Int, { description: 'The newest sequence number of the workspace (0 when it has no events yet).' })
  lastSequence!: number;
}

@ObjectType('WebhookEndpoint')
export class WebhookEndpointGql {
  @Field(() => ID)
  id!: string;

  @Field()
  url!: string;

  @Field()
  description!: string;

  @Field(() => [String], { description: '["*"] for every type, or the types it receives.' })
  eventTypes!: string[];

  @Field()
  enabled!: boolean;

  @Field({ description: 'The start of the signing secret, to tell secrets apart.' })
  secretPrefix!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'After a roll: until when the previous secret also signs.',
  })
  previousSecretExpiresAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType()
export class CreatedWebhookSecret {
  @Field({ description: 'The signing secret (whsec_…). Shown only now; store it safely.' })
  secret!: string;

  @Field(() => WebhookEndpointGql)
  endpoint!: WebhookEndpointGql;
}

@ObjectType('WebhookAttempt')
export class WebhookAttemptGql {
  @Field(() => Int)
  attempt!: number;

  @Field(() => Int, { nullable: true, description: 'Null when no HTTP answer came.' })
  statusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why no answer came (refused, timed out…).' })
  error!: string | null;

  @Field(() => String, { nullable: true, description: 'The start of the answer body.' })
  responseExcerpt!: string | null;

  @Field(() => Int)
  durationMs!: number;

  @Field(() => DateTimeScalar)
  at!: Date;
}

@ObjectType('WebhookDelivery')
export class WebhookDeliveryGql {
  @Field(() => ID)
  id!: string;

  @Field(() => WorkspaceEventGql)
  event!: WorkspaceEventGql;

  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it is tried next (PENDING only).' })
  nextAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true })
  lastStatusCode!: number | null;

  @Field(() => DateTimeScalar, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => [WebhookAttemptGql], { description: 'The latest attempts, newest first (at most 10).' })
  attemptLog!: WebhookAttemptGql[];
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'https://…; http only to localhost outside production.' })
  url!: string;

  @Field(() => [String], { description: '["*"] for every type, or names from webhookEventTypes.' })
  @ArrayMaxSize(50)
  eventTypes!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200, { message: 'description: at most 200 characters' })
  description?: string | null;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200, { message: 'description: at most 200 characters' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;
}

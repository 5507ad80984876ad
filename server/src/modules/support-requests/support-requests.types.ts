import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../platform/graphql/scalars';
import { IDEMPOTENCY_KEY, Transaction } from '../ledger/ledger.types';
import { ENTRY_IDS_MAX, MESSAGE_MAX_CHARS } from './core';

export enum SupportRequestStatusGql {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}
registerEnumType(SupportRequestStatusGql, {
  name: 'SupportRequestStatus',
  description: 'OPEN: waiting for support. ANSWERED: support replied. CLOSED: done; a new question is a new request.',
});

const keyMessage = 'idempotencyKey: 8-128 characters of letters, digits, . _ : -';
const messageLength = `message: 1 to ${MESSAGE_MAX_CHARS.toLocaleString('en-US')} characters`;

@ObjectType({ description: 'The member who opened a support request.' })
export class SupportRequestAuthor {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;
}

@ObjectType('SupportRequestMessage', { description: "One message of a support request's conversation." })
export class SupportRequestMessageGql {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'True for an answer from support staff.' })
  fromStaff!: boolean;

  @Field(() => ID)
  authorId!: string;

  @Field({ description: "The writer's name as the member sees it (support staff appear by name, never by email)." })
  authorName!: string;

  @Field()
  body!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType('SupportRequest', {
  description: "A member's question to support, with the ledger entries it is about and the conversation.",
})
export class SupportRequestGql {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  workspaceId!: string;

  @Field()
  workspaceName!: string;

  @Field(() => SupportRequestAuthor)
  author!: SupportRequestAuthor;

  @Field(() => SupportRequestStatusGql)
  status!: SupportRequestStatusGql;

  @Field()
  subject!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'The last message or status change.' })
  updatedAt!: Date;

  @Field(() => [Transaction], { description: 'The ledger entries the request is about, oldest first.' })
  entries!: Transaction[];

  @Field(() => [SupportRequestMessageGql], { description: 'Oldest first; the first is the question.' })
  messages!: SupportRequestMessageGql[];
}

@InputType()
export class OpenSupportRequestInput {
  @Field()
  @Length(1, MESSAGE_MAX_CHARS, { message: messageLength })
  message!: string;

  @Field(() => String, { nullable: true, description: "Defaults to the message's first line." })
  @IsOptional()
  @Length(1, 120, { message: 'subject: 1 to 120 characters' })
  subject?: string;

  @Field(() => [ID], {
    nullable: true,
    description: `Ledger entries of the workspace it is about; at most ${ENTRY_IDS_MAX}.`,
  })
  @IsOptional()
  @ArrayMaxSize(ENTRY_IDS_MAX, { message: `entryIds: at most ${ENTRY_IDS_MAX}` })
  entryIds?: string[];

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

@InputType()
export class ReplyToSupportRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field()
  @Length(1, MESSAGE_MAX_CHARS, { message: messageLength })
  message!: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

@InputType()
export class AnswerSupportRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field()
  @Length(1, MESSAGE_MAX_CHARS, { message: messageLength })
  message!: string;

  @Field(() => Boolean, { nullable: true, description: 'Close the request with this answer.' })
  @IsOptional()
  close?: boolean;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

@InputType()
export class CloseSupportRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field({ description: 'Why; kept in the staff action log, not shown to the member.' })
  @Length(5, 500, { message: 'reason: 5 to 500 characters' })
  reason!: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../platform/graphql/scalars';
import { IDEMPOTENCY_KEY } from '../ledger/ledger.types';
import { MeteredChargeInfo } from '../metering/metering.types';
import { HeroMessageRole, type HeroConversation, type HeroMessage } from './conversation.entity';

registerEnumType(HeroMessageRole, { name: 'HeroAiMessageRole' });

@ObjectType('HeroAiMessage')
export class HeroAiMessageType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => HeroMessageRole)
  role!: HeroMessageRole;

  @Field()
  text!: string;

  @Field(() => Int, { description: 'Assistant messages: campaigns the answer looked at.' })
  campaignsReferenced!: number;

  @Field(() => Int, { description: 'Assistant messages: days of data the answer looked at.' })
  daysOfData!: number;

  @Field(() => Int)
  inputTokens!: number;

  @Field(() => Int)
  outputTokens!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType('HeroAiConversation', { description: 'A Hero AI chat; readable at any balance.' })
export class HeroAiConversationType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

export const toConversation = (c: HeroConversation): HeroAiConversationType => ({
  id: c.id,
  title: c.title,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

export const toMessage = (m: HeroMessage): HeroAiMessageType => ({
  id: m.id,
  position: m.position,
  role: m.role,
  text: m.text,
  campaignsReferenced: m.campaignsReferenced,
  daysOfData: m.daysOfData,
  inputTokens: m.inputTokens,
  outputTokens: m.outputTokens,
  createdAt: m.createdAt,
});

@ObjectType()
export class HeroAiReply {
  @Field(() => HeroAiConversationType)
  conversation!: HeroAiConversationType;

  @Field(() => HeroAiMessageType)
  question!: HeroAiMessageType;

  @Field(() => HeroAiMessageType, { description: 'The whole answer (also streamed to heroAiMessageStream).' })
  answer!: HeroAiMessageType;

  @Field(() => MeteredChargeInfo)
  charge!: MeteredChargeInfo;
}

@ObjectType('HeroAiStreamEvent', { description: 'A piece of an answer being written, or its end.' })
export class HeroAiStreamEventType {
  @Field(() => ID)
  conversationId!: string;

  @Field()
  delta!: string;

  @Field()
  done!: boolean;

  @Field(() => ID, { nullable: true, description: 'The stored answer, on the last event.' })
  messageId!: string | null;
}

@InputType()
export class SendHeroAiMessageInput {
  @Field(() => ID, { nullable: true, description: 'Omit to start a new conversation.' })
  @IsOptional()
  conversationId?: string;

  @Field({ description: 'The question, 1-4,000 characters.' })
  @Length(1, 4000)
  text!: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: 'idempotencyKey: 8-128 characters of letters, digits, . _ : -' })
  idempotencyKey!: string;
}

@InputType()
export class StartHeroAiConversationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;
}

import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { actorOf, requireScope, type Context } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { checkId } from '../../platform/ids';
import { toChargeInfo } from '../metering/metering.types';
import type { SentMessage, WrittenMessages } from './hero-ai.service';
import type { HeroAiStreamEvent } from './hero-ai.streams';
import {
  HeroAiConversationType,
  HeroAiMessageType,
  HeroAiReply,
  HeroAiStreamEventType,
  SendHeroAiMessageInput,
  StartHeroAiConversationInput,
  toConversation,
  toMessage,
} from './hero-ai.types';

@Resolver(() => HeroAiConversationType)
export class HeroAiResolver {
  @Query(() => [HeroAiConversationType], { description: 'Hero AI chats, most recent first. Never blocked.' })
  async heroAiConversations(@Ctx() ctx: Context): Promise<HeroAiConversationType[]> {
    const auth = requireScope(ctx, 'features:run');
    return (await ctx.services.heroAi.conversations(auth.workspaceId)).map(toConversation);
  }

  @Query(() => HeroAiConversationType)
  async heroAiConversation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<HeroAiConversationType> {
    const auth = requireScope(ctx, 'features:run');
    return toConversation(await ctx.services.heroAi.conversation(auth.workspaceId, checkId(id, 'id')));
  }

  @FieldResolver(() => [HeroAiMessageType], { description: 'Oldest first.' })
  async messages(@Root() conversation: HeroAiConversationType, @Ctx() ctx: Context): Promise<HeroAiMessageType[]> {
    const auth = requireScope(ctx, 'features:run');
    return (await ctx.services.heroAi.messages(auth.workspaceId, conversation.id)).map(toMessage);
  }

  @Mutation(() => HeroAiConversationType, {
    description: 'An empty conversation, to subscribe to its stream before the first message. Free.',
  })
  async startHeroAiConversation(
    @Arg('input', () => StartHeroAiConversationInput, { nullable: true }) input: StartHeroAiConversationInput | null,
    @Ctx() ctx: Context,
  ): Promise<HeroAiConversationType> {
    const auth = requireScope(ctx, 'features:run');
    const userId = auth.kind === 'session' ? auth.userId : null;
    return toConversation(await ctx.services.heroAi.start(auth.workspaceId, userId, input?.title));
  }

  @Mutation(() => HeroAiReply, {
    description:
      'Asks Hero AI. Metered: pre-checks credits and is refused with INSUFFICIENT_CREDITS before it starts; once ' +
      'started the answer always finishes. Pieces are pushed to heroAiMessageStream while it is written.',
  })
  async sendHeroAiMessage(
    @Arg('input', () => SendHeroAiMessageInput) input: SendHeroAiMessageInput,
    @Ctx() ctx: Context,
  ): Promise<HeroAiReply> {
    const auth = requireScope(ctx, 'features:run');
    const conversationId = input.conversationId == null ? null : checkId(input.conversationId, 'conversationId');
    const { heroAi } = ctx.services;
    const outcome = await heroAi.send(
      auth.workspaceId,
      actorOf(auth),
      conversationId,
      input.text,
      input.idempotencyKey,
    );
    // Answered from what the send wrote; read only when it replays an earlier request's answer.
    const { conversation, question, answer } = outcome.written ?? (await this.readSent(ctx, outcome.value));
    return {
      conversation: toConversation(conversation),
      question: toMessage(question),
      answer: toMessage(answer),
      charge: toChargeInfo(outcome.charge, outcome.replayed),
    };
  }

  /** The rows an earlier request with the same key wrote. */
  private async readSent(ctx: Context, sent: SentMessage): Promise<WrittenMessages> {
    const workspaceId = requireScope(ctx, 'features:run').workspaceId;
    const [conversation, messages] = await Promise.all([
      ctx.services.heroAi.conversation(workspaceId, sent.conversationId),
      ctx.services.heroAi.messages(workspaceId, sent.conversationId),
    ]);
    const byId = new Map(messages.map((m) => [m.id, m]));
    const question = byId.get(sent.questionId);
    const answer = byId.get(sent.answerId);
    if (!question || !answer) throw new AppError('NOT_FOUND', 'Message not found');
    return { conversation, question, answer };
  }

  @Subscription(() => HeroAiStreamEventType, {
    description: 'The answer to the next message of a conversation, piece by piece, ending with done = true.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const auth = requireScope(ctx, 'features:run');
      const id = checkId((args as { conversationId: string }).conversationId, 'conversationId');
      await ctx.services.heroAi.conversation(auth.workspaceId, id);
      return ctx.services.heroAi.streams.subscribe(auth.workspaceId, id);
    },
  })
  heroAiMessageStream(
    @Root() event: HeroAiStreamEvent | undefined,
    @Arg('conversationId', () => ID) _conversationId: string,
  ): HeroAiStreamEventType {
    if (!event)
      throw new AppError('BAD_USER_INPUT', 'Subscriptions are served over WebSocket (graphql-ws) at /graphql');
    return event;
  }
}

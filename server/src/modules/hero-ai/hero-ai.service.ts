import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { badInput, notFound } from '../../platform/errors';
import { inputTokensOf } from '../ai/tokens';
import { CampaignStatus } from '../campaigns/campaign.entity';
import type { CampaignsService } from '../campaigns/campaigns.service';
import { dailyPerformance, totalsOf } from '../campaigns/core/performance';
import type { Actor } from '../ledger/ledger.service';
import { tokensText, type MeteredAi } from '../metering/metered-ai';
import type { MeteredOutcome, MeteringService } from '../metering/metering.service';
import { HeroConversation, HeroMessage, HeroMessageRole } from './conversation.entity';
import { heroContext } from './core/context';
import { scopeOf } from './core/question';
import type { HeroAiStreams } from './hero-ai.streams';

export const MAX_QUESTION_CHARS = 4_000;

export interface SentMessage {
  conversationId: string;
  questionId: string;
  answerId: string;
}

/** What a send wrote: the conversation and its two new messages. */
export interface WrittenMessages {
  conversation: HeroConversation;
  question: HeroMessage;
  answer: HeroMessage;
}

const campaignsText = (n: number) => (n === 0 ? 'your account overall' : n === 1 ? '1 campaign' : `${n} campaigns`);

/** Hero AI chats: reading is free at any balance; each new message is metered and always finishes. */
export class HeroAiService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly meteredAi: MeteredAi,
    private readonly metering: MeteringService,
    private readonly campaigns: CampaignsService,
    readonly streams: HeroAiStreams,
  ) {}

  conversations(workspaceId: string): Promise<HeroConversation[]> {
    return this.db
      .read()
      .find(HeroConversation, { workspace: workspaceId }, { orderBy: { updatedAt: 'desc', id: 'asc' }, limit: 200 });
  }

  async conversation(workspaceId: string, id: string, em: EntityManager = this.db.read()) {
    const conversation = await em.findOne(HeroConversation, { id, workspace: workspaceId });
    if (!conversation) throw notFound('Conversation');
    return conversation;
  }

  messages(workspaceId: string, conversationId: string): Promise<HeroMessage[]> {
    return this.db
      .read()
      .find(
        HeroMessage,
        { workspace: workspaceId, conversation: conversationId },
        { orderBy: { position: 'asc', createdAt: 'asc' } },
      );
  }

  /** An empty conversation, so a client can subscribe to its stream before sending the first message. */
  async start(workspaceId: string, userId: string | null, title?: string | null): Promise<HeroConversation> {
    return this.db.run(async ({ em }) => {
      const now = this.clock.now();
      const conversation = em.create(HeroConversation, {
        workspace: workspaceId,
        title: title?.trim() || 'New conversation',
        createdBy: userId,
        createdAt: now,
        updatedAt: now,
      });
      await em.flush();
      return conversation;
    });
  }

  async send(
    workspaceId: string,
    actor: Actor,
    conversationId: string | null,
    text: string,
    idempotencyKey: string,
  ): Promise<MeteredOutcome<SentMessage> & { written: WrittenMessages | null }> {
    const question = text.trim();
    if (!question) throw badInput('text: ask a question', 'text');
    if (question.length > MAX_QUESTION_CHARS) throw badInput(`text: at most ${MAX_QUESTION_CHARS} characters`, 'text');
    const history = conversationId ? await this.historyOf(workspaceId, conversationId) : [];
    const { context, campaigns, days } = await this.contextFor(workspaceId, question, history);
    const streamTo = conversationId;
    let written: WrittenMessages | null = null;
    const outcome = await this.meteredAi.run(
      workspaceId,
      actor,
      {
        feature: 'hero_ai_message',
        prompt: question,
        context,
        summary: `Hero AI: question about ${campaignsText(campaigns)}`,
        idempotencyKey,
        params: { conversationId, text: question },
        onToken: streamTo
          ? (delta) =>
              this.streams.publish(workspaceId, { conversationId: streamTo, delta, done: false, messageId: null })
          : undefined,
      },
      async (answer) => {
        written = await this.store(workspaceId, actor, conversationId, question, answer.text, {
          campaigns,
          days,
          inputTokens: answer.inputTokens,
          outputTokens: answer.outputTokens,
        });
        const sent: SentMessage = {
          conversationId: written.conversation.id,
          questionId: written.question.id,
          answerId: written.answer.id,
        };
        return {
          value: sent,
          description: `Hero AI: question about ${campaignsText(campaigns)}, ${tokensText(answer)}`,
        };
      },
    );
    if (streamTo && !outcome.replayed) {
      this.streams.publish(workspaceId, {
        conversationId: streamTo,
        delta: '',
        done: true,
        messageId: outcome.value.answerId,
      });
    }
    // The rows as written; a replayed answer leaves it to the caller to read them.
    return { ...outcome, written: outcome.replayed ? null : written };
  }

  private async historyOf(workspaceId: string, conversationId: string) {
    await this.conversation(workspaceId, conversationId);
    return (await this.messages(workspaceId, conversationId)).map((m) => ({ role: m.role, text: m.text }));
  }

  /** The campaigns the question is about, their numbers; daily rows dropped if they would not fit. */
  private async contextFor(workspaceId: string, question: string, history: { role: HeroMessageRole; text: string }[]) {
    const launched = await this.campaigns.list(workspaceId, CampaignStatus.LAUNCHED);
    const scope = scopeOf(question, launched);
    const today = this.clock.now();
    const all = launched.map((c) => ({ campaign: c, days: dailyPerformance(c, today, scope.days) }));
    const workspaceTotals = totalsOf(all.flatMap((c) => c.days));
    const chosen = all
      .filter((c) => scope.campaignIds.includes(c.campaign.id))
      .map((c) => ({ ...c.campaign, days: c.days }));
    const build = (daily: boolean) =>
      heroContext({ days: scope.days, workspaceTotals, campaigns: chosen, daily, history });
    let context = build(scope.daily);
    const limit = this.metering.rateCard.features.hero_ai_message.maxInputTokens;
    if (scope.daily && inputTokensOf({ feature: 'hero_ai_message', prompt: question, context }) > limit) {
      context = build(false);
    }
    return { context, campaigns: chosen.length, days: scope.days };
  }

  private async store(
    workspaceId: string,
    actor: Actor,
    conversationId: string | null,
    question: string,
    answer: string,
    meta: { campaigns: number; days: number; inputTokens: number; outputTokens: number },
  ): Promise<WrittenMessages> {
    return this.db.run(async ({ em }) => {
      const now = this.clock.now();
      const conversation = conversationId
        ? await this.conversation(workspaceId, conversationId, em)
        : em.create(HeroConversation, {
            workspace: workspaceId,
            title: question.slice(0, 80),
            createdBy: actor.kind === 'USER' ? actor.id : null,
            createdAt: now,
            updatedAt: now,
          });
      const position = conversationId ? await em.count(HeroMessage, { conversation: conversation.id }) : 0;
      if (conversation.title === 'New conversation') conversation.title = question.slice(0, 80);
      conversation.updatedAt = now;
      const asked = em.create(HeroMessage, {
        workspace: workspaceId,
        conversation: conversation.id,
        position: position + 1,
        role: HeroMessageRole.USER,
        text: question,
        createdAt: now,
      });
      const answered = em.create(HeroMessage, {
        workspace: workspaceId,
        conversation: conversation.id,
        position: position + 2,
        role: HeroMessageRole.ASSISTANT,
        text: answer,
        campaignsReferenced: meta.campaigns,
        daysOfData: meta.days,
        inputTokens: meta.inputTokens,
        outputTokens: meta.outputTokens,
        createdAt: now,
      });
      await em.flush();
      return { conversation, question: asked, answer: answered };
    });
  }
}

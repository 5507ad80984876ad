import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireMember, type Context, type MemberAuth } from '../../platform/context';
import { checkId } from '../../platform/ids';
import { requireSupport } from '../support/support.resolver';
import { Role } from '../workspaces/membership.entity';
import type { Asker } from './support-requests.service';
import {
  AnswerSupportRequestInput,
  CloseSupportRequestInput,
  OpenSupportRequestInput,
  ReplyToSupportRequestInput,
  SupportRequestGql,
  SupportRequestStatusGql,
} from './support-requests.types';

/** Requests come from people: a signed-in member (an API key is FORBIDDEN), in their current workspace. */
const askerOf = (auth: MemberAuth): Asker => ({
  workspaceId: auth.workspaceId,
  userId: auth.userId,
  seesWorkspace: auth.role === Role.OWNER || auth.role === Role.ADMIN,
});

@Resolver()
export class SupportRequestsResolver {
  @Query(() => [SupportRequestGql], {
    description:
      "The caller's support requests in the current workspace (owners and admins: all of them), newest first.",
  })
  async supportRequests(@Ctx() ctx: Context): Promise<SupportRequestGql[]> {
    return ctx.services.supportRequests.list(askerOf(requireMember(ctx)));
  }

  @Mutation(() => SupportRequestGql, { description: 'Asks support a question, optionally about ledger entries.' })
  async openSupportRequest(
    @Arg('input', () => OpenSupportRequestInput) input: OpenSupportRequestInput,
    @Ctx() ctx: Context,
  ): Promise<SupportRequestGql> {
    const asker = askerOf(requireMember(ctx));
    const entryIds = (input.entryIds ?? []).map((id, i) => checkId(id, `entryIds[${i}]`));
    return ctx.services.supportRequests.open(asker, { ...input, entryIds });
  }

  @Mutation(() => SupportRequestGql, { description: 'Adds to the conversation; reopens an answered request.' })
  async replyToSupportRequest(
    @Arg('input', () => ReplyToSupportRequestInput) input: ReplyToSupportRequestInput,
    @Ctx() ctx: Context,
  ): Promise<SupportRequestGql> {
    const asker = askerOf(requireMember(ctx));
    return ctx.services.supportRequests.reply(asker, { ...input, requestId: checkId(input.requestId, 'requestId') });
  }

  @Query(() => [SupportRequestGql], { description: 'Support staff: requests of every workspace, oldest first.' })
  async supportQueue(
    @Arg('status', () => SupportRequestStatusGql, { nullable: true, defaultValue: SupportRequestStatusGql.OPEN })
    status: SupportRequestStatusGql | null,
    @Ctx() ctx: Context,
  ): Promise<SupportRequestGql[]> {
    requireSupport(ctx);
    return ctx.services.supportRequests.queue(status ?? SupportRequestStatusGql.OPEN);
  }

  @Query(() => SupportRequestGql, { description: 'Support staff: one request of any workspace.' })
  async supportRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SupportRequestGql> {
    requireSupport(ctx);
    return ctx.services.supportRequests.view(checkId(id, 'id'));
  }

  @Mutation(() => SupportRequestGql, { description: 'Support staff: answers a request (and closes it with close).' })
  async answerSupportRequest(
    @Arg('input', () => AnswerSupportRequestInput) input: AnswerSupportRequestInput,
    @Ctx() ctx: Context,
  ): Promise<SupportRequestGql> {
    const auth = requireSupport(ctx);
    return ctx.services.supportRequests.answer(auth.userId, {
      ...input,
      requestId: checkId(input.requestId, 'requestId'),
    });
  }

  @Mutation(() => SupportRequestGql, { description: 'Support staff: closes a request, with a reason for the log.' })
  async closeSupportRequest(
    @Arg('input', () => CloseSupportRequestInput) input: CloseSupportRequestInput,
    @Ctx() ctx: Context,
  ): Promise<SupportRequestGql> {
    const auth = requireSupport(ctx);
    return ctx.services.supportRequests.close(auth.userId, {
      ...input,
      requestId: checkId(input.requestId, 'requestId'),
    });
  }
}

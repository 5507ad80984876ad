import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireMember, requireRole, requireScope, type Context } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { checkId } from '../../platform/ids';
import { Role } from '../workspaces/membership.entity';
import type { AlertRule } from './alerts.entities';
import {
  Alert,
  AlertKindGql,
  AlertStateGql,
  CreateAlertInput,
  NotificationConnection,
  NotificationSummary,
  UpdateAlertInput,
} from './alerts.types';
import { describeAlert } from './core/crossing';

const MANAGERS = [Role.OWNER, Role.ADMIN];

async function toAlert(ctx: Context, rule: AlertRule): Promise<Alert> {
  const people = await ctx.services.alerts.recipients(rule.workspace, rule.recipientUserIds);
  return {
    id: rule.id,
    kind: rule.kind as AlertKindGql,
    description: describeAlert(rule),
    threshold: rule.thresholdMicro,
    percent: rule.percent,
    enabled: rule.enabled,
    state: rule.state as AlertStateGql,
    firedAt: rule.firedAt,
    emailsOwnersAndAdmins: rule.recipientUserIds === null,
    recipients: people.map((u) => ({ userId: u.id, name: u.name, email: u.email })),
    createdAt: rule.createdAt,
  };
}

const ids = (list: string[] | null | undefined, field: string) => list?.map((id) => checkId(id, field));

@Resolver()
export class AlertsResolver {
  @Query(() => [Alert], {
    description:
      "The workspace's alerts, oldest first (new workspaces start with two defaults). Needs `billing:read` for API keys.",
  })
  async alerts(@Ctx() ctx: Context): Promise<Alert[]> {
    const auth = requireScope(ctx, 'billing:read');
    const rules = await ctx.services.alerts.list(auth.workspaceId);
    return Promise.all(rules.map((r) => toAlert(ctx, r)));
  }

  @Mutation(() => Alert, { description: 'Adds an alert (owners and admins).' })
  async createAlert(
    @Arg('input', () => CreateAlertInput) input: CreateAlertInput,
    @Ctx() ctx: Context,
  ): Promise<Alert> {
    const auth = requireRole(ctx, MANAGERS);
    const rule = await ctx.services.alerts.create(auth.workspaceId, {
      kind: input.kind,
      thresholdMicro: input.threshold ?? null,
      percent: input.percent ?? null,
      enabled: input.enabled ?? true,
      recipientUserIds: ids(input.recipientIds, 'recipientIds') ?? null,
    });
    return toAlert(ctx, rule);
  }

  @Mutation(() => Alert, { description: 'Changes an alert (owners and admins). A new threshold arms it again.' })
  async updateAlert(
    @Arg('input', () => UpdateAlertInput) input: UpdateAlertInput,
    @Ctx() ctx: Context,
  ): Promise<Alert> {
    const auth = requireRole(ctx, MANAGERS);
    if (input.emailOwnersAndAdmins && input.recipientIds) {
      throw new AppError('BAD_USER_INPUT', 'recipientIds: not with emailOwnersAndAdmins', { field: 'recipientIds' });
    }
    const recipients = input.emailOwnersAndAdmins ? null : ids(input.recipientIds, 'recipientIds');
    const rule = await ctx.services.alerts.update(auth.workspaceId, checkId(input.id, 'id'), {
      ...(input.threshold !== undefined ? { thresholdMicro: input.threshold } : {}),
      ...(input.percent !== undefined ? { percent: input.percent } : {}),
      ...(input.enabled !== undefined && input.enabled !== null ? { enabled: input.enabled } : {}),
      ...(recipients !== undefined ? { recipientUserIds: recipients } : {}),
    });
    return toAlert(ctx, rule);
  }

  @Mutation(() => ID, { description: 'Deletes an alert (owners and admins); its past notifications stay.' })
  async deleteAlert(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    const auth = requireRole(ctx, MANAGERS);
    const alertId = checkId(id, 'id');
    await ctx.services.alerts.delete(auth.workspaceId, alertId);
    return alertId;
  }

  @Query(() => NotificationConnection, { description: "The workspace's notifications, newest first (members)." })
  async notifications(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<NotificationConnection> {
    const auth = requireMember(ctx);
    return ctx.services.notifications.page(auth.workspaceId, auth.userId, { first, after });
  }

  @Mutation(() => NotificationSummary, {
    description: 'Marks notifications read for the signed-in member: the given ones, or all of them without `ids`.',
  })
  async markNotificationsRead(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { nullable: true }) list?: string[] | null,
  ): Promise<NotificationSummary> {
    const auth = requireMember(ctx);
    return ctx.services.notifications.markRead(auth.workspaceId, auth.userId, ids(list, 'ids') ?? null);
  }

  @Subscription(() => NotificationSummary, {
    description: "The bell: the member's unread count and the low-balance flag at once, then whenever they change.",
    subscribe: ({ context }) => {
      const ctx = context as Context;
      const auth = requireMember(ctx);
      const feed = ctx.services.notifications.feed;
      if (!feed) throw overWebSocketOnly();
      return feed.subscribe(auth.workspaceId, auth.userId);
    },
  })
  notificationsChanged(@Root() summary: NotificationSummary | undefined): NotificationSummary {
    if (!summary) throw overWebSocketOnly();
    return summary;
  }
}

const overWebSocketOnly = () =>
  new AppError('BAD_USER_INPUT', 'Subscriptions are served over WebSocket (graphql-ws) at /graphql');

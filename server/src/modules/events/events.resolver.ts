import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireAuth, requireRole, type Auth, type Context } from '../../platform/context';
import { forbidden } from '../../platform/errors';
import { checkId } from '../../platform/ids';
import { Role } from '../workspaces/membership.entity';
import type { WebhookEndpoint, WorkspaceEvent } from './events.entities';
import type { DeliveryView } from './events.service';
import {
  CreatedWebhookSecret,
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryGql,
  WebhookDeliveryStatus,
  WebhookEndpointGql,
  WebhookEventTypeGql,
  WorkspaceEventGql,
  WorkspaceEventPage,
} from './events.types';

/** Owners and admins, or an API key with the scope (partners manage their own endpoints and catch up). */
function ownerOrKey(ctx: Context, scope: 'events:read' | 'webhooks:manage'): Auth {
  const auth = requireAuth(ctx);
  if (auth.kind === 'apiKey') {
    if (!auth.scopes.includes(scope)) throw forbidden(`This API key lacks the "${scope}" scope`);
    return auth;
  }
  return requireRole(ctx, [Role.OWNER, Role.ADMIN]);
}

const eventGql = (e: WorkspaceEvent): WorkspaceEventGql => ({
  id: e.id,
  sequence: e.seq,
  type: e.type,
  data: JSON.stringify(e.data),
  createdAt: e.createdAt,
});

const endpointGql = (e: WebhookEndpoint): WebhookEndpointGql => ({
  id: e.id,
  url: e.url,
  description: e.description,
  eventTypes: e.eventTypes,
  enabled: e.enabled,
  secretPrefix: e.secret.slice(0, 12),
  previousSecretExpiresAt: e.previousSecret ? e.previousSecretExpiresAt : null,
  createdAt: e.createdAt,
});

const deliveryGql = ({ delivery: d, event, attemptLog }: DeliveryView): WebhookDeliveryGql => ({
  id: d.id,
  event: eventGql(event),
  status: d.status as WebhookDeliveryStatus,
  attempts: d.attempts,
  nextAttemptAt: d.status === 'PENDING' ? d.nextAttemptAt : null,
  lastStatusCode: d.lastStatusCode,
  lastAttemptAt: d.lastAttemptAt,
  deliveredAt: d.deliveredAt,
  attemptLog: attemptLog.map((a) => ({
    attempt: a.attempt,
    statusCode: a.statusCode,
    error: a.error,
    responseExcerpt: a.responseExcerpt,
    durationMs: a.durationMs,
    at: a.createdAt,
  })),
});

@Resolver()
export class EventsResolver {
  @Query(() => WorkspaceEventPage, {
    description:
      "The workspace's events after a sequence number, oldest first, with no gaps: how an integration that was down catches up.",
  })
  async events(
    @Ctx() ctx: Context,
    @Arg('after', () => Int, {
      nullable: true,
      description: 'The last sequence you processed (0 or omitted: from the start).',
    })
    after?: number,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100 (the default).' }) first?: number,
  ): Promise<WorkspaceEventPage> {
    const auth = ownerOrKey(ctx, 'events:read');
    const page = await ctx.services.events.feed(auth.workspaceId, after, first);
    return { nodes: page.events.map(eventGql), hasMore: page.hasMore, lastSequence: page.lastSequence };
  }

  @Query(() => [WebhookEventTypeGql], { description: 'Every event type an endpoint can receive.' })
  webhookEventTypes(@Ctx() ctx: Context): WebhookEventTypeGql[] {
    requireAuth(ctx);
    return ctx.services.events.catalogue();
  }

  @Query(() => [WebhookEndpointGql])
  async webhookEndpoints(@Ctx() ctx: Context): Promise<WebhookEndpointGql[]> {
    const auth = ownerOrKey(ctx, 'webhooks:manage');
    return (await ctx.services.events.endpoints(auth.workspaceId)).map(endpointGql);
  }

  @Query(() => [WebhookDeliveryGql], { description: "An endpoint's deliveries, newest event first." })
  async webhookDeliveries(
    @Ctx() ctx: Context,
    @Arg('endpointId', () => ID) endpointId: string,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100, default 50.' }) first?: number,
    @Arg('status', () => WebhookDeliveryStatus, { nullable: true }) status?: WebhookDeliveryStatus,
  ): Promise<WebhookDeliveryGql[]> {
    const auth = ownerOrKey(ctx, 'webhooks:manage');
    const views = await ctx.services.events.deliveries(auth.workspaceId, checkId(endpointId, 'endpointId'), {
      first,
      status,
    });
    return views.map(deliveryGql);
  }

  @Mutation(() => CreatedWebhookSecret, {
    description: 'Registers an endpoint for the events that happen from now on; the signing secret is shown once.',
  })
  async createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedWebhookSecret> {
    const auth = ownerOrKey(ctx, 'webhooks:manage');
    const by = auth.kind === 'session' ? auth.userId : auth.apiKeyId;
    const created = await ctx.services.events.createEndpoint(auth.workspaceId, by, input);
    return { secret: created.secret, endpoint: endpointGql(created.endpoint) };
  }

  @Mutation(() => WebhookEndpointGql, { description: 'Changes URL, event types, description, or enables/disables.' })
  async updateWebhookEndpoint(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointGql> {
    const auth = ownerOrKey(ctx, 'webhooks:manage');
    return endpointGql(await ctx.services.events.updateEndpoint(auth.workspaceId, checkId(id, 'id'), input));
  }

  @Mutation(() => CreatedWebhookSecret, {
    description: 'A new signing secret, shown once; the previous one keeps signing for 24 hours.',
  })
  async rollWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CreatedWebhookSecret> {
    const auth = ownerOrKey(ctx, 'webhooks:manage');
    const rolled = await ctx.services.events.rollSecret(auth.workspaceId, checkId(id, 'id'));
    return { secret: rolled.secret, endpoint: endpointGql(rolled.endpoint) };
  }

  @Mutation(() => ID, { description: 'Deletes an endpoint and its delivery log; returns its id.' })
  async deleteWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    const auth = ownerOrKey(ctx, 'webhooks:manage');
    return ctx.services.events.deleteEndpoint(auth.workspaceId, checkId(id, 'id'));
  }

  @Mutation(() => WebhookDeliveryGql, { description: 'Sends a delivery again now, with a fresh retry window.' })
  async resendWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WebhookDeliveryGql> {
    const auth = ownerOrKey(ctx, 'webhooks:manage');
    return deliveryGql(await ctx.services.events.sendAgain(auth.workspaceId, checkId(id, 'id')));
  }
}

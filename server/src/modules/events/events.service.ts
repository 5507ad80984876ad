import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { badInput, notFound } from '../../platform/errors';
import { checkEndpointUrl, checkEventTypes, type InputProblem } from './core/endpoint-input';
import { EVENT_CATALOGUE, EVENT_TYPES } from './events.catalog';
import {
  WebhookAttempt,
  WebhookDelivery,
  WebhookEndpoint,
  WorkspaceEvent,
  type DeliveryStatus,
} from './events.entities';

export const SECRET_PREFIX = 'whsec_';
/** After a roll, the previous secret keeps signing this long, so a receiver can switch without losing events. */
export const PREVIOUS_SECRET_VALID_MS = 24 * 3_600_000;
export const MAX_ENDPOINTS_PER_WORKSPACE = 16;
export const MAX_PAGE = 100;

const newSecret = () => `${SECRET_PREFIX}${randomBytes(24).toString('base64url')}`;

const orFail = <T>(value: T | InputProblem): T => {
  if (value && typeof value === 'object' && 'field' in value && 'message' in value) {
    throw badInput(value.message, value.field);
  }
  return value as T;
};

export interface EndpointInput {
  url: string;
  eventTypes: string[];
  description?: string | null;
}

export interface EndpointPatch {
  url?: string | null;
  eventTypes?: string[] | null;
  description?: string | null;
  enabled?: boolean | null;
}

export interface DeliveryView {
  delivery: WebhookDelivery;
  event: WorkspaceEvent;
  attemptLog: WebhookAttempt[];
}

/** Endpoints, their delivery log, "send again" and the event feed, each scoped to one workspace. */
export class EventsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly production: boolean,
    /** Tells the worker there is work (a new endpoint's cursor, a delivery sent again). */
    private readonly nudge: () => void = () => undefined,
  ) {}

  catalogue(): { type: string; description: string }[] {
    return EVENT_TYPES.map((type) => ({ type, description: EVENT_CATALOGUE[type] }));
  }

  /** The workspace's events after `after`, oldest first: the whole feed, gap-free, for catching up. */
  async feed(
    workspaceId: string,
    after: number | null | undefined,
    first: number | null | undefined,
  ): Promise<{ events: WorkspaceEvent[]; hasMore: boolean; lastSequence: number }> {
    const from = after ?? 0;
    const limit = first ?? MAX_PAGE;
    if (!Number.isSafeInteger(from) || from < 0) throw badInput('after: a sequence number, 0 or more', 'after');
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PAGE)
      throw badInput(`first: 1 to ${MAX_PAGE}`, 'first');
    const em = this.db.read();
    const rows = await em.find(
      WorkspaceEvent,
      { workspace: workspaceId, seq: { $gt: from } },
      { orderBy: { seq: 'asc' }, limit: limit + 1 },
    );
    const events = rows.slice(0, limit);
    const last = await em.findOne(
      WorkspaceEvent,
      { workspace: workspaceId },
      { orderBy: { seq: 'desc' }, fields: ['seq'] },
    );
    return { events, hasMore: rows.length > limit, lastSequence: last?.seq ?? 0 };
  }

  async endpoints(workspaceId: string): Promise<WebhookEndpoint[]> {
    return this.db.read().find(WebhookEndpoint, { workspace: workspaceId }, { orderBy: { createdAt: 'asc' } });
  }

  /** A new endpoint receives the events that happen from now on; earlier ones are in `events(after:)`. */
  async createEndpoint(
    workspaceId: string,
    createdBy: string | null,
    input: EndpointInput,
  ): Promise<{ secret: string; endpoint: WebhookEndpoint }> {
    const url = orFail(checkEndpointUrl(input.url, this.production));
    const eventTypes = orFail(checkEventTypes(input.eventTypes));
    const description = checkDescription(input.description);
    const secret = newSecret();
    const endpoint = await this.db.run(async ({ em }) => {
      if ((await em.count(WebhookEndpoint, { workspace: workspaceId })) >= MAX_ENDPOINTS_PER_WORKSPACE)
        throw badInput(`A workspace can have at most ${MAX_ENDPOINTS_PER_WORKSPACE} webhook endpoints`, 'url');
      const now = this.clock.now();
      return em.create(WebhookEndpoint, {
        workspace: workspaceId,
        url,
        description,
        eventTypes,
        enabled: true,
        secret,
        previousSecret: null,
        previousSecretExpiresAt: null,
        cursorSeq: await newestSeq(em, workspaceId),
        createdBy,
        createdAt: now,
        updatedAt: now,
      });
    });
    return { secret, endpoint };
  }

  /** Changes apply to events fanned out from now on. Enabling again starts from now, like a new endpoint. */
  async updateEndpoint(workspaceId: string, id: string, patch: EndpointPatch): Promise<WebhookEndpoint> {
    const url = patch.url == null ? null : orFail(checkEndpointUrl(patch.url, this.production));
    const eventTypes = patch.eventTypes == null ? null : orFail(checkEventTypes(patch.eventTypes));
    const description = patch.description == null ? null : checkDescription(patch.description);
    return this.db.run(async ({ em }) => {
      const endpoint = await this.owned(em, workspaceId, id);
      if (url !== null) endpoint.url = url;
      if (eventTypes !== null) endpoint.eventTypes = eventTypes;
      if (description !== null) endpoint.description = description;
      if (patch.enabled != null && patch.enabled !== endpoint.enabled) {
        endpoint.enabled = patch.enabled;
        if (patch.enabled) endpoint.cursorSeq = await newestSeq(em, workspaceId);
      }
      endpoint.updatedAt = this.clock.now();
      return endpoint;
    });
  }

  /** A new secret, shown once; the previous one also signs for 24 hours (two `v1` values in the header). */
  async rollSecret(workspaceId: string, id: string): Promise<{ secret: string; endpoint: WebhookEndpoint }> {
    const secret = newSecret();
    const endpoint = await this.db.run(async ({ em }) => {
      const endpoint = await this.owned(em, workspaceId, id);
      const now = this.clock.now();
      Object.assign(endpoint, {
        previousSecret: endpoint.secret,
        previousSecretExpiresAt: new Date(now.getTime() + PREVIOUS_SECRET_VALID_MS),
        secret,
        updatedAt: now,
      });
      return endpoint;
    });
    return { secret, endpoint };
  }

  /** Removes the endpoint with its delivery log; nothing more is sent to it (a request in flight may finish). */
  async deleteEndpoint(workspaceId: string, id: string): Promise<string> {
    await this.db.run(async ({ em }) => {
      const endpoint = await this.owned(em, workspaceId, id);
      const deliveries = await em.find(WebhookDelivery, { endpoint: endpoint.id }, { fields: ['id'] });
      const ids = deliveries.map((d) => d.id);
      for (let i = 0; i < ids.length; i += 500)
        await em.nativeDelete(WebhookAttempt, { delivery: { $in: ids.slice(i, i + 500) } });
      await em.nativeDelete(WebhookDelivery, { endpoint: endpoint.id });
      await em.nativeDelete(WebhookEndpoint, { id: endpoint.id });
    });
    return id;
  }

  /** The endpoint's deliveries, newest event first, each with its attempts (newest first, at most 10). */
  async deliveries(
    workspaceId: string,
    endpointId: string,
    opts: { first?: number | null; status?: DeliveryStatus | null },
  ): Promise<DeliveryView[]> {
    const limit = opts.first ?? 50;
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PAGE)
      throw badInput(`first: 1 to ${MAX_PAGE}`, 'first');
    const em = this.db.read();
    await this.owned(em, workspaceId, endpointId);
    const deliveries = await em.find(
      WebhookDelivery,
      { endpoint: endpointId, ...(opts.status ? { status: opts.status } : {}) },
      { orderBy: { seq: 'desc' }, limit },
    );
    return this.views(em, deliveries);
  }

  /** Sends a delivery again (delivered, failed or waiting for a retry): due now, with a fresh retry window. */
  async sendAgain(workspaceId: string, deliveryId: string): Promise<DeliveryView> {
    const view = await this.db.run(async ({ em }) => {
      const delivery = await em.findOne(WebhookDelivery, { id: deliveryId, workspace: workspaceId });
      if (!delivery) throw notFound('Webhook delivery');
      const now = this.clock.now();
      Object.assign(delivery, { status: 'PENDING', nextAttemptAt: now, windowStartedAt: now, deliveredAt: null });
      await em.flush();
      return (await this.views(em, [delivery]))[0]!;
    });
    this.nudge();
    return view;
  }

  private async owned(em: EntityManager, workspaceId: string, id: string): Promise<WebhookEndpoint> {
    const endpoint = await em.findOne(WebhookEndpoint, { id, workspace: workspaceId });
    if (!endpoint) throw notFound('Webhook endpoint');
    return endpoint;
  }

  private async views(em: EntityManager, deliveries: WebhookDelivery[]): Promise<DeliveryView[]> {
    if (deliveries.length === 0) return [];
    const events = new Map(
      (await em.find(WorkspaceEvent, { id: { $in: deliveries.map((d) => d.event) } })).map((e) => [e.id, e]),
    );
    const attempts = await em.find(
      WebhookAttempt,
      { delivery: { $in: deliveries.map((d) => d.id) } },
      { orderBy: { attempt: 'desc' } },
    );
    return deliveries.map((delivery) => ({
      delivery,
      event: events.get(delivery.event)!,
      attemptLog: attempts.filter((a) => a.delivery === delivery.id).slice(0, 10),
    }));
  }
}

function checkDescription(text: string | null | undefined): string {
  const value = (text ?? '').trim();
  if (value.length > 200) throw badInput('description: at most 200 characters', 'description');
  return value;
}

async function newestSeq(em: EntityManager, workspaceId: string): Promise<number> {
  const last = await em.findOne(
    WorkspaceEvent,
    { workspace: workspaceId },
    { orderBy: { seq: 'desc' }, fields: ['seq'] },
  );
  return last?.seq ?? 0;
}

import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError, badInput, notFound } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { Mailer, MailMessage } from '../../platform/mail';
import { User } from '../auth/user.entity';
import { CreditGrant, LedgerEntry } from '../ledger/ledger.entities';
import { toTransaction } from '../ledger/ledger.queries';
import type { SupportService } from '../support/support.service';
import { Workspace } from '../workspaces/workspace.entity';
import { cleanMessage, deriveSubject, distinctIds, nextStatus, type RequestEvent } from './core';
import { SupportRequest, SupportRequestMessage, type SupportRequestStatus } from './support-request.entity';
import type { SupportRequestGql, SupportRequestStatusGql } from './support-requests.types';

/** The member asking: their workspace, and whether they see every request of it (owners and admins). */
export interface Asker {
  workspaceId: string;
  userId: string;
  seesWorkspace: boolean;
}

const LIST_LIMIT = 200;

/** What the answer of an idempotent request records: plain JSON, read again on a retry. */
interface Done {
  requestId: string;
}

const requestNotFound = () => notFound('Support request');

/** The staff action log's reason: which request, and what (cut to the log's 500 characters). */
const logReason = (requestId: string, text: string) => `Request ${requestId}: ${text}`.slice(0, 500);

function messageOrRefuse(text: string): string {
  const body = cleanMessage(text);
  if (body === null) throw badInput('message: 1 to 4,000 characters', 'message');
  return body;
}

/**
 * Members' questions to support and staff answers. Each write is one transaction under an idempotency key
 * (the request's workspace keys it, so staff retries are scoped like the member's own); mail and the staff
 * action log are written after the commit, once, by the call that did the work.
 */
export class SupportRequestsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly mail: Mailer,
    private readonly support: SupportService,
    private readonly logger: Logger,
    private readonly appUrl: string | undefined,
  ) {}

  async open(
    asker: Asker,
    input: { message: string; subject?: string | null; entryIds: string[]; idempotencyKey: string },
  ): Promise<SupportRequestGql> {
    const body = messageOrRefuse(input.message);
    const entryIds = distinctIds(input.entryIds);
    await this.checkEntries(asker.workspaceId, entryIds);
    const subject = deriveSubject(body, input.subject);
    let opened = false;
    const done = await this.db.run<Done>(
      async ({ em }) => {
        const now = this.clock.now();
        const request = em.create(SupportRequest, {
          workspace: asker.workspaceId,
          author: asker.userId,
          status: 'OPEN',
          subject,
          entryIds,
          createdAt: now,
          updatedAt: now,
        });
        em.create(SupportRequestMessage, {
          request: request.id,
          author: asker.userId,
          fromStaff: false,
          body,
          createdAt: now,
        });
        await em.flush();
        opened = true;
        return { requestId: request.id };
      },
      {
        idempotency: {
          workspaceId: asker.workspaceId,
          key: input.idempotencyKey,
          operation: 'openSupportRequest',
          params: { userId: asker.userId, message: input.message, subject: input.subject, entryIds },
        },
      },
    );
    const view = await this.view(done.requestId);
    if (opened) await this.notify(view, 'opened', body);
    return view;
  }

  async reply(
    asker: Asker,
    input: { requestId: string; message: string; idempotencyKey: string },
  ): Promise<SupportRequestGql> {
    const body = messageOrRefuse(input.message);
    const request = await this.db.read().findOne(SupportRequest, { id: input.requestId });
    if (!request || !this.canSee(asker, request)) throw requestNotFound();
    const done = await this.write(
      request.workspace,
      'replyToSupportRequest',
      { userId: asker.userId, ...input },
      (em) => this.addMessage(em, input.requestId, asker.userId, false, body, 'MEMBER_REPLY'),
    );
    return this.view(done.requestId);
  }

  async list(asker: Asker): Promise<SupportRequestGql[]> {
    const em = this.db.read();
    const rows = await em.find(
      SupportRequest,
      { workspace: asker.workspaceId, ...(asker.seesWorkspace ? {} : { author: asker.userId }) },
      { orderBy: { updatedAt: 'desc', id: 'asc' }, limit: LIST_LIMIT },
    );
    return this.views(em, rows);
  }

  /** Staff: requests in one status, every workspace, oldest first (the longest waiting at the top). */
  async queue(status: SupportRequestStatusGql): Promise<SupportRequestGql[]> {
    const em = this.db.read();
    const rows = await em.find(
      SupportRequest,
      { status: status as SupportRequestStatus },
      { orderBy: { createdAt: 'asc', id: 'asc' }, limit: LIST_LIMIT },
    );
    return this.views(em, rows);
  }

  /** Staff: any request, by id. */
  async view(requestId: string): Promise<SupportRequestGql> {
    const em = this.db.read();
    const request = await em.findOne(SupportRequest, { id: requestId });
    if (!request) throw requestNotFound();
    const [view] = await this.views(em, [request]);
    return view!;
  }

  async answer(
    staffUserId: string,
    input: { requestId: string; message: string; close?: boolean | null; idempotencyKey: string },
  ): Promise<SupportRequestGql> {
    const body = messageOrRefuse(input.message);
    const request = await this.db.read().findOne(SupportRequest, { id: input.requestId });
    if (!request) throw requestNotFound();
    let answered = false;
    const event: RequestEvent = input.close ? 'STAFF_ANSWER_AND_CLOSE' : 'STAFF_ANSWER';
    await this.write(request.workspace, 'answerSupportRequest', { staffUserId, ...input }, async (em) => {
      const done = await this.addMessage(em, input.requestId, staffUserId, true, body, event);
      answered = true;
      return done;
    });
    const view = await this.view(input.requestId);
    if (answered) {
      await this.support.record(request.workspace, staffUserId, 'ANSWER', logReason(view.id, view.subject));
      await this.notify(view, 'answered', body);
    }
    return view;
  }

  async close(
    staffUserId: string,
    input: { requestId: string; reason: string; idempotencyKey: string },
  ): Promise<SupportRequestGql> {
    const reason = input.reason.trim();
    if (reason.length < 5) throw badInput('reason: 5 to 500 characters', 'reason');
    const request = await this.db.read().findOne(SupportRequest, { id: input.requestId });
    if (!request) throw requestNotFound();
    let closed = false;
    await this.write(request.workspace, 'closeSupportRequest', { staffUserId, ...input }, async (em) => {
      const row = await em.findOneOrFail(SupportRequest, { id: input.requestId });
      row.status = this.transition(row.status, 'STAFF_CLOSE');
      row.updatedAt = this.clock.now();
      await em.flush();
      closed = true;
      return { requestId: row.id };
    });
    if (closed) await this.support.record(request.workspace, staffUserId, 'CLOSE', logReason(input.requestId, reason));
    return this.view(input.requestId);
  }

  private canSee(asker: Asker, request: SupportRequest): boolean {
    return request.workspace === asker.workspaceId && (asker.seesWorkspace || request.author === asker.userId);
  }

  /** Every id must be an entry of this workspace; one that is not (or is another's) is NOT_FOUND, nothing more. */
  private async checkEntries(workspaceId: string, entryIds: string[]): Promise<void> {
    if (entryIds.length === 0) return;
    const found = await this.db.read().count(LedgerEntry, { id: { $in: entryIds }, workspace: workspaceId });
    if (found !== entryIds.length) throw notFound('Ledger entry');
  }

  private write(
    workspaceId: string,
    operation: string,
    params: { idempotencyKey: string; [field: string]: unknown },
    work: (em: EntityManager) => Promise<Done>,
  ): Promise<Done> {
    const request = { workspaceId, key: params.idempotencyKey, operation, params };
    return this.db.run<Done>(({ em }) => work(em), { idempotency: request });
  }

  private async addMessage(
    em: EntityManager,
    requestId: string,
    authorId: string,
    fromStaff: boolean,
    body: string,
    event: RequestEvent,
  ): Promise<Done> {
    const request = await em.findOneOrFail(SupportRequest, { id: requestId });
    const now = this.clock.now();
    request.status = this.transition(request.status, event);
    request.updatedAt = now;
    em.create(SupportRequestMessage, { request: requestId, author: authorId, fromStaff, body, createdAt: now });
    await em.flush();
    return { requestId };
  }

  private transition(current: SupportRequestStatus, event: RequestEvent): SupportRequestStatus {
    const t = nextStatus(current, event);
    if (!t.ok) throw new AppError('CONFLICT', t.reason);
    return t.status;
  }

  /** Requests as the API shows them: names, the entries with their splits, the conversation. Batched. */
  private async views(em: EntityManager, requests: SupportRequest[]): Promise<SupportRequestGql[]> {
    if (requests.length === 0) return [];
    const requestIds = requests.map((r) => r.id);
    const entryIds = [...new Set(requests.flatMap((r) => r.entryIds))];
    const [workspaces, messages, entries] = await Promise.all([
      em.find(Workspace, { id: { $in: [...new Set(requests.map((r) => r.workspace))] } }),
      em.find(SupportRequestMessage, { request: { $in: requestIds } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      entryIds.length ? em.find(LedgerEntry, { id: { $in: entryIds } }, { orderBy: { seq: 'asc' } }) : [],
    ]);
    const grantIds = [...new Set(entries.flatMap((e) => (e.chargeSplits ?? e.splits).map((s) => s.grantId)))];
    const userIds = [...new Set([...requests.map((r) => r.author), ...messages.map((m) => m.author)])];
    const [grants, users] = await Promise.all([
      grantIds.length ? em.find(CreditGrant, { id: { $in: grantIds } }) : [],
      em.find(User, { id: { $in: userIds } }),
    ]);
    const grantById = new Map(grants.map((g) => [g.id, g]));
    const userById = new Map(users.map((u) => [u.id, u]));
    const workspaceName = new Map(workspaces.map((w) => [w.id, w.name]));
    return requests.map((r) => {
      const author = userById.get(r.author);
      return {
        id: r.id,
        workspaceId: r.workspace,
        workspaceName: workspaceName.get(r.workspace) ?? '',
        author: { id: r.author, name: author?.name ?? '', email: author?.email ?? '' },
        status: r.status as SupportRequestStatusGql,
        subject: r.subject,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        // Scoped to the request's workspace again: an id can only ever show that workspace's entry.
        entries: entries
          .filter((e) => e.workspace === r.workspace && r.entryIds.includes(e.id))
          .map((e) => toTransaction(e, grantById)),
        messages: messages
          .filter((m) => m.request === r.id)
          .map((m) => ({
            id: m.id,
            fromStaff: m.fromStaff,
            authorId: m.author,
            authorName: userById.get(m.author)?.name || (m.fromStaff ? 'Support' : ''),
            body: m.body,
            createdAt: m.createdAt,
          })),
      };
    });
  }

  /**
   * Mail to the request's author after the commit. The request stands whether or not the mail goes out: a
   * failure is logged (the app shows the conversation anyway) rather than turned into an error the member
   * would retry.
   */
  private async notify(view: SupportRequestGql, what: 'opened' | 'answered', body: string): Promise<void> {
    const message = what === 'opened' ? this.confirmation(view, body) : this.answerMail(view, body);
    try {
      await this.mail.send(message);
    } catch (err) {
      this.logger.error({ err, requestId: view.id, what }, 'support request mail not sent');
    }
  }

  private link(): string {
    return this.appUrl
      ? `${this.appUrl.replace(/\/$/, '')}/support/requests`
      : 'Hero Marketer, under Support requests in the sidebar';
  }

  private confirmation(view: SupportRequestGql, body: string): MailMessage {
    const entries = view.entries.map((e) => `- ${e.description} (entry #${e.sequence})`);
    return {
      to: view.author.email,
      subject: `We received your request: ${view.subject}`,
      text: [
        `Hi ${view.author.name},`,
        '',
        `Thanks for writing to support about ${view.workspaceName}. We audit the math and reply here and in the app.`,
        ...(entries.length ? ['', 'It is about:', ...entries] : []),
        '',
        'Your message:',
        body,
        '',
        `Follow it in ${this.link()}`,
      ].join('\n'),
    };
  }

  private answerMail(view: SupportRequestGql, body: string): MailMessage {
    return {
      to: view.author.email,
      subject: `Support answered: ${view.subject}`,
      text: [
        `Hi ${view.author.name},`,
        '',
        'Support answered your request:',
        '',
        body,
        '',
        view.status === 'CLOSED'
          ? 'The request is now closed. To ask more, open a new request.'
          : `Reply in ${this.link()}`,
      ].join('\n'),
    };
  }
}

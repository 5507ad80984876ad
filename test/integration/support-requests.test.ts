import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportAction } from '@hero/server/src/modules/support/support-action.entity';
import {
  SupportRequest,
  SupportRequestMessage,
} from '@hero/server/src/modules/support-requests/support-request.entity';
import { addTeammate, fund, signUp, supportToken, type Account } from '../support/accounts';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { readMail } from '../support/mail';
import { dbKind, startTestServer, type TestServer } from '../support/server';

const REQUEST = `id workspaceId workspaceName status subject author { id name email }
  entries { id type amount description } messages { fromStaff authorName body }`;
const OPEN = `mutation($i: OpenSupportRequestInput!) { openSupportRequest(input: $i) { ${REQUEST} } }`;
const REPLY = `mutation($i: ReplyToSupportRequestInput!) { replyToSupportRequest(input: $i) { ${REQUEST} } }`;
const LIST = `{ supportRequests { ${REQUEST} } }`;
const QUEUE = `query($s: SupportRequestStatus) { supportQueue(status: $s) { id status createdAt } }`;
const QUEUE_DEFAULT = '{ supportQueue { id status } }';
const GET = `query($id: ID!) { supportRequest(id: $id) { ${REQUEST} } }`;
const ANSWER = `mutation($i: AnswerSupportRequestInput!) { answerSupportRequest(input: $i) { ${REQUEST} } }`;
const CLOSE = `mutation($i: CloseSupportRequestInput!) { closeSupportRequest(input: $i) { ${REQUEST} } }`;

interface Request {
  id: string;
  workspaceId: string;
  status: string;
  subject: string;
  author: { email: string };
  entries: { id: string; description: string }[];
  messages: { fromStaff: boolean; authorName: string; body: string }[];
}

let server: TestServer;
let staff: string;
let alice: Account; // owner of a funded workspace
let bob: Account; // owner of another workspace
let aliceEntry: string;
let bobEntry: string;

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob] = await Promise.all([signUp(server.url, 'alice'), signUp(server.url, 'bob')]);
  staff = await supportToken(server.url);
  await fund(server.url, alice.workspaceId, '2');
  await fund(server.url, bob.workspaceId, '3');
  [aliceEntry, bobEntry] = await Promise.all([newestEntry(alice), newestEntry(bob)]);
});
afterAll(() => server?.stop());

async function newestEntry(account: Account): Promise<string> {
  const { transactions } = await gqlOk(
    server.url,
    '{ transactions(first: 1) { edges { node { id } } } }',
    {},
    account.token,
  );
  return transactions.edges[0].node.id as string;
}

const open = async (account: Account | string, input: Record<string, unknown>) =>
  (
    await gqlOk<{ openSupportRequest: Request }>(
      server.url,
      OPEN,
      { i: { idempotencyKey: uniqueKey('open'), ...input } },
      typeof account === 'string' ? account : account.token,
    )
  ).openSupportRequest;

const answer = async (requestId: string, message: string, close?: boolean) =>
  (
    await gqlOk<{ answerSupportRequest: Request }>(
      server.url,
      ANSWER,
      { i: { requestId, message, close, idempotencyKey: uniqueKey('answer') } },
      staff,
    )
  ).answerSupportRequest;

const listOf = async (token: string) =>
  (await gqlOk<{ supportRequests: Request[] }>(server.url, LIST, {}, token)).supportRequests;

const rowCounts = async () => {
  const em = server.services.orm.em.fork();
  return { requests: await em.count(SupportRequest, {}), messages: await em.count(SupportRequestMessage, {}) };
};

/** A teammate added to `owner`'s workspace as MEMBER and switched into it. */
function teammate(owner: Account): Promise<Account> {
  return addTeammate(server.url, owner);
}

async function apiKey(owner: Account): Promise<string> {
  const { createApiKey } = await gqlOk(
    server.url,
    'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
    { i: { name: 'every scope', scopes: ['BILLING_READ', 'USAGE_READ', 'FEATURES_RUN'] } },
    owner.token,
  );
  return createApiKey.secret as string;
}

describe(`support requests (${dbKind()})`, () => {
  it('a member asks about a charge: the request carries the workspace, the author and the entry, and is confirmed by mail', async () => {
    const request = await open(alice, {
      message: 'Why was I charged for this?\nI only ran one campaign.',
      entryIds: [aliceEntry],
    });
    expect(request).toMatchObject({
      workspaceId: alice.workspaceId,
      workspaceName: "alice's workspace",
      status: 'OPEN',
      subject: 'Why was I charged for this?',
      author: { name: 'alice', email: alice.email },
      entries: [
        { id: aliceEntry, type: 'ADJUSTMENT', amount: '2', description: 'Support adjustment +2: test funding' },
      ],
      messages: [
        { fromStaff: false, authorName: 'alice', body: 'Why was I charged for this?\nI only ran one campaign.' },
      ],
    });
    expect((await listOf(alice.token)).map((r) => r.id)).toContain(request.id);

    const mail = await readMail(server, alice.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('We received your request: Why was I charged for this?');
    expect(mail[0]!.text).toContain('I only ran one campaign.');
    expect(mail[0]!.text).toContain('Support adjustment +2: test funding');
  });

  it("another workspace's entry ids and request ids are NOT_FOUND, and nothing is written", async () => {
    const before = await rowCounts();
    for (const entryIds of [[bobEntry], [aliceEntry, bobEntry], [crypto.randomUUID()]]) {
      const r = await gql(
        server.url,
        OPEN,
        { i: { message: 'look', entryIds, idempotencyKey: uniqueKey() } },
        alice.token,
      );
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(JSON.stringify(r)).not.toContain('bob');
    }
    const bobs = await open(bob, { message: "Bob's private question about his top-up" });
    const reply = await gql(
      server.url,
      REPLY,
      { i: { requestId: bobs.id, message: 'let me in', idempotencyKey: uniqueKey() } },
      alice.token,
    );
    expect(codeOf(reply)).toBe('NOT_FOUND');
    expect(JSON.stringify(await listOf(alice.token))).not.toContain("Bob's private");
    expect(await rowCounts()).toEqual({ requests: before.requests + 1, messages: before.messages + 1 });
    expect((await listOf(bob.token)).find((r) => r.id === bobs.id)?.messages).toHaveLength(1);
  });

  it('a member sees their own requests; owners and admins see the whole workspace', async () => {
    const mate = await teammate(alice);
    const mates = await open(mate, { message: 'Teammate asks about the renewal' });
    const owners = await open(alice, { message: 'Owner asks about the upgrade' });
    const seenByMate = (await listOf(mate.token)).map((r) => r.id);
    expect(seenByMate).toEqual([mates.id]);
    const seenByOwner = (await listOf(alice.token)).map((r) => r.id);
    expect(seenByOwner).toEqual(expect.arrayContaining([mates.id, owners.id]));

    // The member cannot reach the owner's request by id; the owner can answer the member's thread.
    const r = await gql(
      server.url,
      REPLY,
      { i: { requestId: owners.id, message: 'peek', idempotencyKey: uniqueKey() } },
      mate.token,
    );
    expect(codeOf(r)).toBe('NOT_FOUND');
    const { replyToSupportRequest } = await gqlOk(
      server.url,
      REPLY,
      { i: { requestId: mates.id, message: 'Adding the invoice number', idempotencyKey: uniqueKey() } },
      alice.token,
    );
    expect(replyToSupportRequest.messages.map((m: { body: string }) => m.body)).toEqual([
      'Teammate asks about the renewal',
      'Adding the invoice number',
    ]);
  });

  it('an API key is refused: requests come from people', async () => {
    const key = await apiKey(alice);
    const attempts = [
      await gql(server.url, LIST, {}, key),
      await gql(server.url, OPEN, { i: { message: 'from a script', idempotencyKey: uniqueKey() } }, key),
    ];
    for (const r of attempts) expect(codeOf(r)).toBe('FORBIDDEN');
    expect(JSON.stringify(await listOf(alice.token))).not.toContain('from a script');
  });

  it('staff find it in the queue, answer (the author is mailed), the reply reopens it, and close it', async () => {
    const request = await open(bob, { message: 'The upgrade proration looks off', entryIds: [bobEntry] });
    const queue = (await gqlOk(server.url, QUEUE_DEFAULT, {}, staff)).supportQueue as { id: string; status: string }[];
    expect(queue).toContainEqual({ id: request.id, status: 'OPEN' });
    const { supportQueue: open_ } = await gqlOk(server.url, QUEUE, { s: 'OPEN' }, staff);
    const times = (open_ as { createdAt: string }[]).map((r) => r.createdAt);
    expect(times).toEqual([...times].sort());
    const { supportRequest } = await gqlOk(server.url, GET, { id: request.id }, staff);
    expect(supportRequest).toMatchObject({ workspaceId: bob.workspaceId, entries: [{ id: bobEntry }] });

    const answered = await answer(request.id, 'We checked: 12 of 30 days left, so 12.00 credits. It is right.');
    expect(answered.status).toBe('ANSWERED');
    expect(answered.messages.at(-1)).toEqual({
      fromStaff: true,
      authorName: 'Support',
      body: 'We checked: 12 of 30 days left, so 12.00 credits. It is right.',
    });
    const seen = (await listOf(bob.token)).find((r) => r.id === request.id)!;
    expect(seen.status).toBe('ANSWERED');
    expect(seen.messages.map((m) => m.fromStaff)).toEqual([false, true]);
    const mail = (await readMail(server, bob.email)).filter((m) => m.subject.startsWith('Support answered'));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('Support answered: The upgrade proration looks off');
    expect(mail[0]!.text).toContain('12 of 30 days left');
    const answeredQueue = (await gqlOk(server.url, QUEUE, { s: 'ANSWERED' }, staff)).supportQueue;
    expect(answeredQueue.map((r: { id: string }) => r.id)).toContain(request.id);

    const { replyToSupportRequest: reopened } = await gqlOk(
      server.url,
      REPLY,
      { i: { requestId: request.id, message: 'Thanks, one more question', idempotencyKey: uniqueKey() } },
      bob.token,
    );
    expect(reopened.status).toBe('OPEN');

    const { closeSupportRequest: closed } = await gqlOk(
      server.url,
      CLOSE,
      { i: { requestId: request.id, reason: 'Answered by phone', idempotencyKey: uniqueKey() } },
      staff,
    );
    expect(closed.status).toBe('CLOSED');
    const late = await gql(
      server.url,
      REPLY,
      { i: { requestId: request.id, message: 'and another', idempotencyKey: uniqueKey() } },
      bob.token,
    );
    expect(codeOf(late)).toBe('CONFLICT');
    const again = await gql(
      server.url,
      ANSWER,
      { i: { requestId: request.id, message: 'late', idempotencyKey: uniqueKey() } },
      staff,
    );
    expect(codeOf(again)).toBe('CONFLICT');

    // Answering with close ends it at once.
    const quick = await open(bob, { message: 'Is the top-up refundable?' });
    expect((await answer(quick.id, 'Top-ups are not refundable; see the refund policy.', true)).status).toBe('CLOSED');

    const actions = await server.services.orm.em
      .fork()
      .find(
        SupportAction,
        { workspaceId: bob.workspaceId, kind: { $in: ['ANSWER', 'CLOSE'] } },
        { orderBy: { createdAt: 'asc' } },
      );
    expect(actions.map((a) => [a.kind, a.reason])).toEqual([
      ['ANSWER', `Request ${request.id}: The upgrade proration looks off`],
      ['CLOSE', `Request ${request.id}: Answered by phone`],
      ['ANSWER', `Request ${quick.id}: Is the top-up refundable?`],
    ]);
  });

  it('a member, an owner and an API key are refused every staff operation, and nothing changes', async () => {
    const mate = await teammate(bob);
    const request = await open(mate, { message: 'Waiting for staff' });
    const before = await rowCounts();
    const tokens = { member: mate.token, owner: bob.token, apiKey: await apiKey(bob) };
    for (const [who, token] of Object.entries(tokens)) {
      const results = [
        await gql(server.url, QUEUE_DEFAULT, {}, token),
        await gql(server.url, QUEUE, { s: 'CLOSED' }, token),
        await gql(server.url, GET, { id: request.id }, token),
        await gql(
          server.url,
          ANSWER,
          { i: { requestId: request.id, message: 'x', idempotencyKey: uniqueKey() } },
          token,
        ),
        await gql(
          server.url,
          CLOSE,
          { i: { requestId: request.id, reason: 'not mine to close', idempotencyKey: uniqueKey() } },
          token,
        ),
      ];
      expect([who, results.map(codeOf)]).toEqual([who, Array(5).fill('FORBIDDEN')]);
    }
    expect(await rowCounts()).toEqual(before);
    expect((await gqlOk(server.url, GET, { id: request.id }, staff)).supportRequest.status).toBe('OPEN');
  });

  it('retries with the same key answer the first result once; other input with it is IDEMPOTENCY_KEY_REUSED', async () => {
    const carol = await signUp(server.url, 'carol');
    const idempotencyKey = uniqueKey('open-retry');
    const input = { message: 'Asked twice by a flaky network', idempotencyKey };
    const [first, second] = await Promise.all([
      gqlOk(server.url, OPEN, { i: input }, carol.token),
      gqlOk(server.url, OPEN, { i: input }, carol.token),
    ]);
    expect(second.openSupportRequest.id).toBe(first.openSupportRequest.id);
    expect(await listOf(carol.token)).toHaveLength(1);
    expect(await readMail(server, carol.email)).toHaveLength(1);
    const reused = await gql(server.url, OPEN, { i: { ...input, message: 'something else' } }, carol.token);
    expect(codeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');

    const requestId = first.openSupportRequest.id as string;
    const answerInput = { requestId, message: 'Answered once', idempotencyKey: uniqueKey('answer-retry') };
    await gqlOk(server.url, ANSWER, { i: answerInput }, staff);
    const retried = await gqlOk(server.url, ANSWER, { i: answerInput }, staff);
    expect(retried.answerSupportRequest.messages.filter((m: { fromStaff: boolean }) => m.fromStaff)).toHaveLength(1);
    expect((await readMail(server, carol.email)).filter((m) => m.subject.startsWith('Support answered'))).toHaveLength(
      1,
    );

    const replyInput = { requestId, message: 'Replied once', idempotencyKey: uniqueKey('reply-retry') };
    await gqlOk(server.url, REPLY, { i: replyInput }, carol.token);
    const replied = await gqlOk(server.url, REPLY, { i: replyInput }, carol.token);
    expect(replied.replyToSupportRequest.messages.map((m: { body: string }) => m.body)).toEqual([
      'Asked twice by a flaky network',
      'Answered once',
      'Replied once',
    ]);
  });

  it('bad input is BAD_USER_INPUT and writes nothing', async () => {
    const before = await rowCounts();
    const key = () => uniqueKey();
    const cases: [string, Record<string, unknown>][] = [
      ['empty message', { message: '', idempotencyKey: key() }],
      ['blank message', { message: '   \n ', idempotencyKey: key() }],
      ['4,001 characters', { message: 'a'.repeat(4001), idempotencyKey: key() }],
      ['21 entry ids', { message: 'hi', entryIds: Array(21).fill(aliceEntry), idempotencyKey: key() }],
      ['a malformed entry id', { message: 'hi', entryIds: ['not-an-id'], idempotencyKey: key() }],
      ['a malformed key', { message: 'hi', idempotencyKey: 'short' }],
      ['a long subject', { message: 'hi', subject: 's'.repeat(121), idempotencyKey: key() }],
    ];
    for (const [name, i] of cases) {
      const r = await gql(server.url, OPEN, { i }, alice.token);
      expect([name, codeOf(r)]).toEqual([name, 'BAD_USER_INPUT']);
    }
    const request = (await listOf(alice.token))[0]!;
    const more: [string, string, Record<string, unknown>, string][] = [
      ['reply to a malformed id', REPLY, { requestId: 'x', message: 'hi', idempotencyKey: key() }, alice.token],
      ['empty reply', REPLY, { requestId: request.id, message: '', idempotencyKey: key() }, alice.token],
      ['empty answer', ANSWER, { requestId: request.id, message: '', idempotencyKey: key() }, staff],
      ['answer to a malformed id', ANSWER, { requestId: '1', message: 'hi', idempotencyKey: key() }, staff],
      ['close without a reason', CLOSE, { requestId: request.id, reason: '', idempotencyKey: key() }, staff],
    ];
    for (const [name, query, i, token] of more) {
      expect([name, codeOf(await gql(server.url, query, { i }, token))]).toEqual([name, 'BAD_USER_INPUT']);
    }
    expect(codeOf(await gql(server.url, GET, { id: 'nope' }, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.url, GET, { id: crypto.randomUUID() }, staff))).toBe('NOT_FOUND');
    expect(await rowCounts()).toEqual(before);
  });
});

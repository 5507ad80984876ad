import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTeammate, fund, signUp, type Account } from '../support/accounts';
import { settled, subscribePaid } from '../support/billing';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { createScratchDatabase } from '../support/pg-harness';
import { dbKind, spawnServer, startTestServer, type TestServer } from '../support/server';
import { reserve, settle } from '../support/holds';
import { eventually, WebhookReceiver } from '../support/webhook-receiver';
import { verifyHeroWebhook, WebhookSignatureError } from '../support/webhook-verify';

/** Retries after 20 ms, 40 ms, 80 ms…; the worker looks for work every 50 ms. */
const FAST = {
  WEBHOOK_RETRY_BASE_MS: '20',
  WEBHOOK_POLL_INTERVAL_MS: '50',
  WEBHOOK_TIMEOUT_MS: '2000',
};

const ENDPOINT = 'endpoint { id url eventTypes enabled secretPrefix previousSecretExpiresAt }';
const DELIVERY =
  'id status attempts nextAttemptAt lastStatusCode event { id sequence type } attemptLog { attempt statusCode error }';

const createEndpoint = (url: string, token: string, input: Record<string, unknown>) =>
  gql(
    url,
    `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret ${ENDPOINT} } }`,
    { i: input },
    token,
  );

async function feed(url: string, token: string, after = 0) {
  const all: { id: string; sequence: number; type: string; data: string }[] = [];
  for (let cursor = after; ;) {
    const { events } = await gqlOk(
      url,
      'query($a: Int, $f: Int) { events(after: $a, first: $f) { nodes { id sequence type data } hasMore lastSequence } }',
      { a: cursor, f: 2 }, // small pages, so paging is exercised too
      token,
    );
    all.push(...events.nodes);
    if (!events.hasMore) return all;
    cursor = events.nodes[events.nodes.length - 1].sequence;
  }
}

const deliveries = async (url: string, token: string, endpointId: string) =>
  (
    await gqlOk(
      url,
      `query($e: ID!) { webhookDeliveries(endpointId: $e, first: 100) { ${DELIVERY} } }`,
      { e: endpointId },
      token,
    )
  ).webhookDeliveries as any[];

const changePlan = (url: string, token: string, plan: string) =>
  gqlOk(
    url,
    'mutation($i: ChangePlanInput!) { changePlan(input: $i) { kind } }',
    { i: { plan, idempotencyKey: uniqueKey('plan') } },
    token,
  );

/** The receiver got every event of the feed exactly once (after dedup by id), in sequence order, all signed. */
function expectExactlyOnceInOrder(
  receiver: WebhookReceiver,
  events: { id: string; sequence: number }[],
  secret: string | string[],
) {
  expect(events.map((e) => e.sequence)).toEqual(events.map((_, i) => i + 1)); // the feed has no gaps
  expect(receiver.deliveredEvents().map((e) => ({ id: e.id, sequence: e.sequence }))).toEqual(
    events.map((e) => ({ id: e.id, sequence: e.sequence })),
  );
  for (const r of receiver.log) verifyHeroWebhook(r.body, r.headers['hero-signature'] as string, secret);
}

describe(`outbound webhooks (${dbKind()})`, () => {
  let server: TestServer;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    server = await startTestServer({ env: FAST });
    await receiver.up();
  });
  afterAll(async () => {
    await receiver.down();
    await server?.stop();
  });

  it('a receiver that is down, then answers 500 twice, then 200, gets every event once, in order', async () => {
    const a = await signUp(server.url, 'hooks');
    const created = await createEndpoint(server.url, a.token, {
      url: receiver.url,
      eventTypes: ['*'],
      description: 'ERP',
    });
    const { secret, endpoint } = created.data!.createWebhookEndpoint;
    expect(secret).toMatch(/^whsec_/);
    expect(endpoint).toMatchObject({
      url: receiver.url,
      eventTypes: ['*'],
      enabled: true,
      secretPrefix: secret.slice(0, 12),
    });

    await receiver.down();
    await subscribePaid(server, a.token, 'pro');
    await changePlan(server.url, a.token, 'growth');
    await settled(server);
    // A metered task: its charge is written by the ledger's own path, its event in the same statement.
    const holdId = await reserve(server.url, a.token, '3');
    await settle(server.url, a.token, holdId, '1.25');
    const events = await feed(server.url, a.token);
    expect(events.length).toBeGreaterThanOrEqual(5);
    expect(events.filter((e) => e.type === 'plan.changed').map((e) => JSON.parse(e.data))).toMatchObject([
      { from: null, to: 'pro' },
      { from: 'pro', to: 'growth' },
    ]);
    const granted = events.filter((e) => e.type === 'credits.granted').map((e) => JSON.parse(e.data));
    expect(granted.map((g) => g.source)).toEqual(expect.arrayContaining(['PLAN_ALLOCATION', 'PRORATION']));
    for (const g of granted) expect(g).toMatchObject({ amount: expect.any(String), ledgerSeq: expect.any(Number) });
    expect(events.filter((e) => e.type === 'charge.settled').map((e) => JSON.parse(e.data))).toEqual([
      expect.objectContaining({ holdId, amount: '1.25', amountMicro: 1_250_000, heldMicro: 3_000_000 }),
    ]);

    // Down: the first event is tried and refused, and nothing after it is sent before it.
    const head = await eventually('two refused attempts', async () => {
      const log = await deliveries(server.url, a.token, endpoint.id);
      const first = log.find((d) => d.event.sequence === 1);
      return first?.attempts >= 2 && first;
    });
    expect(head).toMatchObject({ status: 'PENDING', lastStatusCode: null });
    expect(head.nextAttemptAt).not.toBeNull();
    expect(head.attemptLog[0].error).toBeTruthy();

    receiver.answer([500, 500]);
    await receiver.up();
    await eventually('every event delivered', async () => receiver.deliveredEvents().length >= events.length);
    const log = await eventually('the log to show them all delivered', async () => {
      const l = await deliveries(server.url, a.token, endpoint.id);
      return l.length === events.length && l.every((d) => d.status === 'DELIVERED') && l;
    });
    expectExactlyOnceInOrder(receiver, events, secret);
    expect(receiver.log.filter((r) => r.status === 500)).toHaveLength(2);
    const first = log.find((d) => d.event.sequence === 1)!;
    expect(first.attemptLog.map((t: any) => t.statusCode).slice(0, 3)).toEqual([200, 500, 500]);
    expect(first.attempts).toBeGreaterThanOrEqual(4);
    expect(first.nextAttemptAt).toBeNull();

    // "Send again": the same event (same id) once more.
    const before = receiver.log.length;
    const again = await gqlOk(
      server.url,
      `mutation($id: ID!) { resendWebhookDelivery(id: $id) { ${DELIVERY} } }`,
      { id: first.id },
      a.token,
    );
    expect(again.resendWebhookDelivery.status).toBe('PENDING');
    await eventually('the delivery sent again', async () => receiver.log.length > before);
    expect(JSON.parse(receiver.log[before]!.body).id).toBe(first.event.id);
    expect(receiver.deliveredEvents()).toHaveLength(events.length);
  });

  it("the ledger's own writes and the other writers of the feed never share or skip a sequence number", async () => {
    const a = await signUp(server.url, 'seq-race');
    await fund(server.url, a.workspaceId, '100'); // support's adjustment: a unit of work, its event through the unit
    const holds = await Promise.all(Array.from({ length: 30 }, () => reserve(server.url, a.token, '1')));
    const before = await feed(server.url, a.token);
    expect(before.map((e) => JSON.parse(e.data))).toEqual([
      expect.objectContaining({ source: 'ADJUSTMENT', amount: '100', amountMicro: 100_000_000 }),
    ]);
    // Settles on the ledger's lean path (the event in its one write statement), through the API and as metering
    // and the sweeper call it (no idempotency key to fall back on), against units of work that append under the
    // account's lock, as a billing webhook or an alert does, all at once.
    const failures = await Promise.allSettled([
      ...holds.map((h, i) =>
        i % 2
          ? settle(server.url, a.token, h, '0.5')
          : server.services.ledger.settle(a.workspaceId, h, {
              actualMicro: 500_000,
              actor: { kind: 'SYSTEM', id: null },
            }),
      ),
      ...holds.map((_, i) =>
        server.services.units.run(async (tx) => {
          tx.emit({
            workspaceId: a.workspaceId,
            type: 'payment.failed',
            data: { kind: 'AUTO_TOP_UP', message: `declined ${i}` },
          });
        }),
      ),
    ]);
    expect(failures.filter((f) => f.status === 'rejected')).toEqual([]);
    const events = await feed(server.url, a.token);
    expect(events.map((e) => e.sequence)).toEqual(events.map((_, i) => i + 1));
    expect(events.filter((e) => e.type === 'charge.settled')).toHaveLength(30);
    expect(events.filter((e) => e.type === 'payment.failed')).toHaveLength(30);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('signatures: the documented verifier accepts a delivery and rejects a tampered body or a replay', async () => {
    const a = await signUp(server.url, 'sig');
    const { secret } = (await createEndpoint(server.url, a.token, { url: receiver.url, eventTypes: ['plan.changed'] }))
      .data!.createWebhookEndpoint;
    const start = receiver.log.length;
    await subscribePaid(server, a.token, 'pro');
    const request = await eventually('a delivery', async () =>
      receiver.log.slice(start).find((r) => JSON.parse(r.body).workspaceId === a.workspaceId),
    );
    const header = request.headers['hero-signature'] as string;
    const t = Number(/t=(\d+)/.exec(header)![1]);
    expect(verifyHeroWebhook(request.body, header, secret, t)).toMatchObject({
      type: 'plan.changed',
      workspaceId: a.workspaceId,
    });
    const tampered = request.body.replace('"pro"', '"agency"');
    expect(() => verifyHeroWebhook(tampered, header, secret, t)).toThrow(WebhookSignatureError);
    expect(() => verifyHeroWebhook(request.body, header, secret, t + 301)).toThrow(/tolerance/);
    expect(() => verifyHeroWebhook(request.body, header.replace(`t=${t}`, `t=${t + 301}`), secret, t + 301)).toThrow(
      /no signature/,
    );
    expect(() => verifyHeroWebhook(request.body, header, 'whsec_other', t)).toThrow(WebhookSignatureError);
    expect(() => verifyHeroWebhook(request.body, undefined, secret, t)).toThrow(WebhookSignatureError);
  });

  it('the verification code in the partner docs is the code these tests run', () => {
    const root = join(__dirname, '..', '..');
    const docs = readFileSync(join(root, 'docs', 'how-to', 'partner-integration.md'), 'utf8');
    const code = readFileSync(join(__dirname, '..', 'support', 'webhook-verify.ts'), 'utf8').trim();
    expect(docs).toContain(code);
  });

  it('a rolled secret signs beside the previous one for 24 hours', async () => {
    const a = await signUp(server.url, 'roll');
    const created = (await createEndpoint(server.url, a.token, { url: receiver.url, eventTypes: ['*'] })).data!
      .createWebhookEndpoint;
    const rolled = await gqlOk(
      server.url,
      `mutation($id: ID!) { rollWebhookSecret(id: $id) { secret ${ENDPOINT} } }`,
      { id: created.endpoint.id },
      a.token,
    );
    const { secret } = rolled.rollWebhookSecret;
    expect(secret).not.toBe(created.secret);
    expect(rolled.rollWebhookSecret.endpoint.previousSecretExpiresAt).not.toBeNull();
    const start = receiver.log.length;
    await subscribePaid(server, a.token, 'pro');
    const request = await eventually('a delivery', async () =>
      receiver.log.slice(start).find((r) => JSON.parse(r.body).workspaceId === a.workspaceId),
    );
    const header = request.headers['hero-signature'] as string;
    expect(verifyHeroWebhook(request.body, header, secret)).toBeTruthy();
    expect(verifyHeroWebhook(request.body, header, created.secret)).toBeTruthy();
  });

  it('another workspace cannot see, change or send again; members and keys need the role or the scope', async () => {
    const a = await signUp(server.url, 'iso-a');
    const b = await signUp(server.url, 'iso-b');
    const { endpoint } = (await createEndpoint(server.url, a.token, { url: receiver.url, eventTypes: ['*'] })).data!
      .createWebhookEndpoint;
    await subscribePaid(server, a.token, 'pro');
    const [delivery] = await eventually('a delivery', async () => {
      const l = await deliveries(server.url, a.token, endpoint.id);
      return l.length > 0 && l;
    });

    const asB = (query: string, variables: Record<string, unknown>) => gql(server.url, query, variables, b.token);
    expect(codeOf(await asB(`query($e: ID!) { webhookDeliveries(endpointId: $e) { id } }`, { e: endpoint.id }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await asB(`mutation($id: ID!) { resendWebhookDelivery(id: $id) { id } }`, { id: delivery.id }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await asB(`mutation($id: ID!) { rollWebhookSecret(id: $id) { secret } }`, { id: endpoint.id }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await asB(`mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`, { id: endpoint.id }))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(
        await asB(`mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: { enabled: false }) { id } }`, {
          id: endpoint.id,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect((await gqlOk(server.url, '{ webhookEndpoints { id } }', {}, b.token)).webhookEndpoints).toEqual([]);
    const bFeed = await feed(server.url, b.token);
    expect(bFeed.map((e) => e.id)).not.toContain(delivery.event.id);

    // A member of A's workspace (not owner or admin) is refused.
    const mate = await addTeammate(server.url, a, 'iso-mate');
    expect(codeOf(await gql(server.url, '{ webhookEndpoints { id } }', {}, mate.token))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, '{ events { lastSequence } }', {}, mate.token))).toBe('FORBIDDEN');

    // API keys: only with the scope.
    const key = async (scopes: string[]) =>
      (
        await gqlOk(
          server.url,
          'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
          { i: { name: scopes.join(' ') || 'none', scopes } },
          a.token,
        )
      ).createApiKey.secret as string;
    const billingKey = await key(['BILLING_READ']);
    expect(codeOf(await gql(server.url, '{ events { lastSequence } }', {}, billingKey))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, '{ webhookEndpoints { id } }', {}, billingKey))).toBe('FORBIDDEN');
    const eventsKey = await key(['EVENTS_READ']);
    const viaKey = await gqlOk(server.url, '{ events { nodes { id } lastSequence } }', {}, eventsKey);
    expect(viaKey.events.nodes.map((n: any) => n.id)).toContain(delivery.event.id);
    expect(codeOf(await gql(server.url, '{ webhookEndpoints { id } }', {}, eventsKey))).toBe('FORBIDDEN');
    const manageKey = await key(['WEBHOOKS_MANAGE']);
    expect((await gqlOk(server.url, '{ webhookEndpoints { id } }', {}, manageKey)).webhookEndpoints).toEqual([
      { id: endpoint.id },
    ]);
    expect(codeOf(await gql(server.url, '{ events { lastSequence } }', {}, null))).toBe('UNAUTHENTICATED');
  });

  it('bad input: a stable code and a named field, and nothing is created', async () => {
    const a = await signUp(server.url, 'bad');
    const cases: [Record<string, unknown>, string][] = [
      [{ url: 'ftp://partner.example/x', eventTypes: ['*'] }, 'url'],
      [{ url: 'http://partner.example/x', eventTypes: ['*'] }, 'url'],
      [{ url: 'not a url', eventTypes: ['*'] }, 'url'],
      [{ url: 'https://user:pw@partner.example/x', eventTypes: ['*'] }, 'url'],
      [{ url: 'https://partner.example/x', eventTypes: ['credit.granted'] }, 'eventTypes'],
      [{ url: 'https://partner.example/x', eventTypes: [] }, 'eventTypes'],
      [{ url: 'https://partner.example/x', eventTypes: ['*', 'plan.changed'] }, 'eventTypes'],
    ];
    for (const [input, field] of cases) {
      const r = await createEndpoint(server.url, a.token, input);
      expect({ input, code: codeOf(r), field: r.errors?.[0]?.extensions?.field }).toEqual({
        input,
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect((await gqlOk(server.url, '{ webhookEndpoints { id } }', {}, a.token)).webhookEndpoints).toEqual([]);
    for (const [after, first] of [
      [-1, 10],
      [0, 0],
      [0, 101],
    ]) {
      const r = await gql(
        server.url,
        'query($a: Int, $f: Int) { events(after: $a, first: $f) { lastSequence } }',
        { a: after, f: first },
        a.token,
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
    }
    const ok = (
      await createEndpoint(server.url, a.token, { url: 'https://partner.example/x', eventTypes: ['plan.changed'] })
    ).data!.createWebhookEndpoint.endpoint;
    const r = await gql(
      server.url,
      'mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: { eventTypes: ["nope"] }) { eventTypes } }',
      { id: ok.id },
      a.token,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect((await gqlOk(server.url, '{ webhookEndpoints { eventTypes } }', {}, a.token)).webhookEndpoints).toEqual([
      { eventTypes: ['plan.changed'] },
    ]);
    expect(codeOf(await gql(server.url, 'mutation { deleteWebhookEndpoint(id: "nope") }', {}, a.token))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe(`outbound webhooks survive a killed server (${dbKind()})`, () => {
  it('events in the outbox when the delivering server is killed are delivered after it restarts', async () => {
    const scratch = await createScratchDatabase('hooks-crash');
    const receiver = new WebhookReceiver();
    await receiver.up();
    await receiver.down(); // down, but its port is known
    // This in-process server makes the events and leaves delivery to the spawned one.
    const app = await startTestServer({ scratch, env: { ...FAST, WEBHOOK_WORKER: 'false' } });
    let worker = await spawnServer(scratch.url, FAST);
    try {
      const a: Account = await signUp(app.url, 'crash');
      const { secret, endpoint } = (await createEndpoint(app.url, a.token, { url: receiver.url, eventTypes: ['*'] }))
        .data!.createWebhookEndpoint;
      await subscribePaid(app, a.token, 'pro');
      await changePlan(app.url, a.token, 'growth');
      await settled(app);
      await eventually('the worker to have tried', async () => {
        const l = await deliveries(app.url, a.token, endpoint.id);
        return l.some((d) => d.attempts >= 1);
      });

      await worker.stop('SIGKILL');
      await receiver.up();
      await changePlan(app.url, a.token, 'agency'); // one more while no worker runs
      await settled(app);
      const events = await feed(app.url, a.token);
      worker = await spawnServer(scratch.url, FAST);
      await eventually(
        'every event delivered after the restart',
        async () => receiver.deliveredEvents().length >= events.length,
      );
      expectExactlyOnceInOrder(receiver, events, secret);
    } finally {
      await worker.stop();
      await receiver.down();
      await app.stop();
      await scratch.drop();
    }
  });
});

describe(`a hanging endpoint holds up nobody else (${dbKind()})`, () => {
  it('while one endpoint keeps its first request open, the other gets every event and the ledger keeps writing', async () => {
    // Requests wait a minute before timing out: a worker that served endpoints one after the other would
    // leave the second one waiting past the deadline below.
    const server = await startTestServer({ env: { ...FAST, WEBHOOK_TIMEOUT_MS: '60000' } });
    const held: ServerResponse[] = [];
    const hanging = createServer((req, res) => {
      req.resume();
      held.push(res);
    });
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const prompt = new WebhookReceiver();
    await prompt.up();
    try {
      const a = await signUp(server.url, 'hanging');
      const hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/hooks`;
      await createEndpoint(server.url, a.token, { url: hangingUrl, eventTypes: ['*'] });
      const { secret } = (await createEndpoint(server.url, a.token, { url: prompt.url, eventTypes: ['*'] })).data!
        .createWebhookEndpoint;

      await fund(server.url, a.workspaceId, '5');
      await eventually('the hanging endpoint to hold a request', async () => held.length > 0);
      const holdId = await reserve(server.url, a.token, '1');
      await settle(server.url, a.token, holdId, '0.5');
      await fund(server.url, a.workspaceId, '2');
      const events = await feed(server.url, a.token);
      expect(events.map((e) => e.type)).toEqual(['credits.granted', 'charge.settled', 'credits.granted']);

      await eventually('every event at the prompt endpoint', async () => prompt.deliveredEvents().length >= 3);
      expectExactlyOnceInOrder(prompt, events, secret);
      // The hanging endpoint got its first event only, one request at a time, still unanswered.
      expect(held).toHaveLength(1);
    } finally {
      for (const res of held) res.writeHead(200).end('ok');
      hanging.closeAllConnections();
      await new Promise<void>((resolve) => hanging.close(() => resolve()));
      await prompt.down();
      await server.stop();
    }
  });
});

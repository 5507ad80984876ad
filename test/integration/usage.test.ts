import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerEntry } from '@hero/server/src/modules/ledger/ledger.entities';
import { EXPORT_PAGE_SIZE, historyPages } from '@hero/server/src/modules/usage/history-export';
import { ManualClock } from '@hero/server/src/platform/clock';
import { fund, PASSWORD, signUp, type Account } from '../support/accounts';
import { gql, gqlOk } from '../support/gql';
import { reserve, settle } from '../support/holds';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Usage, forecast and export on a workspace with 10,000 charges, on the database under test. The charges are
 * written through the ledger service (hold, then settle, as the metering does), spread over 30 days by the
 * test clock; the API's answers are then checked against sums taken in this file from the raw entries.
 */
const DAY = 86_400_000;
const CHARGES = 10_000;
const FEATURES = ['hero_ai_message', 'ad_copy', 'campaign_analysis', null] as const;
const END = new Date('2026-11-30T15:00:00Z');
const START = new Date(END.getTime() - 30 * DAY);

let server: TestServer;
let clock: ManualClock;
let owner: Account;
let ownerToken: string;
let other: Account;

/** A deterministic spread of costs and tokens; some charges settle above their hold (an overrun). */
const costOf = (i: number) => 1_000 + ((i * 7_919) % 90_000);

async function seedCharges(workspaceId: string): Promise<void> {
  const { ledger } = server.services;
  const actor = { kind: 'SYSTEM' as const, id: null };
  // Batches of tasks that run at the same moment, as a busy workspace's would: their holds, then their settles.
  const BATCH = 50;
  for (let start = 0; start < CHARGES; start += BATCH) {
    clock.set(new Date(START.getTime() + Math.floor((start * 30 * DAY) / CHARGES) + (start % 7) * 60_000));
    const batch = Array.from({ length: BATCH }, (_, k) => start + k);
    const holds = await Promise.all(
      batch.map((i) =>
        ledger.hold(workspaceId, {
          // some charges settle above their hold (an overrun within the allowance)
          amountMicro: i % 10 === 0 ? costOf(i) - 500 : costOf(i) + 20_000,
          description: `seeded task ${i}`,
          feature: FEATURES[i % FEATURES.length]!,
          actor,
        }),
      ),
    );
    await Promise.all(
      batch.map((i, k) =>
        ledger.settle(workspaceId, holds[k]!.holdId, {
          actualMicro: costOf(i),
          description: `seeded task ${i}: charged`,
          feature: FEATURES[i % FEATURES.length]!,
          details: { inputTokens: 100 + (i % 50), outputTokens: 10 + (i % 13), rateCardVersion: 'seed' },
          actor,
        }),
      ),
    );
  }
}

async function signIn(email: string): Promise<string> {
  const r = await gqlOk<{ signIn: { token: string } }>(
    server.url,
    'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
    { input: { email, password: PASSWORD } },
  );
  return r.signIn.token;
}

/** The raw CHARGE entries of a workspace, straight from the ledger table. */
async function rawCharges(workspaceId: string): Promise<LedgerEntry[]> {
  return server.services.orm.em
    .fork()
    .find(LedgerEntry, { workspace: workspaceId, type: 'CHARGE' }, { orderBy: { seq: 'asc' } });
}

const micro = (credits: string) => {
  const [whole, fraction = ''] = credits.replace('-', '').split('.');
  const n = Number(whole) * 1_000_000 + Number(fraction.padEnd(6, '0'));
  return credits.startsWith('-') ? -n : n;
};

beforeAll(async () => {
  clock = new ManualClock(new Date(START.getTime() - DAY));
  server = await startTestServer({ clock });
  owner = await signUp(server.url, 'busy');
  other = await signUp(server.url, 'other');
  await fund(server.url, owner.workspaceId, '10000');
  await fund(server.url, other.workspaceId, '5');
  await seedCharges(owner.workspaceId);
  clock.set(END);
  // Sessions from before the 30 seeded days have expired: sign in again, as the users would.
  ownerToken = await signIn(owner.email);
  other = { ...other, token: await signIn(other.email) };
}, 600_000);

afterAll(async () => {
  await server?.stop();
});

const USAGE = `query($from: DateTime!, $to: DateTime!, $g: UsageGranularity!, $w: Int!) {
  usage(range: { from: $from, to: $to }, granularity: $g) {
    from to granularity timeZone total
    buckets { start end total features { feature credits charges inputTokens outputTokens } }
    features { feature credits charges inputTokens outputTokens }
  }
  forecast(windowDays: $w) {
    windowDays windowStart spent charges burnPerDay available runsOutAt daysUntilEmpty renewsAt planAllocation
    allocationRunsOutAt allocationRunsOutBeforeRenewal allocationExpiringUnused
  }
  balance { available planAllocation renewsAt }
}`;

describe('usage on the server', () => {
  it('buckets per UTC day and feature match a recomputation from the raw entries', async () => {
    const from = new Date(START.getTime() - 2 * DAY).toISOString();
    const to = END.toISOString();
    const data = await gqlOk(server.url, USAGE, { from, to, g: 'DAY', w: 14 }, ownerToken);
    const usage = data.usage;
    expect(usage.timeZone).toBe('UTC');

    const entries = await rawCharges(owner.workspaceId);
    expect(entries).toHaveLength(CHARGES);
    // Independent: day = the UTC calendar date of the entry; cost = what it took from available and reserved.
    const expected = new Map<string, { credits: number; charges: number; input: number; output: number }>();
    for (const e of entries) {
      const key = `${e.createdAt.toISOString().slice(0, 10)}|${e.feature ?? ''}`;
      const cell = expected.get(key) ?? { credits: 0, charges: 0, input: 0, output: 0 };
      cell.credits += -(e.amountMicro + e.heldDeltaMicro);
      cell.charges += 1;
      cell.input += Number(e.details?.inputTokens ?? 0);
      cell.output += Number(e.details?.outputTokens ?? 0);
      expected.set(key, cell);
    }
    const actual = new Map<string, { credits: number; charges: number; input: number; output: number }>();
    for (const b of usage.buckets) {
      expect(b.start.slice(11)).toBe('00:00:00.000Z');
      for (const f of b.features) {
        actual.set(`${b.start.slice(0, 10)}|${f.feature ?? ''}`, {
          credits: micro(f.credits),
          charges: f.charges,
          input: f.inputTokens,
          output: f.outputTokens,
        });
      }
    }
    expect(actual).toEqual(expected);
    expect(usage.buckets.length).toBe((Date.parse(usage.to) - Date.parse(usage.from)) / DAY);
    const total = [...expected.values()].reduce((s, c) => s + c.credits, 0);
    expect(micro(usage.total)).toBe(total);
    // The costs seeded are what the entries say was charged.
    expect(total).toBe(Array.from({ length: CHARGES }, (_, i) => costOf(i)).reduce((s, c) => s + c, 0));
  });

  it('weeks start on Monday 00:00 UTC and add up to the same totals', async () => {
    const from = new Date(START.getTime() - 2 * DAY).toISOString();
    const data = await gqlOk(server.url, USAGE, { from, to: END.toISOString(), g: 'WEEK', w: 14 }, ownerToken);
    for (const b of data.usage.buckets) {
      expect(new Date(b.start).getUTCDay()).toBe(1);
      expect(b.start.slice(11)).toBe('00:00:00.000Z');
    }
    const entries = await rawCharges(owner.workspaceId);
    const byWeek = new Map<string, number>();
    for (const e of entries) {
      const d = new Date(e.createdAt);
      const monday = new Date(
        Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)),
      );
      const k = monday.toISOString();
      byWeek.set(k, (byWeek.get(k) ?? 0) - (e.amountMicro + e.heldDeltaMicro));
    }
    const got = new Map<string, number>(
      data.usage.buckets
        .filter((b: { total: string }) => micro(b.total) !== 0)
        .map((b: { start: string; total: string }) => [b.start, micro(b.total)]),
    );
    expect(got).toEqual(byWeek);
  });

  it('the forecast matches an independent computation from the raw entries and the balance', async () => {
    const data = await gqlOk(
      server.url,
      USAGE,
      { from: START.toISOString(), to: END.toISOString(), g: 'DAY', w: 7 },
      ownerToken,
    );
    const f = data.forecast;
    const since = END.getTime() - 7 * DAY;
    const inWindow = (await rawCharges(owner.workspaceId)).filter((e) => e.createdAt.getTime() >= since);
    const spent = inWindow.reduce((s, e) => s - (e.amountMicro + e.heldDeltaMicro), 0);
    expect(micro(f.spent)).toBe(spent);
    expect(f.charges).toBe(inWindow.length);
    expect(f.windowStart).toBe(new Date(since).toISOString());
    const perDay = Math.floor((spent * DAY) / (7 * DAY));
    expect(micro(f.burnPerDay)).toBe(perDay);
    const available = micro(data.balance.available);
    expect(micro(f.available)).toBe(available);
    // available / (spent / window), in whole milliseconds
    const msLeft = Number((BigInt(available) * BigInt(7 * DAY)) / BigInt(spent));
    expect(f.runsOutAt).toBe(new Date(END.getTime() + msLeft).toISOString());
    expect(f.daysUntilEmpty).toBe(Math.floor(msLeft / DAY));
    const allocation = micro(data.balance.planAllocation);
    expect(micro(f.planAllocation)).toBe(allocation);
    if (data.balance.renewsAt) {
      const untilRenewal = Date.parse(data.balance.renewsAt) - END.getTime();
      const reach = Number((BigInt(spent) * BigInt(untilRenewal)) / BigInt(7 * DAY));
      expect(micro(f.allocationExpiringUnused)).toBe(Math.max(0, allocation - reach));
    } else {
      expect(micro(f.allocationExpiringUnused)).toBe(0);
      expect(f.allocationRunsOutBeforeRenewal).toBe(false);
    }
  });

  it('refuses bad ranges with a clear code', async () => {
    const q = 'query($from: DateTime!, $to: DateTime!) { usage(range: { from: $from, to: $to }) { total } }';
    const backwards = await gql(server.url, q, { from: END.toISOString(), to: START.toISOString() }, ownerToken);
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await gql(server.url, q, { from: '2020-01-01T00:00:00Z', to: END.toISOString() }, ownerToken);
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const window = await gql(server.url, '{ forecast(windowDays: 0) { spent } }', {}, ownerToken);
    expect(window.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('another workspace sees none of it', async () => {
    const data = await gqlOk(
      server.url,
      USAGE,
      { from: START.toISOString(), to: END.toISOString(), g: 'DAY', w: 14 },
      other.token,
    );
    expect(data.usage.total).toBe('0');
    expect(data.forecast.charges).toBe(0);
  });
});

const exportUrl = (format: 'csv' | 'jsonl', params: Record<string, string> = {}) =>
  `${server.url}/export/history.${format}?${new URLSearchParams(params)}`;
const get = (url: string, token?: string) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });

/** Splits CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('history export', () => {
  it('streams every filtered row as CSV, one page of entries at a time', async () => {
    const res = await get(exportUrl('csv', { types: 'CHARGE' }), ownerToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="credit-history-.*\.csv"/);
    // Streamed: no length known up front, the body comes in chunks.
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual(expect.arrayContaining(['sequence', 'date', 'type', 'credits', 'description']));
    const body = rows.slice(1);
    expect(body).toHaveLength(CHARGES);
    const raw = await rawCharges(owner.workspaceId);
    expect(body.map((r) => Number(r[0]))).toEqual(raw.map((e) => e.seq));
    const creditsColumn = rows[0]!.indexOf('credits');
    expect(body.reduce((s, r) => s - micro(r[creditsColumn]!), 0)).toBe(
      raw.reduce((s, e) => s - (e.amountMicro + e.heldDeltaMicro), 0),
    );
  });

  it('reads the ledger in bounded pages, never the whole history at once', async () => {
    let pages = 0;
    let rows = 0;
    for await (const page of historyPages(server.services.orm, owner.workspaceId, { types: ['CHARGE' as never] })) {
      expect(page.length).toBeLessThanOrEqual(EXPORT_PAGE_SIZE);
      pages += 1;
      rows += page.length;
    }
    expect(rows).toBe(CHARGES);
    expect(pages).toBe(Math.ceil(CHARGES / EXPORT_PAGE_SIZE));
  });

  it('JSON lines carry the same fields as the GraphQL history', async () => {
    const from = new Date(END.getTime() - 2 * DAY).toISOString();
    const res = await get(exportUrl('jsonl', { from, feature: 'ad_copy' }), ownerToken);
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.feature === 'ad_copy' && l.createdAt >= from)).toBe(true);
    const page = await gqlOk(
      server.url,
      `query($f: TransactionFilter) { transactions(first: 100, filter: $f) { edges { node {
        id sequence type amount charged reservedChange deficitChange description feature actorKind holdId createdAt
        splits { grantId grantLabel grantSource amount } details { inputTokens outputTokens rateCardVersion prorationFraction json }
      } } } }`,
      { f: { from, feature: 'ad_copy' } },
      ownerToken,
    );
    const nodes = page.transactions.edges.map((e: { node: { id: string } }) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(lines.find((l) => l.id === node.id)).toEqual(node);
  });

  it('escapes cells a spreadsheet would run as formulas', async () => {
    const key = await apiKey(other.token, ['FEATURES_RUN', 'USAGE_READ']);
    const hold = await reserve(server.url, key, '0.5', '=HYPERLINK("http://evil.test","click")');
    await settle(server.url, key, hold, '0.25');
    const text = await (await get(exportUrl('csv'), other.token)).text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil.test"",""click"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('is isolated per workspace and refuses anonymous, unscoped and revoked callers', async () => {
    const mine = parseCsv(await (await get(exportUrl('csv'), other.token)).text()).slice(1);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => !r.join(',').includes('seeded task'))).toBe(true);

    expect((await get(exportUrl('csv'))).status).toBe(401);
    const billingOnly = await apiKey(ownerToken, ['BILLING_READ']);
    const refused = await get(exportUrl('jsonl'), billingOnly);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe('FORBIDDEN');

    const usageKey = await apiKey(ownerToken, ['USAGE_READ']);
    const ok = await get(exportUrl('jsonl', { types: 'GRANT,ADJUSTMENT' }), usageKey);
    expect(ok.status).toBe(200);
    expect((await ok.text()).trim().split('\n').length).toBeGreaterThan(0);
    const id = await keyId(ownerToken, usageKey);
    await gqlOk(server.url, 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id }, ownerToken);
    expect((await get(exportUrl('jsonl'), usageKey)).status).toBe(401);
  });

  it('refuses bad filters with a stable code', async () => {
    for (const params of <Record<string, string>[]>[
      { types: 'CHARGE,NOPE' },
      { from: 'yesterday' },
      { from: END.toISOString(), to: START.toISOString() },
    ]) {
      const res = await get(exportUrl('csv', params), ownerToken);
      expect(res.status, JSON.stringify(params)).toBe(400);
      expect((await res.json()).error.code).toBe('BAD_USER_INPUT');
    }
  });
});

const keys = new Map<string, string>();
async function apiKey(token: string, scopes: string[]): Promise<string> {
  const r = await gqlOk(
    server.url,
    'mutation($s: [ApiScope!]!) { createApiKey(input: { name: "export", scopes: $s }) { secret apiKey { id } } }',
    { s: scopes },
    token,
  );
  keys.set(r.createApiKey.secret, r.createApiKey.apiKey.id);
  return r.createApiKey.secret;
}
const keyId = async (_token: string, secret: string) => keys.get(secret)!;

describe('query cost', () => {
  const ENTRY = `id sequence type amount charged reservedChange deficitChange description feature actorKind holdId createdAt
    splits { grantId grantLabel grantSource amount }
    details { inputTokens outputTokens rateCardVersion prorationFraction json }`;

  it('a partner reads a full page of 100 entries with every field', async () => {
    const key = await apiKey(ownerToken, ['USAGE_READ']);
    const r = await gql(
      server.url,
      `{ transactions(first: 100) { edges { cursor node { ${ENTRY} } } pageInfo { hasNextPage endCursor } } }`,
      {},
      key,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.transactions.edges).toHaveLength(100);
  });

  it('still refuses queries that ask for many pages at once', async () => {
    const many = `{ ${[1, 2, 3].map((i) => `p${i}: transactions(first: 100) { edges { node { ${ENTRY} } } }`).join(' ')} }`;
    const r = await gql(server.url, many, {}, ownerToken);
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.message).toMatch(/cost/i);
  });
});

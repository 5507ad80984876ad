import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, signUp, type Account } from '../support/accounts';
import { gqlOk } from '../support/gql';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The partner guide's examples, run as written. Every ```ts example block of docs/how-to/partner-integration.md
 * is taken in order into one module (the first block imports the typed client), which this test imports and
 * calls against a real server with a real API key. The guide cannot drift from what runs.
 */
const GUIDE = join(__dirname, '..', '..', 'docs', 'how-to', 'partner-integration.md');
const OUT = join(__dirname, '..', '.tmp', `partner-docs-${process.pid}`);

function examples(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts example\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

interface Examples {
  showBalance(): Promise<{ available: string }>;
  runMeteredTask(jobId: string, work: () => Promise<string>): Promise<{ status: string; charged: string }>;
  entriesSince(lastSeen: number): Promise<{ sequence: number; type: string }[]>;
  chargedSince(from: string): Promise<Map<string, bigint>>;
  checkBudget(until: string): Promise<{ short: boolean; burnPerDay: string; biggest: string }>;
  toMicro(credits: string): bigint;
}

let server: TestServer;
let owner: Account;
let ex: Examples;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.url, 'partner');
  await fund(server.url, owner.workspaceId, '2');
  const { createApiKey } = await gqlOk(
    server.url,
    'mutation { createApiKey(input: { name: "docs", scopes: [BILLING_READ, USAGE_READ, FEATURES_RUN] }) { secret } }',
    {},
    owner.token,
  );
  const blocks = examples(readFileSync(GUIDE, 'utf8'));
  expect(blocks.length).toBeGreaterThanOrEqual(4);
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'examples.ts');
  writeFileSync(file, blocks.join('\n'));
  process.env.HERO_URL = server.url;
  process.env.HERO_API_KEY = createApiKey.secret;
  ex = (await import(/* @vite-ignore */ file)) as Examples;
});

afterAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  await server?.stop();
});

describe('the partner guide, as written', () => {
  it('reads the balance', async () => {
    const balance = await ex.showBalance();
    expect(ex.toMicro(balance.available)).toBeGreaterThanOrEqual(2_000_000n);
  });

  it('meters a task: settles what it cost, releases what failed, stops on INSUFFICIENT_CREDITS', async () => {
    const before = ex.toMicro((await ex.showBalance()).available);
    const settled = await ex.runMeteredTask('job-1', async () => '0.31');
    expect(settled).toMatchObject({ status: 'SETTLED', charged: '0.31' });
    // The same job again (a retry): the idempotency keys make it the same hold, charged once.
    expect(await ex.runMeteredTask('job-1', async () => '0.31')).toMatchObject({ charged: '0.31' });
    await expect(
      ex.runMeteredTask('job-2', async () => {
        throw new Error('the report failed');
      }),
    ).rejects.toThrow('the report failed');
    expect(ex.toMicro((await ex.showBalance()).available)).toBe(before - 310_000n);

    const { balance } = await gqlOk(server.url, '{ balance { available } }', {}, owner.token);
    const drain = ex.toMicro(balance.available);
    await gqlOk(
      server.url,
      'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }',
      { i: { amount: formatMicro(drain), description: 'everything', idempotencyKey: 'drain-everything' } },
      owner.token,
    );
    await expect(ex.runMeteredTask('job-3', async () => '0.1')).rejects.toMatchObject({
      code: 'INSUFFICIENT_CREDITS',
    });
  });

  it('catches up on the history from a stored sequence, oldest first, with no gaps', async () => {
    const all = await ex.entriesSince(0);
    expect(all.map((e) => e.sequence)).toEqual(all.map((_, i) => i + 1));
    const tail = await ex.entriesSince(2);
    expect(tail.map((e) => e.sequence)).toEqual(all.slice(2).map((e) => e.sequence));
  });

  it('sums charges from the streamed export', async () => {
    const perFeature = await ex.chargedSince('2000-01-01T00:00:00Z');
    expect(perFeature.get('partner_report')).toBe(310_000n);
  });

  it('checks a budget from the forecast and the usage', async () => {
    const farFuture = '2999-01-01T00:00:00.000Z';
    const result = await ex.checkBudget(farFuture);
    expect(result.short).toBe(true);
    expect(result.biggest).toBe('partner_report');
    expect(ex.toMicro(result.burnPerDay)).toBeGreaterThan(0n);
  });
});

function formatMicro(micro: bigint): string {
  const whole = micro / 1_000_000n;
  const fraction = (micro % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

import { ManualClock } from '@hero/server/src/platform/clock';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { fund, signUp } from '../support/accounts';
import { gql, gqlOk } from '../support/gql';
import { watchBalance } from '../support/live';
import { createScratchDatabase, type ScratchDatabase } from '../support/pg-harness';
import { balance, key, Q, transactions } from '../support/product';
import { dbKind, spawnServer, startTestServer, type ServerProcess, type TestServer } from '../support/server';

const HOLD_TTL_MS = 60_000;

let scratch: ScratchDatabase | undefined;
let child: ServerProcess | undefined;
let restarted: TestServer | undefined;

afterAll(async () => {
  await child?.stop('SIGKILL');
  await restarted?.stop();
  await scratch?.drop();
});

/**
 * This test kills the server, never the database, so it needs no private durable cluster
 * (test/support/pg-cluster.ts): a commit PostgreSQL has acknowledged stays visible to every later session
 * for as long as PostgreSQL itself keeps running, whatever the durability settings say. fsync and
 * full_page_writes protect against the machine losing power, synchronous_commit against PostgreSQL
 * crashing; integration/durability.test.ts crashes it, on such a cluster. Here commits are still
 * acknowledged only once written to the WAL, as in production: synchronous_commit is the one of the three
 * settings a database can set for itself.
 */
async function durableCommits(url: string): Promise<void> {
  if (!url.startsWith('postgres')) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`alter database "${new URL(url).pathname.slice(1)}" set synchronous_commit = on`);
  } finally {
    await client.end();
  }
}

describe(`a hold abandoned by a killed server (${dbKind()})`, () => {
  it('is released after its TTL by a restarted server, exactly once', async () => {
    scratch = await createScratchDatabase('crash');
    await durableCommits(scratch.url);
    // The answer takes two minutes to write: the process dies long before it could settle.
    child = await spawnServer(scratch.url, { HOLD_TTL_MS: String(HOLD_TTL_MS), AI_LATENCY_MS: '120000' });
    const owner = await signUp(child.url, 'crash');
    await fund(child.url, owner.workspaceId, '5');
    const watcher = watchBalance(child.url, owner.token);
    const idempotencyKey = key('crash');
    const inFlight = gql(
      child.url,
      Q.sendHeroAiMessage,
      { input: { text: 'What did I spend this week?', idempotencyKey } },
      owner.token,
    ).catch((err: unknown) => err);

    const held = await watcher.message((b) => b.reserved !== '0', 'the hold');
    expect(held.available).not.toBe('5');
    const killedAt = Date.now();
    await watcher.stop();
    await child.stop('SIGKILL');
    expect(await inFlight).toBeInstanceOf(Error); // the request died with the process: no answer, no settle

    // Another server on the same database, its clock past the hold's time to live.
    restarted = await startTestServer({ scratch, clock: new ManualClock(new Date(killedAt + HOLD_TTL_MS + 5_000)) });
    const before = await balance(restarted.url, owner.token);
    expect(before.reserved).not.toBe('0');
    await restarted.sweep();
    await restarted.sweep(); // a second pass finds nothing left to release

    const entries = await transactions(restarted.url, owner.token);
    const hold = entries.find((e) => e.type === 'HOLD')!;
    const releases = entries.filter((e) => e.type === 'RELEASE');
    expect(releases).toHaveLength(1);
    expect(releases[0]!.holdId).toBe(hold.holdId);
    expect(releases[0]!.description).toMatch(/^Hold expired unsettled: Hero AI: question about/);
    expect(entries.some((e) => e.type === 'CHARGE')).toBe(false);
    const after = await balance(restarted.url, owner.token);
    expect(after).toMatchObject({ available: '5', reserved: '0' });

    // The abandoned run's key is usable again once its hold has expired: the question is answered and charged once.
    const retry = await gqlOk(
      restarted.url,
      Q.sendHeroAiMessage,
      { input: { text: 'What did I spend this week?', idempotencyKey } },
      owner.token,
    );
    expect(retry.sendHeroAiMessage.charge.replayed).toBe(false);
    expect((await transactions(restarted.url, owner.token, ['CHARGE'])).length).toBe(1);
    expect((await transactions(restarted.url, owner.token, ['RELEASE'])).length).toBe(1);
  });
});

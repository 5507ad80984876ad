import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund, signUp, supportToken, type Account } from '../support/accounts';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { adjust, release, reserve, settleHold } from '../support/holds';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { dbKind, spawnServer, startTwoProcesses, type ServerProcess, type TwoProcesses } from '../support/server';

/**
 * Each server process remembers the accounts it wrote or read and decides its next command from that
 * memory, without reading first; its writes are grouped with other accounts' into one statement under
 * load. Whatever another process did meanwhile, every answer must be the one a fresh read would give:
 * these run each step on one process and the next on the other, so that the first's memory is old.
 */
let servers: TwoProcesses | undefined;
let a: ServerProcess;
let b: ServerProcess;
let staff: string;

beforeAll(async () => {
  servers = await startTwoProcesses('ledger_view');
  ({ a, b } = servers);
  staff = await supportToken(a.url);
}, 120_000);

afterAll(() => servers?.stop());

const BALANCE = '{ balance { available reserved version } }';
const RESERVE = 'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id amount } }';

const balanceOn = async (url: string, owner: Account) =>
  (await gqlOk(url, BALANCE, {}, owner.token)).balance as { available: string; reserved: string; version: number };

describe(`decisions from a process's memory of the account stay exact (${dbKind()})`, () => {
  it('a hold refused by what one process remembers is granted when another process added credits meanwhile', async () => {
    const owner = await signUp(a.url, 'view-refill');
    await fund(a.url, owner.workspaceId, '1');
    await reserve(b.url, owner.token, '1'); // b now remembers an account with nothing left
    await adjust(a.url, staff, { workspaceId: owner.workspaceId, amount: '5', direction: 'CREDIT', reason: 'refill' });
    const r = await gql(
      b.url,
      RESERVE,
      { i: { amount: '3', description: 'after refill', idempotencyKey: uniqueKey() } },
      owner.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.reserveCredits.amount).toBe('3');
    expect(await balanceOn(b.url, owner)).toMatchObject({ available: '2', reserved: '4' });
  });

  it('a hold another process released is not settled by the one that placed it', async () => {
    const owner = await signUp(a.url, 'view-released');
    await fund(a.url, owner.workspaceId, '5');
    const holdId = await reserve(b.url, owner.token, '2'); // b remembers the hold as active
    await release(a.url, owner.token, holdId);
    const settled = await settleHold(b.url, owner.token, holdId, '2');
    expect(codeOf(settled)).toBe('CONFLICT');
    expect(settled.errors?.[0]?.extensions?.holdStatus).toBe('RELEASED');
    expect(await balanceOn(a.url, owner)).toMatchObject({ available: '5', reserved: '0' });
  });

  it('an idempotency key answered on one process gets the same answer on the other, and moves credits once', async () => {
    const owner = await signUp(a.url, 'view-replay');
    await fund(a.url, owner.workspaceId, '5');
    await reserve(b.url, owner.token, '1'); // b remembers the account
    const input = { amount: '2', description: 'replayed', idempotencyKey: uniqueKey('replay') };
    const first = await gqlOk(a.url, RESERVE, { i: input }, owner.token);
    const again = await gqlOk(b.url, RESERVE, { i: input }, owner.token);
    expect(again.reserveCredits).toEqual(first.reserveCredits);
    const reused = await gql(b.url, RESERVE, { i: { ...input, amount: '3' } }, owner.token);
    expect(codeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await balanceOn(b.url, owner)).toMatchObject({ available: '2', reserved: '3' });
  });

  it('a balance read right after a change on the other process shows that change, every time', async () => {
    const owner = await signUp(a.url, 'view-balance');
    await fund(a.url, owner.workspaceId, '100');
    await balanceOn(b.url, owner); // b remembers the account
    for (let i = 1; i <= 30; i++) {
      await reserve(i % 2 ? a.url : b.url, owner.token, '1');
      const seen = await balanceOn(i % 2 ? b.url : a.url, owner);
      expect(seen).toMatchObject({ available: String(100 - i), reserved: String(i) });
    }
  });

  it('one account refused inside a shared write leaves the others of that write written', async () => {
    const owners = await Promise.all(Array.from({ length: 12 }, (_, i) => signUp(a.url, `view-shared-${i}`)));
    await Promise.all(owners.map((o) => fund(a.url, o.workspaceId, '10')));
    // Every process remembers every account, and one key is answered already.
    await Promise.all(owners.map((o) => reserve(a.url, o.token, '1')));
    const answered = { amount: '1', description: 'answered', idempotencyKey: uniqueKey('answered') };
    await gqlOk(a.url, RESERVE, { i: answered }, owners[0]!.token);
    // Sent at once to one process, whose writes go out together; the reused key's write meets its unique index.
    const results = await Promise.all(
      owners.map((o, i) =>
        gql(
          a.url,
          RESERVE,
          {
            i:
              i === 0
                ? { ...answered, amount: '2' }
                : { amount: '2', description: 'shared', idempotencyKey: uniqueKey() },
          },
          o.token,
        ),
      ),
    );
    expect(codeOf(results[0]!)).toBe('IDEMPOTENCY_KEY_REUSED');
    for (const r of results.slice(1)) expect(r.errors).toBeUndefined();
    expect(await balanceOn(b.url, owners[0]!)).toMatchObject({ available: '8', reserved: '2' });
    for (const o of owners.slice(1)) expect(await balanceOn(b.url, o)).toMatchObject({ available: '7', reserved: '3' });
  });
});

/**
 * A batch that keeps losing the race between its read and its write to other processes (a hot account) is
 * decided and written again under the account's row lock. LEDGER_OPTIMISTIC_ROUNDS=0 sends every batch
 * that way, so that the locked path meets the same load the version-checked one does.
 */
describe(`every batch under the account's row lock (${dbKind()})`, () => {
  let locked: TwoProcesses | undefined;
  beforeAll(async () => {
    locked = await startTwoProcesses('ledger_locked', { LEDGER_OPTIMISTIC_ROUNDS: '0' });
  }, 120_000);
  afterAll(() => locked?.stop());

  it('32 clients on two processes spend exactly the 1 credit there is, and the totals add up', async () => {
    const urls = [locked!.a.url, locked!.b.url];
    const owner = await signUp(urls[0]!, 'locked-drain');
    await fund(urls[0]!, owner.workspaceId, '1');
    expect(await drain(urls, owner, 32)).toBe(100);
    expect(await balanceOn(urls[1]!, owner)).toMatchObject({ available: '0', reserved: '0' });
    const { workspaceAudit } = await gqlOk(
      urls[0]!,
      'query($w: ID!) { workspaceAudit(workspaceId: $w) { replayMatches } }',
      { w: owner.workspaceId },
      await supportToken(urls[0]!),
    );
    expect(workspaceAudit.replayMatches).toBe(true);
  });

  it('answers a key again with its first answer, on either process, and moves credits once', async () => {
    const [x, y] = [locked!.a.url, locked!.b.url];
    const owner = await signUp(x, 'locked-replay');
    await fund(x, owner.workspaceId, '5');
    const input = { amount: '2', description: 'replayed', idempotencyKey: uniqueKey('locked') };
    const first = await gqlOk(x, RESERVE, { i: input }, owner.token);
    expect(await gqlOk(y, RESERVE, { i: input }, owner.token)).toEqual(first);
    expect(codeOf(await gql(y, RESERVE, { i: { ...input, amount: '3' } }, owner.token))).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await balanceOn(y, owner)).toMatchObject({ available: '3', reserved: '2' });
  });
});

/**
 * Many clients reserve 0.01 and settle exactly that, through one process or the other, each until it is
 * refused; returns how many holds were placed. Every answer but the last refusal must be a success.
 */
async function drain(urls: string[], owner: Account, clients: number): Promise<number> {
  let placed = 0;
  const client = async (url: string) => {
    for (;;) {
      const r = await gql(
        url,
        RESERVE,
        { i: { amount: '0.01', description: 'drain', idempotencyKey: uniqueKey() } },
        owner.token,
      );
      if (codeOf(r) === 'INSUFFICIENT_CREDITS') return;
      expect(r.errors).toBeUndefined();
      placed += 1;
      const settled = await settleHold(url, owner.token, r.data!.reserveCredits.id as string, '0.01');
      expect(settled.errors).toBeUndefined();
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => client(urls[i % urls.length]!)));
  return placed;
}

describe.skipIf(dbKind() !== 'postgresql')(
  'one busy account on a durable database (PostgreSQL: a private cluster whose commits wait for the disk)',
  () => {
    let cluster: PgCluster;
    let servers: ServerProcess[] = [];

    beforeAll(async () => {
      cluster = await startPgCluster();
      const url = await cluster.createDatabase('busy_account');
      servers = [await spawnServer(url)]; // runs the migrations
      servers.push(await spawnServer(url));
    }, 120_000);
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await cluster?.destroy();
    });

    // Commits that take a disk flush hold the account's row lock long enough for writers on both processes to
    // queue behind each other: a process that lost a race reads again under the lock, and must decide from
    // everything committed before the lock was granted, grants included, or it would spend credits twice.
    it('64 clients on two processes spend exactly the 1 credit there is, and the totals add up', async () => {
      const [a, b] = servers.map((s) => s.url) as [string, string];
      const owner = await signUp(a, 'busy');
      await fund(a, owner.workspaceId, '1');
      expect(await drain([a, b], owner, 64)).toBe(100);
      expect(await balanceOn(b, owner)).toMatchObject({ available: '0', reserved: '0' });
      const staffToken = await supportToken(a);
      const { workspaceAudit } = await gqlOk(
        a,
        'query($w: ID!) { workspaceAudit(workspaceId: $w) { replayMatches } }',
        { w: owner.workspaceId },
        staffToken,
      );
      expect(workspaceAudit.replayMatches).toBe(true);
    });
  },
);

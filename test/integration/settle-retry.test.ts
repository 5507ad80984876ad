import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@hero/server/src/platform/clock';
import { fund, signUp, type Account } from '../support/accounts';
import { CountingAi } from '../support/counting-ai';
import { gqlOk } from '../support/gql';
import { balance, key, micro, productAndDraft, Q, transactions } from '../support/product';
import { dbKind, startTestServer, type TestServer } from '../support/server';

/**
 * SPEC rule 9 and issue "a settle that fails to commit makes the work free": the database itself refuses the
 * CHARGE entry (a trigger, so nothing in the product is replaced), and the finished work must still be charged,
 * exactly once: retried with backoff, else kept on its hold and written by the sweeper when it can be.
 */
const clock = new ManualClock(new Date('2026-11-02T09:00:00Z'));
const ai = new CountingAi();
let server: TestServer;
const HOLD_TTL_MS = 15 * 60_000;

beforeAll(async () => {
  server = await startTestServer({ clock, ai, env: { HOLD_TTL_MS: String(HOLD_TTL_MS) } });
});
afterAll(async () => {
  await removeFault();
  await server?.stop();
});

const sql = (text: string) => server.services.orm.em.getConnection().execute(text);

/** Makes the database refuse CHARGE entries: always, or (PostgreSQL) only the first `times`. */
async function injectFault(times?: number): Promise<void> {
  if (dbKind() === 'sqlite') {
    await sql(`create trigger hero_fault before insert on ledger_entry when new.type = 'CHARGE'
      begin select raise(abort, 'injected fault: the charge cannot be written'); end`);
    return;
  }
  await sql('create sequence hero_fault_seq');
  await sql(`create function hero_fault() returns trigger language plpgsql as $$
    begin
      if new.type = 'CHARGE' and nextval('hero_fault_seq') <= ${times ?? 1_000_000} then
        raise exception 'injected fault: the charge cannot be written';
      end if;
      return new;
    end $$`);
  await sql('create trigger hero_fault before insert on ledger_entry for each row execute function hero_fault()');
}

async function removeFault(): Promise<void> {
  if (!server) return;
  if (dbKind() === 'sqlite') {
    await sql('drop trigger if exists hero_fault');
    return;
  }
  await sql('drop trigger if exists hero_fault on ledger_entry');
  await sql('drop function if exists hero_fault()');
  await sql('drop sequence if exists hero_fault_seq');
}

async function analyse(owner: Account): Promise<{ charged: number; held: number }> {
  const { productId } = await productAndDraft(server.url, owner.token, `Product ${key('p')}`);
  const r = await gqlOk(server.url, Q.analyzeProduct, { input: { productId, idempotencyKey: key('a') } }, owner.token);
  return { charged: micro(r.analyzeProduct.charge.charged), held: micro(r.analyzeProduct.charge.held) };
}

/** What each CHARGE entry charged: it returns the hold (reserved change) and moves the rest (amount). */
const charges = async (owner: Account) =>
  (await transactions(server.url, owner.token, ['CHARGE'])).map((t) => -(micro(t.amount) + micro(t.reservedChange)));

describe(`a settle the database refuses is charged later, exactly once (${dbKind()})`, () => {
  it('kept on its hold while it cannot be written; the sweeper writes it once it can', async () => {
    const owner = await signUp(server.url, 'kept');
    await fund(server.url, owner.workspaceId, '10');
    await injectFault();
    const run = await analyse(owner);
    expect(run.charged).toBeGreaterThan(0);
    expect(await charges(owner)).toHaveLength(0);
    expect(micro((await balance(server.url, owner.token)).reserved)).toBe(run.held);

    await server.sweep(); // still refused: nothing moves, nothing is released
    expect(await charges(owner)).toHaveLength(0);
    await removeFault();
    await server.sweep();
    await server.sweep();

    expect(await charges(owner)).toEqual([run.charged]);
    const after = await balance(server.url, owner.token);
    expect(after.reserved).toBe('0');
    expect(micro(after.available)).toBe(10_000_000 - run.charged);
  });

  it('past the hold time to live the kept settle still lands, and the hold is never released for free', async () => {
    const owner = await signUp(server.url, 'late');
    await fund(server.url, owner.workspaceId, '10');
    await injectFault();
    const run = await analyse(owner);
    clock.advance(HOLD_TTL_MS + 60_000);
    await server.sweep();
    expect(await transactions(server.url, owner.token, ['RELEASE'])).toHaveLength(0);
    await removeFault();
    await server.sweep();

    expect(await charges(owner)).toEqual([run.charged]);
    expect(await transactions(server.url, owner.token, ['RELEASE'])).toHaveLength(0);
    expect(micro((await balance(server.url, owner.token)).available)).toBe(10_000_000 - run.charged);
  });

  it.runIf(dbKind() === 'postgresql')('a commit that fails twice is retried and charged at once', async () => {
    const owner = await signUp(server.url, 'retried');
    await fund(server.url, owner.workspaceId, '10');
    await injectFault(2);
    const run = await analyse(owner);
    await removeFault();
    expect(await charges(owner)).toEqual([run.charged]);
    expect((await balance(server.url, owner.token)).reserved).toBe('0');
  });
});

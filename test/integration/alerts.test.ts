import { ManualClock } from '@hero/server/src/platform/clock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Account } from '../support/accounts';
import { buyPacks, settled, stripeControls, subscribePaid } from '../support/billing';
import { codeOf, gql, gqlOk } from '../support/gql';
import { reserve, settle } from '../support/holds';
import { Watcher } from '../support/live';
import { readMail } from '../support/mail';
import { createScratchDatabase, type ScratchDatabase } from '../support/pg-harness';
import { dbKind, startTestServer, type TestServer } from '../support/server';

/**
 * Alerts fire once per crossing: a scripted burn over simulated days, with concurrent charges sent to two server
 * instances on one database (PostgreSQL; on SQLite one process serves the database file, so one instance), crosses
 * "balance below 5" and "runs out before renewal" once each: one notification, one email, one `alert.fired` event
 * per alert. A top-up clears both; burning down again fires both again.
 */
const onPostgres = dbKind() === 'postgresql';
const DAY = 86_400_000;
const clock = new ManualClock(new Date('2026-12-01T09:00:00Z'));

let scratch: ScratchDatabase;
let a: TestServer;
let b: TestServer;
const instances = () => (onPostgres ? [a, b] : [a]);

beforeAll(async () => {
  scratch = await createScratchDatabase('alerts');
  a = await startTestServer({ clock, scratch });
  b = onPostgres ? await startTestServer({ clock, scratch }) : a;
}, 120_000);

afterAll(async () => {
  // The auditor runs once, on A: the instance whose local Stripe took the payments. Same database for both.
  if (b && b !== a) await b.close();
  await a?.stop();
  await scratch?.drop();
});

const ALERT_FIELDS = 'id kind threshold percent enabled state emailsOwnersAndAdmins recipients { email }';

const alertsOf = async (url: string, token: string) =>
  (await gqlOk(url, `{ alerts { ${ALERT_FIELDS} } }`, {}, token)).alerts as {
    id: string;
    kind: string;
    threshold: string | null;
    percent: number | null;
    state: string;
    recipients: { email: string }[];
  }[];

async function createAlert(url: string, token: string, input: Record<string, unknown>) {
  return (
    await gqlOk(
      url,
      `mutation($i: CreateAlertInput!) { createAlert(input: $i) { ${ALERT_FIELDS} } }`,
      { i: input },
      token,
    )
  ).createAlert as { id: string; state: string };
}

/** Every evaluation and alert mail of every instance has finished. */
async function quiet(): Promise<void> {
  for (const s of instances()) await s.services.alerts.idle();
}

/** `count` holds of `amount`, each settled at its full amount, sent alternately to both instances at once. */
async function burn(owner: Account, count: number, amount: string): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const url = instances()[i % instances().length]!.url;
      await settle(url, owner.token, await reserve(url, owner.token, amount, 'scripted burn'), amount);
    }),
  );
  await quiet();
}

async function firedEvents(owner: Account): Promise<Record<string, unknown>[]> {
  const fired: Record<string, unknown>[] = [];
  for (let after = 0; ;) {
    const { events } = await gqlOk(
      b.url,
      'query($after: Int) { events(after: $after, first: 100) { nodes { sequence type data } hasMore } }',
      { after },
      owner.token,
    );
    for (const e of events.nodes) if (e.type === 'alert.fired') fired.push(JSON.parse(e.data));
    if (!events.hasMore) return fired;
    after = events.nodes.at(-1).sequence;
  }
}

async function mailTo(owner: Account) {
  const all = await Promise.all(instances().map((s) => readMail(s, owner.email)));
  return all.flat();
}

const countBy = (list: string[]) => list.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});

describe(`alerts fire once per crossing (${dbKind()}${onPostgres ? ', two instances' : ''})`, () => {
  it('a new workspace starts with visible default alerts', async () => {
    const owner = await signUp(a.url, 'defaults');
    const alerts = await alertsOf(a.url, owner.token);
    expect(alerts.map((x) => [x.kind, x.percent, x.state])).toEqual([
      ['ALLOCATION_PERCENT_BELOW', 10, 'ARMED'],
      ['RUNS_OUT_BEFORE_RENEWAL', null, 'ARMED'],
    ]);
    expect(alerts[0]!.recipients.map((r) => r.email)).toEqual([owner.email]);
  });

  it('a scripted burn crosses each alert once; recovering and crossing again fires again', async () => {
    const owner = await signUp(a.url, 'burner');
    await subscribePaid(a, owner.token, 'pro'); // 20 credits, renews in a month
    const defaults = await alertsOf(a.url, owner.token);
    const percent = defaults.find((x) => x.kind === 'ALLOCATION_PERCENT_BELOW')!;
    await gqlOk(a.url, 'mutation($id: ID!) { deleteAlert(id: $id) }', { id: percent.id }, owner.token);
    const below5 = await createAlert(b.url, owner.token, { kind: 'BALANCE_BELOW', threshold: '5' });
    const runsOut = defaults.find((x) => x.kind === 'RUNS_OUT_BEFORE_RENEWAL')!;

    // The bell, live on the other instance.
    const bell = new Watcher<{ unreadCount: number; lowBalance: boolean }>(
      b.url,
      owner.token,
      'subscription { notificationsChanged { unreadCount lowBalance } }',
    ).start();
    await bell.message((m) => m.unreadCount === 0, 'the first summary');

    // Two credits a day for nine days: 18, 16, … 4, 2. The pace (2 a day) empties 18 credits in 9 days,
    // long before renewal: that fires on day 1. Balance under 5 fires on day 8.
    for (let day = 1; day <= 9; day++) {
      clock.advance(DAY);
      await burn(owner, 4, '0.5');
    }
    const state = async () => Object.fromEntries((await alertsOf(a.url, owner.token)).map((x) => [x.id, x.state]));
    expect(await state()).toEqual({ [runsOut.id]: 'FIRED', [below5.id]: 'FIRED' });

    const notifications = async () =>
      (
        await gqlOk(
          a.url,
          '{ notifications(first: 50) { unreadCount edges { node { id kind title body read } } } }',
          {},
          owner.token,
        )
      ).notifications;
    let list = await notifications();
    expect(countBy(list.edges.map((e: { node: { kind: string } }) => e.node.kind))).toEqual({
      BALANCE_BELOW: 1,
      RUNS_OUT_BEFORE_RENEWAL: 1,
    });
    expect(list.unreadCount).toBe(2);
    const below = list.edges.find((e: { node: { kind: string } }) => e.node.kind === 'BALANCE_BELOW').node;
    expect(below.title).toBe('Balance below 5.00 credits');
    // Where exactly it crossed depends on how the concurrent charges interleaved: somewhere under 5.
    expect(below.body).toMatch(/^Your available balance is 4\.\d0 credits, below your alert at 5\.00 credits\./);
    await bell.message((m) => m.unreadCount === 2 && m.lowBalance, 'two unread, balance low');

    let mail = await mailTo(owner);
    expect(mail.map((m) => m.subject).sort()).toEqual([
      "Balance below 5.00 credits (burner's workspace)",
      "Credits run out before renewal (burner's workspace)",
    ]);
    let fired = await firedEvents(owner);
    expect(countBy(fired.map((e) => String(e.alertId)))).toEqual({ [runsOut.id]: 1, [below5.id]: 1 });
    expect(fired.find((e) => e.alertId === below5.id)).toMatchObject({ kind: 'BALANCE_BELOW', threshold: '5' });

    // A sweep on both instances later the same day changes nothing: each crossing has fired.
    clock.advance(DAY / 2);
    for (const s of instances()) await s.sweep();
    await quiet();
    expect((await notifications()).edges).toHaveLength(2);

    // Recover: 3 packs (60 credits) bring the balance to 62, above 5, and the pace (2 a day) no longer
    // empties it before renewal. Both arm again.
    await stripeControls(a).payCheckout(await buyPacks(a, owner.token, 3));
    await settled(a);
    await quiet();
    expect(await state()).toEqual({ [runsOut.id]: 'ARMED', [below5.id]: 'ARMED' });

    // Read them all; then burn 60 credits in one day from both instances at once: both fire again.
    await gqlOk(a.url, 'mutation { markNotificationsRead { unreadCount } }', {}, owner.token);
    clock.advance(DAY);
    await burn(owner, 6, '10');
    expect(await state()).toEqual({ [runsOut.id]: 'FIRED', [below5.id]: 'FIRED' });

    list = await notifications();
    expect(countBy(list.edges.map((e: { node: { kind: string } }) => e.node.kind))).toEqual({
      BALANCE_BELOW: 2,
      RUNS_OUT_BEFORE_RENEWAL: 2,
    });
    expect(list.unreadCount).toBe(2);
    mail = await mailTo(owner);
    expect(mail).toHaveLength(4);
    fired = await firedEvents(owner);
    expect(countBy(fired.map((e) => String(e.alertId)))).toEqual({ [runsOut.id]: 2, [below5.id]: 2 });
    await bell.message((m) => m.unreadCount === 2, 'two unread again');
    await bell.stop();
  });
});

describe('alert settings: who may change them, bad input, isolation', () => {
  it('owners change them; bad input and other workspaces change nothing', async () => {
    const owner = await signUp(a.url, 'settings');
    const other = await signUp(a.url, 'other');
    const before = await alertsOf(a.url, owner.token);

    const bad: [Record<string, unknown>, string][] = [
      [{ kind: 'BALANCE_BELOW' }, 'threshold'],
      [{ kind: 'BALANCE_BELOW', threshold: '0' }, 'threshold'],
      [{ kind: 'BALANCE_BELOW', threshold: '5', percent: 10 }, 'percent'],
      [{ kind: 'ALLOCATION_PERCENT_BELOW', percent: 0 }, 'percent'],
      [{ kind: 'ALLOCATION_PERCENT_BELOW', percent: 101 }, 'percent'],
      [{ kind: 'RUNS_OUT_BEFORE_RENEWAL', threshold: '1' }, 'threshold'],
      [{ kind: 'ALLOCATION_WILL_EXPIRE', threshold: '2000000' }, 'threshold'],
      [{ kind: 'BALANCE_BELOW', threshold: '5', recipientIds: ['not-an-id'] }, 'recipientIds'],
      [{ kind: 'BALANCE_BELOW', threshold: '5', recipientIds: [other.workspaceId] }, 'recipientIds'],
    ];
    for (const [input, field] of bad) {
      const r = await gql(
        a.url,
        'mutation($i: CreateAlertInput!) { createAlert(input: $i) { id } }',
        { i: input },
        owner.token,
      );
      expect(codeOf(r), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.field, JSON.stringify(input)).toBe(field);
    }
    for (const threshold of ['-1', '1.0000001', 'NaN', 'five']) {
      const r = await gql(
        a.url,
        'mutation($i: CreateAlertInput!) { createAlert(input: $i) { id } }',
        { i: { kind: 'BALANCE_BELOW', threshold } },
        owner.token,
      );
      expect(codeOf(r), threshold).toBe('BAD_USER_INPUT');
    }
    expect(await alertsOf(a.url, owner.token)).toEqual(before);

    // Another workspace's member reads their own alerts and cannot touch these.
    const stranger = await signUp(a.url, 'stranger');
    for (const [query, vars] of [
      ['mutation($id: ID!) { deleteAlert(id: $id) }', { id: before[0]!.id }],
      ['mutation($i: UpdateAlertInput!) { updateAlert(input: $i) { id } }', { i: { id: before[0]!.id, percent: 50 } }],
      ['mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unreadCount } }', { ids: [before[0]!.id] }],
    ] as const) {
      expect(codeOf(await gql(a.url, query, vars, stranger.token)), query).toBe('NOT_FOUND');
    }
    expect((await alertsOf(a.url, stranger.token)).map((x) => x.id)).not.toContain(before[0]!.id);
    expect(await alertsOf(a.url, owner.token)).toEqual(before);

    const updated = await gqlOk(
      a.url,
      'mutation($i: UpdateAlertInput!) { updateAlert(input: $i) { percent enabled } }',
      { i: { id: before[0]!.id, percent: 25, enabled: false } },
      owner.token,
    );
    expect(updated.updateAlert).toEqual({ percent: 25, enabled: false });
    expect(codeOf(await gql(a.url, '{ notifications { unreadCount } }', {}, null))).toBe('UNAUTHENTICATED');
  });
});

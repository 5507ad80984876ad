import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OWNER, DEMO_STAFF } from '@hero/server/src/db/seed';
import { gqlOk } from '../support/gql';
import { watchBalance } from '../support/live';
import { dbKind } from '../support/server';

/** README command 1, as a new user runs it: starts on SQLite and serves the demo workspace. */
const onSqlite = dbKind() === 'sqlite';
let child: ChildProcess;
let url: string;
let output = '';
const dataDir = mkdtempSync(join(tmpdir(), 'hero-cmd1-'));

beforeAll(async () => {
  if (!onSqlite) return;
  const root = join(__dirname, '..', '..');
  child = spawn('bash', ['scripts/start.sh'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output += `${line}\n`;
      if (line.startsWith('{')) {
        const msg = JSON.parse(line) as { event?: string; url?: string };
        if (msg.event === 'listening' && msg.url) resolve(msg.url);
      }
    });
    child.once('exit', (code) => reject(new Error(`start.sh exited with ${code}:\n${output}`)));
  });
}, 300_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!onSqlite)('README command 1 (scripts/start.sh)', () => {
  it('prints the demo login and the URL', () => {
    expect(output).toContain(DEMO_OWNER.email);
    expect(output).toContain(DEMO_OWNER.password);
    expect(output).toContain(`Hero Marketer is running at ${url}`);
  });

  it('prints the demo support staff login, and that account is support staff', async () => {
    expect(output).toContain(`${DEMO_STAFF.email} / ${DEMO_STAFF.password}`);
    const { signIn } = await gqlOk(url, 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', {
      i: { email: DEMO_STAFF.email, password: DEMO_STAFF.password },
    });
    expect((await gqlOk(url, '{ viewer { isSupport } }', {}, signIn.token)).viewer.isSupport).toBe(true);
  });

  it('lets a script sign in as the demo owner and read balance, transactions, plans and billing', async () => {
    const { signIn } = await gqlOk(url, 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', {
      i: { email: DEMO_OWNER.email, password: DEMO_OWNER.password },
    });
    const data = await gqlOk(
      url,
      `{ balance { available planAllocation purchased outOfCredits renewsAt }
         transactions(first: 50) { edges { node { type description amount } } }
         plans { code }
         billing { status plan { code } renewsAt allocationGranted allocationUsed } }`,
      {},
      signIn.token,
    );
    expect(data.plans.map((p: { code: string }) => p.code)).toEqual(['pro', 'growth', 'agency']);
    expect(data.billing).toMatchObject({ status: 'ACTIVE', plan: { code: 'pro' }, allocationGranted: '20' });
    expect(Number(data.billing.allocationUsed)).toBeGreaterThan(0);
    expect(data.balance.outOfCredits).toBe(false);
    expect(Number(data.balance.purchased)).toBeGreaterThan(0);
    expect(data.balance.renewsAt).toBe(data.billing.renewsAt);
    const types = new Set(data.transactions.edges.map((e: { node: { type: string } }) => e.node.type));
    expect(types).toEqual(new Set(['GRANT', 'HOLD', 'CHARGE']));
  });

  it('lets the demo owner buy credits and change plan through the local checkout page', async () => {
    const { signIn } = await gqlOk(url, 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', {
      i: { email: DEMO_OWNER.email, password: DEMO_OWNER.password },
    });
    const balance = async () =>
      await gqlOk(url, '{ balance { purchased planAllocation } billing { plan { code } } }', {}, signIn.token);
    const before = await balance();
    const { purchaseCredits } = await gqlOk(
      url,
      'mutation($i: PurchaseCreditsInput!) { purchaseCredits(input: $i) { url } }',
      { i: { packs: 1, idempotencyKey: `cmd1-buy-${Date.now()}` } },
      signIn.token,
    );
    // What the browser does on the checkout page: press Pay (the form posts to the local Stripe).
    const page = await fetch(purchaseCredits.url);
    expect(await page.text()).toContain('id="pay"');
    const paid = await fetch(new URL('../_local/payCheckout', purchaseCredits.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ sessionId: purchaseCredits.url.split('/').pop()!, redirect: '1' }),
      redirect: 'manual',
    });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toContain('/settings/billing?checkout=success');
    const afterTopUp = await balance();
    expect(Number(afterTopUp.balance.purchased)).toBe(Number(before.balance.purchased) + 20);

    const watcher = watchBalance(url, signIn.token);
    const { changePlan } = await gqlOk(
      url,
      'mutation($i: ChangePlanInput!) { changePlan(input: $i) { kind prorationCredits } }',
      { i: { plan: 'growth', idempotencyKey: `cmd1-plan-${Date.now()}` } },
      signIn.token,
    );
    expect(changePlan.kind).toBe('UPGRADE');
    // The prorated credits arrive with Stripe's invoice.paid webhook: await the live balance.
    const upgraded = await watcher.message(
      (b) => Number(b.planAllocation) > Number(afterTopUp.balance.planAllocation),
      'the prorated credits',
    );
    await watcher.stop();
    expect(Number(upgraded.planAllocation) - Number(afterTopUp.balance.planAllocation)).toBeCloseTo(
      Number(changePlan.prorationCredits),
      1,
    );
    const { billing } = await gqlOk(url, '{ billing { plan { code } } }', {}, signIn.token);
    expect(billing.plan.code).toBe('growth');
  });

  it('serves the web app on the same port', async () => {
    const res = await fetch(`${url}/settings/billing`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  });
});

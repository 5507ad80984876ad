import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStaffCommand } from '@hero/server/src/modules/auth/staff.command';
import { StaffRoleChange } from '@hero/server/src/modules/auth/staff-role-change.entity';
import { PASSWORD, signUp, type Account } from '../support/accounts';
import { codeOf, gql, gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

/** The address a deploy used to list in SUPPORT_EMAILS: the setting must no longer mean anything. */
const LISTED_EMAIL = `listed-${uniqueKey()}@hero.test`.toLowerCase();

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { SUPPORT_EMAILS: LISTED_EMAIL } });
});
afterAll(() => server?.stop());

const AUDIT = 'query($w: ID!) { workspaceAudit(workspaceId: $w) { replayMatches } }';
const isStaff = async (token: string): Promise<boolean> =>
  (await gqlOk<{ viewer: { isSupport: boolean } }>(server.url, '{ viewer { isSupport } }', {}, token)).viewer.isSupport;
const auditCode = async (token: string, workspaceId: string) =>
  codeOf(await gql(server.url, AUDIT, { w: workspaceId }, token)) ?? 'OK';
const operator = (action: 'grant' | 'revoke', email: string) =>
  runStaffCommand(action, email, { DATABASE_URL: server.databaseUrl }, 'ops@test-machine');
const changesOf = (email: string) =>
  server.services.orm.em.fork().find(StaffRoleChange, { email }, { orderBy: { createdAt: 'asc', id: 'asc' } });

/** `pnpm staff:grant|staff:revoke EMAIL` at the repository root, as an operator types it. */
function pnpmStaff(action: 'grant' | 'revoke', email: string): Promise<{ code: number | null; output: string }> {
  const child = spawn('pnpm', [`staff:${action}`, email], {
    cwd: join(__dirname, '..', '..'),
    env: { ...process.env, DATABASE_URL: server.databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

describe(`support staff role (${dbKind()})`, () => {
  let customer: Account;
  beforeAll(async () => {
    customer = await signUp(server.url, 'customer');
  });

  it('is not given by signing up, even with an address the old SUPPORT_EMAILS setting listed', async () => {
    const { signUp: listed } = await gqlOk(server.url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
      i: { email: LISTED_EMAIL, password: PASSWORD, name: 'Not staff', workspaceName: 'Mine' },
    });
    expect(await isStaff(listed.token)).toBe(false);
    expect(await auditCode(listed.token, customer.workspaceId)).toBe('FORBIDDEN');
  });

  it('staff:grant makes an existing account staff at once, in the session it already has, and records it', async () => {
    const person = await signUp(server.url, 'new-staff');
    expect(await auditCode(person.token, customer.workspaceId)).toBe('FORBIDDEN');

    // As typed, with stray case and spaces: the account is found by its normalized address.
    const granted = await operator('grant', ` ${person.email.toUpperCase()} `);
    expect(granted).toMatchObject({ email: person.email, isSupport: true, changed: true });
    expect(await isStaff(person.token)).toBe(true);
    expect(await auditCode(person.token, customer.workspaceId)).toBe('OK');

    // Granting again changes nothing and records nothing.
    expect(await operator('grant', person.email)).toMatchObject({ isSupport: true, changed: false });
    expect(await changesOf(person.email)).toEqual([
      expect.objectContaining({ kind: 'GRANT', actor: 'ops@test-machine', createdAt: expect.any(Date) }),
    ]);
  });

  it('staff:revoke takes the rights away from the sessions already open, and records it', async () => {
    const person = await signUp(server.url, 'leaving-staff');
    const otherSession = (
      await gqlOk(server.url, 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', {
        i: { email: person.email, password: PASSWORD },
      })
    ).signIn.token as string;
    await operator('grant', person.email);
    expect(await auditCode(otherSession, customer.workspaceId)).toBe('OK');

    expect(await operator('revoke', person.email)).toMatchObject({ isSupport: false, changed: true });
    for (const token of [person.token, otherSession]) {
      expect(await isStaff(token)).toBe(false);
      expect(await auditCode(token, customer.workspaceId)).toBe('FORBIDDEN');
      const adjust = await gql(
        server.url,
        'mutation($i: AdjustCreditsInput!) { adjustCredits(input: $i) { available } }',
        {
          i: {
            workspaceId: customer.workspaceId,
            amount: '5',
            direction: 'CREDIT',
            reason: 'after revocation',
            idempotencyKey: uniqueKey(),
          },
        },
        token,
      );
      expect(codeOf(adjust)).toBe('FORBIDDEN');
    }
    expect((await changesOf(person.email)).map((c) => c.kind)).toEqual(['GRANT', 'REVOKE']);
    expect((await gqlOk(server.url, '{ balance { available } }', {}, customer.token)).balance.available).toBe('0');
  });

  it('pnpm staff:grant on an unknown email fails with a clear message, a non-zero exit and no change', async () => {
    const unknown = `nobody-${uniqueKey()}@hero.test`.toLowerCase();
    const { code, output } = await pnpmStaff('grant', unknown);
    expect(code).toBe(1);
    expect(output).toContain(`No account with the email ${unknown}`);
    expect(await changesOf(unknown)).toEqual([]);
  }, 60_000);

  it('pnpm staff:grant and staff:revoke work from the command line on the server database', async () => {
    const person = await signUp(server.url, 'cli-staff');
    const granted = await pnpmStaff('grant', person.email);
    expect(granted).toMatchObject({ code: 0, output: expect.stringContaining(`${person.email} is now support staff`) });
    expect(await isStaff(person.token)).toBe(true);
    const revoked = await pnpmStaff('revoke', person.email);
    expect(revoked).toMatchObject({ code: 0, output: expect.stringContaining('no longer support staff') });
    expect(await isStaff(person.token)).toBe(false);
    const changes = await changesOf(person.email);
    expect(changes.map((c) => c.kind)).toEqual(['GRANT', 'REVOKE']);
    expect(changes[0]!.actor).toMatch(/.+@.+/);
  }, 60_000);
});

import { runStaffCommand } from '@hero/server/src/modules/auth/staff.command';
import { gqlOk, uniqueKey } from './gql';
import { databaseOf, SUPPORT_EMAIL } from './server';

export const PASSWORD = 'correct horse battery';

export interface Account {
  token: string;
  workspaceId: string;
  email: string;
}

/** Signs up a new owner with their own workspace. */
export async function signUp(url: string, name = 'owner'): Promise<Account> {
  const email = `${name}-${uniqueKey()}@hero.test`.toLowerCase();
  const { signUp: auth } = await gqlOk<{ signUp: { token: string } }>(
    url,
    `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`,
    { input: { email, password: PASSWORD, name, workspaceName: `${name}'s workspace` } },
  );
  const { viewer } = await gqlOk<{ viewer: { workspace: { id: string } } }>(
    url,
    '{ viewer { workspace { id } } }',
    {},
    auth.token,
  );
  return { token: auth.token, workspaceId: viewer.workspace.id, email };
}

/** A new account added to `owner`'s workspace as MEMBER and switched into it: the workspace, seen by a teammate. */
export async function addTeammate(url: string, owner: Account, name = 'mate'): Promise<Account> {
  const mate = await signUp(url, name);
  await gqlOk(
    url,
    'mutation($i: AddMemberInput!) { addMember(input: $i) { member { email } } }',
    { i: { email: mate.email, role: 'MEMBER' } },
    owner.token,
  );
  await gqlOk(url, 'mutation($w: ID!) { switchWorkspace(workspaceId: $w) }', { w: owner.workspaceId }, mate.token);
  return { ...mate, workspaceId: owner.workspaceId };
}

/** Grants the support staff role to an existing account of the server at `url`, as `pnpm staff:grant` does. */
export async function grantStaff(url: string, email: string): Promise<void> {
  await runStaffCommand('grant', email, { DATABASE_URL: databaseOf(url) }, 'test helper');
}

/** A support staff session: the account signs up like anyone, then is granted the role. One per server URL. */
const supportTokens = new Map<string, Promise<string>>();
export function supportToken(url: string): Promise<string> {
  let t = supportTokens.get(url);
  if (!t) {
    t = (async () => {
      const token = await signUpOrIn(url, SUPPORT_EMAIL, 'Support');
      await grantStaff(url, SUPPORT_EMAIL);
      return token;
    })();
    supportTokens.set(url, t);
  }
  return t;
}

/** Signs up `email`, or signs in when it exists already (servers sharing a database). */
async function signUpOrIn(url: string, email: string, name: string): Promise<string> {
  try {
    const r = await gqlOk<{ signUp: { token: string } }>(
      url,
      `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`,
      { input: { email, password: PASSWORD, name, workspaceName: name } },
    );
    return r.signUp.token;
  } catch {
    const r = await gqlOk<{ signIn: { token: string } }>(
      url,
      `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
      { input: { email, password: PASSWORD } },
    );
    return r.signIn.token;
  }
}

/** Credits a workspace through the support API, as support staff would. */
export async function fund(url: string, workspaceId: string, amount: string): Promise<void> {
  await gqlOk(
    url,
    `mutation($input: AdjustCreditsInput!) { adjustCredits(input: $input) { available } }`,
    { input: { workspaceId, amount, direction: 'CREDIT', reason: 'test funding', idempotencyKey: uniqueKey('fund') } },
    await supportToken(url),
  );
}

import { gqlOk, uniqueKey } from './gql';
import { SUPPORT_EMAIL } from './server';

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

/** A support staff session (SUPPORT_EMAILS in the test server's config). One per server URL. */
const supportTokens = new Map<string, Promise<string>>();
export function supportToken(url: string): Promise<string> {
  let t = supportTokens.get(url);
  if (!t) {
    t = (async () => {
      try {
        const r = await gqlOk<{ signUp: { token: string } }>(
          url,
          `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`,
          { input: { email: SUPPORT_EMAIL, password: PASSWORD, name: 'Support', workspaceName: 'Support' } },
        );
        return r.signUp.token;
      } catch {
        const r = await gqlOk<{ signIn: { token: string } }>(
          url,
          `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
          { input: { email: SUPPORT_EMAIL, password: PASSWORD } },
        );
        return r.signIn.token;
      }
    })();
    supportTokens.set(url, t);
  }
  return t;
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

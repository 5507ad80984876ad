import { gql, gqlOk, uniqueKey, type GqlResult } from './gql';

/** The partner API's holds and support's adjustments, as a partner's or support's script would call them. */

export async function reserve(
  url: string,
  token: string,
  amount: string,
  description = 'partner job',
): Promise<string> {
  const r = await gqlOk(
    url,
    'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }',
    { i: { amount, description, idempotencyKey: uniqueKey('hold') } },
    token,
  );
  return r.reserveCredits.id as string;
}

/** The raw answer, so a test can look at a refusal. */
export const settleHold = (url: string, token: string, holdId: string, actual: string): Promise<GqlResult> =>
  gql(
    url,
    'mutation($i: SettleHoldInput!) { settleHold(input: $i) { status charged } }',
    { i: { holdId, actual, idempotencyKey: uniqueKey('settle') } },
    token,
  );

export async function settle(url: string, token: string, holdId: string, actual: string): Promise<void> {
  const r = await settleHold(url, token, holdId, actual);
  if (r.errors?.length) throw new Error(`settleHold failed: ${JSON.stringify(r.errors)}`);
}

/** Reserves `amount` and settles exactly that: one finished job, charged in full. */
export async function spend(url: string, token: string, amount: string, description = 'partner job'): Promise<void> {
  await settle(url, token, await reserve(url, token, amount, description), amount);
}

export async function release(url: string, token: string, holdId: string): Promise<void> {
  await gqlOk(
    url,
    'mutation($i: ReleaseHoldInput!) { releaseHold(input: $i) { status } }',
    { i: { holdId, idempotencyKey: uniqueKey('release') } },
    token,
  );
}

/** A support adjustment with its reason (the staff token from `supportToken`). */
export async function adjust(
  url: string,
  staffToken: string,
  input: { workspaceId: string; amount: string; direction: 'CREDIT' | 'DEBIT'; reason: string },
): Promise<void> {
  await gqlOk(
    url,
    `mutation($input: AdjustCreditsInput!) { adjustCredits(input: $input) { available } }`,
    { input: { ...input, idempotencyKey: uniqueKey('adjust') } },
    staffToken,
  );
}

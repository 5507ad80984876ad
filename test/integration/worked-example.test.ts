import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@hero/server/src/platform/clock';
import { signUp, supportToken, type Account } from '../support/accounts';
import { gqlOk, uniqueKey } from '../support/gql';
import { dbKind, startTestServer, type TestServer } from '../support/server';

/**
 * The worked example of docs/concepts/credits.md, step by step, through the API. If this test
 * changes, the document's numbers change with it.
 */
const periodStart = new Date('2026-11-01T00:00:00Z');
const periodEnd = new Date('2026-12-01T00:00:00Z');
const clock = new ManualClock(new Date('2026-11-10T09:00:00Z'));
let server: TestServer;
let owner: Account;

const balanceQuery = '{ balance { available planAllocation purchased reserved deficit } }';
const balance = async () => (await gqlOk(server.url, balanceQuery, {}, owner.token)).balance;
const reserve = async (amount: string) =>
  (
    await gqlOk(
      server.url,
      'mutation($i: ReserveCreditsInput!) { reserveCredits(input: $i) { id } }',
      { i: { amount, description: 'Hero AI: weekly report', feature: 'hero_ai_message', idempotencyKey: uniqueKey() } },
      owner.token,
    )
  ).reserveCredits.id as string;
const settle = (holdId: string, actual: string) =>
  gqlOk(
    server.url,
    'mutation($i: SettleHoldInput!) { settleHold(input: $i) { status charged } }',
    { i: { holdId, actual, idempotencyKey: uniqueKey() } },
    owner.token,
  );
const latest = async () =>
  (
    await gqlOk(
      server.url,
      '{ transactions(first: 1) { edges { node { type amount charged description deficitChange splits { grantLabel amount } } } } }',
      {},
      owner.token,
    )
  ).transactions.edges[0].node;

beforeAll(async () => {
  server = await startTestServer({ clock });
  owner = await signUp(server.url, 'example');
});
afterAll(() => server?.stop());

describe(`worked example: how credits flow (${dbKind()})`, () => {
  let topUpGrant: string;

  it('1. a Pro allocation and a top-up', async () => {
    const { ledger } = server.services;
    const system = { kind: 'SYSTEM' as const, id: null };
    await ledger.grant(owner.workspaceId, {
      source: 'PLAN_ALLOCATION',
      label: 'Pro allocation',
      amountMicro: 20_000_000,
      expiresAt: periodEnd,
      effectiveAt: periodStart,
      description: 'Pro plan: 20 credits for the period',
      actor: system,
    });
    topUpGrant = (
      await ledger.grant(owner.workspaceId, {
        source: 'TOP_UP',
        label: 'Top-up',
        amountMicro: 20_000_000,
        expiresAt: null,
        description: 'Top-up: 20 credits',
        actor: system,
      })
    ).grantId;
    expect(await balance()).toEqual({
      available: '40',
      planAllocation: '20',
      purchased: '20',
      reserved: '0',
      deficit: '0',
    });
  });

  it('2-3. hold 2.5, settle 1.7: charged from the allocation, 0.8 released', async () => {
    const hold = await reserve('2.5');
    expect(await balance()).toEqual({
      available: '37.5',
      planAllocation: '17.5',
      purchased: '20',
      reserved: '2.5',
      deficit: '0',
    });
    expect((await settle(hold, '1.7')).settleHold).toEqual({ status: 'SETTLED', charged: '1.7' });
    expect(await balance()).toEqual({
      available: '38.3',
      planAllocation: '18.3',
      purchased: '20',
      reserved: '0',
      deficit: '0',
    });
    expect(await latest()).toMatchObject({
      type: 'CHARGE',
      amount: '0.8',
      charged: '1.7',
      splits: [{ grantLabel: 'Pro allocation', amount: '1.7' }],
    });
  });

  it('4. spending 17.8 leaves 0.5 of the allocation', async () => {
    await settle(await reserve('17.8'), '17.8');
    expect(await balance()).toEqual({
      available: '20.5',
      planAllocation: '0.5',
      purchased: '20',
      reserved: '0',
      deficit: '0',
    });
  });

  it('5-6. hold 2 spans both grants; settling 2.3 overruns by 0.3, taken from the top-up', async () => {
    const hold = await reserve('2');
    expect(await balance()).toEqual({
      available: '18.5',
      planAllocation: '0',
      purchased: '18.5',
      reserved: '2',
      deficit: '0',
    });
    await settle(hold, '2.3');
    expect(await balance()).toEqual({
      available: '18.2',
      planAllocation: '0',
      purchased: '18.2',
      reserved: '0',
      deficit: '0',
    });
    expect(await latest()).toMatchObject({
      type: 'CHARGE',
      amount: '-0.3',
      charged: '2.3',
      splits: [
        { grantLabel: 'Pro allocation', amount: '0.5' },
        { grantLabel: 'Top-up', amount: '1.8' },
      ],
    });
  });

  it('7. a dispute of the 20-credit top-up removes the 18.2 left; 1.8 becomes a deficit', async () => {
    await server.services.ledger.revokeGrant(owner.workspaceId, {
      grantId: topUpGrant,
      amountMicro: 20_000_000,
      type: 'REFUND',
      deficitForRest: true,
      description: 'Dispute on top-up: 20 credits',
      actor: { kind: 'STRIPE', id: null },
    });
    expect(await balance()).toEqual({
      available: '0',
      planAllocation: '0',
      purchased: '0',
      reserved: '0',
      deficit: '1.8',
    });
    expect(await latest()).toMatchObject({ type: 'REFUND', amount: '-20', charged: null, deficitChange: '1.8' });
  });

  it('8. at renewal the new allocation pays the deficit first', async () => {
    clock.set(periodEnd);
    await server.services.ledger.grant(owner.workspaceId, {
      source: 'PLAN_ALLOCATION',
      label: 'Pro allocation',
      amountMicro: 20_000_000,
      expiresAt: new Date('2027-01-01T00:00:00Z'),
      effectiveAt: periodEnd,
      description: 'Pro plan: 20 credits for the period',
      actor: { kind: 'SYSTEM', id: null },
    });
    expect(await balance()).toEqual({
      available: '18.2',
      planAllocation: '18.2',
      purchased: '0',
      reserved: '0',
      deficit: '0',
    });
    expect(await latest()).toMatchObject({ type: 'DEFICIT_REPAYMENT', amount: '0', deficitChange: '-1.8' });
  });

  it('the stored state equals a replay of the ledger', async () => {
    const { workspaceAudit } = await gqlOk(
      server.url,
      'query($w: ID!) { workspaceAudit(workspaceId: $w) { replayMatches mismatches entries } }',
      { w: owner.workspaceId },
      await supportToken(server.url),
    );
    expect(workspaceAudit).toMatchObject({ replayMatches: true, mismatches: [] });
  });
});

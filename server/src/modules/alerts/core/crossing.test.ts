import { describe, expect, it } from 'vitest';
import { DAY_MS, forecast } from '../../usage/forecast';
import {
  alertMessage,
  conditionHolds,
  describeAlert,
  isNewer,
  transition,
  type AlertCondition,
  type AlertState,
  type Situation,
} from './crossing';
import { alertProblem } from './rules';

const C = 1_000_000;
const now = new Date('2026-11-30T12:00:00Z');
const renewsAt = new Date(now.getTime() + 20 * DAY_MS);

/** Where a workspace stands: `spent` charged over the last `days` days. */
function situation(opts: {
  available: number;
  allocation?: number;
  planLeft?: number;
  spent?: number;
  days?: number;
  renews?: Date | null;
}): Situation {
  const renews = opts.renews === undefined ? renewsAt : opts.renews;
  const days = opts.days ?? 7;
  return {
    availableMicro: opts.available,
    allocationMicro: opts.allocation ?? 0,
    renewsAt: renews,
    now,
    forecast: forecast({
      spentMicro: opts.spent ?? 0,
      charges: opts.spent ? 5 : 0,
      windowStart: new Date(now.getTime() - days * DAY_MS),
      now,
      availableMicro: opts.available,
      planAllocationMicro: opts.planLeft ?? 0,
      renewsAt: renews,
    }),
  };
}

const balanceBelow5: AlertCondition = { kind: 'BALANCE_BELOW', thresholdMicro: 5 * C, percent: null };
const tenPercent: AlertCondition = { kind: 'ALLOCATION_PERCENT_BELOW', thresholdMicro: null, percent: 10 };
const runsOut: AlertCondition = { kind: 'RUNS_OUT_BEFORE_RENEWAL', thresholdMicro: null, percent: null };
const expires3: AlertCondition = { kind: 'ALLOCATION_WILL_EXPIRE', thresholdMicro: 3 * C, percent: null };

describe('alert conditions', () => {
  it.each<[string, AlertCondition, Situation, boolean]>([
    ['balance just under the threshold', balanceBelow5, situation({ available: 5 * C - 1 }), true],
    ['balance at the threshold (cleared)', balanceBelow5, situation({ available: 5 * C }), false],
    ['balance at zero', balanceBelow5, situation({ available: 0 }), true],
    ['under 10% of a 20-credit allocation', tenPercent, situation({ available: 1_999_999, allocation: 20 * C }), true],
    ['at 10% of a 20-credit allocation', tenPercent, situation({ available: 2 * C, allocation: 20 * C }), false],
    ['no plan: no allocation to measure against', tenPercent, situation({ available: 0, allocation: 0 }), false],
    // 14 credits over 7 days = 2 a day: 10 credits last 5 days, renewal is in 20.
    ['runs out in 5 days, renews in 20', runsOut, situation({ available: 10 * C, spent: 14 * C }), true],
    ['lasts 50 days, renews in 20', runsOut, situation({ available: 100 * C, spent: 14 * C }), false],
    ['no charges: never runs out', runsOut, situation({ available: 10 * C }), false],
    ['no renewing plan', runsOut, situation({ available: 10 * C, spent: 14 * C, renews: null }), false],
    ['already out before renewal', runsOut, situation({ available: 0 }), true],
    // 10 credits in two hours would "run out" by tonight: too short a window to say so.
    ['a pace from under a day', runsOut, situation({ available: 10 * C, spent: 10 * C, days: 0.1 }), false],
    // 1 a day for 20 days uses 20 of 25 plan credits: 5 expire.
    ['5 of the allocation expire', expires3, situation({ available: 25 * C, planLeft: 25 * C, spent: 7 * C }), true],
    ['2 of the allocation expire', expires3, situation({ available: 22 * C, planLeft: 22 * C, spent: 7 * C }), false],
    ['expiry needs a renewal date', expires3, situation({ available: 25 * C, planLeft: 25 * C, renews: null }), false],
  ])('%s', (_name, alert, s, holds) => {
    expect(conditionHolds(alert, s)).toBe(holds);
  });
});

describe('crossings', () => {
  it.each<[AlertState, boolean, ReturnType<typeof transition>]>([
    ['ARMED', true, 'FIRE'],
    ['ARMED', false, 'NONE'],
    ['FIRED', true, 'NONE'],
    ['FIRED', false, 'REARM'],
  ])('%s and condition %s: %s', (state, holds, expected) => {
    expect(transition(state, holds)).toBe(expected);
  });

  it('fires once per crossing over a burn, again after recovering', () => {
    let state: AlertState = 'ARMED';
    const fired: number[] = [];
    const balances = [9, 7, 5.5, 4.9, 4, 3, 2, 12, 11, 4.5, 4, 5, 5.1];
    for (const [i, credits] of balances.entries()) {
      const step = transition(state, conditionHolds(balanceBelow5, situation({ available: credits * C })));
      if (step === 'FIRE') fired.push(i);
      if (step !== 'NONE') state = step === 'FIRE' ? 'FIRED' : 'ARMED';
    }
    expect(fired.map((i) => balances[i])).toEqual([4.9, 4.5]);
    expect(state).toBe('ARMED');
  });

  it('orders evaluations by ledger version, then by time', () => {
    const t = (ms: number) => new Date(now.getTime() + ms);
    expect(isNewer({ version: 11, at: t(0) }, { version: 10, at: t(5) })).toBe(true);
    expect(isNewer({ version: 10, at: t(5) }, { version: 10, at: t(0) })).toBe(true);
    expect(isNewer({ version: 10, at: t(0) }, { version: 10, at: t(0) })).toBe(false);
    expect(isNewer({ version: 9, at: t(9) }, { version: 10, at: t(0) })).toBe(false);
  });
});

describe('messages', () => {
  it('says what crossed, with the numbers', () => {
    const m = alertMessage(balanceBelow5, situation({ available: 4_200_000 }));
    expect(m.title).toBe('Balance below 5.00 credits');
    expect(m.body).toBe(
      'Your available balance is 4.20 credits, below your alert at 5.00 credits. Your plan renews on Dec 20.',
    );
    expect(m.data).toMatchObject({ kind: 'BALANCE_BELOW', threshold: '5', available: '4.2' });

    const r = alertMessage(runsOut, situation({ available: 10 * C, spent: 14 * C }));
    expect(r.body).toBe(
      'At this pace (2.00 credits a day) your credits run out around Dec 5, 15 days before your plan renews on Dec 20.',
    );
    expect(describeAlert(tenPercent)).toBe('Balance below 10% of the plan allocation');
  });
});

describe('alert settings', () => {
  it.each<[string, AlertCondition, string | null]>([
    ['a balance threshold', balanceBelow5, null],
    ['a percentage', tenPercent, null],
    ['runs out, nothing else', runsOut, null],
    ['balance without threshold', { ...balanceBelow5, thresholdMicro: null }, 'threshold'],
    ['zero threshold', { ...balanceBelow5, thresholdMicro: 0 }, 'threshold'],
    ['fractional µcr', { ...balanceBelow5, thresholdMicro: 1.5 }, 'threshold'],
    ['huge threshold', { ...expires3, thresholdMicro: 2e15 }, 'threshold'],
    ['percent on a balance alert', { ...balanceBelow5, percent: 10 }, 'percent'],
    ['percent 0', { ...tenPercent, percent: 0 }, 'percent'],
    ['percent 101', { ...tenPercent, percent: 101 }, 'percent'],
    ['percent 12.5', { ...tenPercent, percent: 12.5 }, 'percent'],
    ['threshold on runs-out', { ...runsOut, thresholdMicro: C }, 'threshold'],
    ['unknown kind', { ...runsOut, kind: 'NOPE' as AlertCondition['kind'] }, 'kind'],
  ])('%s', (_name, alert, field) => {
    expect(alertProblem(alert)?.field ?? null).toBe(field);
  });
});

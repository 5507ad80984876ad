import { describe, expect, it } from 'vitest';
import { daysAsked, scopeOf } from './question';

const campaigns = [
  { id: 'a', name: 'Spring Sale' },
  { id: 'b', name: 'Brand Search' },
  { id: 'c', name: 'Retargeting' },
];

describe('daysAsked', () => {
  it.each([
    ['How many clicks yesterday?', 1],
    ['Spend this week?', 7],
    ['last 3 weeks', 21],
    ['over the past 10 days', 10],
    ['this month', 30],
    ['last 2 months', 60],
    ['this quarter', 90],
    ['last 52 weeks', 90],
    ['0 days', 1],
    ['How are we doing?', 7],
  ])('%s → %i', (q, days) => expect(daysAsked(q)).toBe(days));
});

describe('scopeOf', () => {
  it.each([
    ['How many clicks did Spring Sale get yesterday?', ['a'], 1, false],
    ['Compare all campaigns over the last 4 weeks and explain why conversions dropped', ['a', 'b', 'c'], 28, true],
    ['What did I spend this week?', [], 7, false],
    ['Why did brand search and retargeting slow down this week?', ['b', 'c'], 7, true],
    ['Show Spring Sale daily for 3 days', ['a'], 3, true],
  ])('%s', (q, ids, days, daily) => {
    expect(scopeOf(q, campaigns)).toEqual({ campaignIds: ids, days, daily });
  });
});

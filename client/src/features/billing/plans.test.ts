import { describe, expect, it } from 'vitest';
import { centsPerCredit, planDirection, upgradeLines } from './plans';

const pro = { code: 'pro', name: 'Pro', creditsPerPeriod: '20', priceCents: 2900 };
const growth = { code: 'growth', name: 'Growth', creditsPerPeriod: '50', priceCents: 4900 };
const agency = { code: 'agency', name: 'Agency', creditsPerPeriod: '100', priceCents: 8900 };
const plans = [agency, pro, growth];

describe('upgradeLines', () => {
  it('words the steps as the help article does', () => {
    expect(upgradeLines(plans, 'pro')).toEqual([
      'Pro to Growth: from 20 to 50 credits.',
      'Growth to Agency: from 50 to 100 credits.',
    ]);
  });
  it('starts at the current plan', () =>
    expect(upgradeLines(plans, 'growth')).toEqual(['Growth to Agency: from 50 to 100 credits.']));
  it('has nothing above the top plan', () => expect(upgradeLines(plans, 'agency')).toEqual([]));
  it('lists every step without a plan', () => expect(upgradeLines(plans, null)).toHaveLength(2));
});

describe('planDirection and centsPerCredit', () => {
  it('compares by credits', () => {
    expect(planDirection(growth, pro)).toBe('upgrade');
    expect(planDirection(pro, growth)).toBe('downgrade');
    expect(planDirection(pro, pro)).toBe('current');
    expect(planDirection(pro, null)).toBe('upgrade');
  });
  it('prices a credit in whole cents', () => {
    expect(centsPerCredit(pro)).toBe(145);
    expect(centsPerCredit(growth)).toBe(98);
    expect(centsPerCredit(agency)).toBe(89);
  });
});

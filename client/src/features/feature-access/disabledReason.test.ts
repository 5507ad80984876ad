import { describe, expect, it } from 'vitest';
import { disabledReason, type MeteredFeature } from './disabledReason';

const funded = { outOfCredits: false, availableMicro: 5_000_000 };
const empty = { outOfCredits: true, availableMicro: 0 };
const low = { outOfCredits: false, availableMicro: 100_000 };

describe('disabledReason', () => {
  it.each([
    ['loading: nothing known', undefined, undefined, null],
    ['funded, no access info yet', undefined, funded, null],
    ['allowed by the server', { allowed: true }, empty, null],
    ['out of credits by balance alone', undefined, empty, 'OUT_OF_CREDITS'],
    ['a zero balance not yet flagged', undefined, { outOfCredits: false, availableMicro: 0 }, 'OUT_OF_CREDITS'],
    ['refused at zero', { allowed: false, reason: 'Out of credits' }, empty, 'OUT_OF_CREDITS'],
    [
      'refused with some credits left',
      { allowed: false, reason: 'Needs up to 0.40 credits' },
      low,
      'NOT_ENOUGH_CREDITS',
    ],
    ['refused without a reason, some credits left', { allowed: false }, low, 'NOT_ENOUGH_CREDITS'],
    ['refused for another reason', { allowed: false, reason: 'Connect an ad account first' }, funded, 'NOT_ALLOWED'],
    ['refused with no balance known', { allowed: false }, undefined, 'OUT_OF_CREDITS'],
  ] as const)('%s', (_name, access, balance, code) => {
    expect(disabledReason('hero_ai_message', access, balance)?.code ?? null).toBe(code);
  });

  it('offers the credit ways out only for credit reasons', () => {
    expect(disabledReason('keyword_research', undefined, empty)?.creditsWayOut).toBe(true);
    expect(
      disabledReason('keyword_research', { allowed: false, reason: 'Connect an ad account first' }, funded),
    ).toEqual({
      code: 'NOT_ALLOWED',
      message: 'Connect an ad account first',
      creditsWayOut: false,
    });
  });

  it('keeps the promises of the help article in each message', () => {
    const text = (f: MeteredFeature) => disabledReason(f, undefined, empty)!.message;
    expect(text('campaign_creation')).toMatch(/Drafts stay editable/);
    expect(text('hero_ai_message')).toMatch(/Past conversations stay readable/);
    expect(text('ad_copy')).toMatch(/checks credits before it starts/);
    expect(text('product_analysis')).toMatch(/product analysis/);
  });

  it('uses the server reason when credits are short but not gone', () => {
    expect(disabledReason('ad_copy', { allowed: false, reason: 'Needs up to 0.40 credits' }, low)?.message).toBe(
      'Needs up to 0.40 credits',
    );
  });
});

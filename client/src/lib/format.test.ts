import { describe, expect, it } from 'vitest';
import {
  exactCredits,
  formatCredits,
  formatCreditsText,
  formatMoney,
  formatNumber,
  formatPercent,
  minorDigits,
  moneyToInput,
  parseMoney,
} from './format';

const en = { locale: 'en-US' } as const;

describe('how credits are shown', () => {
  it('always with two decimals, grouped for the locale', () => {
    expect(formatCredits(20_000_000, en)).toBe('20.00');
    expect(formatCredits(1_234_567_890, en)).toBe('1,234.57');
    expect(formatCredits(1_234_567_890, { locale: 'de-DE' })).toBe('1.234,57');
  });

  it('rounds what you have down and what something needs up', () => {
    // The case: needs up to 1.675, has 1.3542.
    expect(formatCredits(1_354_200, { ...en, round: 'have' })).toBe('1.35');
    expect(formatCredits(1_675_000, { ...en, round: 'need' })).toBe('1.68');
    // A need one µcr above what you have never reads as affordable.
    expect(formatCredits(1_350_001, { ...en, round: 'need' })).toBe('1.36');
    expect(formatCredits(1_350_000, { ...en, round: 'have' })).toBe('1.35');
    // 4.709999 is not shown as 4.71 available.
    expect(formatCredits(4_709_999, { ...en, round: 'have' })).toBe('4.70');
  });

  it('never shows a need as smaller, or a balance as larger, than the truth', () => {
    for (let micro = 0; micro < 30_000; micro += 7) {
      const need = Number(formatCredits(micro, { ...en, round: 'need' }));
      const have = Number(formatCredits(micro, { ...en, round: 'have' }));
      expect(need * 1_000_000).toBeGreaterThanOrEqual(micro);
      expect(have * 1_000_000).toBeLessThanOrEqual(micro);
    }
  });

  it('rounds what happened half away from zero, and zero has no sign', () => {
    expect(formatCredits(1_005_000, en)).toBe('1.01');
    expect(formatCredits(1_004_999, en)).toBe('1.00');
    expect(formatCredits(-1_005_000, en)).toBe('-1.01');
    expect(formatCredits(-4_000, en)).toBe('0.00');
  });

  it('drops the decimals only for whole credits when asked (plan and pack sizes)', () => {
    expect(formatCredits(20_000_000, { ...en, whole: true })).toBe('20');
    expect(formatCredits(20_500_000, { ...en, whole: true })).toBe('20.50');
  });

  it('formats Credits strings from the API', () => {
    expect(formatCreditsText('19.5', en)).toBe('19.50');
    expect(formatCreditsText('-0.137', en)).toBe('-0.14');
  });

  it('gives the exact value for the hover', () => {
    expect(exactCredits(1_354_200, 'en-US')).toBe('1.3542 credits (1,354,200 µcr)');
    expect(exactCredits(20_000_000, 'en-US')).toBe('20.00 credits (20,000,000 µcr)');
    expect(exactCredits(1, 'en-US')).toBe('0.000001 credits (1 µcr)');
  });

  it('stays exact beyond what a float holds', () => {
    // 9,007,199,254.740991 credits: µcr is Number.MAX_SAFE_INTEGER.
    expect(formatCredits(Number.MAX_SAFE_INTEGER, { ...en, round: 'have' })).toBe('9,007,199,254.74');
    expect(formatCredits(Number.MAX_SAFE_INTEGER, { ...en, round: 'need' })).toBe('9,007,199,254.75');
  });
});

describe('money', () => {
  it.each([
    [2900, 'usd', 'en-US', '$29.00'],
    [5, 'usd', 'en-US', '$0.05'],
    [123456, 'eur', 'en-US', '€1,234.56'],
    [123456, 'eur', 'de-DE', '1.234,56 €'],
    [100, 'chf', 'en-US', 'CHF 1.00'],
    [500, 'jpy', 'en-US', '¥500'],
  ])('%d %s in %s → %s', (minor, currency, locale, text) =>
    // Intl separates "1.234,56 €" with a no-break space.
    expect(formatMoney(minor, currency, { locale }).replace(/\u00a0/g, ' ')).toBe(text),
  );

  it('drops a zero minor unit on request only', () => {
    expect(formatMoney(2000, 'usd', { ...en, whole: true })).toBe('$20');
    expect(formatMoney(2050, 'usd', { ...en, whole: true })).toBe('$20.50');
  });

  it('knows each currency minor unit from Intl', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('jpy')).toBe(0);
  });

  it.each([
    ['25', 'USD', 2500],
    ['25.5', 'USD', 2550],
    ['25,50', 'EUR', 2550],
    ['$25.05', 'USD', 2505],
    ['25.05 €', 'EUR', 2505],
    [' 0.99 ', 'USD', 99],
    ['500', 'JPY', 500],
    ['500.5', 'JPY', null],
    ['', 'USD', null],
    ['1.234', 'USD', null],
    ['-5', 'USD', null],
    ['1e3', 'USD', null],
  ])('parses %j %s → %s', (text, currency, minor) => expect(parseMoney(text, currency)).toBe(minor));

  it('round-trips through the input text', () => {
    expect(moneyToInput(2505, 'USD')).toBe('25.05');
    expect(parseMoney(moneyToInput(2505, 'USD'), 'USD')).toBe(2505);
    expect(moneyToInput(500, 'JPY')).toBe('500');
  });
});

describe('numbers', () => {
  it('groups counts and formats ratios for the locale', () => {
    expect(formatNumber(12345, 'en-US')).toBe('12,345');
    expect(formatNumber(12345, 'de-DE')).toBe('12.345');
    expect(formatPercent(0.0234, 1, 'en-US')).toBe('2.3%');
  });
});

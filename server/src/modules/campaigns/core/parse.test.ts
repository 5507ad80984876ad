import { describe, expect, it } from 'vitest';
import { parseAdCopy, parseKeywords, parseSitelinks } from './parse';

describe('parseAdCopy', () => {
  it.each([
    ['Headline: Fresh Coffee\nDescription: Roasted daily.', ['Fresh Coffee'], ['Roasted daily.']],
    ['- **Headline:** Fresh Coffee\n2. headline: Beans to Go', ['Fresh Coffee', 'Beans to Go'], []],
    ['Sure! Here you go:\n\nHeadline: "Quoted"', ['Quoted'], []],
    ['Headline: A\nHeadline: a', ['A'], []],
    ['Headline: ' + 'x'.repeat(40), ['x'.repeat(30)], []],
    ['nothing useful', [], []],
  ])('%j', (text, headlines, descriptions) => {
    expect(parseAdCopy(text)).toEqual({ headlines, descriptions });
  });

  it('keeps at most 15 headlines and 4 descriptions', () => {
    const text = [
      ...Array.from({ length: 20 }, (_, i) => `Headline: H${i}`),
      ...Array.from({ length: 6 }, (_, i) => `Description: D${i}`),
    ].join('\n');
    const copy = parseAdCopy(text);
    expect(copy.headlines).toHaveLength(15);
    expect(copy.descriptions).toHaveLength(4);
  });
});

describe('parseSitelinks', () => {
  it.each([
    [
      'Sitelink: Shop | Browse all | New weekly | https://a.test/shop',
      [{ text: 'Shop', description1: 'Browse all', description2: 'New weekly', url: 'https://a.test/shop' }],
    ],
    ['Sitelink: Shop | a | b | not-a-url', []],
    ['Sitelink: | a | b | https://a.test', []],
    ['Sitelink: Only text', []],
  ])('%j', (text, expected) => expect(parseSitelinks(text)).toEqual(expected));
});

describe('parseKeywords', () => {
  it.each([
    ['Keyword: Buy Coffee | EXACT | 1,200', [{ text: 'buy coffee', matchType: 'EXACT', monthlySearches: 1200 }]],
    ['Keyword: coffee | phrase', [{ text: 'coffee', matchType: 'PHRASE', monthlySearches: null }]],
    ['Keyword: coffee | WEIRD | lots', [{ text: 'coffee', matchType: 'BROAD', monthlySearches: null }]],
    ['Keyword: coffee\nKeyword: Coffee', [{ text: 'coffee', matchType: 'BROAD', monthlySearches: null }]],
  ])('%j', (text, expected) => expect(parseKeywords(text)).toEqual(expected));
});

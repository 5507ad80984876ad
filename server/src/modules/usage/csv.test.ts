import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvRow(['a,b', 'say "hi"', 'two\nlines', 3, null])).toBe('"a,b","say ""hi""","two\nlines",3,\r\n');
  });

  it('turns anything a spreadsheet would run as a formula into text', () => {
    for (const attack of ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")', '-cmd|x']) {
      expect(csvCell(attack).replace(/^"/, '')).toMatch(/^'/);
    }
  });

  it('keeps plain numbers, negative ones included, as numbers', () => {
    expect(csvCell('-0.46')).toBe('-0.46');
    expect(csvCell('12')).toBe('12');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('-1e3')).toBe("'-1e3");
  });
});

import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, and keeps negative numbers as numbers', () => {
    const text = toCsv(['a', 'b', 'c'], [['1.20 from Pro, 0.50 from top-up', 'say "hi"', '-1.7']]);
    expect(text).toBe('a,b,c\r\n"1.20 from Pro, 0.50 from top-up","say ""hi""",-1.7\r\n');
  });

  it('defuses spreadsheet formulas', () => {
    expect(toCsv(['x'], [['=SUM(A1)'], ['-cmd'], [null]])).toBe("x\r\n'=SUM(A1)\r\n'-cmd\r\n\r\n");
  });
});

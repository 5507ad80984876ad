import { describe, expect, it } from 'vitest';
import { formatDate, formatDay, formatShortDate, fromNow, hoursAgoIso } from './dates';

describe('dates', () => {
  it('formats dates and tolerates missing or bad input', () => {
    expect(formatDate(new Date(2026, 11, 3, 12))).toBe('Dec 3, 2026');
    expect(formatShortDate(new Date(2026, 11, 3, 12))).toBe('Dec 3');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('—');
  });

  it('shows a UTC calendar day as that day, whatever the time zone', () => {
    expect(formatDay('2026-12-03')).toBe('Dec 3');
    expect(formatDay('2026-01-01')).toBe('Jan 1');
    expect(formatDay('nope')).toBe('—');
  });

  it('says relative times in words', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(fromNow(new Date('2026-12-03T12:00:00Z'), now)).toBe('in 9 days');
    expect(fromNow(new Date('2026-11-24T09:00:00Z'), now)).toBe('3 hours ago');
    expect(fromNow(new Date('2026-11-23T12:00:00Z'), now)).toBe('yesterday');
    expect(fromNow(new Date('2026-11-24T11:59:30Z'), now)).toBe('just now');
  });

  it('rounds "N hours ago" down to the hour so query variables stay stable', () => {
    expect(hoursAgoIso(24, new Date('2026-11-24T12:34:56Z'))).toBe('2026-11-23T12:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { forecastKind, forecastSentence, type ServerForecast } from './forecast';

const DAY = 86_400_000;
const now = new Date('2026-11-24T12:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
const base: ServerForecast = { charges: 5, burnPerDay: '1', available: '10', runsOutAt: at(10), renewsAt: at(20) };

describe('forecastKind', () => {
  it('runs out before renewal: says how many days before', () => {
    const f = forecastKind(base);
    expect(f).toMatchObject({ kind: 'runsOutBeforeRenewal', daysBeforeRenewal: 10 });
    expect(forecastSentence(f!)).toMatch(/^At this pace you run out around \w{3} \d{1,2}, 10 days before renewal\.$/);
  });

  it('lasts until renewal when the run-out date is after it, or never comes', () => {
    expect(forecastKind({ ...base, runsOutAt: at(30) })).toMatchObject({ kind: 'lastsUntilRenewal' });
    expect(forecastKind({ ...base, runsOutAt: null })).toMatchObject({ kind: 'lastsUntilRenewal' });
  });

  it('without a renewal, just the run-out date', () => {
    expect(forecastKind({ ...base, renewsAt: null })).toMatchObject({ kind: 'runsOut' });
    expect(forecastKind({ ...base, renewsAt: null, runsOutAt: null })).toBeNull();
  });

  it('no forecast from too little history, no spending, or nothing left', () => {
    expect(forecastKind({ ...base, charges: 2 })).toBeNull();
    expect(forecastKind({ ...base, burnPerDay: '0' })).toBeNull();
    expect(forecastKind({ ...base, available: '0' })).toBeNull();
  });

  it('says "just before renewal" on the same day', () => {
    const f = forecastKind({
      ...base,
      runsOutAt: at(3),
      renewsAt: new Date(now.getTime() + 3 * DAY + 3_600_000).toISOString(),
    });
    expect(forecastSentence(f!)).toMatch(/just before renewal\.$/);
  });
});

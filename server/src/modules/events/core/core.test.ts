import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { afterFailure, backoffMs, isDelivered, subscribes } from './delivery';
import { checkEndpointUrl, checkEventTypes } from './endpoint-input';
import { signatureHeader } from './signature';

const policy = { baseMs: 30_000, windowMs: 72 * 3_600_000 };

describe('retry schedule', () => {
  it.each([
    [1, 0, 15_000],
    [1, 1, 30_000],
    [2, 1, 60_000],
    [5, 1, 480_000],
    [11, 1, 6 * 3_600_000], // capped at 720 × base
    [40, 1, 6 * 3_600_000],
  ])('attempt %i, random %d → %i ms', (attempt, random, expected) => {
    expect(backoffMs(attempt, policy.baseMs, random)).toBe(expected);
  });

  it('schedules the next attempt inside the window, and fails once it would fall outside', () => {
    const start = new Date('2026-01-01T00:00:00Z');
    const now = new Date(start.getTime() + 3_600_000);
    expect(afterFailure({ attempts: 1, windowStartedAt: start, now, random: 1 }, policy)).toEqual({
      status: 'PENDING',
      nextAttemptAt: new Date(now.getTime() + 30_000),
    });
    const late = new Date(start.getTime() + 71 * 3_600_000);
    expect(afterFailure({ attempts: 20, windowStartedAt: start, now: late, random: 1 }, policy)).toEqual({
      status: 'FAILED',
    });
  });

  it('the default schedule tries about twenty times over three days', () => {
    const start = new Date('2026-01-01T00:00:00Z');
    let now = start;
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const next = afterFailure({ attempts, windowStartedAt: start, now, random: 1 }, policy);
      if (next.status === 'FAILED') break;
      now = next.nextAttemptAt;
    }
    expect(attempts).toBeGreaterThanOrEqual(15);
    expect(attempts).toBeLessThanOrEqual(25);
  });

  it.each([
    [200, true],
    [204, true],
    [299, true],
    [301, false],
    [400, false],
    [500, false],
    [null, false],
  ])('status %s delivered: %s', (code, delivered) => expect(isDelivered(code)).toBe(delivered));

  it('subscriptions: "*" takes every type, a list only its own', () => {
    expect(subscribes(['*'], 'plan.changed')).toBe(true);
    expect(subscribes(['credits.granted'], 'plan.changed')).toBe(false);
    expect(subscribes(['credits.granted', 'plan.changed'], 'plan.changed')).toBe(true);
  });
});

describe('endpoint input', () => {
  it.each([
    ['https://partner.example/hooks', false, 'https://partner.example/hooks'],
    ['  https://partner.example/hooks#frag ', false, 'https://partner.example/hooks'],
    ['http://127.0.0.1:8080/in', false, 'http://127.0.0.1:8080/in'],
    ['http://localhost/in', false, 'http://localhost/in'],
  ])('accepts %s (production %s)', (url, production, expected) => {
    expect(checkEndpointUrl(url, production)).toBe(expected);
  });

  it.each([
    ['', false],
    ['not a url', false],
    ['ftp://partner.example/x', false],
    ['http://partner.example/x', false],
    ['http://127.0.0.1/x', true],
    ['https://127.0.0.1/x', true],
    ['https://10.1.2.3/x', true],
    ['https://192.168.0.4/x', true],
    ['https://[::1]/x', true],
    ['https://user:pw@partner.example/x', false],
    [`https://partner.example/${'a'.repeat(2100)}`, false],
  ])('refuses %j (production %s) on field url', (url, production) => {
    expect(checkEndpointUrl(url, production)).toMatchObject({ field: 'url' });
  });

  it('event types: "*" alone, or known types deduplicated in catalogue order', () => {
    expect(checkEventTypes(['*'])).toEqual(['*']);
    expect(checkEventTypes(['plan.changed', 'credits.granted', 'plan.changed'])).toEqual([
      'credits.granted',
      'plan.changed',
    ]);
    expect(checkEventTypes([])).toMatchObject({ field: 'eventTypes' });
    expect(checkEventTypes(['*', 'plan.changed'])).toMatchObject({ field: 'eventTypes' });
    expect(checkEventTypes(['credit.granted'])).toMatchObject({
      field: 'eventTypes',
      message: expect.stringContaining('"credit.granted"'),
    });
  });
});

describe('signature', () => {
  it('is t=<seconds>,v1=<HMAC-SHA256 of "t.body"> for each valid secret', () => {
    const body = '{"id":"e1"}';
    const expected = createHmac('sha256', 'whsec_a').update(`1700000000.${body}`).digest('hex');
    expect(signatureHeader(['whsec_a'], 1_700_000_000, body)).toBe(`t=1700000000,v1=${expected}`);
    expect(signatureHeader(['whsec_a', 'whsec_b'], 1_700_000_000, body).split(',')).toHaveLength(3);
  });
});

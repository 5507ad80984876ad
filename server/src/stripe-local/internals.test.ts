import { describe, expect, it } from 'vitest';
import { addIntervals, periodAt, prorate } from './billing-time';
import { mergeMetadata, Params, parseForm } from './form';
import { fingerprint } from './idempotency';
import { formatMoney } from './money';

const unix = (iso: string): number => Date.parse(iso) / 1000;

describe('form parsing', () => {
  it('builds nested objects and arrays from bracket keys, as stripe-node encodes them', () => {
    const body =
      'mode=subscription&line_items[0][price]=price_a&line_items[0][quantity]=2&line_items[1][price]=price_b' +
      '&subscription_data[metadata][workspace]=ws%201&expand[]=line_items&expand[]=subscription&metadata[note]=a%2Bb';
    expect(parseForm(body)).toEqual({
      mode: 'subscription',
      line_items: [{ price: 'price_a', quantity: '2' }, { price: 'price_b' }],
      subscription_data: { metadata: { workspace: 'ws 1' } },
      expand: ['line_items', 'subscription'],
      metadata: { note: 'a+b' },
    });
  });

  it('ignores prototype keys', () => {
    expect(parseForm('__proto__[x]=1&a[constructor][y]=2')).toEqual({ a: {} });
  });

  it('typed accessors raise Stripe errors naming the parameter', () => {
    const p = new Params(parseForm('items[0][quantity]=two&flag=maybe'));
    const item = p.list('items')[0];
    expect(() => item?.int('quantity')).toThrow(
      expect.objectContaining({ body: expect.objectContaining({ param: 'items[0][quantity]' }) }),
    );
    expect(() => p.bool('flag')).toThrow(/Invalid boolean/);
    expect(() => p.reqStr('missing')).toThrow(/Missing required param: missing/);
  });

  it('merges metadata like Stripe: empty values delete keys, empty metadata clears', () => {
    expect(mergeMetadata({ a: '1', b: '2' }, { b: '', c: '3' })).toEqual({ a: '1', c: '3' });
    expect(mergeMetadata({ a: '1' }, null)).toEqual({});
  });

  it('fingerprints ignore parameter order', () => {
    expect(fingerprint('POST', '/v1/x', parseForm('a=1&b=2'))).toBe(fingerprint('POST', '/v1/x', parseForm('b=2&a=1')));
    expect(fingerprint('POST', '/v1/x', parseForm('a=1'))).not.toBe(fingerprint('POST', '/v1/x', parseForm('a=2')));
  });
});

describe('billing time', () => {
  const monthly = { interval: 'month', interval_count: 1 } as const;

  it('counts periods from the anchor so month ends do not drift', () => {
    const anchor = unix('2026-01-31T10:00:00Z');
    expect(periodAt(anchor, monthly, 1)).toEqual({
      start: unix('2026-02-28T10:00:00Z'),
      end: unix('2026-03-31T10:00:00Z'),
    });
    expect(addIntervals(unix('2026-12-15T00:00:00Z'), { interval: 'year', interval_count: 1 }, 1)).toBe(
      unix('2027-12-15T00:00:00Z'),
    );
  });

  it('prorates to whole cents, halves away from zero', () => {
    expect(prorate(4900, 15, 30)).toBe(2450);
    expect(prorate(1, 1, 2)).toBe(1);
    expect(prorate(-1, 1, 2)).toBe(-1);
    expect(prorate(2900, 21 * 86400, 31 * 86400)).toBe(1965);
    expect(prorate(2900, 0, 100)).toBe(0);
    expect(prorate(2900, 200, 100)).toBe(2900);
  });
});

describe('money', () => {
  it('formats cents without floating point', () => {
    expect(formatMoney(2900, 'usd')).toBe('$29.00');
    expect(formatMoney(123456789, 'usd')).toBe('$1,234,567.89');
    expect(formatMoney(-150, 'USD')).toBe('-$1.50');
    expect(formatMoney(500, 'jpy')).toBe('¥500');
  });
});

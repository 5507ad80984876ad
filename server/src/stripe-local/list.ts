import type Stripe from 'stripe';
import { invalidRequest } from './errors';
import type { Params } from './form';

/**
 * Stripe list pagination over items already sorted newest first: `limit` (1–100, default 10),
 * `starting_after` / `ending_before` cursors by id, and `has_more`.
 */
export function paginate<T extends { id: string }>(items: T[], p: Params, url: string): Stripe.ApiList<T> {
  const limit = p.int('limit') ?? 10;
  if (limit < 1 || limit > 100) throw invalidRequest('Invalid limit: must be between 1 and 100', 'limit');
  const after = p.str('starting_after');
  const before = p.str('ending_before');
  if (before) {
    const end = indexOf(items, before, 'ending_before');
    const start = Math.max(0, end - limit);
    return { object: 'list', data: items.slice(start, end), has_more: start > 0, url };
  }
  const start = after ? indexOf(items, after, 'starting_after') + 1 : 0;
  const data = items.slice(start, start + limit);
  return { object: 'list', data, has_more: start + limit < items.length, url };
}

function indexOf<T extends { id: string }>(items: T[], id: string, param: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw invalidRequest(`No such object: '${id}'`, param, 'resource_missing');
  return index;
}

/** `created=123` or `created[gte]=…&created[lt]=…` as a predicate. */
export function createdFilter(p: Params, key = 'created'): (created: number) => boolean {
  if (!p.has(key)) return () => true;
  if (typeof p.raw[key] === 'string') {
    const exact = p.reqInt(key);
    return (c) => c === exact;
  }
  const range = p.obj(key);
  if (!range) return () => true;
  const gt = range.int('gt');
  const gte = range.int('gte');
  const lt = range.int('lt');
  const lte = range.int('lte');
  return (c) =>
    (gt === undefined || c > gt) &&
    (gte === undefined || c >= gte) &&
    (lt === undefined || c < lt) &&
    (lte === undefined || c <= lte);
}

/** A complete, unpaginated list as embedded in objects (`subscription.items`, `invoice.lines`). */
export function embeddedList<T>(data: T[], url: string): Stripe.ApiList<T> {
  return { object: 'list', data, has_more: false, url };
}

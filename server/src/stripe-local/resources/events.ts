import type Stripe from 'stripe';
import type { Params } from '../form';
import { createdFilter, paginate } from '../list';
import type { Store } from '../store';

/** `type=invoice.*` style patterns, as the events list endpoint accepts. */
function typeMatcher(pattern: string): (type: string) => boolean {
  if (!pattern.includes('*')) return (type) => type === pattern;
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return (type) => re.test(type);
}

/** GET /v1/events: newest first (ties in `created` by creation order), for the app's reconciler. */
export function apiListEvents(store: Store, p: Params): Stripe.ApiList<Stripe.Event> {
  const created = createdFilter(p);
  const patterns = [...p.strList('types'), ...(p.str('type') ? [p.reqStr('type')] : [])].map(typeMatcher);
  const items = [...store.events]
    .reverse()
    .filter((e) => created(e.created) && (patterns.length === 0 || patterns.some((match) => match(e.type))));
  return paginate(items, p, '/v1/events');
}

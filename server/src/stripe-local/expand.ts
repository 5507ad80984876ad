import { invalidRequest } from './errors';
import type { Store } from './store';
import { lineItemsOf } from './resources/checkout';
import { paymentsOfInvoice } from './resources/invoices';
import { refundsOfCharge } from './resources/refunds';

/**
 * `expand[]` support. An id-valued field is replaced by (a copy of) the object it names; a few
 * "includable" fields that Stripe only returns on request are computed; `data.` walks list items.
 */
type Includer = (store: Store, owner: Record<string, unknown>) => unknown;

const INCLUDABLE: Record<string, Record<string, Includer>> = {
  'checkout.session': { line_items: (store, o) => lineItemsOf(store, String(o.id)) },
  invoice: { payments: (store, o) => paymentsOfInvoice(store, String(o.id)) },
  charge: { refunds: (store, o) => refundsOfCharge(store, String(o.id)) },
};

const MAX_DEPTH = 4;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expandPath(store: Store, node: unknown, segments: string[], path: string): void {
  if (Array.isArray(node)) {
    for (const item of node) expandPath(store, item, segments, path);
    return;
  }
  const [key, ...rest] = segments;
  if (!isRecord(node) || key === undefined) return;
  let value = node[key];
  if (value === undefined) {
    const include = INCLUDABLE[String(node.object)]?.[key];
    if (!include) throw invalidRequest(`This property cannot be expanded (${path}).`, 'expand');
    value = node[key] = JSON.parse(JSON.stringify(include(store, node)));
  } else if (typeof value === 'string') {
    const target = store.find(value);
    if (!target) throw invalidRequest(`This property cannot be expanded (${path}).`, 'expand');
    value = node[key] = JSON.parse(JSON.stringify(target));
  }
  if (rest.length > 0 && value !== null) expandPath(store, value, rest, path);
}

/** Expands `paths` in place on `body`, which must already be a copy of the stored object. */
export function applyExpansions(store: Store, body: unknown, paths: string[]): void {
  for (const path of paths) {
    const segments = path.split('.');
    if (segments.length > MAX_DEPTH) {
      throw invalidRequest(`You cannot expand more than ${MAX_DEPTH} levels of a property (${path}).`, 'expand');
    }
    expandPath(store, body, segments, path);
  }
}

import type Stripe from 'stripe';
import type { Params } from '../form';
import { newId } from '../ids';
import type { Store } from '../store';

/** Customer portal sessions point at the local read-only portal page (`GET /portal/:id`). */
export function apiCreatePortalSession(store: Store, p: Params): Stripe.BillingPortal.Session {
  const customer = store.get('customer', p.reqStr('customer'), 'customer');
  const id = newId('bps');
  return store.insert({
    id,
    object: 'billing_portal.session',
    configuration: p.str('configuration') ?? 'bpc_local_default',
    created: store.now(),
    customer: customer.id,
    customer_account: null,
    flow: null,
    livemode: false,
    locale: null,
    on_behalf_of: null,
    return_url: p.str('return_url') ?? null,
    url: `${store.publicUrl()}/portal/${id}`,
  } satisfies Stripe.BillingPortal.Session);
}

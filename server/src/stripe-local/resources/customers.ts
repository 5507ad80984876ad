import type Stripe from 'stripe';
import { initialMetadata, mergeMetadata, type Params } from '../form';
import { newId } from '../ids';
import { createdFilter, paginate } from '../list';
import { idOf, previousAttributes, type Store } from '../store';
import { clockParam } from './test-clocks';
import { invalidRequest } from '../errors';

export interface NewCustomer {
  email?: string | null;
  name?: string | null;
  description?: string | null;
  metadata?: Record<string, string>;
  /** The test clock the customer lives on: its objects are dated at the clock's frozen time. */
  testClock?: string | null;
}

export function createCustomer(store: Store, input: NewCustomer): Stripe.Customer {
  const id = newId('cus', 14);
  const customer: Stripe.Customer = {
    id,
    object: 'customer',
    address: null,
    balance: 0,
    created: store.now(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: input.description ?? null,
    discount: null,
    email: input.email ?? null,
    invoice_prefix: id.slice(4, 12).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: input.metadata ?? {},
    name: input.name ?? null,
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: input.testClock ?? null,
  };
  store.insert(customer);
  store.emit('customer.created', customer);
  return customer;
}

export function apiCreateCustomer(store: Store, p: Params): Stripe.Customer {
  const pm = attachablePaymentMethod(store, p);
  const testClock = clockParam(store, p);
  const frozen = testClock ? store.get('test_helpers.test_clock', testClock).frozen_time : null;
  const customer = store.at(frozen ?? store.now(), () =>
    createCustomer(store, {
      email: p.nullableStr('email'),
      name: p.nullableStr('name'),
      description: p.nullableStr('description'),
      metadata: initialMetadata(p.metadata()),
      testClock,
    }),
  );
  if (pm) {
    // Attached, as in Stripe; only `invoice_settings[default_payment_method]` makes it the default.
    pm.customer = customer.id;
    store.emit('payment_method.attached', pm);
  }
  applyInvoiceSettings(store, customer, p);
  return customer;
}

/** Checked before the customer exists, so a refused request creates nothing. */
function attachablePaymentMethod(store: Store, p: Params): Stripe.PaymentMethod | null {
  const pmId = p.str('payment_method');
  if (!pmId) return null;
  const pm = store.get('payment_method', pmId, 'payment_method');
  if (pm.customer) throw invalidRequest('This PaymentMethod is already attached to a different customer.');
  return pm;
}

export function apiUpdateCustomer(store: Store, id: string, p: Params): Stripe.Customer {
  const customer = store.get('customer', id);
  const before = structuredClone(customer);
  if (p.has('email')) customer.email = p.nullableStr('email') ?? null;
  if (p.has('name')) customer.name = p.nullableStr('name') ?? null;
  if (p.has('description')) customer.description = p.nullableStr('description') ?? null;
  customer.metadata = mergeMetadata(customer.metadata, p.metadata());
  applyInvoiceSettings(store, customer, p);
  const prev = previousAttributes(before, customer);
  if (Object.keys(prev).length > 0) store.emit('customer.updated', customer, prev);
  return customer;
}

function applyInvoiceSettings(store: Store, customer: Stripe.Customer, p: Params): void {
  const settings = p.obj('invoice_settings');
  if (!settings?.has('default_payment_method')) return;
  const pmId = settings.nullableStr('default_payment_method') ?? null;
  if (pmId) {
    const pm = store.get('payment_method', pmId, 'invoice_settings[default_payment_method]');
    if (pm.customer !== customer.id) {
      throw invalidRequest(
        `The customer does not have a payment method with the ID ${pmId}. The payment method must be attached to the customer.`,
        'invoice_settings[default_payment_method]',
        'resource_missing',
      );
    }
  }
  customer.invoice_settings.default_payment_method = pmId;
}

export function apiDeleteCustomer(store: Store, id: string): Stripe.DeletedCustomer {
  const customer = store.get('customer', id);
  store.emit('customer.deleted', customer);
  return { id: customer.id, object: 'customer', deleted: true };
}

export function apiListCustomers(store: Store, p: Params): Stripe.ApiList<Stripe.Customer> {
  const email = p.str('email');
  const created = createdFilter(p);
  const testClock = p.str('test_clock');
  const items = store
    .all('customer')
    .filter(
      (c) => (!email || c.email === email) && (!testClock || idOf(c.test_clock) === testClock) && created(c.created),
    );
  return paginate(items, p, '/v1/customers');
}

/** The payment method to charge automatically: the subscription's own, else the customer's default. */
export function defaultPaymentMethodId(customer: Stripe.Customer, preferred?: string | null): string | null {
  if (preferred) return preferred;
  const pm = customer.invoice_settings.default_payment_method;
  return typeof pm === 'string' ? pm : (pm?.id ?? null);
}

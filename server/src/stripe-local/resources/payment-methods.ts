import type Stripe from 'stripe';
import { newId } from '../ids';
import { paginate } from '../list';
import type { Params } from '../form';
import type { Store } from '../store';
import { toDate } from '../clock';

export type PaymentMethodKind = 'card' | 'us_bank_account';

const BILLING_DETAILS = (email: string | null): Stripe.PaymentMethod.BillingDetails => ({
  address: { city: null, country: 'US', line1: null, line2: null, postal_code: '94103', state: null },
  email,
  name: 'Local Test Customer',
  phone: null,
  tax_id: null,
});

function card(store: Store): Stripe.PaymentMethod.Card {
  return {
    brand: 'visa',
    checks: { address_line1_check: null, address_postal_code_check: 'pass', cvc_check: 'pass' },
    country: 'US',
    display_brand: 'visa',
    exp_month: 12,
    exp_year: toDate(store.now()).getUTCFullYear() + 3,
    fingerprint: 'LocalStripeVisa4242',
    funding: 'credit',
    generated_from: null,
    last4: '4242',
    networks: { available: ['visa'], preferred: null },
    regulated_status: 'unregulated',
    three_d_secure_usage: { supported: true },
    wallet: null,
  };
}

function bankAccount(): Stripe.PaymentMethod.UsBankAccount {
  return {
    account_holder_type: 'individual',
    account_type: 'checking',
    bank_name: 'STRIPE TEST BANK',
    financial_connections_account: null,
    fingerprint: 'LocalStripeBank6789',
    last4: '6789',
    networks: { preferred: 'ach', supported: ['ach'] },
    routing_number: '110000000',
    status_details: null,
  };
}

/**
 * A payment method as the local checkout page "collects" it: a test Visa or a test US bank account.
 * Without a customer (a declined guest card) it is not attached to anyone.
 */
export function createPaymentMethod(
  store: Store,
  kind: PaymentMethodKind,
  customer: Stripe.Customer | null,
): Stripe.PaymentMethod {
  const pm: Stripe.PaymentMethod = {
    id: newId('pm'),
    object: 'payment_method',
    allow_redisplay: 'always',
    billing_details: BILLING_DETAILS(customer?.email ?? null),
    created: store.now(),
    customer: customer?.id ?? null,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: kind,
    ...(kind === 'card' ? { card: card(store) } : { us_bank_account: bankAccount() }),
  };
  store.insert(pm);
  if (customer) store.emit('payment_method.attached', pm);
  return pm;
}

export function apiListPaymentMethods(
  store: Store,
  customerId: string | undefined,
  p: Params,
): Stripe.ApiList<Stripe.PaymentMethod> {
  if (customerId) store.get('customer', customerId, 'customer');
  const type = p.str('type');
  const items = store
    .all('payment_method')
    .filter((pm) => (!customerId || pm.customer === customerId) && (!type || pm.type === type));
  const url = customerId ? `/v1/customers/${customerId}/payment_methods` : '/v1/payment_methods';
  return paginate(items, p, url);
}

/** Short human label, e.g. "Visa •••• 4242", for the local pages. */
export function describePaymentMethod(pm: Stripe.PaymentMethod): string {
  if (pm.card) return `${pm.card.brand[0]?.toUpperCase()}${pm.card.brand.slice(1)} •••• ${pm.card.last4}`;
  if (pm.us_bank_account) return `${pm.us_bank_account.bank_name ?? 'Bank'} •••• ${pm.us_bank_account.last4}`;
  return pm.type;
}

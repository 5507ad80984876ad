import type Stripe from 'stripe';
import { invalidRequest, missingParam } from '../errors';
import { initialMetadata, mergeMetadata, type Params } from '../form';
import { newId } from '../ids';
import { createdFilter, paginate } from '../list';
import { previousAttributes, type Store } from '../store';
import { decimal } from '../decimal';

const INTERVALS = ['day', 'week', 'month', 'year'] as const;

export function apiCreateProduct(store: Store, p: Params): Stripe.Product {
  const id = p.str('id') || newId('prod', 14);
  if (store.find(id)) throw invalidRequest(`Product already exists.`, 'id', 'resource_already_exists');
  const product = createProduct(store, id, p.reqStr('name'), p);
  const defaultPrice = p.obj('default_price_data');
  if (defaultPrice) {
    const price = createPrice(store, product, defaultPrice, {});
    product.default_price = price.id;
  }
  store.emit('product.created', product);
  return product;
}

function createProduct(store: Store, id: string, name: string, p: Params | null): Stripe.Product {
  const now = store.now();
  return store.insert({
    id,
    object: 'product',
    active: p?.bool('active') ?? true,
    created: now,
    default_price: null,
    description: p?.nullableStr('description') ?? null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: initialMetadata(p?.metadata()),
    name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: 'service',
    unit_label: null,
    updated: now,
    url: null,
  } satisfies Stripe.Product);
}

export function apiUpdateProduct(store: Store, id: string, p: Params): Stripe.Product {
  const product = store.get('product', id);
  const before = structuredClone(product);
  if (p.has('name')) product.name = p.reqStr('name');
  if (p.has('active')) product.active = p.bool('active') ?? product.active;
  if (p.has('description')) product.description = p.nullableStr('description') ?? null;
  if (p.has('default_price')) product.default_price = p.nullableStr('default_price') ?? null;
  product.metadata = mergeMetadata(product.metadata, p.metadata());
  product.updated = store.now();
  store.emit('product.updated', product, previousAttributes(before, product));
  return product;
}

export function apiListProducts(store: Store, p: Params): Stripe.ApiList<Stripe.Product> {
  const active = p.bool('active');
  const ids = p.strList('ids');
  const created = createdFilter(p);
  const items = store
    .all('product')
    .filter(
      (x) =>
        (active === undefined || x.active === active) && (ids.length === 0 || ids.includes(x.id)) && created(x.created),
    );
  return paginate(items, p, '/v1/products');
}

export function apiCreatePrice(store: Store, p: Params): Stripe.Price {
  const productData = p.obj('product_data');
  let product: Stripe.Product;
  if (p.str('product')) product = store.get('product', p.reqStr('product'), 'product');
  else if (productData) product = createProduct(store, newId('prod', 14), productData.reqStr('name'), productData);
  else throw missingParam('product');
  const price = createPrice(store, product, p, {
    lookupKey: p.str('lookup_key'),
    transfer: p.bool('transfer_lookup_key'),
  });
  store.emit('price.created', price);
  return price;
}

/** Builds a price from `unit_amount`, `currency`, `recurring[…]` (also used for inline `price_data`). */
export function createPrice(
  store: Store,
  product: Stripe.Product,
  p: Params,
  opts: { lookupKey?: string; transfer?: boolean; active?: boolean },
): Stripe.Price {
  const unitAmount = p.reqInt('unit_amount');
  if (unitAmount < 0) throw invalidRequest('Invalid unit_amount: must be at least 0', p.name('unit_amount'));
  if (opts.lookupKey) claimLookupKey(store, opts.lookupKey, opts.transfer ?? false);
  const recurringParams = p.obj('recurring');
  const recurring: Stripe.Price.Recurring | null = recurringParams
    ? {
        interval: recurringParams.oneOf('interval', INTERVALS) ?? failMissing(recurringParams.name('interval')),
        interval_count: recurringParams.int('interval_count') ?? 1,
        meter: null,
        trial_period_days: null,
        usage_type: 'licensed',
      }
    : null;
  return store.insert({
    id: newId('price'),
    object: 'price',
    active: opts.active ?? p.bool('active') ?? true,
    billing_scheme: 'per_unit',
    created: store.now(),
    currency: p.reqStr('currency').toLowerCase(),
    custom_unit_amount: null,
    livemode: false,
    lookup_key: opts.lookupKey ?? null,
    metadata: initialMetadata(p.metadata()),
    nickname: p.str('nickname') ?? null,
    product: product.id,
    recurring,
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: recurring ? 'recurring' : 'one_time',
    unit_amount: unitAmount,
    unit_amount_decimal: decimal(String(unitAmount)),
  } satisfies Stripe.Price);
}

function failMissing(param: string): never {
  throw missingParam(param);
}

/** Lookup keys are unique; `transfer_lookup_key=true` moves one from its current price, as in Stripe. */
function claimLookupKey(store: Store, key: string, transfer: boolean): void {
  const holder = store.all('price').find((price) => price.lookup_key === key);
  if (!holder) return;
  if (!transfer) {
    throw invalidRequest(
      `A price (\`${holder.id}\`) already uses that lookup key. Use \`transfer_lookup_key\` to move it to this price.`,
      'lookup_key',
    );
  }
  holder.lookup_key = null;
}

export function apiUpdatePrice(store: Store, id: string, p: Params): Stripe.Price {
  const price = store.get('price', id);
  const before = structuredClone(price);
  if (p.has('active')) price.active = p.bool('active') ?? price.active;
  if (p.has('nickname')) price.nickname = p.nullableStr('nickname') ?? null;
  if (p.has('lookup_key')) {
    const key = p.nullableStr('lookup_key') ?? null;
    if (key && key !== price.lookup_key) claimLookupKey(store, key, p.bool('transfer_lookup_key') ?? false);
    price.lookup_key = key;
  }
  price.metadata = mergeMetadata(price.metadata, p.metadata());
  store.emit('price.updated', price, previousAttributes(before, price));
  return price;
}

export function apiListPrices(store: Store, p: Params): Stripe.ApiList<Stripe.Price> {
  const active = p.bool('active');
  const product = p.str('product');
  const type = p.str('type');
  const currency = p.str('currency');
  const lookupKeys = p.strList('lookup_keys');
  const interval = p.obj('recurring')?.str('interval');
  const created = createdFilter(p);
  const items = store
    .all('price')
    .filter(
      (x) =>
        (active === undefined || x.active === active) &&
        (!product || x.product === product) &&
        (!type || x.type === type) &&
        (!currency || x.currency === currency) &&
        (lookupKeys.length === 0 || (x.lookup_key !== null && lookupKeys.includes(x.lookup_key))) &&
        (!interval || x.recurring?.interval === interval) &&
        created(x.created),
    );
  return paginate(items, p, '/v1/prices');
}

export function productName(store: Store, price: Stripe.Price): string {
  const id = typeof price.product === 'string' ? price.product : price.product.id;
  return store.tryGet('product', id)?.name ?? id;
}

/** The legacy `plan` view of a recurring price that subscription items still carry. */
export function planOf(price: Stripe.Price): Stripe.Plan {
  const recurring = price.recurring;
  return {
    id: price.id,
    object: 'plan',
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: 'per_unit',
    created: price.created,
    currency: price.currency,
    interval: recurring?.interval ?? 'month',
    interval_count: recurring?.interval_count ?? 1,
    livemode: false,
    metadata: price.metadata,
    meter: null,
    nickname: price.nickname,
    product: price.product as string,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: 'licensed',
  } satisfies Stripe.Plan;
}

import type Stripe from 'stripe';

/**
 * `*_decimal` fields are decimal strings on the wire; stripe-node turns them into its Decimal type
 * when parsing responses. The stored object only ever holds (and serializes) the string.
 */
export function decimal(value: string): Stripe.Decimal {
  return value as unknown as Stripe.Decimal;
}

import { describe, expect, it } from 'vitest';
import { paidTopUp, type TopUpFacts } from './top-up';

const pack = { creditsMicro: 20_000_000, priceCents: 2000 };
const checkout = (packs: number, unitCents: number | null = 2000, otherLines = 0) => ({ packs, unitCents, otherLines });

describe('paidTopUp: grant what was paid and priced, never what the metadata alone says', () => {
  it.each<[string, TopUpFacts, number, string[]]>([
    ['a checkout that agrees everywhere', { paidCents: 4000, metadataPacks: '2', priced: checkout(2) }, 2, []],
    ['an auto top-up that agrees', { paidCents: 6000, metadataPacks: '3', priced: null }, 3, []],
    [
      'malformed metadata: the checkout priced 3 packs and 3 were paid',
      { paidCents: 6000, metadataPacks: 'three', priced: checkout(3) },
      3,
      ['metadata packs "three" is not a pack count'],
    ],
    [
      'no metadata at all',
      { paidCents: 2000, metadataPacks: undefined, priced: checkout(1) },
      1,
      ['metadata packs "" is not a pack count'],
    ],
    [
      'metadata asks for more than was priced',
      { paidCents: 2000, metadataPacks: '5', priced: checkout(1) },
      1,
      ['metadata asked for 5 packs, 1 were paid for'],
    ],
    [
      'an automatic payment of $30 claiming 5 packs: one whole pack was paid for',
      { paidCents: 3000, metadataPacks: '5', priced: null },
      1,
      ['metadata asked for 5 packs, 1 were paid for', '$30.00 received for 1 pack(s) of 20 credits at $20.00'],
    ],
    [
      'less received than the checkout priced',
      { paidCents: 3000, metadataPacks: '2', priced: checkout(2) },
      1,
      ['metadata asked for 2 packs, 1 were paid for', '$30.00 received for 1 pack(s) of 20 credits at $20.00'],
    ],
    [
      'a pack priced differently on Stripe',
      { paidCents: 5000, metadataPacks: '2', priced: checkout(2, 2500) },
      2,
      ['the checkout priced a pack at $25.00, not $20.00', '$50.00 received for 2 pack(s) of 20 credits at $20.00'],
    ],
    [
      'other things sold in the same checkout',
      { paidCents: 2500, metadataPacks: '1', priced: checkout(1, 2000, 1) },
      1,
      ['the checkout had 1 line(s) that are not top-up packs', '$25.00 received for 1 pack(s) of 20 credits at $20.00'],
    ],
    [
      'less than one pack received',
      { paidCents: 1000, metadataPacks: '1', priced: null },
      0,
      ['metadata asked for 1 packs, 0 were paid for', '$10.00 received for 0 pack(s) of 20 credits at $20.00'],
    ],
    [
      'nothing received',
      { paidCents: 0, metadataPacks: '1', priced: checkout(1) },
      0,
      ['metadata asked for 1 packs, 0 were paid for'],
    ],
    [
      'a fractional or negative metadata count',
      { paidCents: 2000, metadataPacks: '-1.5', priced: null },
      1,
      ['metadata packs "-1.5" is not a pack count'],
    ],
  ])('%s', (_name, facts, packs, mismatches) => {
    expect(paidTopUp(facts, pack)).toEqual({ packs, creditsMicro: packs * 20_000_000, mismatches });
  });
});

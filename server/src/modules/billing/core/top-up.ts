import { formatCredits } from '../../ledger/core';

export interface TopUpPack {
  creditsMicro: number;
  priceCents: number;
}

/** What Stripe says about one paid top-up, gathered before any credit moves. */
export interface TopUpFacts {
  /** What the payment actually received (the payment intent's `amount_received`), in cents. */
  paidCents: number;
  /** `metadata.packs` as it arrived: what the buyer asked for, never trusted on its own. */
  metadataPacks: string | null | undefined;
  /**
   * What the checkout priced: packs of the top-up price on its line items, that price's unit amount and the count
   * of lines for anything else. Null when there was no checkout (an automatic top-up is a bare payment intent).
   */
  priced: { packs: number; unitCents: number | null; otherLines: number } | null;
}

export interface TopUpDecision {
  packs: number;
  creditsMicro: number;
  /** Where metadata, prices and payment disagreed, in words for support; empty when all agreed. */
  mismatches: string[];
}

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/**
 * The packs a top-up paid for: what the checkout priced, but never more than the money received buys at the pack
 * price; without a checkout, what the money received buys. The metadata only names what was asked for: it is
 * compared, never used to decide, so a malformed or tampered value grants nothing by itself.
 */
export function paidTopUp(facts: TopUpFacts, pack: TopUpPack): TopUpDecision {
  const mismatches: string[] = [];
  const paidCents = Number.isSafeInteger(facts.paidCents) && facts.paidCents > 0 ? facts.paidCents : 0;
  const paidPacks = Math.floor(paidCents / pack.priceCents);
  const packs = facts.priced ? Math.min(facts.priced.packs, paidPacks) : paidPacks;

  const asked = facts.metadataPacks ?? '';
  if (!/^[1-9]\d{0,5}$/.test(asked)) mismatches.push(`metadata packs "${asked.slice(0, 20)}" is not a pack count`);
  else if (Number(asked) !== packs) mismatches.push(`metadata asked for ${asked} packs, ${packs} were paid for`);
  if (facts.priced) {
    const { unitCents, otherLines } = facts.priced;
    if (unitCents !== null && unitCents !== pack.priceCents)
      mismatches.push(`the checkout priced a pack at ${dollars(unitCents)}, not ${dollars(pack.priceCents)}`);
    if (otherLines > 0) mismatches.push(`the checkout had ${otherLines} line(s) that are not top-up packs`);
  }
  if (paidCents !== packs * pack.priceCents)
    mismatches.push(
      `${dollars(paidCents)} received for ${packs} pack(s) of ${formatCredits(pack.creditsMicro)} credits at ${dollars(pack.priceCents)}`,
    );
  return { packs, creditsMicro: packs * pack.creditsMicro, mismatches };
}

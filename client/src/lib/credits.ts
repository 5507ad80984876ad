/**
 * Credit amounts on the client. The API sends exact decimal strings ("19.5", "-0.137"); the client turns them
 * into integer micro-credits (1 credit = 1,000,000 µcr) and never does floating-point arithmetic on an amount.
 * Rounding happens only when formatting for display (./format.ts, which states the rule).
 */

export const MICRO_PER_CREDIT = 1_000_000;
const FRACTION_DIGITS = 6;
const PATTERN = /^(-)?(\d+)(?:\.(\d{1,6}))?$/;

/** Parses a Credits string (optionally negative) into µcr. Throws on anything else. */
export function toMicro(credits: string): number {
  const match = PATTERN.exec(credits.trim());
  if (!match) throw new RangeError(`Not a credit amount: ${JSON.stringify(credits)}`);
  const [, minus, whole = '0', fraction = ''] = match;
  const micro = BigInt(whole) * BigInt(MICRO_PER_CREDIT) + BigInt(fraction.padEnd(FRACTION_DIGITS, '0'));
  const signed = minus ? -micro : micro;
  if (signed > BigInt(Number.MAX_SAFE_INTEGER) || signed < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`Credit amount out of range: ${credits}`);
  }
  return Number(signed);
}

/** Like {@link toMicro}, but null/undefined/unparseable become null (for optional fields). */
export function toMicroOrNull(credits: string | null | undefined): number | null {
  if (credits == null) return null;
  try {
    return toMicro(credits);
  } catch {
    return null;
  }
}

/** µcr as an exact, minimal decimal string: 19_500_000 → "19.5". Used for CSV and API input. */
export function toCreditsString(micro: number): string {
  const negative = micro < 0;
  const abs = Math.abs(micro);
  const fraction = abs % MICRO_PER_CREDIT;
  const whole = (abs - fraction) / MICRO_PER_CREDIT;
  const digits = String(fraction).padStart(FRACTION_DIGITS, '0').replace(/0+$/, '');
  return `${negative && abs > 0 ? '-' : ''}${whole}${digits ? `.${digits}` : ''}`;
}

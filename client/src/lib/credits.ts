/**
 * Credit amounts on the client. The API sends exact decimal strings ("19.5", "-0.137"); the client turns them
 * into integer micro-credits (1 credit = 1,000,000 µcr) and never does floating-point arithmetic on an amount.
 * Rounding happens only when formatting for display: half away from zero, on the exact integer.
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

/**
 * µcr for display with `digits` fractional digits (default 2), rounded half away from zero,
 * with thousands separators: 1_234_567_890 → "1,234.57". A value that rounds to zero has no sign.
 */
export function formatCredits(micro: number, digits = 2): string {
  const unit = 10 ** (FRACTION_DIGITS - digits);
  const abs = Math.abs(micro);
  const rest = abs % unit;
  const units = (abs - rest) / unit + (rest * 2 >= unit ? 1 : 0);
  const scale = 10 ** digits;
  const fraction = units % scale;
  const whole = (units - fraction) / scale;
  const sign = micro < 0 && units > 0 ? '-' : '';
  const wholeText = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${wholeText}${digits > 0 ? `.${String(fraction).padStart(digits, '0')}` : ''}`;
}

/** A Credits string for display: "19.5" → "19.50". */
export function displayCredits(credits: string, digits = 2): string {
  return formatCredits(toMicro(credits), digits);
}

/** Integer cents as money: 2900 → "$29.00" (or "$29" with `whole`), 1999 "eur" → "€19.99". */
export function formatMoney(cents: number, currency = 'usd', { whole: trimWhole = false } = {}): string {
  const symbols: Record<string, string> = { usd: '$', eur: '€', gbp: '£' };
  const code = currency.toLowerCase();
  const abs = Math.abs(cents);
  const rest = abs % 100;
  const whole = String((abs - rest) / 100).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = trimWhole && rest === 0 ? whole : `${whole}.${String(rest).padStart(2, '0')}`;
  const symbol = symbols[code];
  return `${cents < 0 ? '-' : ''}${symbol ?? ''}${body}${symbol ? '' : ` ${code.toUpperCase()}`}`;
}

/** "25", "25.5", "25.50" dollars → integer cents; null for anything else (no floating point). */
export function parseMoneyToCents(text: string): number | null {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/^\$/, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Integer cents → "25.50" for an input field. */
export function centsToInput(cents: number): string {
  const rest = cents % 100;
  return `${(cents - rest) / 100}.${String(rest).padStart(2, '0')}`;
}

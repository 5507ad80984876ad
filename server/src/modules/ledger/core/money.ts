/**
 * Credit amounts as integers.
 *
 * Every amount is an integer number of micro-credits (µcr), 1 credit = 1,000,000 µcr, held in a JS `number`
 * that is always a safe integer. Decimal strings exist only at the edge (parse on input, format on output);
 * no floating-point arithmetic ever touches an amount.
 */

export const MICRO_PER_CREDIT = 1_000_000;

/** Largest amount accepted from user input: 1,000,000,000 credits (1e15 µcr, well inside the safe range). */
export const MAX_CREDITS_INPUT_MICRO = 1_000_000_000 * MICRO_PER_CREDIT;

/**
 * Most an account may hold (free plus reserved) and most it may owe: 1e15 µcr. 2^53 is about 9.007e15, so the
 * largest sum the core ever forms (free + reserved + deficit + one input amount ≤ 4e15) cannot leave the range
 * of exact integers. docs/concepts/credits.md gives the whole argument.
 */
export const LEDGER_LIMIT_MICRO = MAX_CREDITS_INPUT_MICRO;

const CREDITS_PATTERN = /^(0|[1-9]\d*)(\.\d{1,6})?$/;
const FRACTION_DIGITS = 6;

/** Thrown by {@link parseCredits} when a string is not an acceptable credit amount. */
export class CreditsFormatError extends Error {
  override readonly name = 'CreditsFormatError';

  constructor(readonly reason: string) {
    super(`Invalid credits amount: ${reason}`);
  }
}

function rejectionReason(text: string): string {
  if (text.length === 0) return 'empty';
  if (text.trim() !== text) return 'surrounding whitespace';
  if (text.startsWith('-')) return 'negative';
  if (/^\+?(Infinity|NaN)$/i.test(text)) return 'not a finite number';
  if (/^[+]?\d*\.?\d*[eE][+-]?\d*$/.test(text) && /\d/.test(text)) return 'exponent notation';
  if (/^\d+\.\d{7,}$/.test(text)) return 'more than 6 fractional digits';
  if (/^0\d/.test(text)) return 'leading zeros';
  return 'not a decimal number';
}

/**
 * Parses a decimal credit string ("19.5", "0.137", "20") into µcr.
 *
 * Accepts exactly `/^(0|[1-9]\d*)(\.\d{1,6})?$/` (no sign, no whitespace, no exponent, no leading zeros, at most
 * 6 fractional digits) and at most {@link MAX_CREDITS_INPUT_MICRO}. Zero is accepted; callers that need a
 * positive amount check that themselves. Throws {@link CreditsFormatError} otherwise.
 */
export function parseCredits(text: string): number {
  if (typeof text !== 'string') throw new CreditsFormatError('not a string');
  const match = CREDITS_PATTERN.exec(text);
  if (!match) throw new CreditsFormatError(rejectionReason(text));
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? '.').slice(1).padEnd(FRACTION_DIGITS, '0');
  const micro = BigInt(whole) * BigInt(MICRO_PER_CREDIT) + BigInt(fraction);
  if (micro > BigInt(MAX_CREDITS_INPUT_MICRO)) throw new CreditsFormatError('above maximum of 1000000000 credits');
  return Number(micro);
}

/** Throws a RangeError unless `n` is a safe integer (a valid µcr amount). */
export function assertSafeMicro(n: unknown, what: string): asserts n is number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new RangeError(`${what} must be a safe integer number of micro-credits, got ${String(n)}`);
  }
}

/** Splits |micro| into whole credits and the µcr fraction, with integer arithmetic only. */
function splitMicro(micro: number): { negative: boolean; whole: number; fraction: number } {
  const abs = Math.abs(micro);
  const fraction = abs % MICRO_PER_CREDIT;
  return { negative: micro < 0, whole: (abs - fraction) / MICRO_PER_CREDIT, fraction };
}

/**
 * Formats µcr as the exact, minimal decimal string of credits: 19_500_000 → "19.5", 137_000 → "0.137",
 * 0 → "0", -1_200_000 → "-1.2", 20_000_000 → "20". Lossless: `parseCredits(formatCredits(x)) === x` for x ≥ 0.
 */
export function formatCredits(micro: number): string {
  assertSafeMicro(micro, 'amount');
  const { negative, whole, fraction } = splitMicro(micro);
  const digits = String(fraction).padStart(FRACTION_DIGITS, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${digits.length > 0 ? `.${digits}` : ''}`;
}

/**
 * Formats µcr for display with exactly `digits` fractional digits (0 to 6, default 2).
 *
 * Rounding rule: round half away from zero, on the exact integer amount (1_005_000 → "1.01",
 * -1_005_000 → "-1.01", 1_004_999 → "1.00"). A value that rounds to zero is shown without a sign
 * (-4_000 → "0.00"). Use {@link formatCredits} wherever the exact value matters (ledger, API).
 */
export function formatCreditsFixed(micro: number, digits = 2): string {
  assertSafeMicro(micro, 'amount');
  if (!Number.isInteger(digits) || digits < 0 || digits > FRACTION_DIGITS) {
    throw new RangeError(`digits must be an integer from 0 to ${FRACTION_DIGITS}, got ${digits}`);
  }
  const unit = 10 ** (FRACTION_DIGITS - digits);
  const abs = Math.abs(micro);
  const rest = abs % unit;
  const units = (abs - rest) / unit + (rest * 2 >= unit ? 1 : 0);
  const scale = 10 ** digits;
  const fraction = units % scale;
  const whole = (units - fraction) / scale;
  const sign = micro < 0 && units > 0 ? '-' : '';
  const fractionText = digits > 0 ? `.${String(fraction).padStart(digits, '0')}` : '';
  return `${sign}${whole}${fractionText}`;
}

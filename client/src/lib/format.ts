/**
 * Every number, amount of money and amount of credits the app shows goes through here, with the platform's Intl
 * and the user's locale (the browser's language). Amounts arrive as integers (µcr, cents) and are formatted from
 * exact decimal strings, so no floating-point rounding ever reaches the screen.
 *
 * How credits are shown (docs/concepts/credits.md, "How credits are shown"):
 * - always two decimals; plan and pack sizes, which are whole credits, may drop them (`whole`);
 * - what you HAVE (balances, allocation left) is rounded down, so the app never shows more than there is;
 * - what something NEEDS (estimates, reservations, the credits a run requires) is rounded up, so "needs X, you
 *   have Y" never contradicts the truth;
 * - what HAPPENED (charges, grants, refunds, history rows, totals) is rounded half away from zero;
 * - the exact value is one hover away ({@link exactCredits}, used as the title of `<Credits>`).
 */

import { MICRO_PER_CREDIT, toCreditsString, toMicro } from './credits';

/** The user's locale: the browser's preferred language, else the runtime's default. */
export function userLocale(): string | undefined {
  if (typeof navigator === 'undefined') return undefined;
  return navigator.languages?.[0] ?? navigator.language ?? undefined;
}

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let fmt = cache.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, options);
    cache.set(key, fmt);
  }
  return fmt;
}

/** An exact decimal string Intl formats without going through a float. */
type Decimal = `${number}`;

// ---------------------------------------------------------------------------------------------- credits

/** `have`: rounded down; `need`: rounded up; `happened`: half away from zero. */
export type CreditRounding = 'have' | 'need' | 'happened';

const ROUNDING: Record<CreditRounding, Intl.NumberFormatOptions['roundingMode']> = {
  have: 'floor',
  need: 'ceil',
  happened: 'halfExpand',
};

export interface CreditFormat {
  /** Which side of the truth the rounding must stay on; default `happened`. */
  round?: CreditRounding;
  /** A whole number of credits (a plan or pack size) drops its decimals; any other amount keeps them. */
  whole?: boolean;
  locale?: string;
}

/** The number of decimals credits are shown with. */
export const CREDIT_DECIMALS = 2;

/** µcr for display: 1_354_200 → "1.35" (have), 1_675_000 → "1.68" (need), 20_000_000 → "20" (whole). */
export function formatCredits(micro: number, { round = 'happened', whole = false, locale }: CreditFormat = {}): string {
  const digits = whole && micro % MICRO_PER_CREDIT === 0 ? 0 : CREDIT_DECIMALS;
  return numberFormat(locale ?? userLocale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    roundingMode: ROUNDING[round],
    signDisplay: 'negative',
  }).format(toCreditsString(micro) as Decimal);
}

/** A Credits string from the API for display: "19.5" → "19.50". */
export function formatCreditsText(credits: string, format?: CreditFormat): string {
  return formatCredits(toMicro(credits), format);
}

/** The exact amount, for a title on hover: 1_354_200 → "1.3542 credits (1,354,200 µcr)". */
export function exactCredits(micro: number, locale?: string): string {
  const loc = locale ?? userLocale();
  const credits = numberFormat(loc, {
    minimumFractionDigits: CREDIT_DECIMALS,
    maximumFractionDigits: 6,
    signDisplay: 'negative',
  }).format(toCreditsString(micro) as Decimal);
  return `${credits} credits (${formatNumber(micro, loc)} µcr)`;
}

// ---------------------------------------------------------------------------------------------- money

/** The digits of a currency's minor unit (2 for USD and EUR, 0 for JPY), as Intl knows them. */
export function minorDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions()
    .maximumFractionDigits as number;
}

/** An amount in the currency's minor unit as an exact decimal string: 2905 USD → "29.05". */
function minorToDecimal(minor: number, digits: number): Decimal {
  const abs = Math.abs(minor);
  const scale = 10 ** digits;
  const rest = abs % scale;
  const text = digits > 0 ? `${(abs - rest) / scale}.${String(rest).padStart(digits, '0')}` : String(abs);
  return `${minor < 0 ? '-' : ''}${text}` as Decimal;
}

export interface MoneyFormat {
  /** Drops the minor unit when it is zero: "$20" rather than "$20.00". */
  whole?: boolean;
  locale?: string;
}

/**
 * An amount in the currency's minor unit (cents), in the currency the API named for it:
 * 2900 "usd" → "$29.00" in en-US, "29,00 $" in de-DE; 123456 "eur" → "€1,234.56".
 */
export function formatMoney(minor: number, currency: string, { whole = false, locale }: MoneyFormat = {}): string {
  const code = currency.toUpperCase();
  const digits = minorDigits(code);
  const trim = whole && minor % 10 ** digits === 0;
  return numberFormat(locale ?? userLocale(), {
    style: 'currency',
    currency: code,
    ...(trim ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  }).format(minorToDecimal(minor, digits));
}

/**
 * What someone typed as an amount of money → minor units; null for anything else (no floating point).
 * Accepts either decimal separator and a currency sign around the number: "25", "25.5", "25,50", "$25.05".
 */
export function parseMoney(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const bare = text.trim().replace(/^[^\d.,-]+|[^\d.,]+$/g, '');
  const match = new RegExp(`^(\\d{1,9})(?:[.,](\\d{1,${Math.max(digits, 1)}}))?$`).exec(bare);
  if (!match || (digits === 0 && match[2] !== undefined)) return null;
  return Number(match[1]) * 10 ** digits + Number((match[2] ?? '').padEnd(digits, '0') || '0');
}

/** Minor units → the text an input field starts with: 2550 USD → "25.50". */
export function moneyToInput(minor: number, currency: string): string {
  return minorToDecimal(minor, minorDigits(currency));
}

// ---------------------------------------------------------------------------------------------- numbers

/** A count with the locale's grouping: 12345 → "12,345". */
export function formatNumber(value: number, locale?: string): string {
  return numberFormat(locale ?? userLocale(), { maximumFractionDigits: 0 }).format(value);
}

/** A ratio as a percentage: 0.0234 → "2.3%". */
export function formatPercent(ratio: number, fractionDigits = 1, locale?: string): string {
  return numberFormat(locale ?? userLocale(), {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}

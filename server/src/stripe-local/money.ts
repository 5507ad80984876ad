/**
 * Money helpers. Amounts are integer minor units (cents) throughout; these only format them, using
 * integer arithmetic so no floating point touches an amount.
 */
const ZERO_DECIMAL = new Set([
  'jpy',
  'krw',
  'vnd',
  'clp',
  'isk',
  'ugx',
  'xaf',
  'xof',
  'pyg',
  'rwf',
  'kmf',
  'gnf',
  'djf',
  'bif',
  'mga',
  'vuv',
  'xpf',
]);
const SYMBOLS: Record<string, string> = { usd: '$', eur: '€', gbp: '£', cad: 'CA$', aud: 'A$', jpy: '¥' };

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 2900, 'usd' → "$29.00"; -150 → "-$1.50". */
export function formatMoney(amount: number, currency: string): string {
  const cur = currency.toLowerCase();
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const symbol = SYMBOLS[cur] ?? `${cur.toUpperCase()} `;
  if (ZERO_DECIMAL.has(cur)) return `${sign}${symbol}${groupThousands(String(abs))}`;
  const units = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${symbol}${groupThousands(String(units))}.${cents}`;
}

import { MICRO_PER_CREDIT } from './amounts';

/** Exact credits for a report: `12.5`, `0.000001`, `-3`. Never rounded: a difference of 1 µcr must show. */
export function credits(micro: number): string {
  const sign = micro < 0 ? '-' : '';
  const abs = Math.abs(micro);
  const whole = Math.floor(abs / MICRO_PER_CREDIT);
  const fraction = String(abs % MICRO_PER_CREDIT)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

export const dollars = (cents: number): string =>
  `$${Math.floor(cents / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

import type { FeatureRate } from './rate-card';

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

/**
 * The charge for one run, in µcr:
 *
 *   max(minimum, ⌈(inputTokens × inputRate + outputTokens × outputRate) / 1000⌉)
 *
 * Rounding rule: the exact sum is divided once and rounded UP to the whole µcr, so a run is never
 * charged less than its tokens cost and rounding never adds more than 1 µcr. Integer (BigInt) maths
 * only: provider-reported token counts are not trusted to keep products in the safe range.
 */
export function costMicro(rate: FeatureRate, usage: TokenUsage): number {
  checkTokens(usage.inputTokens, 'inputTokens');
  checkTokens(usage.outputTokens, 'outputTokens');
  const numerator =
    BigInt(usage.inputTokens) * BigInt(rate.inputMicroPer1k) +
    BigInt(usage.outputTokens) * BigInt(rate.outputMicroPer1k);
  const rounded = (numerator + 999n) / 1000n;
  const cost = rounded > BigInt(rate.minimumMicro) ? rounded : BigInt(rate.minimumMicro);
  if (cost > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('cost exceeds the safe integer range');
  return Number(cost);
}

/** The worst case of one run: its hold. Equals the cost of a run at both token limits. */
export const boundMicro = (rate: FeatureRate): number =>
  costMicro(rate, { inputTokens: rate.maxInputTokens, outputTokens: rate.maxOutputTokens });

function checkTokens(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
}

/** 8412 → "8,412": integer grouping without locale data, so descriptions read the same everywhere. */
export function groupThousands(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}

import { formatCredits } from './money';
import type { GrantState, Split } from './types';

/**
 * Human text for how a charge was split across grants (SPEC rule 3), exact amounts, in the splits' order:
 * "1.7 from Pro allocation, 0.5 from Top-up: 20 credits". Signs are ignored; unknown grants show their id.
 */
export function describeSplits(
  splits: readonly Split[],
  grants: ReadonlyArray<Pick<GrantState, 'id' | 'label'>>,
): string {
  const labels = new Map(grants.map((g) => [g.id, g.label]));
  return splits
    .filter((s) => s.amountMicro !== 0)
    .map((s) => `${formatCredits(Math.abs(s.amountMicro))} from ${labels.get(s.grantId) ?? s.grantId}`)
    .join(', ');
}

import { graphql } from '../../gql';
import { toMicro } from '../../lib/credits';
import { formatCredits } from '../../lib/format';

/**
 * A plan's terms, the one shape every screen that shows a plan reads (the plan cards, the billing snapshot, the
 * out-of-credits screen's upgrade lines, the popover). It lives here rather than in one of those components:
 * the out-of-credits screen is on the first route, and the helpers below are what read it.
 */
export const PlanTermsFields = graphql(`
  fragment PlanTerms on Plan {
    code
    name
    creditsPerPeriod
    priceCents
    currency
  }
`);

export interface PlanLike {
  code: string;
  name: string;
  creditsPerPeriod: string;
  priceCents: number;
}

/**
 * The upgrade steps worth mentioning from the current plan, as the help article words them:
 * "Pro to Growth: from 20 to 50 credits." Plans come smallest first; with no plan, every step is listed.
 */
export function upgradeLines(plans: readonly PlanLike[], currentCode: string | null): string[] {
  const sorted = [...plans].sort((a, b) => toMicro(a.creditsPerPeriod) - toMicro(b.creditsPerPeriod));
  const start = Math.max(
    0,
    sorted.findIndex((p) => p.code === currentCode),
  );
  const lines: string[] = [];
  for (let i = start; i + 1 < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    lines.push(
      `${from.name} to ${to.name}: from ${formatCredits(toMicro(from.creditsPerPeriod), { whole: true })} to ${formatCredits(toMicro(to.creditsPerPeriod), { whole: true })} credits.`,
    );
  }
  return lines;
}

export type PlanDirection = 'current' | 'upgrade' | 'downgrade';

export function planDirection(plan: PlanLike, current: PlanLike | null | undefined): PlanDirection {
  if (!current) return 'upgrade';
  if (plan.code === current.code) return 'current';
  return toMicro(plan.creditsPerPeriod) > toMicro(current.creditsPerPeriod) ? 'upgrade' : 'downgrade';
}

/** Integer cents per credit, for the comparison ("$1.45 per credit"), rounded half up. */
export function centsPerCredit(plan: PlanLike): number {
  const micro = BigInt(toMicro(plan.creditsPerPeriod));
  if (micro === 0n) return 0;
  return Number((BigInt(plan.priceCents) * 1_000_000n * 2n + micro) / (2n * micro));
}

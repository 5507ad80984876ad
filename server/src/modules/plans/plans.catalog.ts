import type { PlanConfig } from '../../platform/config';
import { badInput } from '../../platform/errors';
import { MICRO_PER_CREDIT } from '../ledger/core';

export interface Plan {
  code: string;
  name: string;
  creditsMicro: number;
  priceCents: number;
  rank: number;
  stripePriceId: string | null;
}

/** The plans on sale, from configuration (PLANS_JSON), ordered from smallest to largest. */
export class PlansCatalog {
  readonly plans: Plan[];

  constructor(config: PlanConfig[]) {
    this.plans = config
      .map((p) => ({
        code: p.code,
        name: p.name,
        creditsMicro: p.creditsPerPeriod * MICRO_PER_CREDIT,
        priceCents: p.priceCents,
        rank: p.rank,
        stripePriceId: p.stripePriceId ?? null,
      }))
      .sort((a, b) => a.rank - b.rank);
  }

  find(code: string): Plan | undefined {
    return this.plans.find((p) => p.code === code);
  }

  /** A plan the caller named; unknown codes are bad input, never a crash. */
  get(code: string): Plan {
    const plan = this.find(code);
    if (!plan)
      throw badInput(
        `Unknown plan "${code.slice(0, 40)}"; choose one of ${this.plans.map((p) => p.code).join(', ')}`,
        'plan',
      );
    return plan;
  }
}

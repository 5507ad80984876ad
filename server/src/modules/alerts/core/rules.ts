import { MICRO_PER_CREDIT } from '../../ledger/core';
import type { AlertCondition, AlertKind } from './crossing';

/** Most alerts one workspace may keep, and most members one alert may email. */
export const MAX_ALERTS = 20;
export const MAX_RECIPIENTS = 50;
/** The largest threshold an alert accepts: far above any plan, far inside the safe integer range. */
export const MAX_THRESHOLD_MICRO = 1_000_000 * MICRO_PER_CREDIT;

/**
 * Every new workspace starts with these, visible and editable in the billing settings: a warning when the balance
 * falls under a tenth of the plan's allocation (2 credits on Pro, 10 on Agency), and one when the current pace
 * would empty the balance before the plan renews. They email the owners and admins.
 */
export const DEFAULT_ALERTS: readonly AlertCondition[] = [
  { kind: 'ALLOCATION_PERCENT_BELOW', thresholdMicro: null, percent: 10 },
  { kind: 'RUNS_OUT_BEFORE_RENEWAL', thresholdMicro: null, percent: null },
];

export interface AlertProblem {
  field: 'kind' | 'threshold' | 'percent';
  message: string;
}

const NEEDS: Record<AlertKind, 'threshold' | 'percent' | null> = {
  BALANCE_BELOW: 'threshold',
  ALLOCATION_PERCENT_BELOW: 'percent',
  RUNS_OUT_BEFORE_RENEWAL: null,
  ALLOCATION_WILL_EXPIRE: 'threshold',
};

/** What is wrong with an alert's settings, or null: each kind takes exactly the setting it uses. */
export function alertProblem(alert: AlertCondition): AlertProblem | null {
  if (!Object.hasOwn(NEEDS, alert.kind)) return { field: 'kind', message: 'kind: not an alert kind' };
  const needs = NEEDS[alert.kind];
  const limit = `from 0.000001 to ${MAX_THRESHOLD_MICRO / MICRO_PER_CREDIT} credits`;
  if (needs === 'threshold') {
    const t = alert.thresholdMicro;
    if (t === null) return { field: 'threshold', message: `threshold: required for ${alert.kind}` };
    if (!Number.isSafeInteger(t) || t <= 0 || t > MAX_THRESHOLD_MICRO) {
      return { field: 'threshold', message: `threshold: ${limit}` };
    }
  } else if (alert.thresholdMicro !== null) {
    return { field: 'threshold', message: `threshold: not used by ${alert.kind}` };
  }
  if (needs === 'percent') {
    const p = alert.percent;
    if (p === null) return { field: 'percent', message: `percent: required for ${alert.kind}` };
    if (!Number.isInteger(p) || p < 1 || p > 100)
      return { field: 'percent', message: 'percent: a whole number from 1 to 100' };
  } else if (alert.percent !== null) {
    return { field: 'percent', message: `percent: not used by ${alert.kind}` };
  }
  return null;
}

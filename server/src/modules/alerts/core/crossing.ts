import { formatCredits, formatCreditsFixed } from '../../ledger/core';
import { DAY_MS, type Forecast } from '../../usage/forecast';

/**
 * The crossing detector of an alert, pure: given where the workspace stands, does the alert's condition hold,
 * and what does that mean for an alert in its current state. Fires once when the condition starts to hold, and
 * not again until it has cleared (hysteresis by state, not by time).
 */

export type AlertKind =
  'BALANCE_BELOW' | 'ALLOCATION_PERCENT_BELOW' | 'RUNS_OUT_BEFORE_RENEWAL' | 'ALLOCATION_WILL_EXPIRE';
export const ALERT_KINDS: readonly AlertKind[] = [
  'BALANCE_BELOW',
  'ALLOCATION_PERCENT_BELOW',
  'RUNS_OUT_BEFORE_RENEWAL',
  'ALLOCATION_WILL_EXPIRE',
];

export type AlertState = 'ARMED' | 'FIRED';

export interface AlertCondition {
  kind: AlertKind;
  thresholdMicro: number | null;
  percent: number | null;
}

/** Where a workspace stands at one ledger version. */
export interface Situation {
  availableMicro: number;
  /** This period's allocation as granted (plan and proration); 0 without a plan. */
  allocationMicro: number;
  renewsAt: Date | null;
  forecast: Forecast;
  now: Date;
}

/**
 * A pace measured over less than a day says little (three charges in a minute would "run out" by tonight), so the
 * pace-based alerts wait until the forecast's window covers at least this much.
 */
export const MIN_PACE_WINDOW_MS = DAY_MS;

const paceKnown = (s: Situation) => s.now.getTime() - s.forecast.windowStart.getTime() >= MIN_PACE_WINDOW_MS;

export function conditionHolds(alert: AlertCondition, s: Situation): boolean {
  switch (alert.kind) {
    case 'BALANCE_BELOW':
      return s.availableMicro < (alert.thresholdMicro ?? 0);
    case 'ALLOCATION_PERCENT_BELOW':
      // available < percent% of allocation, without a division: available × 100 < percent × allocation.
      return (
        s.allocationMicro > 0 &&
        BigInt(Math.max(0, s.availableMicro)) * 100n < BigInt(alert.percent ?? 0) * BigInt(s.allocationMicro)
      );
    case 'RUNS_OUT_BEFORE_RENEWAL': {
      if (!s.renewsAt) return false;
      if (s.availableMicro <= 0) return true; // already out, and the plan has not renewed yet
      const at = s.forecast.runsOutAt;
      return paceKnown(s) && at !== null && at < s.renewsAt;
    }
    case 'ALLOCATION_WILL_EXPIRE':
      return (
        s.renewsAt !== null &&
        paceKnown(s) &&
        s.forecast.allocationExpiringUnusedMicro >= (alert.thresholdMicro ?? Number.MAX_SAFE_INTEGER)
      );
  }
}

export type Transition = 'FIRE' | 'REARM' | 'NONE';

/** ARMED and the condition holds: fire. FIRED and it no longer holds: arm again. Otherwise nothing changes. */
export function transition(state: AlertState, holds: boolean): Transition {
  if (state === 'ARMED' && holds) return 'FIRE';
  if (state === 'FIRED' && !holds) return 'REARM';
  return 'NONE';
}

/**
 * Which of two evaluations is newer: by ledger version, then by time (the pace-based alerts change with time
 * alone). A state decided from a newer evaluation is never replaced by one decided from an older one.
 */
export function isNewer(a: { version: number; at: Date }, b: { version: number; at: Date }): boolean {
  return a.version > b.version || (a.version === b.version && a.at.getTime() > b.at.getTime());
}

const credits = (micro: number) => formatCreditsFixed(micro, 2);
const creditWord = (micro: number) => `${credits(micro)} credit${micro === 1_000_000 ? '' : 's'}`;
const shortDate = (d: Date) => d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** How the alert reads in a list: "Balance below 5.00 credits". */
export function describeAlert(alert: AlertCondition): string {
  switch (alert.kind) {
    case 'BALANCE_BELOW':
      return `Balance below ${creditWord(alert.thresholdMicro ?? 0)}`;
    case 'ALLOCATION_PERCENT_BELOW':
      return `Balance below ${alert.percent ?? 0}% of the plan allocation`;
    case 'RUNS_OUT_BEFORE_RENEWAL':
      return 'Credits run out before the plan renews, at the current pace';
    case 'ALLOCATION_WILL_EXPIRE':
      return `At least ${creditWord(alert.thresholdMicro ?? 0)} of the plan allocation will expire unused`;
  }
}

export interface AlertMessage {
  title: string;
  body: string;
  /** The numbers behind the message, as the `alert.fired` event carries them (amounts as decimal strings). */
  data: Record<string, unknown>;
}

/** What the notification, the email and the event say when an alert fires. */
export function alertMessage(alert: AlertCondition, s: Situation): AlertMessage {
  const renews = s.renewsAt ? ` Your plan renews on ${shortDate(s.renewsAt)}.` : '';
  const pace = `${credits(s.forecast.burnPerDayMicro)} credits a day`;
  const data = {
    kind: alert.kind,
    threshold: alert.thresholdMicro === null ? null : formatCredits(alert.thresholdMicro),
    percent: alert.percent,
    available: formatCredits(Math.max(0, s.availableMicro)),
    allocation: formatCredits(s.allocationMicro),
    renewsAt: s.renewsAt?.toISOString() ?? null,
    burnPerDay: formatCredits(s.forecast.burnPerDayMicro),
    runsOutAt: s.forecast.runsOutAt?.toISOString() ?? null,
    allocationExpiringUnused: formatCredits(s.forecast.allocationExpiringUnusedMicro),
  };
  switch (alert.kind) {
    case 'BALANCE_BELOW':
      return {
        title: `Balance below ${creditWord(alert.thresholdMicro ?? 0)}`,
        body: `Your available balance is ${creditWord(s.availableMicro)}, below your alert at ${creditWord(alert.thresholdMicro ?? 0)}.${renews}`,
        data,
      };
    case 'ALLOCATION_PERCENT_BELOW':
      return {
        title: `Balance below ${alert.percent ?? 0}% of your plan allocation`,
        body: `Your available balance is ${creditWord(s.availableMicro)}, under ${alert.percent ?? 0}% of this period's allocation of ${creditWord(s.allocationMicro)}.${renews}`,
        data,
      };
    case 'RUNS_OUT_BEFORE_RENEWAL': {
      const at = s.forecast.runsOutAt;
      const body =
        s.availableMicro <= 0 || !at
          ? `You are out of credits.${renews}`
          : `At this pace (${pace}) your credits run out around ${shortDate(at)}, ${daysBefore(at, s.renewsAt!)} before your plan renews on ${shortDate(s.renewsAt!)}.`;
      return { title: 'Credits run out before renewal', body, data };
    }
    case 'ALLOCATION_WILL_EXPIRE':
      return {
        title: 'Plan credits will expire unused',
        body: `At this pace (${pace}), ${creditWord(s.forecast.allocationExpiringUnusedMicro)} of this period's allocation will expire unused when your plan renews on ${shortDate(s.renewsAt!)}.`,
        data,
      };
  }
}

function daysBefore(at: Date, renewsAt: Date): string {
  const days = Math.floor((renewsAt.getTime() - at.getTime()) / DAY_MS);
  return days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`;
}

/**
 * When a failed delivery is tried again: exponential backoff from `baseMs` (30 s by default: 30 s, 1 min, 2 min, …),
 * capped at 720 × base (6 h by default), each delay scaled by a random factor in [0.5, 1) so endpoints that failed
 * together do not come back together. Past the retry window (3 days by default, counted from the first attempt or
 * the last "send again") the delivery is FAILED; the event stays readable through `events(after:)`.
 */
export interface RetryPolicy {
  baseMs: number;
  windowMs: number;
}

export type AfterFailure = { status: 'PENDING'; nextAttemptAt: Date } | { status: 'FAILED' };

export function backoffMs(attempt: number, baseMs: number, random: number): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  const delay = Math.min(baseMs * 2 ** exponent, baseMs * 720);
  return Math.round(delay * (0.5 + Math.min(Math.max(random, 0), 1) / 2));
}

/** What follows the `attempts`-th failed attempt, made at `now`. */
export function afterFailure(
  input: { attempts: number; windowStartedAt: Date; now: Date; random: number },
  policy: RetryPolicy,
): AfterFailure {
  const next = input.now.getTime() + backoffMs(input.attempts, policy.baseMs, input.random);
  if (next > input.windowStartedAt.getTime() + policy.windowMs) return { status: 'FAILED' };
  return { status: 'PENDING', nextAttemptAt: new Date(next) };
}

/** A 2xx answer is a delivery; anything else (3xx included: redirects are not followed) is a failure. */
export const isDelivered = (statusCode: number | null): boolean =>
  statusCode !== null && statusCode >= 200 && statusCode < 300;

/** Whether an endpoint subscribed to `['*']` or to this type receives an event. */
export const subscribes = (endpointTypes: string[], eventType: string): boolean =>
  endpointTypes.includes('*') || endpointTypes.includes(eventType);

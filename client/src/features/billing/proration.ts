/**
 * What an upgrade grants right away (SPEC section 4): (new allocation − old allocation) × time left in the
 * period / period length, in µcr, rounded down to the µcr. Integer arithmetic in BigInt, since µcr × ms
 * overflows a double's exact range. A downgrade or a same-size plan grants nothing now.
 */

const DAY_MS = 86_400_000;

/**
 * Days of a proration, as the server writes them in the history: whole when whole, else cut (not
 * rounded) to two decimals ("12", "11.99"), so the preview and the history show the same share.
 */
export function formatDays(seconds: number): string {
  return seconds % 86_400 === 0 ? String(seconds / 86_400) : (Math.floor((seconds * 100) / 86_400) / 100).toFixed(2);
}

export interface ProrationPreview {
  /** Credits granted now, µcr, expiring at period end. */
  grantMicro: number;
  /** (new − old), µcr; 0 for a downgrade. */
  differenceMicro: number;
  timeLeftMs: number;
  periodMs: number;
  /** Whole days left (rounded down) and days in the period (rounded to nearest), for the sentence. */
  daysLeft: number;
  periodDays: number;
}

export function prorationPreview(
  oldCreditsMicro: number,
  newCreditsMicro: number,
  periodStart: Date,
  periodEnd: Date,
  now: Date,
): ProrationPreview {
  for (const [name, v] of [
    ['oldCreditsMicro', oldCreditsMicro],
    ['newCreditsMicro', newCreditsMicro],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer, got ${v}`);
  }
  const periodMs = periodEnd.getTime() - periodStart.getTime();
  if (!Number.isFinite(periodMs) || periodMs <= 0) throw new RangeError('The period must end after it starts');

  const timeLeftMs = Math.min(periodMs, Math.max(0, periodEnd.getTime() - now.getTime()));
  const differenceMicro = Math.max(0, newCreditsMicro - oldCreditsMicro);
  const grantMicro = Number((BigInt(differenceMicro) * BigInt(timeLeftMs)) / BigInt(periodMs));
  return {
    grantMicro,
    differenceMicro,
    timeLeftMs,
    periodMs,
    daysLeft: Math.floor(timeLeftMs / DAY_MS),
    periodDays: Math.round(periodMs / DAY_MS),
  };
}

import { pickInt, rngOf, seedOf } from '../../ai/seeded';

/** One day of a campaign's results. Integers only: counts, and spend in cents. */
export interface DayPerformance {
  /** UTC day, YYYY-MM-DD. */
  date: string;
  impressions: number;
  clicks: number;
  conversions: number;
  spendCents: number;
}

export interface PerformanceTotals {
  impressions: number;
  clicks: number;
  conversions: number;
  spendCents: number;
}

const DAY_MS = 86_400_000;

const dayStart = (d: Date) => Math.floor(d.getTime() / DAY_MS) * DAY_MS;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Simulated results, the same for a campaign and day every time they are asked for (seeded from the campaign
 * id and the date), so the dashboard is stable without an ad platform behind it. Each campaign gets its own
 * quality (conversion-rate band), so campaigns compare differently.
 */
export function dailyPerformance(
  campaign: { id: string; dailyBudgetCents: number; launchedAt: Date | null },
  today: Date,
  days: number,
): DayPerformance[] {
  if (!campaign.launchedAt || days <= 0) return [];
  const last = dayStart(today);
  const first = Math.max(dayStart(campaign.launchedAt), last - (days - 1) * DAY_MS);
  const quality = pickInt(rngOf(seedOf(`quality:${campaign.id}`)), 0, 600);
  const out: DayPerformance[] = [];
  const launched = campaign.launchedAt.getTime();
  const now = today.getTime();
  for (let ms = first; ms <= last; ms += DAY_MS) {
    const date = isoDay(ms);
    const rng = rngOf(seedOf(`${campaign.id}:${date}`));
    // Only the part of the day the campaign has been running spends: nothing before its launch, nothing yet
    // of the hours still ahead today, so a campaign launched a moment ago has no results at all.
    const runningMs = Math.max(0, Math.min(ms + DAY_MS, now) - Math.max(ms, launched));
    const fullDayCents = Math.floor((campaign.dailyBudgetCents * pickInt(rng, 55, 100)) / 100);
    const spendCents = Math.floor((fullDayCents * runningMs) / DAY_MS);
    const cpcCents = pickInt(rng, 40, 260);
    const clicks = Math.floor(spendCents / cpcCents);
    const ctrBasisPoints = pickInt(rng, 180, 900);
    const impressions = Math.floor((clicks * 10_000) / ctrBasisPoints);
    const cvrBasisPoints = pickInt(rng, 150, 500) + quality;
    const conversions = Math.floor((clicks * cvrBasisPoints) / 10_000);
    out.push({ date, impressions, clicks, conversions, spendCents });
  }
  return out;
}

export function totalsOf(days: readonly DayPerformance[]): PerformanceTotals {
  return days.reduce(
    (t, d) => ({
      impressions: t.impressions + d.impressions,
      clicks: t.clicks + d.clicks,
      conversions: t.conversions + d.conversions,
      spendCents: t.spendCents + d.spendCents,
    }),
    { impressions: 0, clicks: 0, conversions: 0, spendCents: 0 },
  );
}

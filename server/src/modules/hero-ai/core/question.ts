/**
 * What a Hero AI question is about: which launched campaigns and how many days of data. This decides the
 * context sent to the model, and so the cost: a simple lookup reads totals, a deep investigation reads
 * several campaigns' daily numbers over weeks.
 */
export interface QuestionScope {
  campaignIds: string[];
  days: number;
  /** Daily rows, not only totals. */
  daily: boolean;
}

const MAX_DAYS = 90;
const MAX_CAMPAIGNS = 10;
const DEFAULT_DAYS = 7;

const ALL_CAMPAIGNS = /\b(all|every|each|across|compare|comparison|campaigns|which campaign|overall)\b/i;
const DEEP =
  /\b(trend|trends|daily|day by day|over time|why|investigate|investigation|deep|analy[sz]e|breakdown|pattern)\b/i;

export function daysAsked(question: string): number {
  const q = question.toLowerCase();
  const weeks = /(\d{1,3})\s*weeks?\b/.exec(q);
  if (weeks) return clampDays(Number(weeks[1]) * 7);
  const days = /(\d{1,3})\s*days?\b/.exec(q);
  if (days) return clampDays(Number(days[1]));
  const months = /(\d{1,2})\s*months?\b/.exec(q);
  if (months) return clampDays(Number(months[1]) * 30);
  if (/\bquarter\b/.test(q)) return 90;
  if (/\bmonth\b/.test(q)) return 30;
  if (/\b(yesterday|today)\b/.test(q)) return 1;
  if (/\bweek\b/.test(q)) return 7;
  return DEFAULT_DAYS;
}

const clampDays = (n: number) => Math.min(MAX_DAYS, Math.max(1, n));

export function scopeOf(question: string, campaigns: ReadonlyArray<{ id: string; name: string }>): QuestionScope {
  const q = question.toLowerCase();
  const named = campaigns.filter((c) => c.name.trim() && q.includes(c.name.trim().toLowerCase()));
  const chosen = named.length ? named : ALL_CAMPAIGNS.test(question) ? campaigns : [];
  const days = daysAsked(question);
  return {
    campaignIds: chosen.slice(0, MAX_CAMPAIGNS).map((c) => c.id),
    days,
    daily: days > 1 && (days >= 14 || DEEP.test(question)),
  };
}

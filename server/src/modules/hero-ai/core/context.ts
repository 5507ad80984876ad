import { groupThousands } from '../../metering/core';
import { totalsOf, type DayPerformance, type PerformanceTotals } from '../../campaigns/core/performance';

export interface CampaignData {
  name: string;
  launchedAt: Date | null;
  dailyBudgetCents: number;
  days: DayPerformance[];
}

export interface HistoryLine {
  role: 'USER' | 'ASSISTANT';
  text: string;
}

const dollars = (cents: number) =>
  `$${groupThousands(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;

const numbers = (t: PerformanceTotals) =>
  `impressions ${groupThousands(t.impressions)}, clicks ${groupThousands(t.clicks)}, ` +
  `conversions ${groupThousands(t.conversions)}, spend ${dollars(t.spendCents)}`;

const HISTORY_MESSAGES = 6;
const HISTORY_CHARS = 500;

/**
 * The data a Hero AI answer is based on, as plain lines: the period, the workspace's totals, each chosen
 * campaign's totals and, for deep questions, its daily rows; then the recent turns of the conversation.
 */
export function heroContext(input: {
  days: number;
  workspaceTotals: PerformanceTotals;
  campaigns: CampaignData[];
  daily: boolean;
  history: HistoryLine[];
}): string {
  const lines = [
    `Period: the last ${input.days} day${input.days === 1 ? '' : 's'}`,
    `Workspace totals: ${numbers(input.workspaceTotals)}`,
  ];
  for (const c of input.campaigns) {
    const launched = c.launchedAt ? c.launchedAt.toISOString().slice(0, 10) : 'not launched';
    lines.push(
      `Campaign "${c.name}" (launched ${launched}, budget ${dollars(c.dailyBudgetCents)}/day): ${numbers(totalsOf(c.days))}`,
    );
    if (input.daily) for (const d of c.days) lines.push(`  ${d.date} ${numbers(d)}`);
  }
  const recent = input.history.slice(-HISTORY_MESSAGES);
  if (recent.length) {
    lines.push('', 'Earlier in this conversation:');
    for (const m of recent) {
      lines.push(`${m.role === 'USER' ? 'User' : 'Hero AI'}: ${m.text.slice(0, HISTORY_CHARS).replace(/\s+/g, ' ')}`);
    }
  }
  return lines.join('\n');
}

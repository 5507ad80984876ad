import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCredits, formatNumber } from '../../lib/format';
import { formatDay } from '../../lib/dates';
import {
  axisProps,
  dayAxisProps,
  tooltipCursor,
  tooltipLabelStyle,
  tooltipStyle,
  useChartScheme,
} from '../../ui/chartTheme';
import { featureColor } from './featureColors';
import { featureLabel, type UsageDay } from './history';

/**
 * Stacked daily credits per feature (`features`: biggest first, for the legend), each feature in its own fixed
 * colour (a lighter shade of it in the dark theme). Recharts is heavy, so this file is only loaded by the
 * billing page.
 */
export default function UsageChart({ rows, features }: { rows: UsageDay[]; features: string[] }) {
  const scheme = useChartScheme();
  // Recharts plots numbers: convert µcr to credits only here, for drawing; labels use the exact formatter.
  const data = rows.map((r) => ({
    day: r.day,
    ...Object.fromEntries(features.map((f) => [f, (r.byFeature[f] ?? 0) / 1_000_000])),
  }));
  return (
    <div className="chart-box">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, left: -12, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis {...dayAxisProps} interval="preserveStartEnd" />
          <YAxis {...axisProps} allowDecimals tickFormatter={(value) => formatNumber(Number(value))} />
          <Tooltip
            formatter={(value, name) => [
              `${formatCredits(Math.round(Number(value) * 1_000_000))} credits`,
              featureLabel(String(name)),
            ]}
            labelFormatter={(day) => formatDay(String(day))}
            contentStyle={tooltipStyle}
            labelStyle={tooltipLabelStyle}
            cursor={tooltipCursor}
          />
          <Legend formatter={(name) => featureLabel(String(name))} wrapperStyle={{ fontSize: 12 }} />
          {features.map((f, i) => (
            <Bar
              key={f}
              dataKey={f}
              stackId="usage"
              fill={featureColor(f, scheme)}
              radius={i === features.length - 1 ? [3, 3, 0, 0] : 0}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

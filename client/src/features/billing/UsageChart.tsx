import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCredits } from '../../lib/credits';
import { featureLabel, usageFeatures, type UsageDay } from './history';

const COLORS = ['#4f46e5', '#a855f7', '#0ea5e9', '#f59e0b', '#10b981', '#ef4444', '#64748b'];

/** Stacked daily credits per feature. Recharts is heavy, so this file is only loaded by the billing page. */
export default function UsageChart({ rows }: { rows: UsageDay[] }) {
  const features = usageFeatures(rows);
  // Recharts plots numbers: convert µcr to credits only here, for drawing; labels use the exact formatter.
  const data = rows.map((r) => ({
    day: r.day.slice(5).replace('-', '/'),
    ...Object.fromEntries(features.map((f) => [f, (r.byFeature[f] ?? 0) / 1_000_000])),
  }));
  return (
    <div className="chart-box">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, left: -12, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e4e7ec" />
          <XAxis
            dataKey="day"
            tickLine={false}
            axisLine={false}
            fontSize={12}
            interval="preserveStartEnd"
            minTickGap={16}
          />
          <YAxis tickLine={false} axisLine={false} fontSize={12} allowDecimals />
          <Tooltip
            formatter={(value, name) => [
              `${formatCredits(Math.round(Number(value) * 1_000_000))} credits`,
              featureLabel(String(name)),
            ]}
            cursor={{ fill: 'rgba(79,70,229,0.06)' }}
          />
          <Legend formatter={(name) => featureLabel(String(name))} wrapperStyle={{ fontSize: 12 }} />
          {features.map((f, i) => (
            <Bar
              key={f}
              dataKey={f}
              stackId="usage"
              fill={COLORS[i % COLORS.length]}
              radius={i === features.length - 1 ? [3, 3, 0, 0] : 0}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDay } from '../../lib/dates';
import { formatNumber } from '../../lib/format';
import { axisProps, dayAxisProps, tooltipLabelStyle, tooltipStyle, useChartScheme } from '../../ui/chartTheme';

interface Day {
  date: string;
  clicks: number;
  conversions: number;
}

/** Clicks and one colour per series, lighter in the dark theme so the lines stand out from the card. */
const SERIES = {
  clicks: { light: '#4f46e5', dark: '#818cf8' },
  conversions: { light: '#a855f7', dark: '#c084fc' },
} as const;

/** Clicks and conversions per day (recharts, loaded only with this page). */
export default function PerformanceChart({ days }: { days: Day[] }) {
  const scheme = useChartScheme();
  const data = days.map((d) => ({ ...d, day: d.date }));
  const formatValue = (value: unknown) => formatNumber(Number(value));
  return (
    <div className="chart-box" style={{ height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis {...dayAxisProps} />
          <YAxis {...axisProps} allowDecimals={false} tickFormatter={formatValue} />
          <Tooltip
            formatter={formatValue}
            labelFormatter={(day) => formatDay(String(day))}
            contentStyle={tooltipStyle}
            labelStyle={tooltipLabelStyle}
          />
          {(['clicks', 'conversions'] as const).map((key) => (
            <Area
              key={key}
              type="monotone"
              dataKey={key}
              name={key === 'clicks' ? 'Clicks' : 'Conversions'}
              stroke={SERIES[key][scheme]}
              fill={SERIES[key][scheme]}
              fillOpacity={scheme === 'dark' ? 0.2 : 0.12}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}

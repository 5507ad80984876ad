import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

interface Day {
  date: string;
  clicks: number;
  conversions: number;
}

/** Clicks and conversions per day (recharts, loaded only with this page). */
export default function PerformanceChart({ days }: { days: Day[] }) {
  const data = days.map((d) => ({ ...d, day: d.date.slice(5).replace('-', '/') }));
  return (
    <div className="chart-box" style={{ height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e4e7ec" />
          <XAxis dataKey="day" tickLine={false} axisLine={false} fontSize={12} minTickGap={16} />
          <YAxis tickLine={false} axisLine={false} fontSize={12} allowDecimals={false} />
          <Tooltip />
          <Area type="monotone" dataKey="clicks" name="Clicks" stroke="#4f46e5" fill="#4f46e5" fillOpacity={0.12} />
          <Area
            type="monotone"
            dataKey="conversions"
            name="Conversions"
            stroke="#a855f7"
            fill="#a855f7"
            fillOpacity={0.15}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}

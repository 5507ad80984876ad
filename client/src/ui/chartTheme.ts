import type { CSSProperties } from 'react';
import { formatDay } from '../lib/dates';
import { useMediaQuery } from '../lib/useMediaQuery';
import type { ColorScheme } from '../features/billing/featureColors';

/**
 * The theme a chart draws in. Axes, grid and legend text take the theme's CSS variables from app.css
 * (`.chart-box` rules); the tooltip and cursor are styled here, and series colours are picked per scheme
 * because Recharts writes them as SVG attributes.
 */
export function useChartScheme(): ColorScheme {
  return useMediaQuery('(prefers-color-scheme: dark)') ? 'dark' : 'light';
}

export const tooltipStyle: CSSProperties = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  borderRadius: 8,
  color: 'var(--text)',
  boxShadow: 'var(--shadow)',
};

export const tooltipLabelStyle: CSSProperties = { color: 'var(--text)', fontWeight: 600 };

export const tooltipCursor = { fill: 'var(--primary-soft)', opacity: 0.6 };

/** Every chart's axes: labels only, no tick marks or axis lines (the grid shows the scale). */
export const axisProps = { tickLine: false, axisLine: false, fontSize: 12 } as const;

/** The x axis of a chart of days: each datum's `day` (YYYY-MM-DD), labelled as a short date. */
export const dayAxisProps = {
  ...axisProps,
  dataKey: 'day',
  minTickGap: 16,
  tickFormatter: (day: unknown) => formatDay(String(day)),
} as const;

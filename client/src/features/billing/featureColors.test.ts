import { describe, expect, it } from 'vitest';
import { FEATURE_LABELS } from '../feature-access/disabledReason';
import { featureColor } from './featureColors';

describe('featureColor', () => {
  it('gives each feature a fixed colour, whatever else is in the chart and in which order', () => {
    const first = ['ad_copy', 'hero_ai_message', 'partner_report'].map((k) => featureColor(k));
    const later = ['partner_report', 'hero_ai_message', 'ad_copy', 'sitelinks'].map((k) => featureColor(k));
    expect(later.slice(0, 3)).toEqual([first[2], first[1], first[0]]);
    expect(featureColor('ad_copy')).toBe('#0ea5e9');
  });

  it('gives the known features distinct colours, and charges without a feature their own', () => {
    const colours = [...Object.keys(FEATURE_LABELS), null].map((k) => featureColor(k));
    expect(new Set(colours).size).toBe(colours.length);
    expect(featureColor(null)).toBe(featureColor('other'));
  });

  it("keeps an unknown key's colour stable across calls", () => {
    expect(featureColor('partner_report')).toBe(featureColor('partner_report'));
    expect(featureColor('partner_report')).toMatch(/^#[0-9a-f]{6}$/);
  });
});

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('featureColor in the dark theme', () => {
  // --surface in the dark theme (client/src/styles/app.css): the card the chart is drawn on.
  const DARK_SURFACE = '#131a2e';
  const keys = [...Object.keys(FEATURE_LABELS), null, 'partner_report', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

  it('keeps each feature its own colour, and keeps them apart', () => {
    expect(featureColor('ad_copy', 'dark')).toBe(featureColor('ad_copy', 'dark'));
    const known = [...Object.keys(FEATURE_LABELS), null].map((k) => featureColor(k, 'dark'));
    expect(new Set(known).size).toBe(known.length);
  });

  it('draws every bar at 3:1 or more against the dark card (WCAG non-text contrast)', () => {
    for (const key of keys) expect(contrast(featureColor(key, 'dark'), DARK_SURFACE)).toBeGreaterThanOrEqual(3);
  });
});

/**
 * Reading the line formats the system prompts ask for ("Headline: …", "Sitelink: a | b | c | url",
 * "Keyword: k | MATCH | volume"). Tolerant of what real models add: bullets, numbering, bold markers,
 * blank lines, chatter; limits are enforced here, not trusted to the model.
 */

export interface AdCopy {
  headlines: string[];
  descriptions: string[];
}

export interface Sitelink {
  text: string;
  description1: string;
  description2: string;
  url: string;
}

export type MatchType = 'BROAD' | 'PHRASE' | 'EXACT';

export interface Keyword {
  text: string;
  matchType: MatchType;
  monthlySearches: number | null;
}

export const LIMITS = {
  headlines: 15,
  headlineChars: 30,
  descriptions: 4,
  descriptionChars: 90,
  sitelinks: 8,
  keywords: 50,
};

/** `label: rest` with list markers and bold stripped, or null. */
function labelled(line: string, label: string): string | null {
  const clean = line
    .trim()
    .replace(/^(?:[-*•]\s*|\d+[.)]\s*)/, '')
    .replace(/\*\*/g, '');
  const m = new RegExp(`^${label}\\s*[:：]\\s*(.+)$`, 'i').exec(clean);
  return m ? m[1]!.trim().replace(/^"(.*)"$/, '$1') : null;
}

const lines = (text: string) => text.split(/\r?\n/);
const unique = <T>(items: T[], key: (t: T) => string) => {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = key(i).toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

export function parseAdCopy(text: string): AdCopy {
  const pick = (label: string, chars: number, max: number) =>
    unique(
      lines(text)
        .map((l) => labelled(l, label))
        .filter((v): v is string => Boolean(v))
        .map((v) => v.slice(0, chars).trim()),
      (v) => v,
    ).slice(0, max);
  return {
    headlines: pick('headline', LIMITS.headlineChars, LIMITS.headlines),
    descriptions: pick('description', LIMITS.descriptionChars, LIMITS.descriptions),
  };
}

const isHttpUrl = (s: string) => /^https?:\/\/[^\s|]+$/i.test(s);

export function parseSitelinks(text: string): Sitelink[] {
  const out: Sitelink[] = [];
  for (const line of lines(text)) {
    const value = labelled(line, 'sitelink');
    if (!value) continue;
    const [linkText, d1, d2, url] = value.split('|').map((p) => p.trim());
    if (!linkText || !url || !isHttpUrl(url)) continue;
    out.push({
      text: linkText.slice(0, 25),
      description1: (d1 ?? '').slice(0, 35),
      description2: (d2 ?? '').slice(0, 35),
      url: url.slice(0, 500),
    });
  }
  return unique(out, (s) => s.text).slice(0, LIMITS.sitelinks);
}

export function parseKeywords(text: string): Keyword[] {
  const out: Keyword[] = [];
  for (const line of lines(text)) {
    const value = labelled(line, 'keyword');
    if (!value) continue;
    const [keyword, match, volume] = value.split('|').map((p) => p.trim());
    if (!keyword) continue;
    const matchType = (['BROAD', 'PHRASE', 'EXACT'] as const).find((m) => m === match?.toUpperCase()) ?? 'BROAD';
    const searches = volume && /^\d{1,9}$/.test(volume.replace(/,/g, '')) ? Number(volume.replace(/,/g, '')) : null;
    out.push({ text: keyword.toLowerCase().slice(0, 80), matchType, monthlySearches: searches });
  }
  return unique(out, (k) => k.text).slice(0, LIMITS.keywords);
}

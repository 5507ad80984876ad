/** Shared markup for the local pages (checkout, portal, invoices): plain HTML, no scripts needed. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Served as /_local/pages.css: the pages' Content-Security-Policy allows no inline style. */
export const PAGE_STYLE = `
  :root { color-scheme: light; --ink: #1a1f36; --muted: #697386; --line: #e3e8ee; --brand: #635bff; --bg: #f6f9fc; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
         color: var(--ink); background: var(--bg); }
  main { max-width: 760px; margin: 40px auto; padding: 0 20px; }
  .card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 28px;
          box-shadow: 0 2px 5px rgba(60,66,87,.08); margin-bottom: 20px; }
  .badge { display: inline-block; font-size: 12px; font-weight: 600; padding: 2px 8px; border-radius: 999px;
           background: #fff4d6; color: #9c6500; letter-spacing: .02em; }
  .badge.ok { background: #d7f7c2; color: #05690d; } .badge.bad { background: #ffe7f2; color: #b3093c; }
  h1 { font-size: 22px; margin: 8px 0 4px; } h2 { font-size: 16px; margin: 0 0 12px; }
  .muted { color: var(--muted); }
  table { width: 100%; border-collapse: collapse; margin: 12px 0; }
  th, td { text-align: left; padding: 10px 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
  th { font-size: 12px; text-transform: uppercase; color: var(--muted); font-weight: 600; }
  td.num, th.num { text-align: right; white-space: nowrap; }
  .total td { font-weight: 700; font-size: 17px; border-bottom: none; }
  .actions { display: flex; gap: 10px; flex-wrap: wrap; margin-top: 18px; }
  .actions form { margin: 0; }
  button, .button { font: inherit; font-weight: 600; border-radius: 6px; padding: 10px 18px; cursor: pointer;
           border: 1px solid var(--line); background: #fff; color: var(--ink); text-decoration: none; display: inline-block; }
  button.primary { background: var(--brand); border-color: var(--brand); color: #fff; }
  button.danger { color: #b3093c; }
  a { color: var(--brand); }
  footer { font-size: 12px; color: var(--muted); text-align: center; margin-top: 24px; }
`;

/**
 * A small icon inline (the pages' policy allows data: images), so browsers do not ask for a
 * /favicon.ico this server does not have.
 */
const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='7' fill='%23635bff'/%3E%3Cpath d='M10 20.5c1.6 1 3.7 1.6 5.6 1.6 2.3 0 3.4-.8 3.4-1.9 0-1.2-1-1.7-3.5-2.4-3.3-.9-5.2-2.2-5.2-4.7 0-2.7 2.3-4.6 6-4.6 2 0 3.8.4 5.1 1.1l-.9 2.7a9 9 0 0 0-4.2-1c-2 0-2.9.8-2.9 1.7 0 1.1 1.1 1.6 3.7 2.4 3.4 1 5 2.3 5 4.8 0 2.7-2.2 4.7-6.5 4.7-2.3 0-4.6-.6-6-1.5z' fill='%23fff'/%3E%3C/svg%3E";

/** Relative like the pages' other links, so it also resolves behind a path prefix (`publicBaseUrl`). */
const STYLESHEET_PATH = '../_local/pages.css';

/**
 * The headers of every page: only this server's own stylesheet, no script at all, never framed. No
 * `form-action`: the checkout forms redirect to the shop's success URL, another origin, which it would block.
 */
export const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
} as const;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" type="image/svg+xml" href="${FAVICON}">
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<main>
${body}
<footer>Local Stripe · test mode · no real money moves</footer>
</main>
</body>
</html>`;
}

export function badge(text: string, tone: 'ok' | 'bad' | 'warn' = 'warn'): string {
  const cls = tone === 'warn' ? 'badge' : `badge ${tone}`;
  return `<span class="${cls}">${escapeHtml(text)}</span>`;
}

/** A date as "12 Jan 2026" in UTC, like Stripe's hosted pages. */
export function formatDay(unix: number): string {
  return new Date(unix * 1000).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

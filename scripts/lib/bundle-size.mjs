#!/usr/bin/env node
// Gzip size of the JavaScript the first route loads: the module scripts and
// modulepreloads named by client/dist/index.html, plus everything they import
// statically (dynamic import() chunks are lazy and not counted).
//
//   node scripts/lib/bundle-size.mjs [--dist DIR] [--limit-kb N]
//
// Defaults: DIR = client/dist, N = $BUNDLE_LIMIT_KB or 200 (1 kB = 1000 bytes,
// as Vite reports). Prints one line, writes DIR/bundle-size.json, and exits 1
// when the total is above the limit.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const dist = resolve(opt('--dist', join(root, 'client/dist')));
const limitKb = Number(opt('--limit-kb', process.env.BUNDLE_LIMIT_KB || '200'));
const fail = (msg) => {
  console.error(`bundle-size: ${msg}`);
  process.exit(1);
};
if (!Number.isFinite(limitKb) || limitKb <= 0) fail(`invalid limit: ${limitKb}`);

const indexHtml = join(dist, 'index.html');
if (!existsSync(indexHtml))
  fail(`${relative(process.cwd(), indexHtml) || indexHtml} not found: build the client first`);
const html = readFileSync(indexHtml, 'utf8');

const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};
const isRemote = (url) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) || /^data:/i.test(url);

// Maps a URL found in index.html (absolute "/assets/x.js", "./assets/x.js",
// or with a non-root base such as "/app/assets/x.js") to a file in dist.
const fromHtml = (url) => {
  const clean = url.split(/[?#]/)[0];
  const rel = clean.replace(/^\/+/, '');
  const parts = rel.split('/');
  for (let i = 0; i < parts.length; i++) {
    const candidate = join(dist, ...parts.slice(i));
    if (candidate.startsWith(dist + sep) && existsSync(candidate)) return candidate;
  }
  return null;
};

const entries = [];
for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
  const tag = m[0];
  const src = attr(tag, 'src');
  if (src && /type\s*=\s*["']?module/i.test(tag) && !isRemote(src)) entries.push(src);
}
for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
  const tag = m[0];
  const href = attr(tag, 'href');
  if (href && /^modulepreload$/i.test(attr(tag, 'rel') ?? '') && !isRemote(href)) entries.push(href);
}
if (entries.length === 0) fail(`no <script type="module" src=...> in ${indexHtml}`);

// Static imports and re-exports in (minified) ES modules; import(...) is excluded.
const staticImport =
  /(?:^|[^\w$.])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'])([^"'\n]+)\1/g;

const seen = new Map();
const queue = [];
for (const url of entries) {
  const file = fromHtml(url);
  if (!file) fail(`${url} (named by index.html) is not in ${dist}`);
  queue.push(file);
}
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  const code = readFileSync(file);
  seen.set(file, { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });
  for (const m of code.toString('utf8').matchAll(staticImport)) {
    const spec = m[2].split(/[?#]/)[0];
    if (isRemote(spec) || !/\.[cm]?js$/.test(spec)) continue;
    const target = spec.startsWith('/') ? fromHtml(spec) : resolve(dirname(file), spec);
    if (target && target.startsWith(dist + sep) && existsSync(target) && !seen.has(target)) queue.push(target);
  }
}

const files = [...seen].map(([file, s]) => ({
  file: relative(dist, file).split(sep).join('/'),
  ...s,
}));
const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
const totalGzipBytes = files.reduce((n, f) => n + f.gzipBytes, 0);
const limitGzipBytes = Math.round(limitKb * 1000);
const ok = totalGzipBytes <= limitGzipBytes;
const kb = (n) => (n / 1000).toFixed(1);

writeFileSync(
  join(dist, 'bundle-size.json'),
  JSON.stringify({ files, totalBytes, totalGzipBytes, limitGzipBytes, ok }, null, 2) + '\n',
);

const line = `first-route JS: ${kb(totalGzipBytes)} kB gzip (${kb(totalBytes)} kB raw, ${files.length} file(s)); limit ${kb(limitGzipBytes)} kB`;
if (ok) {
  console.log(line);
} else {
  console.error(`bundle-size: over the limit: ${line}`);
  for (const f of files.sort((a, b) => b.gzipBytes - a.gzipBytes)) {
    console.error(`  ${kb(f.gzipBytes).padStart(8)} kB  ${f.file}`);
  }
  process.exit(1);
}

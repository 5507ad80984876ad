#!/usr/bin/env node
// Summarises a test run recorded by scripts/test.sh.
//
//   node scripts/lib/summary.mjs RESULTS.tsv
//
// Each line of RESULTS.tsv: name <TAB> kind <TAB> exit <TAB> seconds <TAB> json <TAB> note
//   kind  vitest: counts come from vitest's JSON report at `json`; a missing or
//                 unreadable report counts as 1 failed, and so does a non-zero
//                 exit with no failed test in the report (e.g. a file that
//                 failed to load);
//         check:  one test, passed when exit is 0;
//         setup:  counted only when it failed (1 failed).
//   exit  the exit code, or "blocked" when a prerequisite failed (1 failed).
// Prints a table and, as the last line, "N passed, N failed[, N skipped]".
// Exits 1 when anything failed (or nothing ran), else 0.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/lib/summary.mjs RESULTS.tsv');
  process.exit(2);
}

let lines = [];
try {
  lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
} catch {
  // No results at all: reported below as nothing ran.
}

function readReport(path) {
  if (!path) return null;
  try {
    const report = JSON.parse(readFileSync(path, 'utf8'));
    return typeof report === 'object' && report !== null && 'numTotalTests' in report ? report : null;
  } catch {
    return null;
  }
}

const rows = [];
for (const line of lines) {
  const [name = '?', kind = 'check', exit = '1', seconds = '', json = '', note = ''] = line.split('\t');
  const ok = exit === '0';
  const row = { name, passed: 0, failed: 0, skipped: 0, seconds, status: ok ? 'ok' : 'FAIL', note };
  if (exit === 'blocked') {
    row.failed = 1;
    row.status = 'BLOCKED';
  } else if (kind === 'vitest') {
    const report = readReport(json);
    if (!report) {
      row.failed = 1;
      row.status = 'CRASHED';
      row.note ||= 'no test report';
    } else {
      row.passed = report.numPassedTests ?? 0;
      row.failed = report.numFailedTests ?? 0;
      row.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      if (!ok && row.failed === 0) {
        row.failed = 1;
        row.note ||=
          (report.numFailedTestSuites ?? 0) > 0
            ? `${report.numFailedTestSuites} test file(s) failed to run`
            : report.numTotalTests === 0
              ? `no tests found, exit ${exit}`
              : `exit ${exit}`;
      }
      if (row.failed > 0) row.status = 'FAIL';
    }
  } else if (kind === 'setup') {
    if (ok) continue;
    row.failed = 1;
  } else {
    row[ok ? 'passed' : 'failed'] = 1;
  }
  rows.push(row);
}

const total = rows.reduce(
  (t, r) => ({
    passed: t.passed + r.passed,
    failed: t.failed + r.failed,
    skipped: t.skipped + r.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);

const header = ['suite', 'passed', 'failed', 'skipped', 'seconds', 'status'];
const body = rows.map((r) => [
  r.name,
  r.passed,
  r.failed,
  r.skipped,
  r.seconds,
  r.status + (r.note ? ` (${r.note})` : ''),
]);
body.push(['total', total.passed, total.failed, total.skipped, '', '']);
const table = [header, ...body].map((cols) => cols.map(String));
const widths = header.map((_, i) => Math.max(...table.map((cols) => (i === 5 ? 0 : cols[i].length))));
const fmt = (cols) =>
  cols
    .map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
    .join('  ')
    .trimEnd();
const rule = widths.map((w) => '-'.repeat(w || 6)).join('  ');
console.log('');
console.log(fmt(table[0]));
console.log(rule);
for (const cols of table.slice(1, -1)) console.log(fmt(cols));
console.log(rule);
console.log(fmt(table[table.length - 1]));
console.log('');

if (rows.length === 0) console.log('No suite ran.');
let last = `${total.passed} passed, ${total.failed} failed`;
if (total.skipped > 0) last += `, ${total.skipped} skipped`;
console.log(last);
process.exit(total.failed > 0 || rows.length === 0 ? 1 : 0);

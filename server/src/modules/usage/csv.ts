/**
 * RFC 4180 CSV that is safe to open in a spreadsheet. Fields with commas, quotes or line breaks are quoted and
 * their quotes doubled; rows end with CRLF.
 *
 * Formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a
 * formula in Excel, LibreOffice or Google Sheets (a description like `=HYPERLINK(…)` or `-1+cmd|…`). Such a
 * cell is prefixed with `'`, which spreadsheets show as text. Plain numbers (`-0.46`) are left as they are,
 * so amounts stay numbers; anything else starting with `-` is text and is prefixed.
 */
export type CsvValue = string | number | null | undefined;

const NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  const text = value == null ? '' : String(value);
  const safe = FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

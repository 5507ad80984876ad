/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled; CRLF between rows. */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<readonly (string | number | null | undefined)[]>,
): string {
  const cell = (value: string | number | null | undefined) => {
    const text = value == null ? '' : String(value);
    // A leading =, +, - or @ would run as a formula in spreadsheet apps.
    const safe = /^[=+@]/.test(text) || (/^-/.test(text) && !/^-\d/.test(text)) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Saves text as a file through a temporary object URL. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Prepended to a CSV file so spreadsheet programs read it as UTF-8. */
export const UTF8_BOM = '\uFEFF';

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection"); tab and
// carriage return start one in some programs too.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): numbers as written by JavaScript, text quoted when it must be, and text a
 * spreadsheet would run as a formula prefixed with an apostrophe. Example: `csvCell('=1+1')` → `'=1+1`.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line with its CRLF ending, e.g. `csvLine(['a', 1])` → "a,1\r\n". */
export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

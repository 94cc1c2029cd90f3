const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;
const QUOTE = /"/g;

/** One RFC-4180 field: quoted when it holds a comma, quote, line break or edge space. */
export function toCsvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value;
}

/**
 * Prefixes an apostrophe to a cell that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return): CSV injection.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV record, without line break. */
export function toCsvRow(values: readonly string[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ',';
    line += toCsvField(values[i] ?? '');
  }
  return line;
}

/** Line break between CSV records (RFC 4180). */
export const CSV_EOL = '\r\n';

/** UTF-8 byte order mark, so Excel opens a UTF-8 CSV as UTF-8. */
export const BOM = '\ufeff';

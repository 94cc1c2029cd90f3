import Papa from 'papaparse';

/**
 * Cells a spreadsheet would run as a formula (CSV injection). PapaParse's own
 * `escapeFormulae: true` pattern ends in `.*$`, which misses a cell holding a
 * line break; this one looks at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n\ufeff]|^ | $/;
const QUOTE = /"/g;

/** Line break between CSV records (RFC 4180). */
export const CSV_EOL = '\r\n';

/** UTF-8 byte order mark, so Excel opens a UTF-8 CSV as UTF-8. */
export const BOM = '\ufeff';

/** A cell of a written CSV: text, a number (written as is), or nothing. */
export type CsvValue = string | number | null | undefined;

/**
 * The one CSV writer for everything a person downloads and opens in a
 * spreadsheet (tables, rejected rows): PapaParse's `unparse`, a BOM, CRLF,
 * and every text cell starting with = + - @ tab or CR prefixed with an
 * apostrophe. Numbers stay numbers, even negative ones.
 */
export function toSpreadsheetCsv(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + Papa.unparse(rows as CsvValue[][], { newline: CSV_EOL, escapeFormulae: FORMULA_START }) + CSV_EOL;
}

/**
 * One record with PapaParse's quoting rules (a field is quoted when it holds
 * a comma, a quote, a line break or a BOM, or starts or ends with a space),
 * for the files made for a machine (the engine's input, the generator's
 * data), where cells are data, not formulas. Written by hand because it runs
 * once per row of a whole dataset, where `unparse` is much slower; a test
 * holds it equal to `unparse`.
 */
export function csvRecord(values: readonly string[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ',';
    line += csvField(values[i] ?? '');
  }
  return line;
}

/** One field of {@link csvRecord}. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value;
}

/**
 * Prefixes an apostrophe to a text cell that a spreadsheet would run as a
 * formula, for writers that are not CSV (the .xlsx sheets).
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

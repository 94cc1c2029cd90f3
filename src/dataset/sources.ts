import { decodeBytes } from './decode';
import { findHeaderRow, HEADER_SEARCH_ROWS, type HeaderRow } from './header-row';
import { tableFromFileName } from './identify';
import type { Messages } from './messages';
import { findCsvHeader, forEachCsvRecord } from './parse-csv';
import type { InputFile } from './types';
import { readXlsxRows } from './xlsx';

/** A file made ready to read: its header and a way to walk its records. */
export interface Source {
  name: string;
  size: number;
  encoding: string;
  /** For a file of mixed encodings, the lines read as Windows-1258 (see `Decoded`). */
  cp1258Lines?: { listed: number[]; count: number };
  fromXlsx: boolean;
  /**
   * The header row (see `findHeaderRow`): the first row naming a table's
   * columns, else the first non-blank row that is not a title; null when
   * there is none (a file of blank lines, or of title lines only).
   */
  header: string[] | null;
  /** Spreadsheet row number of the header (1 when it is the first line); 0 when there is none. */
  headerRow: number;
  /** Spreadsheet row numbers of the title lines skipped above the header. */
  titleRows: number[];
  /** The text of the first title line, its filled cells joined, or '' when there is none. */
  firstTitle: string;
  /** Spreadsheet row numbers of the blank lines above the header. */
  blankRows: number[];
  /** Whether the header row was recognised as a table's columns. */
  recognised: boolean;
  /** How many rows were searched for the header. */
  searched: number;
  /** Whether the file ended before `HEADER_SEARCH_ROWS` rows: all of it was searched. */
  searchedAll: boolean;
  /**
   * Calls `onRecord` for every record after the header, blank ones included,
   * with its spreadsheet row number and the share of the file read so far;
   * returns warnings-worthy rows with an unclosed quote.
   */
  records(onRecord: (fields: string[], row: number, done: number) => void): number[];
}

/** What a `Source` says about its header, from a `findHeaderRow` result over `rows`. */
function headerFields(rows: readonly string[][], found: HeaderRow) {
  const first = found.titles[0];
  return {
    header: found.index >= 0 ? rows[found.index]! : null,
    headerRow: found.index + 1,
    titleRows: found.titles.map((i) => i + 1),
    firstTitle: first === undefined ? '' : rows[first]!.map((c) => c.trim()).filter((c) => c !== '').join(' · '),
    blankRows: found.blank.map((i) => i + 1),
    recognised: found.table !== null,
    searched: found.searched,
    searchedAll: found.searched === rows.length && rows.length < HEADER_SEARCH_ROWS,
  };
}

/** A file that cannot be read at all. */
export interface Unreadable {
  name: string;
  size: number;
  problem: (msg: Messages) => string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Whether a file is an `.xlsx` workbook, by name or by its zip signature. */
export function isXlsx(file: InputFile): boolean {
  return /\.xlsx$/i.test(file.name) || ZIP_MAGIC.every((b, i) => file.bytes[i] === b);
}

/** A text source: decoded, delimiter guessed, header read. */
export function csvSource(file: InputFile): Source | Unreadable {
  const { name } = file;
  const size = file.bytes.byteLength;
  if (isXlsx(file)) return { name, size, problem: (m) => m.xlsxNeedsAsync(name) };
  const { text, encoding, cp1258Lines, cp1258LineCount } = decodeBytes(file.bytes);
  const { delimiter, rows, found } = findCsvHeader(text, tableFromFileName(name));
  const fields = headerFields(rows, found);
  return {
    name,
    size,
    encoding,
    ...(cp1258Lines && { cp1258Lines: { listed: cp1258Lines, count: cp1258LineCount ?? cp1258Lines.length } }),
    fromXlsx: false,
    ...fields,
    records(onRecord) {
      const headerRow = fields.headerRow;
      const length = text.length || 1;
      return forEachCsvRecord(text, delimiter, (cells, row, cursor) => {
        if (headerRow > 0 && row > headerRow) onRecord(cells, row, cursor / length);
      });
    },
  };
}

/** A workbook source: its first sheet read as strings. */
export async function xlsxSource(file: InputFile): Promise<Source | Unreadable> {
  const { name } = file;
  const size = file.bytes.byteLength;
  let rows: string[][];
  try {
    rows = await readXlsxRows(file.bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { name, size, problem: (m) => m.unreadable(name, why) };
  }
  const found = findHeaderRow(rows, tableFromFileName(name));
  const fields = headerFields(rows, found);
  return {
    name,
    size,
    encoding: 'xlsx',
    fromXlsx: true,
    ...fields,
    records(onRecord) {
      if (found.index < 0) return [];
      for (let i = found.index + 1; i < rows.length; i++) onRecord(rows[i]!, i + 1, (i + 1) / rows.length);
      return [];
    },
  };
}

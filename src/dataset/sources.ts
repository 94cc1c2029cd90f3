import { decodeBytes } from './decode';
import type { Messages } from './messages';
import { forEachCsvRecord, guessDelimiter, isBlankRecord, readCsvHeader } from './parse-csv';
import type { InputFile } from './types';
import { readXlsxRows } from './xlsx';

/** A file made ready to read: its header and a way to walk its records. */
export interface Source {
  name: string;
  size: number;
  encoding: string;
  fromXlsx: boolean;
  /** The first non-blank record, or null for an empty file. */
  header: string[] | null;
  /**
   * Calls `onRecord` for every record after the header with its spreadsheet
   * row number and the share of the file read so far; returns warnings-worthy
   * rows with an unclosed quote.
   */
  records(onRecord: (fields: string[], row: number, done: number) => void): number[];
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
  if (/\.xls$/i.test(name)) return { name, size, problem: (m) => m.oldExcel(name) };
  if (/\.parquet$/i.test(name)) return { name, size, problem: (m) => m.parquet(name) };
  if (isXlsx(file)) return { name, size, problem: (m) => m.xlsxNeedsAsync(name) };
  const { text, encoding } = decodeBytes(file.bytes);
  const delimiter = guessDelimiter(text);
  const header = readCsvHeader(text, delimiter);
  return {
    name,
    size,
    encoding,
    fromXlsx: false,
    header,
    records(onRecord) {
      let seenHeader = false;
      const length = text.length || 1;
      return forEachCsvRecord(text, delimiter, (fields, row, cursor) => {
        if (!seenHeader) seenHeader = !isBlankRecord(fields);
        else onRecord(fields, row, cursor / length);
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
  const headerAt = rows.findIndex((r) => !isBlankRecord(r));
  return {
    name,
    size,
    encoding: 'xlsx',
    fromXlsx: true,
    header: headerAt >= 0 ? rows[headerAt]! : null,
    records(onRecord) {
      for (let i = headerAt + 1; i > 0 && i < rows.length; i++) onRecord(rows[i]!, i + 1, (i + 1) / rows.length);
      return [];
    },
  };
}

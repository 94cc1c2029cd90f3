import Papa from 'papaparse';
import { findHeaderRow, HEADER_SEARCH_ROWS, type HeaderRow } from './header-row';
import type { TableName } from './types';

/** Delimiters a register export may use. */
export const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter used most often, outside quotes, on the first non-blank line.
 * Decided on that line alone, so blank or ragged lines further down cannot
 * mislead it. `findCsvHeader` tries it first, and the others when the header
 * row is not found with it (the first line may be a title, not the header).
 */
export function guessDelimiter(text: string): string {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
    let quoted = false;
    for (let i = start; i < end; i++) {
      const ch = text[i]!;
      if (ch === '"') quoted = !quoted;
      else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
    }
    let best: string = ',';
    for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
    if (text.slice(start, end).trim() !== '' || end === text.length) return best;
    start = end + 1;
  }
  return ',';
}

/**
 * The first `n` records of the text (blank ones included, so that index
 * `i` is record `i + 1`), without the empty record PapaParse adds after a
 * final line break.
 */
export function firstRecords(text: string, delimiter: string, n: number = HEADER_SEARCH_ROWS): string[][] {
  const rows: string[][] = [];
  forEachCsvRecord(text, delimiter, (fields) => rows.push(fields), n);
  return rows;
}

/** The delimiter of a CSV text, its first records, and where its header row is among them. */
export interface CsvStart {
  delimiter: string;
  rows: string[][];
  found: HeaderRow;
}

/**
 * Finds the delimiter and the header row of a CSV text together: the first
 * records are split with each delimiter (the one `guessDelimiter` picks
 * first) and the one under which `findHeaderRow` recognises the most
 * columns wins. When none recognises a header, `guessDelimiter`'s.
 */
export function findCsvHeader(text: string, expected?: TableName | null): CsvStart {
  const guess = guessDelimiter(text);
  let best: CsvStart | null = null;
  let fallback: CsvStart | null = null;
  for (const delimiter of [guess, ...DELIMITERS.filter((d) => d !== guess)]) {
    const rows = firstRecords(text, delimiter);
    const found = findHeaderRow(rows, expected);
    fallback ??= { delimiter, rows, found };
    if (found.table && (!best || found.recognised > best.found.recognised)) best = { delimiter, rows, found };
  }
  return best ?? fallback!;
}

/**
 * Calls `onRecord` for every record, blank ones included, with its 1-based
 * record number (the spreadsheet row) and the character offset reached; not
 * for the empty record PapaParse reports after a final line break, which is
 * no line. Stops after `preview` records when given. Synchronous: meant for a
 * worker. Returns the records with an unclosed quote.
 */
export function forEachCsvRecord(
  text: string,
  delimiter: string,
  onRecord: (fields: string[], recordNo: number, cursor: number) => void,
  preview = 0,
): number[] {
  let recordNo = 0;
  let lastCursor = 0;
  const unclosedQuotes: number[] = [];
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    preview,
    step: (res) => {
      const cursor = res.meta.cursor;
      const data = res.data;
      // A real line, even a blank one, moves the cursor; the record after a final line break does not.
      if (cursor === lastCursor && data.length === 1 && data[0] === '') return;
      lastCursor = cursor;
      recordNo++;
      if (res.errors.length && res.errors.some((e) => e.type === 'Quotes')) unclosedQuotes.push(recordNo);
      onRecord(data, recordNo, cursor);
    },
  });
  return unclosedQuotes;
}

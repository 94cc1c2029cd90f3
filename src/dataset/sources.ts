import { csvRecord } from './csv-write';
import { frameRecords, guessEscape, type Framed } from './frame';
import { findHeaderRow, HEADER_SEARCH_ROWS, type HeaderRow } from './header-row';
import { tableFromFileName } from './identify';
import type { Messages } from './messages';
import { findCsvHeader } from './parse-csv';
import { sniffUtf16, transcodeToUtf8, type TranscodeResult } from './transcode';
import type { InputFile } from './types';
import { readXlsxRows } from './xlsx';

/** A file made ready for the engine: its header, and its records framed for DuckDB's CSV reader. */
export interface Source {
  name: string;
  size: number;
  encoding: string;
  /** For a file of mixed encodings, the lines read as Windows-1258. */
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
  /** The rows after the header, framed for the engine (see `frame.ts`); null without a header. */
  framed: Framed | null;
  /** Whether the text has combining marks (decomposed accents, as macOS writes them): free text must be NFC-normalised. */
  combining: boolean;
  /** How the framed records are delimited and quoted. */
  delimiter: string;
  escape: '"' | '\\';
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

/** Bytes of text the header is looked for in: enough for `HEADER_SEARCH_ROWS` long rows. */
const HEAD_BYTES = 256 << 10;

/**
 * A text source: transcoded to UTF-8 in chunks, its delimiter and header row
 * found in its first kilobytes, its records framed for the engine. No string
 * of the whole file is ever made.
 */
export function csvSource(file: InputFile): Source | Unreadable {
  const { name } = file;
  const size = file.bytes.byteLength;
  if (isXlsx(file)) return { name, size, problem: (m) => m.xlsxNeedsAsync(name) };
  if (looksBinary(file.bytes)) return { name, size, problem: (m) => m.notText(name) };
  const it = transcodeToUtf8(file.bytes);
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let done: TranscodeResult | null = null;
  while (headBytes < HEAD_BYTES) {
    const r = it.next();
    if (r.done) {
      done = r.value;
      break;
    }
    // a chunk may be a view into the file's bytes: fine, they do not change
    head.push(r.value);
    headBytes += r.value.length;
  }
  const headText = new TextDecoder().decode(concatBytes(head, HEAD_BYTES)).normalize('NFC');
  const { delimiter, rows, found } = findCsvHeader(headText, tableFromFileName(name));
  const fields = headerFields(rows, found);
  const escape = guessEscape(headText);
  function* rest(): Generator<Uint8Array> {
    yield* head;
    if (done) return;
    for (;;) {
      const r = it.next();
      if (r.done) {
        done = r.value;
        return;
      }
      yield r.value;
    }
  }
  let combining = false;
  function* watched(): Generator<Uint8Array> {
    for (const c of rest()) {
      combining ||= hasCombiningMarks(c);
      yield c;
    }
  }
  const framed = fields.header
    ? frameRecords(watched(), { delimiter, escape, width: fields.header.length, firstRow: fields.headerRow + 1 })
    : null;
  if (!done) {
    // drain: the encoding is known only at the end
    const drain = rest();
    while (!drain.next().done) continue;
  }
  const result = done as TranscodeResult | null;
  const encoding = result?.encoding ?? 'utf-8';
  return {
    name,
    size,
    encoding,
    ...(encoding === 'mixed' && result && { cp1258Lines: { listed: result.cp1258Lines, count: result.cp1258LineCount } }),
    fromXlsx: false,
    ...fields,
    framed,
    combining,
    delimiter,
    escape,
  };
}

/**
 * Whether UTF-8 bytes hold a combining diacritical mark (U+0300–U+036F, bytes
 * CC 80 – CD AF): then the text is not all NFC. Two native searches.
 */
export function hasCombiningMarks(b: Uint8Array): boolean {
  for (let i = b.indexOf(0xcc); i >= 0 && i + 1 < b.length; i = b.indexOf(0xcc, i + 1)) if (b[i + 1]! >= 0x80 && b[i + 1]! <= 0xbf) return true;
  for (let i = b.indexOf(0xcd); i >= 0 && i + 1 < b.length; i = b.indexOf(0xcd, i + 1)) if (b[i + 1]! >= 0x80 && b[i + 1]! <= 0xaf) return true;
  return false;
}

/** The first `max` bytes of some chunks, as one array (at a character boundary or not: the decoder copes). */
function concatBytes(chunks: Uint8Array[], max: number): Uint8Array {
  const total = Math.min(max, chunks.reduce((n, c) => n + c.length, 0));
  const out = new Uint8Array(total);
  let pos = 0;
  for (const c of chunks) {
    if (pos >= total) break;
    const take = c.subarray(0, total - pos);
    out.set(take, pos);
    pos += take.length;
  }
  return out;
}

/**
 * Whether a file is not text at all (an image, a database, an archive
 * renamed .csv): NUL bytes in its first kilobytes that UTF-16 does not
 * explain, or many control characters.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0 || sniffUtf16(bytes) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n / 100;
}

/** A workbook source: its first sheet read as strings, framed as CSV records. */
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
  let framed: Framed | null = null;
  if (found.index >= 0) {
    const encoder = new TextEncoder();
    // Cells may hold line breaks: each row is one record however many lines it takes.
    const width = Math.max(...rows.map((r) => r.length));
    const text = rows.slice(found.index + 1).map((r) => csvRecord(r)).join('\n');
    const first = found.index + 2;
    framed = frameRecords([encoder.encode(text)], { delimiter: ',', escape: '"', width, firstRow: first, startRow: first });
  }
  return { name, size, encoding: 'xlsx', fromXlsx: true, ...fields, framed, combining: true, delimiter: ',', escape: '"' };
}

/**
 * Cutting a file's UTF-8 bytes into records for DuckDB's CSV reader, each
 * prefixed with its row number as Excel shows it.
 *
 * DuckDB reads and splits the fields; what it cannot do is say which line a
 * good row came from, or stop a broken quote from swallowing every line
 * after it. So before it reads, one pass over the bytes (native `indexOf` and
 * copies, no string per line):
 * - writes `<row><delimiter>` before each record, so the row number is the
 *   staging table's first column;
 * - ends every record with `\n`, whatever it ended with (`\r\n`, `\n`, a
 *   lone `\r`), so mixed line endings cannot merge rows;
 * - counts blank lines (empty, or only delimiters and spaces) apart and
 *   leaves them out;
 * - lets a quoted value run over several lines only when the quote closes
 *   within a few lines, the record then has no more fields than the header,
 *   and no line in between is a whole record by itself: otherwise the line that opened it is rejected on its own
 *   ("broken") and reading goes on at the next line.
 *
 * @module
 */

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SPACE = 0x20;
const TAB = 0x09;

/** A quoted value may span at most this many lines. */
export const MAX_RECORD_LINES = 50;

/**
 * About how many bytes make one part handed to DuckDB (parts end at record
 * ends). Each read has a fixed cost in the engine: a few large parts read far
 * faster than many small ones (see docs/performance.md).
 */
export const DEFAULT_PART_SIZE = 64 << 20;

export interface FrameOptions {
  delimiter: string;
  /** `"` (RFC 4180: `""` inside quotes) or `\` (`\"`, as some database exports write). */
  escape: '"' | '\\';
  /** Fields in the header: a record spanning lines may not have more. */
  width: number;
  /** Records before this row number (the header, title lines) are passed over. */
  firstRow: number;
  /** Row number of the first line given (default 1). */
  startRow?: number;
  partSize?: number;
}

/** A line refused before DuckDB reads: a quote opened and never closed in a sensible place. */
export interface BrokenLine {
  row: number;
  text: string;
}

export interface Framed {
  /** The records, prefixed, in parts of about `partSize` bytes. */
  parts: Uint8Array[];
  /** Records handed on (not blank, not broken). */
  records: number;
  /** Row numbers of blank lines at or after `firstRow`, in order. */
  blankRows: number[];
  broken: BrokenLine[];
  /** Row number of the last record of the file (0 for an empty file). */
  lastRow: number;
}

/** A line: bytes [start, end) of a chunk, without its line end; `quoted` when it holds a `"`. */
interface Line {
  bytes: Uint8Array;
  start: number;
  end: number;
  quoted: boolean;
}

/**
 * Splits UTF-8 chunks into lines, however they end. A chunk may end anywhere;
 * a `\r` at a chunk's end and a `\n` at the next one's start are one line end.
 */
function* linesOf(chunks: Iterable<Uint8Array>): Generator<Line> {
  let carry: Uint8Array | null = null;
  let skipLf = false;
  for (let chunk of chunks) {
    if (skipLf && chunk.length && chunk[0] === LF) chunk = chunk.subarray(1);
    skipLf = false;
    if (carry) {
      const joined = new Uint8Array(carry.length + chunk.length);
      joined.set(carry);
      joined.set(chunk, carry.length);
      chunk = joined;
      carry = null;
    }
    let pos = 0;
    // next CR and quote at or after `pos`, found once per run rather than once per line
    let nextCr = chunk.indexOf(CR);
    let nextQuote = chunk.indexOf(QUOTE);
    const quotedBefore = (end: number) => {
      if (nextQuote >= 0 && nextQuote < pos) nextQuote = chunk.indexOf(QUOTE, pos);
      return nextQuote >= 0 && nextQuote < end;
    };
    while (pos < chunk.length) {
      let lf = chunk.indexOf(LF, pos);
      if (nextCr >= 0 && nextCr < pos) nextCr = chunk.indexOf(CR, pos);
      if (lf < 0) lf = chunk.length;
      if (nextCr >= 0 && nextCr < lf) {
        // `\r\n` ends the line at `\r`; a lone `\r` ends it too
        yield { bytes: chunk, start: pos, end: nextCr, quoted: quotedBefore(nextCr) };
        if (nextCr + 1 === chunk.length) {
          skipLf = true;
          pos = chunk.length;
        } else pos = chunk[nextCr + 1] === LF ? nextCr + 2 : nextCr + 1;
        nextCr = chunk.indexOf(CR, pos);
        continue;
      }
      if (lf === chunk.length) {
        carry = chunk.slice(pos);
        pos = chunk.length;
        break;
      }
      yield { bytes: chunk, start: pos, end: lf, quoted: quotedBefore(lf) };
      pos = lf + 1;
    }
  }
  if (carry && carry.length) yield { bytes: carry, start: 0, end: carry.length, quoted: carry.includes(QUOTE) };
}

/**
 * Walks the quotes of a line as DuckDB's reader reads them: a quote opens a
 * quoted value only at the start of a field (spaces allowed before it); a
 * quote inside an unquoted value is a plain character; inside quotes, `""`
 * (or `\"` in backslash mode) is an escaped quote and any other quote closes.
 * Returns whether a quoted value is still open at the line's end, given
 * whether one was open at its start; counts the delimiters outside quotes
 * into `fields.n` when given.
 */
function walkQuotes(line: Line, open: boolean, delim: number, backslash: boolean, fields?: { n: number }): boolean {
  const { bytes, start, end } = line;
  if (!line.quoted && !fields) return open;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (open) {
      if (b !== QUOTE) continue;
      if (backslash && i > start && bytes[i - 1] === BACKSLASH) continue;
      if (!backslash && i + 1 < end && bytes[i + 1] === QUOTE) i++;
      else open = false;
    } else if (b === QUOTE) {
      if (atFieldStart(bytes, start, i, delim)) open = true;
    } else if (fields && b === delim) fields.n++;
  }
  return open;
}

/** Whether position `q` starts a field: only spaces between it and the line start or the last delimiter. */
function atFieldStart(bytes: Uint8Array, start: number, q: number, delim: number): boolean {
  let k = q - 1;
  while (k >= start && (bytes[k] === SPACE || bytes[k] === TAB) && bytes[k] !== delim) k--;
  return k < start || bytes[k] === delim;
}

/** Fields in the lines of one record (delimiters outside quotes, plus one). */
function fieldCount(lines: Line[], delim: number, backslash: boolean): number {
  const fields = { n: 1 };
  let open = false;
  for (const l of lines) open = walkQuotes(l, open, delim, backslash, fields);
  return fields.n;
}

/** Whether a line between the first and last of a record is a whole record by itself: the quote before it was a mistake. */
function innerLooksLikeRecord(lines: Line[], delim: number, width: number): boolean {
  for (let k = 1; k < lines.length - 1; k++) {
    const l = lines[k]!;
    if (l.bytes.indexOf(QUOTE, l.start) < 0 && width > 1 && fieldCount([l], delim, false) >= width) return true;
  }
  return false;
}

function isBlank(line: Line, delim: number): boolean {
  for (let i = line.start; i < line.end; i++) {
    const b = line.bytes[i]!;
    if (b !== delim && b !== SPACE && b !== TAB) return false;
  }
  return true;
}

/** Writes prefixed records into parts of about `partSize` bytes. */
class PartWriter {
  readonly parts: Uint8Array[] = [];
  private buf: Uint8Array;
  private pos = 0;

  constructor(
    private readonly partSize: number,
    private readonly delim: number,
  ) {
    this.buf = new Uint8Array(partSize + 1024);
  }

  write(row: number, lines: Line[]): void {
    let need = 12;
    for (const l of lines) need += l.end - l.start + 1;
    if (this.pos + need > this.buf.length) this.grow(need);
    const buf = this.buf;
    let p = this.pos;
    const digits = String(row);
    for (let k = 0; k < digits.length; k++) buf[p++] = digits.charCodeAt(k);
    buf[p++] = this.delim;
    lines.forEach((l, k) => {
      if (k > 0) buf[p++] = LF;
      buf.set(l.bytes.subarray(l.start, l.end), p);
      p += l.end - l.start;
    });
    buf[p++] = LF;
    this.pos = p;
    if (p >= this.partSize) this.flush();
  }

  private grow(need: number): void {
    if (this.pos > 0) this.flush();
    if (need > this.buf.length) this.buf = new Uint8Array(need);
  }

  flush(): void {
    if (this.pos === 0) return;
    this.parts.push(this.buf.slice(0, this.pos));
    this.pos = 0;
  }
}

/** Frames a file's UTF-8 chunks (see the module comment). */
export function frameRecords(chunks: Iterable<Uint8Array>, opts: FrameOptions): Framed {
  const delim = opts.delimiter.charCodeAt(0);
  const backslash = opts.escape === '\\';
  const out = new PartWriter(opts.partSize ?? DEFAULT_PART_SIZE, delim);
  const blankRows: number[] = [];
  const broken: BrokenLine[] = [];
  const decoder = new TextDecoder();
  let records = 0;
  let row = (opts.startRow ?? 1) - 1;
  // lines given back after a quote was judged broken, read again before the next new one
  const again: Line[] = [];
  const source = linesOf(chunks);
  const next = (): Line | undefined => {
    if (again.length) return again.shift();
    const r = source.next();
    return r.done ? undefined : r.value;
  };

  for (let line = next(); line; line = next()) {
    row++;
    if (!walkQuotes(line, false, delim, backslash)) {
      if (row < opts.firstRow) continue;
      if (isBlank(line, delim)) blankRows.push(row);
      else {
        out.write(row, [line]);
        records++;
      }
      continue;
    }
    // A quoted value runs past the line end: take lines until it closes.
    const lines = [copy(line)];
    let open = true;
    while (open && lines.length < MAX_RECORD_LINES) {
      const more = next();
      if (!more) break;
      lines.push(copy(more));
      open = walkQuotes(more, true, delim, backslash);
    }
    if (!open && fieldCount(lines, delim, backslash) <= opts.width && !innerLooksLikeRecord(lines, delim, opts.width)) {
      if (row >= opts.firstRow) {
        out.write(row, lines);
        records++;
      }
      continue;
    }
    if (row >= opts.firstRow) broken.push({ row, text: decoder.decode(lines[0]!.bytes.subarray(lines[0]!.start, lines[0]!.end)) });
    again.unshift(...lines.slice(1));
  }
  out.flush();
  return { parts: out.parts, records, blankRows, broken, lastRow: row };
}

/** A line's own copy: the chunk it points into may be reused. */
function copy(l: Line): Line {
  const bytes = l.bytes.slice(l.start, l.end);
  return { bytes, start: 0, end: bytes.length, quoted: l.quoted };
}

/**
 * The escape of a file's quotes, from its first kilobytes: `\` when quotes
 * appear escaped as `\"` and never doubled, else `"` (RFC 4180).
 */
export function guessEscape(sample: string): '"' | '\\' {
  // a doubled quote inside a value (not an empty quoted field, not the end of `\"` before a closing quote)
  const doubled = /[^"\\\n\r,;\t]""/.test(sample);
  return sample.includes('\\"') && !doubled ? '\\' : '"';
}

/**
 * Transcoding a text file's bytes to UTF-8, in chunks, never one string per
 * file: what JavaScript must do before a UTF-8-only reader (DuckDB's CSV
 * reader) can read an office's file.
 *
 * - UTF-8 (a BOM is dropped): lines that are valid UTF-8 pass through as the
 *   very same bytes; a line that is not is decoded as Windows-1258 (the
 *   Vietnamese Windows code page), NFC-normalised and re-encoded. A file
 *   whose non-ASCII text is mostly such lines is reported as Windows-1258; one
 *   with a few of them as `mixed`, naming the lines.
 * - UTF-16 LE or BE (by BOM, or without one by its NUL bytes): decoded in
 *   chunks with a streaming decoder, NFC-normalised a run of whole lines at a
 *   time, re-encoded.
 *
 * @module
 */

/** The encoding a file was found in. */
export type FileEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'mixed';

/** What a transcoding found, known once every chunk is out. */
export interface TranscodeResult {
  /**
   * `utf-8` / `utf-8-bom` when every line is valid UTF-8; `windows-1258` when
   * most of the file's accented text is in lines that are not (measured in
   * bytes: the non-ASCII bytes of those lines against the bytes that UTF-8's
   * non-ASCII characters take beyond one each in the others); `mixed` when a
   * few lines are not (those read as Windows-1258, the rest as UTF-8);
   * `utf-16le` / `utf-16be`.
   */
  encoding: FileEncoding;
  /**
   * The 1-based physical line numbers (line ends `\n`, `\r\n` or a lone
   * `\r`, as an editor counts them) read as Windows-1258, in order, the first
   * `MAX_LISTED_LINES` of them: the lines to name for a `mixed` file.
   */
  cp1258Lines: number[];
  /** How many lines were read as Windows-1258 (all of them, listed or not; also for a `windows-1258` file). */
  cp1258LineCount: number;
}

/** Options of `transcodeToUtf8`. */
export interface TranscodeOptions {
  /**
   * About how many input bytes make one chunk (default 4 MiB). A UTF-8 chunk
   * always ends at a line end, so it is longer when a line crosses this size.
   * Tests set a few bytes.
   */
  chunkSize?: number;
}

/** Default input bytes per chunk. */
export const DEFAULT_CHUNK_SIZE = 4 << 20;

/** At most this many line numbers are kept in `cp1258Lines` (`cp1258LineCount` counts them all). */
export const MAX_LISTED_LINES = 1000;

const LF = 0x0a;
const CR = 0x0d;

/**
 * UTF-16 without a BOM shows as NUL high bytes of ASCII characters: at odd
 * offsets for little-endian, even offsets for big-endian.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Where `firstInvalidUtf8` puts the extra bytes it saw (see `TranscodeResult.encoding`). */
interface Scan {
  extra: number;
}

/**
 * Offset of the first byte in `b[from, to)` that does not start or continue
 * a valid UTF-8 sequence (WHATWG / `TextDecoder` `fatal` rules: no overlong
 * forms, no surrogates, nothing above U+10FFFF; a sequence cut by `to` is
 * not valid), or -1 when all of it is valid. Adds to `scan.extra`, for the
 * valid part, the bytes non-ASCII characters take beyond their UTF-16
 * length (1 for 2-byte sequences, 2 for 3- and 4-byte ones).
 */
function firstInvalidUtf8(b: Uint8Array, from: number, to: number, scan: Scan): number {
  let i = from;
  let extra = 0;
  for (;;) {
    while (i < to && b[i]! < 0x80) i++;
    if (i >= to) break;
    const c = b[i]!;
    const c1 = i + 1 < to ? b[i + 1]! : 0;
    if (c >= 0xc2 && c <= 0xdf) {
      if ((c1 & 0xc0) !== 0x80) break;
      i += 2;
      extra += 1;
    } else if (c >= 0xe0 && c <= 0xef) {
      if (c1 < (c === 0xe0 ? 0xa0 : 0x80) || c1 > (c === 0xed ? 0x9f : 0xbf)) break;
      if (i + 2 >= to || (b[i + 2]! & 0xc0) !== 0x80) break;
      i += 3;
      extra += 2;
    } else if (c >= 0xf0 && c <= 0xf4) {
      if (c1 < (c === 0xf0 ? 0x90 : 0x80) || c1 > (c === 0xf4 ? 0x8f : 0xbf)) break;
      if (i + 3 >= to || (b[i + 2]! & 0xc0) !== 0x80 || (b[i + 3]! & 0xc0) !== 0x80) break;
      i += 4;
      extra += 2;
    } else break;
  }
  scan.extra += extra;
  return i < to ? i : -1;
}

/** Start of the line that holds offset `i`, no earlier than `from` (a line start). */
function lineStart(b: Uint8Array, from: number, i: number): number {
  while (i > from) {
    const c = b[i - 1]!;
    if (c === LF || c === CR) return i;
    i--;
  }
  return from;
}

/** Offset just after the end of the line that holds offset `i` (its line end included), at most `to`. */
function lineEnd(b: Uint8Array, i: number, to: number): number {
  while (i < to) {
    const c = b[i++]!;
    if (c === LF) return i;
    if (c === CR) return i < to && b[i] === LF ? i + 1 : i;
  }
  return to;
}

/** Number of line ends (`\n`, `\r\n`, lone `\r`) in `b[from, to)`; `to` is a line start or the end. */
function countLineEnds(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = b[i]!;
    if (c === LF) n++;
    else if (c === CR && b[i + 1] !== LF) n++;
  }
  return n;
}

/**
 * Where the chunk starting at `start` ends: just after the last line end
 * before `start + size`, or, when a line is longer than that, after the end
 * of the line (a line is never cut); the file's end at the latest.
 */
function chunkEnd(b: Uint8Array, start: number, size: number): number {
  const len = b.length;
  const limit = start + size;
  if (limit >= len) return len;
  for (let i = limit - 1; i >= start; i--) {
    const c = b[i]!;
    if (c === LF) return i + 1;
    if (c === CR) return b[i + 1] === LF ? i + 2 : i + 1;
  }
  for (let i = limit; i < len; i++) {
    const c = b[i]!;
    if (c === LF) return i + 1;
    if (c === CR) return b[i + 1] === LF ? i + 2 : i + 1;
  }
  return len;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Transcodes a text file to UTF-8 in chunks. Yields `Uint8Array`s of UTF-8
 * (each about `chunkSize` input bytes' worth, never empty; a chunk of valid
 * UTF-8 is a view into `bytes`, not a copy: do not write to it) and returns,
 * once done, what it found (`TranscodeResult`).
 *
 * A UTF-8 chunk holds whole lines; when all of it is valid UTF-8 it is
 * passed on as is (fast path). Otherwise each line is judged whole: valid
 * UTF-8 is copied, anything else is decoded as Windows-1258, NFC-normalised
 * and re-encoded. A leading BOM (UTF-8 or UTF-16) is not passed on.
 */
export function* transcodeToUtf8(bytes: Uint8Array, opts: TranscodeOptions = {}): Generator<Uint8Array, TranscodeResult, undefined> {
  const size = Math.max(1, Math.floor(opts.chunkSize ?? DEFAULT_CHUNK_SIZE));
  const b = bytes;
  if (b[0] === 0xff && b[1] === 0xfe) return yield* utf16(b.subarray(2), 'utf-16le', size);
  if (b[0] === 0xfe && b[1] === 0xff) return yield* utf16(b.subarray(2), 'utf-16be', size);
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  if (!bom) {
    const sniffed = sniffUtf16(b);
    if (sniffed) return yield* utf16(b, sniffed, size);
  }

  const cp1258 = new TextDecoder('windows-1258');
  const encoder = new TextEncoder();
  // Evidence for the verdict: extra bytes of UTF-8's non-ASCII characters (see `firstInvalidUtf8`)
  // against the non-ASCII bytes of the lines read as Windows-1258.
  const scan: Scan = { extra: 0 };
  let cpHigh = 0;
  const cpLines: number[] = [];
  let cpCount = 0;
  // Lines are counted lazily, only up to where a line not in UTF-8 is found.
  let counted = bom ? 3 : 0;
  let line = 1;

  let pos = bom ? 3 : 0;
  while (pos < b.length) {
    const end = chunkEnd(b, pos, size);
    let bad = firstInvalidUtf8(b, pos, end, scan);
    if (bad < 0) {
      // Fast path: the whole chunk is valid UTF-8.
      yield b.subarray(pos, end);
      pos = end;
      continue;
    }
    const parts: Uint8Array[] = [];
    let good = pos; // start of the run of valid lines not yet handed on
    while (bad >= 0) {
      const ls = lineStart(b, good, bad);
      // The valid start of the bad line was counted as UTF-8: take it back.
      const prefix: Scan = { extra: 0 };
      firstInvalidUtf8(b, ls, bad, prefix);
      scan.extra -= prefix.extra;
      if (ls > good) parts.push(b.subarray(good, ls));
      // A run of consecutive lines that are not UTF-8 is decoded at once.
      line += countLineEnds(b, counted, ls);
      let from = ls;
      let le = lineEnd(b, bad, end);
      for (;;) {
        for (let i = from; i < le; i++) if (b[i]! >= 0x80) cpHigh++;
        cpCount++;
        if (cpLines.length < MAX_LISTED_LINES) cpLines.push(line);
        line++;
        if (le >= end) break;
        const next = lineEnd(b, le, end);
        if (firstInvalidUtf8(b, le, next, { extra: 0 }) < 0) break;
        from = le;
        le = next;
      }
      counted = le;
      parts.push(fromCp1258(b.subarray(ls, le)));
      good = le;
      bad = good < end ? firstInvalidUtf8(b, good, end, scan) : -1;
    }
    if (end > good) parts.push(b.subarray(good, end));
    yield concat(parts);
    pos = end;
  }

  function fromCp1258(run: Uint8Array): Uint8Array {
    // cp1258 writes tone marks as combining characters: NFC joins them. Line ends are starters,
    // so normalising a run of lines is normalising each line.
    return encoder.encode(cp1258.decode(run).normalize('NFC'));
  }

  if (cpCount === 0) return { encoding: bom ? 'utf-8-bom' : 'utf-8', cp1258Lines: [], cp1258LineCount: 0 };
  if (cpHigh >= scan.extra) return { encoding: 'windows-1258', cp1258Lines: cpLines, cp1258LineCount: cpCount };
  return { encoding: 'mixed', cp1258Lines: cpLines, cp1258LineCount: cpCount };
}

/**
 * UTF-16 to UTF-8 in chunks of `size` bytes (rounded up to even). The
 * streaming decoder keeps a code unit or surrogate pair split across chunks;
 * text after the last line end is held back so that a character and its
 * combining marks are normalised together.
 */
function* utf16(b: Uint8Array, encoding: 'utf-16le' | 'utf-16be', size: number): Generator<Uint8Array, TranscodeResult, undefined> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  const encoder = new TextEncoder();
  const step = size + (size & 1);
  let held = '';
  for (let pos = 0; pos < b.length; pos += step) {
    const text = held + decoder.decode(b.subarray(pos, pos + step), { stream: true });
    const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
    held = text.slice(cut);
    if (cut > 0) yield encoder.encode(text.slice(0, cut).normalize('NFC'));
  }
  const rest = held + decoder.decode();
  if (rest) yield encoder.encode(rest.normalize('NFC'));
  return { encoding, cp1258Lines: [], cp1258LineCount: 0 };
}

/**
 * Runs `transcodeToUtf8` to the end, handing each UTF-8 chunk to `onChunk`
 * (a chunk may be a view into `bytes`: copy it to keep it past the call if
 * `bytes` may change); returns what it found.
 */
export function transcode(bytes: Uint8Array, onChunk: (utf8: Uint8Array) => void, opts: TranscodeOptions = {}): TranscodeResult {
  const it = transcodeToUtf8(bytes, opts);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
    onChunk(r.value);
  }
}

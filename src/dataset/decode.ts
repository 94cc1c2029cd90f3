import { transcode, type FileEncoding } from './transcode';

/** Text of a file and the encoding it was read in. */
export interface Decoded {
  text: string;
  /** 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'mixed' */
  encoding: FileEncoding;
  /**
   * Only for a `mixed` file: the physical line numbers (1-based) read as
   * Windows-1258, the first `MAX_LISTED_LINES` of them.
   */
  cp1258Lines?: number[];
  /** Only for a `mixed` file: how many lines were read as Windows-1258. */
  cp1258LineCount?: number;
}

/**
 * Decodes a text file: a UTF-8 or UTF-16 BOM wins; UTF-16 without BOM is
 * recognised by its NUL bytes; otherwise UTF-8 line by line, a line that is
 * not valid UTF-8 being read as Windows-1258 (the Vietnamese Windows code
 * page), see `transcodeToUtf8`. The text comes out NFC-normalised and
 * without BOM.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  const pieces: string[] = [];
  const found = transcode(bytes, (chunk) => pieces.push(utf8.decode(chunk, { stream: true })));
  pieces.push(utf8.decode());
  let text = pieces.join('');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const decoded: Decoded = { text: text.normalize('NFC'), encoding: found.encoding };
  if (found.encoding === 'mixed') {
    decoded.cp1258Lines = found.cp1258Lines;
    decoded.cp1258LineCount = found.cp1258LineCount;
  }
  return decoded;
}

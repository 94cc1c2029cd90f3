/** Text of a file and the encoding it was read in. */
export interface Decoded {
  text: string;
  /** 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' */
  encoding: string;
}

/**
 * UTF-16 without a BOM shows as NUL high bytes of ASCII characters: at odd
 * offsets for little-endian, even offsets for big-endian.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
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

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

/**
 * Decodes a text file: a UTF-8 or UTF-16 BOM wins; UTF-16 without BOM is
 * recognised by its NUL bytes; otherwise strict UTF-8, falling back to
 * Windows-1258 (the Vietnamese Windows code page). The text comes out
 * NFC-normalised and without BOM.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    text = decodeWith('utf-8', bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decodeWith('utf-16le', bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decodeWith('utf-16be', bytes.subarray(2));
  } else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = decodeWith(utf16, bytes);
    } else {
      try {
        text = decodeWith('utf-8', bytes, true);
        encoding = 'utf-8';
      } catch {
        // cp1258 writes tone marks as separate combining characters: NFC below joins them.
        text = decodeWith('windows-1258', bytes);
        encoding = 'windows-1258';
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: text.normalize('NFC'), encoding };
}

/** UTF-8 bytes of a string. */
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** UTF-16 bytes of a string, little- or big-endian, with or without BOM. */
export function utf16(s: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (endian === 'le') out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

/**
 * Windows-1258 bytes, written out by hand for the letters the tests use:
 * cp1258 has ê ơ ư đ as single bytes and writes tones as combining marks
 * (0xCC grave, 0xD2 hook, 0xDE tilde, 0xEC acute, 0xF2 dot below).
 * (`cp1258.ts` derives them from the platform's decoder instead.)
 */
const CP1258: Record<string, number[]> = {
  ễ: [0xea, 0xde], ị: [0x69, 0xf2], ư: [0xfd], ợ: [0xf5, 0xf2], ờ: [0xf5, 0xcc], ã: [0x61, 0xde],
  đ: [0xf0], ả: [0x61, 0xd2], ê: [0xea], à: [0x61, 0xcc], ữ: [0xfd, 0xde], ơ: [0xf5], ố: [0xf4, 0xec],
  ớ: [0xf5, 0xec], í: [0x69, 0xec], á: [0x61, 0xec], ộ: [0xf4, 0xf2], ậ: [0xe2, 0xf2], Đ: [0xd0], â: [0xe2],
};

export function cp1258(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const bytes = CP1258[ch];
    if (bytes) out.push(...bytes);
    else if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else throw new Error(`no cp1258 bytes for ${ch} in the test table`);
  }
  return new Uint8Array(out);
}

/** Every byte of Windows-1258 by the character it decodes to (as the platform decodes it). */
const CP1258_BYTE = new Map<string, number>();
for (let b = 0; b < 256; b++) CP1258_BYTE.set(new TextDecoder('windows-1258').decode(new Uint8Array([b])), b);

/**
 * Windows-1258 bytes of a text: a letter cp1258 has whole is one byte; else
 * its base (with circumflex, breve or horn when cp1258 has that) and its tone
 * as a combining mark, as Vietnamese Windows writes it.
 */
export function cp1258(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s.normalize('NFC')) {
    const whole = CP1258_BYTE.get(ch);
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    const [base, ...marks] = [...ch.normalize('NFD')];
    const k = marks.findIndex((m) => CP1258_BYTE.has((base! + m).normalize('NFC')));
    const parts = k < 0 ? [base!, ...marks] : [(base! + marks[k]).normalize('NFC'), ...marks.filter((_, i) => i !== k)];
    for (const p of parts) {
      const b = CP1258_BYTE.get(p);
      if (b === undefined) throw new Error(`no cp1258 byte for ${p} (in ${ch})`);
      out.push(b);
    }
  }
  return new Uint8Array(out);
}

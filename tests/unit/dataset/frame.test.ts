import { describe, expect, it } from 'vitest';
import { frameRecords, guessEscape, type FrameOptions } from '../../../src/dataset/frame';

const enc = new TextEncoder();
const dec = new TextDecoder();
const OPTS: FrameOptions = { delimiter: ',', escape: '"', width: 3, firstRow: 2 };

/** Frames a text cut into chunks of `size` bytes; returns the output as text. */
function frame(text: string, opts: Partial<FrameOptions> = {}, size = 1 << 20) {
  const bytes = enc.encode(text);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.slice(i, i + size));
  const f = frameRecords(chunks, { ...OPTS, ...opts, partSize: opts.partSize ?? 1 << 20 });
  return { ...f, text: f.parts.map((p) => dec.decode(p)).join('') };
}

describe('frameRecords', () => {
  it('prefixes each record with its row and skips the header', () => {
    const f = frame('a,b,c\n1,2,3\n4,5,6\n');
    expect(f.text).toBe('2,1,2,3\n3,4,5,6\n');
    expect(f).toMatchObject({ records: 2, lastRow: 3, blankRows: [], broken: [] });
  });

  it('ends every record with \\n whatever its line end, in any chunking', () => {
    const text = 'a,b,c\r\n1,2,3\r\n4,5,6\n7,8,9\r10,11,12\r\n13,14,15';
    for (const size of [1, 2, 3, 5, 7, 1000]) {
      const f = frame(text, {}, size);
      expect(f.text).toBe('2,1,2,3\n3,4,5,6\n4,7,8,9\n5,10,11,12\n6,13,14,15\n');
      expect(f.lastRow).toBe(6);
    }
  });

  it('counts blank lines apart, delimiters-only lines included', () => {
    const f = frame('a,b,c\n\n1,2,3\n,,\n  \n4,5,6\n\n');
    expect(f.text).toBe('3,1,2,3\n6,4,5,6\n');
    expect(f.blankRows).toEqual([2, 4, 5, 7]);
    expect(f.lastRow).toBe(7);
  });

  it('keeps a quoted value over two lines as one record, one row', () => {
    const f = frame('a,b,c\n1,"x\r\ny",3\n4,5,6\n');
    expect(f.text).toBe('2,1,"x\ny",3\n3,4,5,6\n');
    expect(f.records).toBe(2);
  });

  it('rejects a line whose quote never closes and reads on', () => {
    const f = frame('a,b,c\n1,"x,3\n4,5,6\n7,8,9\n');
    expect(f.broken).toEqual([{ row: 2, text: '1,"x,3' }]);
    expect(f.text).toBe('3,4,5,6\n4,7,8,9\n');
  });

  it('rejects a line whose quote closes only on a later record', () => {
    const f = frame('a,b,c\n1,"x,3\n4,5,6\n7,8",9\n10,11,12\n');
    expect(f.broken.map((b) => b.row)).toEqual([2]);
    // the stray quote of row 4 is inside a value: a plain character
    expect(f.text).toBe('3,4,5,6\n4,7,8",9\n5,10,11,12\n');
  });

  it('reads \\" as an escaped quote in backslash mode', () => {
    const f = frame('a,b,c\n1,"x\\"y",3\n4,5,6\n', { escape: '\\' });
    expect(f.broken).toEqual([]);
    expect(f.text).toBe('2,1,"x\\"y",3\n3,4,5,6\n');
  });

  it('cuts parts at record ends', () => {
    const f = frameRecords([enc.encode('a,b,c\n1,2,3\n4,5,6\n7,8,9\n')], { ...OPTS, partSize: 8 });
    expect(f.parts.map((p) => dec.decode(p))).toEqual(['2,1,2,3\n', '3,4,5,6\n', '4,7,8,9\n']);
  });
});

describe('guessEscape', () => {
  it('is \\ only when quotes are escaped that way and never doubled', () => {
    expect(guessEscape('a,b\n1,"x\\"y"\n')).toBe('\\');
    expect(guessEscape('a,b\n1,"x""y"\n')).toBe('"');
    expect(guessEscape('a,b\n1,x\n')).toBe('"');
  });
});

describe('frameRecords and quotes inside values', () => {
  it('takes a quote inside an unquoted value as a plain character, as DuckDB does', () => {
    const f = frame('a,b,c\n1,5" screen,3\n4,Trường "X",6\n');
    expect(f.broken).toEqual([]);
    expect(f.records).toBe(2);
  });

  it('keeps "" inside a quoted value, even at a line end', () => {
    const f = frame('a,b,c\n1,"say ""hi""\nthere",3\n4,5,6\n');
    expect(f.broken).toEqual([]);
    expect(f.text).toBe('2,1,"say ""hi""\nthere",3\n3,4,5,6\n');
  });
});

describe('guessEscape on a backslash-escaped value before its closing quote', () => {
  it('does not take the closing quote after \\" for a doubled quote', () => {
    expect(guessEscape('id,name\nC2,"Chi bộ \\"An Phát\\"",x\n')).toBe('\\');
    expect(guessEscape('id,name\nC2,"Chi bộ ""An Phát""",x\n')).toBe('"');
  });
});

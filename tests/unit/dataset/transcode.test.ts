import { describe, expect, it } from 'vitest';
import { transcode, transcodeToUtf8, type TranscodeOptions } from '../../../src/dataset/transcode';
import { cp1258 } from './cp1258';
import { utf16, utf8 } from './bytes';

/** Runs the transcoder: its UTF-8 output joined, its chunks, and what it found. */
function run(bytes: Uint8Array, opts: TranscodeOptions = {}) {
  const chunks: Uint8Array[] = [];
  const found = transcode(bytes, (c) => chunks.push(c.slice()), opts);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { out, chunks, found, text: new TextDecoder().decode(out) };
}

const cat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => Array.from(p)));
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
/** Chunk sizes that cut lines, UTF-8 sequences and UTF-16 units anywhere, and the default. */
const SIZES = [1, 2, 3, 5, 7, 16, undefined];

describe('transcodeToUtf8', () => {
  it('passes pure UTF-8 through byte for byte, in chunks of whole lines', () => {
    const bytes = utf8('Mã,Tôn giáo\nM1,Không\nM2,Công giáo\n');
    for (const chunkSize of SIZES) {
      const { out, chunks, found } = run(bytes, { chunkSize });
      expect(out, `chunk size ${chunkSize}`).toEqual(bytes);
      expect(found).toEqual({ encoding: 'utf-8', cp1258Lines: [], cp1258LineCount: 0 });
      for (const c of chunks.slice(0, -1)) expect(c[c.length - 1], `chunk ends a line (size ${chunkSize})`).toBe(0x0a);
    }
  });

  it('hands on views of the input on the fast path, not copies', () => {
    const bytes = utf8('a,b\nNữ,1\n');
    const chunks = [...transcodeToUtf8(bytes)];
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.buffer).toBe(bytes.buffer);
  });

  it('drops a UTF-8 BOM and leaves the rest unchanged', () => {
    const body = utf8('Giới tính\r\nNữ\r\n');
    for (const chunkSize of SIZES) {
      const { out, found } = run(cat(BOM, body), { chunkSize });
      expect(out).toEqual(body);
      expect(found.encoding).toBe('utf-8-bom');
    }
  });

  it('reads a file in Windows-1258 throughout as Windows-1258, NFC, without listing its lines', () => {
    // «Không» in cp1258 is 4B 68 F4 6E 67, as the platform's own decoder says.
    const khong = new Uint8Array([0x4b, 0x68, 0xf4, 0x6e, 0x67]);
    expect(new TextDecoder('windows-1258').decode(khong)).toBe('Không');
    expect(cp1258('Không')).toEqual(khong);
    const text = 'Tôn giáo,Họ\r\nKhông,Nguyễn Thị Tượng\r\nCông giáo,Đỗ\r\n';
    const bytes = cp1258(text);
    for (const chunkSize of SIZES) {
      const r = run(bytes, { chunkSize });
      expect(r.text, `chunk size ${chunkSize}`).toBe(text);
      expect(r.out).toEqual(utf8(text));
      expect(r.found).toEqual({ encoding: 'windows-1258', cp1258Lines: [1, 2, 3], cp1258LineCount: 3 });
    }
  });

  it('converts only the one Windows-1258 line of a UTF-8 file, and names it', () => {
    const before = utf8('member_id,religion\nM1,Không\nM2,Phật giáo\n');
    const bad = cp1258('M3,Công giáo\n');
    const after = utf8('M4,Không\n');
    const bytes = cat(before, bad, after);
    for (const chunkSize of SIZES) {
      const r = run(bytes, { chunkSize });
      expect(r.out, `chunk size ${chunkSize}`).toEqual(cat(before, utf8('M3,Công giáo\n'), after));
      expect(r.found).toEqual({ encoding: 'mixed', cp1258Lines: [4], cp1258LineCount: 1 });
    }
  });

  it('counts lines as an editor does: LF, CRLF and a lone CR end a line', () => {
    // Lines: 1 «a» CRLF, 2 «Không» CR, 3 «b» LF, 4 cp1258 CRLF, 5 «c» CR, 6 cp1258 (last, no line end).
    const bytes = cat(utf8('a\r\nKhông, Nguyễn Thị Tượng\rb\n'), cp1258('Đảng\r\n'), utf8('c\r'), cp1258('Mường'));
    for (const chunkSize of SIZES) {
      const r = run(bytes, { chunkSize });
      expect(r.text, `chunk size ${chunkSize}`).toBe('a\r\nKhông, Nguyễn Thị Tượng\rb\nĐảng\r\nc\rMường');
      expect(r.found).toEqual({ encoding: 'mixed', cp1258Lines: [4, 6], cp1258LineCount: 2 });
    }
  });

  it('keeps a CRLF split across a chunk boundary as one line end', () => {
    const bytes = cat(utf8('Không\r\n\r\nx\r\n'), cp1258('Đảng\r\n'));
    for (const chunkSize of [6, 7, 8, 9]) {
      const r = run(bytes, { chunkSize });
      expect(r.found.cp1258Lines, `chunk size ${chunkSize}`).toEqual([4]);
      expect(r.found.cp1258LineCount).toBe(1);
      expect(r.text).toBe('Không\r\n\r\nx\r\nĐảng\r\n');
    }
  });

  it('judges a line longer than a chunk whole', () => {
    // The invalid byte is far from the start: the whole line, not a piece of it, is Windows-1258.
    const line = cat(utf8('M1,'), cp1258('Đảng viên dự bị chi bộ ấp'), utf8('\n'));
    const bytes = cat(utf8('Không\n'), line, utf8('Không\n'));
    for (const chunkSize of SIZES) {
      const r = run(bytes, { chunkSize });
      expect(r.text, `chunk size ${chunkSize}`).toBe('Không\nM1,Đảng viên dự bị chi bộ ấp\nKhông\n');
      expect(r.found.cp1258Lines).toEqual([2]);
    }
  });

  it('does not take a line for Windows-1258 for an overlong or truncated UTF-8 sequence elsewhere', () => {
    // C0 80 (overlong NUL) and a lone E1 are not UTF-8: both lines read as Windows-1258.
    const bytes = cat(utf8('ok\n'), new Uint8Array([0xc0, 0x80, 0x0a, 0x41, 0xe1, 0x0a]), utf8('Nữ\n'));
    const r = run(bytes);
    expect(r.found.cp1258Lines).toEqual([2, 3]);
    expect(r.found.cp1258LineCount).toBe(2);
    expect(r.text).toBe(`ok\n${new TextDecoder('windows-1258').decode(new Uint8Array([0xc0, 0x80, 0x0a, 0x41, 0xe1, 0x0a])).normalize('NFC')}Nữ\n`);
  });

  it('reports a mostly Windows-1258 file as Windows-1258, still reading its UTF-8 line as UTF-8', () => {
    const bytes = cat(cp1258('Đảng,Dân tộc\nMường,Đảng viên\n'), utf8('Kinh,Không\n'), cp1258('Mường,Đảng\n'));
    const r = run(bytes, { chunkSize: 5 });
    expect(r.text).toBe('Đảng,Dân tộc\nMường,Đảng viên\nKinh,Không\nMường,Đảng\n');
    expect(r.out).toEqual(utf8(r.text));
    expect(r.found).toEqual({ encoding: 'windows-1258', cp1258Lines: [1, 2, 4], cp1258LineCount: 3 });
  });

  it('converts UTF-16 LE and BE with BOM, surrogate pairs and units split across chunks', () => {
    const text = 'Mã,Tên\r\nM1,Nguyễn Thị Tượng 😀\nM2,𝔸b\r\n';
    for (const endian of ['le', 'be'] as const) {
      for (const chunkSize of SIZES) {
        const r = run(utf16(text, endian), { chunkSize });
        expect(r.text, `${endian}, chunk size ${chunkSize}`).toBe(text);
        expect(r.found).toEqual({ encoding: `utf-16${endian}`, cp1258Lines: [], cp1258LineCount: 0 });
      }
    }
  });

  it('joins a UTF-16 letter and its combining mark even when a chunk boundary falls between them', () => {
    const text = 'Nguye\u0302\u0303n\nThi\u0323\n';
    for (const chunkSize of SIZES) expect(run(utf16(text, 'le'), { chunkSize }).text).toBe(text.normalize('NFC'));
  });

  it('recognises UTF-16 LE without BOM', () => {
    const r = run(utf16('member_id,unit_id\nM1,C1\n', 'le', false), { chunkSize: 3 });
    expect(r.text).toBe('member_id,unit_id\nM1,C1\n');
    expect(r.found.encoding).toBe('utf-16le');
  });

  it('gives nothing for an empty file, or for a BOM alone', () => {
    for (const bytes of [new Uint8Array(0), BOM, new Uint8Array([0xff, 0xfe])]) {
      const r = run(bytes);
      expect(r.chunks).toEqual([]);
      expect(r.found.cp1258LineCount).toBe(0);
    }
    expect(run(new Uint8Array(0)).found.encoding).toBe('utf-8');
  });
});

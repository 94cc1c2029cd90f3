import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/dataset/decode';
import { cp1258, utf16, utf8 } from './bytes';
import { cp1258 as cp1258Platform } from './cp1258';

const NAME = 'Nguyễn Thị Tượng';

describe('decodeBytes', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeBytes(utf8('a,b\nNữ,1'))).toEqual({ text: 'a,b\nNữ,1', encoding: 'utf-8' });
  });

  it('reads UTF-8 with BOM and strips it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Giới tính')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Giới tính', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16LE and UTF-16BE with BOM', () => {
    expect(decodeBytes(utf16(NAME, 'le'))).toEqual({ text: NAME, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(NAME, 'be'))).toEqual({ text: NAME, encoding: 'utf-16be' });
  });

  it('recognises UTF-16LE without BOM by its NUL bytes', () => {
    expect(decodeBytes(utf16('member_id,unit_id\nM1,C1\n', 'le', false))).toEqual({
      text: 'member_id,unit_id\nM1,C1\n',
      encoding: 'utf-16le',
    });
  });

  it('falls back to Windows-1258 and joins the combining tone marks (NFC)', () => {
    const bytes = cp1258(NAME);
    expect(Array.from(bytes)).toEqual([
      0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x20, 0x54, 0x68, 0x69, 0xf2, 0x20, 0x54, 0xfd, 0xf5, 0xf2, 0x6e, 0x67,
    ]);
    const { text, encoding } = decodeBytes(bytes);
    expect(encoding).toBe('windows-1258');
    expect(text).toBe(NAME);
    expect(text.length).toBe(16);
  });

  it('normalises decomposed UTF-8 (as macOS writes it) to NFC', () => {
    const { text } = decodeBytes(utf8(NAME.normalize('NFD')));
    expect(text).toBe(NAME);
    expect(text.length).toBe(16);
  });
});

const cat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => Array.from(p)));

describe('decodeBytes on a UTF-8 file with a Windows-1258 line', () => {
  it('decodes it line by line: that line as Windows-1258, every other one as UTF-8', () => {
    const mixed = cat(
      utf8('member_id,unit_id,religion,ethnicity,admitted_on\nM1,C1,Không,Kinh,2005-03-02\nM2,C1,Không,Mường,2006-04-03\n'),
      cp1258Platform('M3,C2,Không,Mường,2007-05-04\n'),
      utf8('M4,C2,Không,Kinh,2008-06-05\n'),
    );
    const d = decodeBytes(mixed);
    expect(d.encoding).toBe('mixed');
    expect(d.cp1258Lines).toEqual([4]);
    expect(d.text.split('\n').slice(1, 5).map((l) => l.split(',')[2])).toEqual(['Không', 'Không', 'Không', 'Không']);
  });
});

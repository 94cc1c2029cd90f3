import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/dataset/decode';
import { cp1258, dataLines, load, utf16, utf8 } from './helpers';

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

describe('importing encoded files', () => {
  it('loads a Windows-1258 members file with Vietnamese headers and values', () => {
    const members = cp1258('Mã đảng viên,Mã đơn vị,Dân tộc,Ngày vào Đảng\r\nM1,C1,Mường,02/03/2005\r\n');
    const t = load({ 'members.csv': members }).tables.members!;
    expect(t.encoding).toBe('windows-1258');
    expect(t.warnings).toContain('Tệp được đọc theo bảng mã Windows-1258; nên lưu lại dạng CSV UTF-8');
    expect(dataLines(t.csv)).toEqual(['M1,C1,,,Mường,,,,,,2005-03-02,,,']);
    expect(t.loaded).toBe(1);
  });

  it('loads a UTF-16LE file and a UTF-8 file with BOM', () => {
    const res = load({
      'members.csv': utf16('member_id\tunit_id\tadmitted_on\r\nM1\tC1\t2005-03-02\r\n', 'le'),
      'admissions.csv': new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('admission_id,unit_id,admitted_on\nA1,C1,2024-05-19\n')]),
    });
    expect(res.problems).toEqual([]);
    expect(res.tables.members!.encoding).toBe('utf-16le');
    expect(res.tables.members!.loaded).toBe(1);
    expect(res.tables.admissions!.encoding).toBe('utf-8-bom');
    expect(res.tables.admissions!.columns[0]).toBe('admission_id');
    expect(res.tables.admissions!.loaded).toBe(1);
  });
});

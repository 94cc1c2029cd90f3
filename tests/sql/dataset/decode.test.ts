import { describe, expect, it } from 'vitest';
import { cp1258, dataLines, load, utf16, utf8 } from './helpers';

describe('importing encoded files', () => {
  it('loads a Windows-1258 members file with Vietnamese headers and values', async () => {
    const members = cp1258('Mã đảng viên,Mã đơn vị,Dân tộc,Ngày vào Đảng\r\nM1,C1,Mường,02/03/2005\r\n');
    const t = (await load({ 'members.csv': members })).tables.members!;
    expect(t.encoding).toBe('windows-1258');
    expect(t.warnings).toContain('Tệp được đọc theo bảng mã Windows-1258; nên lưu lại dạng CSV UTF-8');
    expect(dataLines(t.csv)).toEqual(['M1,C1,,,Mường,,,,,,2005-03-02,,,']);
    expect(t.loaded).toBe(1);
  });

  it('loads a UTF-16LE file and a UTF-8 file with BOM', async () => {
    const res = await load({
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

  it('loads decomposed UTF-8 (as macOS writes it) as NFC, in free text and in codes', async () => {
    // "Đảng bộ" and "Nữ" with their tone marks as separate combining characters
    const nfd = (x: string) => x.normalize('NFD');
    const units = nfd('unit_id,parent_id,name,kind\nT,,Tỉnh Ánh Dương,Đảng bộ\nC1,T,Chi bộ Hồ Tây,chi_bo\n');
    const members = nfd('member_id,unit_id,sex,religion,admitted_on\nM1,C1,Nữ,Phật giáo,2005-03-02\n');
    const t = (await load({ 'units.csv': units, 'members.csv': members })).tables;
    expect(nfd('Tỉnh Ánh Dương')).not.toBe('Tỉnh Ánh Dương');
    expect(dataLines(t.units!.csv).map((l) => l.split(',').slice(0, 4).join(','))).toEqual(['T,,Tỉnh Ánh Dương,dang_bo', 'C1,T,Chi bộ Hồ Tây,chi_bo']);
    expect(dataLines(t.members!.csv)[0]!.split(',').slice(0, 6)).toEqual(['M1', 'C1', 'nu', '', '', 'Phật giáo']);
  });
});

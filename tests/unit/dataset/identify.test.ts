import { describe, expect, it } from 'vitest';
import { tableFromFileName, tableFromHeader } from '../../../src/dataset/identify';

describe('table identification', () => {
  it('goes by file name, case-insensitively, in English or Vietnamese', () => {
    expect(tableFromFileName('units.csv')).toBe('units');
    expect(tableFromFileName('Members.CSV')).toBe('members');
    expect(tableFromFileName('C:\\export\\admissions.xlsx')).toBe('admissions');
    expect(tableFromFileName('dang_vien_2024.csv')).toBe('members');
    expect(tableFromFileName('Đơn vị.csv')).toBe('units');
    expect(tableFromFileName('chi-tieu.csv')).toBe('targets');
    expect(tableFromFileName('nguon.csv')).toBe('candidates');
    expect(tableFromFileName('export.csv')).toBeNull();
    expect(tableFromFileName('ket_nap_dang_vien.csv')).toBeNull();
  });

  it('falls back to the header columns', () => {
    expect(tableFromHeader(['Mã kết nạp', 'Mã đảng viên', 'Chi bộ', 'Ngày kết nạp'])).toBe('admissions');
    expect(tableFromHeader(['Mã đảng viên', 'Chi bộ', 'Ngày vào Đảng'])).toBe('members');
    expect(tableFromHeader(['unit_id', 'name', 'kind'])).toBe('units');
    expect(tableFromHeader(['unit_id', 'from_year', 'to_year', 'target'])).toBe('targets');
    expect(tableFromHeader(['Mã quần chúng', 'unit_id'])).toBe('candidates');
    expect(tableFromHeader(['a', 'b'])).toBeNull();
  });
});

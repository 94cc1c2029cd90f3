import { describe, expect, it } from 'vitest';
import { TABLE_COLUMNS } from '../../../src/dataset/schema';
import { dataLines, load, type Loaded } from './helpers';

/** Every string a loaded table exposes: its CSV, columns, extra headers, warnings, errors, rejected rows. */
const everything = (ds: Loaded) => JSON.stringify(ds);
const NO_PEOPLE = { 'members.csv': 'member_id,unit_id,admitted_on\n', 'admissions.csv': 'admission_id,unit_id,admitted_on\n' };

describe('loading drops personal columns from every file', () => {
  it('units.csv: the secretary\'s name and phone are dropped, the area kept', async () => {
    const units = [
      'unit_id,parent_id,name,kind,type,Họ và tên,Số điện thoại,Bí thư chi bộ,Khu vực',
      'T,,Tỉnh A,dang_bo,,Phạm Thị Hoa,0912000111,Lê Văn Tâm,Đồng bằng',
      'C1,T,Chi bộ thôn 1,chi_bo,thon_to_dan_pho,Nguyễn Văn Bình,0987000222,Đỗ Thị Lan,Miền núi',
      'C2,T,,chi_bo,khac,Trần Văn Cường,0977000333,Vũ Văn Hải,Miền núi',
    ].join('\n');
    const ds = await load({ 'units.csv': units, ...NO_PEOPLE });
    const t = ds.tables.units!;
    expect(t.columns).toEqual([...TABLE_COLUMNS.units.map((c) => c.name), 'khu_vuc']);
    expect(t.droppedColumns).toEqual(['Họ và tên', 'Số điện thoại', 'Bí thư chi bộ']);
    expect(t.warnings).toContain('Đã bỏ các cột định danh: Họ và tên, Số điện thoại, Bí thư chi bộ');
    expect(t.warnings).toContain('Giữ các cột thêm: «Khu vực»');
    expect(dataLines(t.csv)).toEqual(['T,,Tỉnh A,dang_bo,,,,,Đồng bằng', 'C1,T,Chi bộ thôn 1,chi_bo,thon_to_dan_pho,,,,Miền núi']);
    expect(t.rejectedCsv.split('\r\n')[0]).toBe('\ufeffunit_id,parent_id,name,kind,type,Khu vực,error');
    expect(everything(ds)).not.toMatch(/Hoa|Bình|Cường|Tâm|Lan|Hải|0912|0987|0977/);
  });

  it('units.csv in English: the secretary\'s name is dropped in English too', async () => {
    const units = 'unit_id,parent_id,name,kind,Secretary,Phone\nT,,Tỉnh A,dang_bo,Lê Văn Tâm,0912000111\n';
    const t = (await load({ 'units.csv': units, ...NO_PEOPLE }, { lang: 'en' })).tables.units!;
    expect(t.columns).toEqual(TABLE_COLUMNS.units.map((c) => c.name));
    expect(t.warnings).toEqual(['Identifying columns dropped: Secretary, Phone']);
  });

  it('targets.csv: a name column is dropped', async () => {
    const ds = await load({ 'targets.csv': 'unit_id,Họ tên người phụ trách,from_year,to_year,target,SĐT\nC1,Hoàng Văn Nam,2025,2025,3,0912000444\n' });
    const t = ds.tables.targets!;
    expect(t.columns).toEqual(TABLE_COLUMNS.targets.map((c) => c.name));
    expect(t.droppedColumns).toEqual(['Họ tên người phụ trách', 'SĐT']);
    expect(t.warnings).toEqual(['Đã bỏ các cột định danh: Họ tên người phụ trách, SĐT']);
    expect(dataLines(t.csv)).toEqual(['C1,2025,2025,3,']);
    expect(everything(ds)).not.toMatch(/Hoàng|0912/);
  });

  it('candidates.csv: name, phone and birth date are dropped (no birth year to reduce it to)', async () => {
    const csv = 'candidate_id,Họ và tên,unit_id,Ngày sinh,Số điện thoại di động,listed_on\nQ1,Trần Thị Mai,C1,03/04/2001,0912000555,2024-01-01\nQ2,Lý Văn Đức,C9,05/06/2002,0912000666,2024-01-01\n';
    const ds = await load({ 'candidates.csv': csv });
    const t = ds.tables.candidates!;
    expect(t.columns).toEqual(TABLE_COLUMNS.candidates.map((c) => c.name));
    expect(t.droppedColumns).toEqual(['Họ và tên', 'Ngày sinh', 'Số điện thoại di động']);
    expect(t.warnings).toEqual(['Đã bỏ các cột định danh: Họ và tên, Ngày sinh, Số điện thoại di động']);
    expect(dataLines(t.csv)).toEqual(['Q1,C1,2024-01-01,,,,']);
    expect(t.rejected).toBe(1);
    expect(t.rejectedCsv.split('\r\n')[1]).toBe('Q2,C9,2024-01-01,Cột «Mã đơn vị» (unit_id): «C9» không có trong units.csv.');
    expect(everything(ds)).not.toMatch(/Mai|Đức|2001|2002|0912/);
  });

  it('members.csv: the headers of the report are dropped, the birth date becomes the birth year', async () => {
    const csv = [
      'Mã đảng viên,Họ và tên đảng viên,Số CCCD/CMND,Chi bộ,Số điện thoại di động,Sinh ngày,Ngày vào Đảng,Ghi chú',
      'M1,Nguyễn Văn An,001085000111,C1,0912000777,15/08/1985,02/03/2005,ok',
      'M2,Bùi Thị Hạnh,001090000222,C9,0912000888,20/10/1990,02/03/2010,',
    ].join('\n');
    const ds = await load({ 'members.csv': csv });
    const t = ds.tables.members!;
    expect(t.columns).toEqual([...TABLE_COLUMNS.members.map((c) => c.name), 'ghi_chu']);
    expect(t.droppedColumns).toEqual(['Họ và tên đảng viên', 'Số CCCD/CMND', 'Số điện thoại di động', 'Sinh ngày']);
    expect(t.warnings.slice(0, 2)).toEqual([
      'Đã bỏ các cột định danh: Họ và tên đảng viên, Số CCCD/CMND, Số điện thoại di động, Sinh ngày',
      'Ngày sinh đầy đủ đã được rút gọn thành năm sinh',
    ]);
    expect(dataLines(t.csv)).toEqual(['M1,C1,,1985,,,,,,,2005-03-02,,,,ok']);
    expect(t.rejectedCsv.split('\r\n').slice(0, 2)).toEqual([
      '\ufeffMã đảng viên,Chi bộ,Sinh ngày,Ngày vào Đảng,Ghi chú,error',
      'M2,C9,1990,02/03/2010,,Cột «Mã đơn vị» (unit_id): «C9» không có trong units.csv.',
    ]);
    expect(everything(ds)).not.toMatch(/An,|Nguyễn|Hạnh|001085|001090|0912|15\/08|20\/10|1985-08/);
  });

  it('members.csv with a birth year too: the birth date is only dropped', async () => {
    const t = (await load({ 'members.csv': 'member_id,unit_id,Ngày tháng năm sinh,Năm sinh,admitted_on\nM1,C1,15/08/1985,1985,2005-03-02\n' })).tables.members!;
    expect(t.droppedColumns).toEqual(['Ngày tháng năm sinh']);
    expect(t.warnings).toEqual(['Đã bỏ các cột định danh: Ngày tháng năm sinh']);
    expect(dataLines(t.csv)).toEqual(['M1,C1,,1985,,,,,,,2005-03-02,,,']);
  });

  it('admissions.csv: e-mail and address are dropped, a full birth date written without diacritics becomes the year', async () => {
    const csv = 'admission_id,unit_id,admitted_on,E-mail,Địa chỉ thường trú,NGAY THANG NAM SINH\nA1,C1,2024-05-19,an@example.vn,Số 5 phố Huế,07/07/2004\n';
    const ds = await load({ 'admissions.csv': csv });
    const t = ds.tables.admissions!;
    expect(t.columns).toEqual(TABLE_COLUMNS.admissions.map((c) => c.name));
    expect(t.droppedColumns).toEqual(['E-mail', 'Địa chỉ thường trú', 'NGAY THANG NAM SINH']);
    expect(dataLines(t.csv)).toEqual(['A1,,C1,2024-05-19,,2004,,,,,,,']);
    expect(everything(ds)).not.toMatch(/example|phố Huế|07\/07/);
  });
});

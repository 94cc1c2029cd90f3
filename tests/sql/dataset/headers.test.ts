import { describe, expect, it } from 'vitest';
import { TABLE_COLUMNS } from '../../../src/dataset/schema';
import { dataLines, load } from './helpers';

const MEMBER_COLUMNS = TABLE_COLUMNS.members.map((c) => c.name);

describe('header aliases', () => {
  it('maps the Vietnamese headers of a register export, with diacritics', async () => {
    const csv = [
      'Mã đảng viên,Mã đơn vị,Giới tính,Năm sinh,Dân tộc,Tôn giáo,Trình độ giáo dục phổ thông,Trình độ chuyên môn,Lý luận chính trị,Nghề nghiệp,Ngày vào Đảng,Ngày chính thức,Ngày ra khỏi Đảng,Lý do giảm',
      'M1,C1,Nữ,1970,Tày,Không,12/12,Đại học,Trung cấp,Nông dân,02/03/1995,02/03/1996,10/10/2020,Từ trần',
    ].join('\n');
    const t = (await load({ 'members.csv': csv })).tables.members!;
    expect(t.columns).toEqual(MEMBER_COLUMNS);
    expect(dataLines(t.csv)).toEqual([
      'M1,C1,nu,1970,Tày,Không,thpt,dai_hoc,trung_cap,nong_dan,1995-03-02,1996-03-02,2020-10-10,tu_tran',
    ]);
    expect(t.warnings).toEqual([]);
  });

  it('maps headers without diacritics, in any case, with underscores, dashes or spaces', async () => {
    const csv = 'MA DANG VIEN;ma-don-vi;gioi_tinh;Nam  Sinh;NGAY_VAO_DANG;hoc van;ngay giam;ly_do_giam\nM1;C1;nam;1980;1/2/2003;9/12;;\n';
    const t = (await load({ 'members.csv': csv })).tables.members!;
    expect(dataLines(t.csv)).toEqual(['M1,C1,nam,1980,,,thcs,,,,2003-02-01,,,']);
  });

  it('maps the units headers, keeping the unit name', async () => {
    const csv = [
      'Mã đơn vị,Đơn vị cấp trên,Tên đơn vị,Cấp,Loại chi bộ,Ngày thành lập,Ngày giải thể,Sáp nhập vào',
      'T,,Tỉnh A,Đảng bộ,,01/01/1990,,',
      'C1,T,Chi bộ thôn 1,Chi bộ,"Thôn, tổ dân phố",15/5/2000,30/06/2025,C2',
      'C2,T,Chi bộ thôn 2,chi bộ cơ sở,Thôn,,,',
    ].join('\n');
    const t = (await load({ 'units.csv': csv, 'members.csv': 'member_id,unit_id,admitted_on\n', 'admissions.csv': 'admission_id,unit_id,admitted_on\n' })).tables.units!;
    expect(t.columns).toEqual(['unit_id', 'parent_id', 'name', 'kind', 'type', 'active_from', 'active_to', 'successor_id']);
    expect(dataLines(t.csv)).toEqual([
      'T,,Tỉnh A,dang_bo,,1990-01-01,,',
      'C1,T,Chi bộ thôn 1,chi_bo,thon_to_dan_pho,2000-05-15,2025-06-30,C2',
      'C2,T,Chi bộ thôn 2,chi_bo,thon_to_dan_pho,,,',
    ]);
    expect(t.droppedColumns).toEqual([]);
  });

  it('maps the admissions, targets and candidates headers', async () => {
    const res = await load({
      'admissions.csv': 'Mã kết nạp,Chi bộ,Ngày kết nạp,Đoàn viên,Kết nạp lại\nA1,C1,19/05/2024,có,không\n',
      'targets.csv': 'Mã đơn vị,Từ năm,Đến năm,Chỉ tiêu,Chỉ tiêu tối đa\nX1,2025,2030,500,550\n',
      'candidates.csv': 'Mã quần chúng,Mã đơn vị,Ngày vào danh sách nguồn,Ngày hoàn thành lớp,Ngày rời,Lý do\nQ1,C1,01/02/2024,01/03/2024,01/09/2024,Học vấn\n',
    });
    expect(res.problems).toEqual([]);
    expect(dataLines(res.tables.admissions!.csv)).toEqual(['A1,,C1,2024-05-19,,,,,,,,true,false']);
    expect(dataLines(res.tables.targets!.csv)).toEqual(['X1,2025,2030,500,550']);
    expect(dataLines(res.tables.candidates!.csv)).toEqual(['Q1,C1,2024-02-01,2024-03-01,,2024-09-01,hoc_van']);
  });

  it('keeps the better alias when two headers mean the same column, the other as an extra column', async () => {
    const t = (await load({ 'members.csv': 'Chi bộ,member_id,Mã đơn vị,admitted_on\nChi bộ thôn 1,M1,C1,2005-03-02\n' })).tables.members!;
    expect(t.columns).toEqual([...MEMBER_COLUMNS, 'chi_bo']);
    expect(dataLines(t.csv)).toEqual(['M1,C1,,,,,,,,,2005-03-02,,,,Chi bộ thôn 1']);
    expect(t.warnings).toEqual(['Cột «Chi bộ» trùng nghĩa với «Mã đơn vị» (unit_id); được giữ như cột thêm «chi_bo»']);
  });
});

describe('extra columns', () => {
  it('are kept, named in snake_case ASCII, typed VARCHAR; unnamed columns are not', async () => {
    const units = 'unit_id,parent_id,name,kind,Khu vực,2024 ghi chú,Khu-vực,,\nT,,Tỉnh A,dang_bo,Miền núi,"a, b",x,,\n';
    const t = (await load({ 'units.csv': units, 'members.csv': 'member_id,unit_id,admitted_on\n', 'admissions.csv': 'admission_id,unit_id,admitted_on\n' })).tables.units!;
    expect(t.columns.slice(8)).toEqual(['khu_vuc', 'col_2024_ghi_chu', 'khu_vuc_2']);
    expect(t.sqlTypes.khu_vuc).toBe('VARCHAR');
    expect(t.sqlTypes.active_from).toBe('DATE');
    expect(dataLines(t.csv)).toEqual(['T,,Tỉnh A,dang_bo,,,,,Miền núi,"a, b",x']);
    expect(t.warnings).toEqual(['Giữ các cột thêm: «Khu vực», «2024 ghi chú» (col_2024_ghi_chu), «Khu-vực» (khu_vuc_2)']);
  });
});

describe('personal data', () => {
  it('drops identifying columns from person tables and says which', async () => {
    const csv = [
      'member_id,Họ và tên,Số CCCD,Số thẻ đảng viên,Số điện thoại,Địa chỉ,Quê quán,email,unit_id,admitted_on',
      'M1,Nguyễn Văn A,001234567890,12345,0912345678,Số 1 phố X,Xã Y,a@b.vn,C1,2005-03-02',
    ].join('\n');
    const t = (await load({ 'members.csv': csv })).tables.members!;
    expect(t.droppedColumns).toEqual(['Họ và tên', 'Số CCCD', 'Số thẻ đảng viên', 'Số điện thoại', 'Địa chỉ', 'Quê quán', 'email']);
    expect(t.warnings).toEqual([
      'Đã bỏ các cột định danh: Họ và tên, Số CCCD, Số thẻ đảng viên, Số điện thoại, Địa chỉ, Quê quán, email',
    ]);
    expect(t.columns).toEqual(MEMBER_COLUMNS);
    expect(t.csv).not.toMatch(/Nguyễn|001234567890|12345,|0912345678|phố|a@b/);
  });

  it('reduces a full birth date to the birth year', async () => {
    const t = (await load({ 'members.csv': 'member_id,unit_id,Ngày sinh,admitted_on\nM1,C1,15/08/1985,2010-01-01\nM2,C1,1986-01-31,2010-01-01\n' })).tables.members!;
    expect(dataLines(t.csv)).toEqual(['M1,C1,,1985,,,,,,,2010-01-01,,,', 'M2,C1,,1986,,,,,,,2010-01-01,,,']);
    expect(t.droppedColumns).toEqual(['Ngày sinh']);
    expect(t.warnings).toEqual(['Đã bỏ các cột định danh: Ngày sinh', 'Ngày sinh đầy đủ đã được rút gọn thành năm sinh']);
    expect(t.csv).not.toContain('15/08');
  });

  it('prefers a birth_year column to a birth date, and drops the date', async () => {
    const t = (await load({ 'members.csv': 'member_id,unit_id,birth_date,Năm sinh,admitted_on\nM1,C1,1985-08-15,1984,2010-01-01\n' })).tables.members!;
    expect(dataLines(t.csv)).toEqual(['M1,C1,,1984,,,,,,,2010-01-01,,,']);
    expect(t.droppedColumns).toEqual(['birth_date']);
    expect(t.warnings).toEqual(['Đã bỏ các cột định danh: birth_date']);
  });

  it('keeps name-like columns in units, where `name` is the unit name', async () => {
    const t = (await load()).tables.units!;
    expect(t.droppedColumns).toEqual([]);
    expect(dataLines(t.csv)[0]).toBe('T,,Tỉnh A,dang_bo,,,,');
  });
});

describe('table identification', () => {
  it('loads files whose names say nothing, by their headers', async () => {
    const res = await load({ 'members.csv': null, 'export (3).csv': 'Mã đảng viên,Chi bộ,Ngày vào Đảng\nM1,C1,02/03/2005\n' });
    expect(res.problems).toEqual([]);
    expect(res.tables.members!.file).toBe('export (3).csv');
    expect(res.tables.members!.loaded).toBe(1);
  });
});

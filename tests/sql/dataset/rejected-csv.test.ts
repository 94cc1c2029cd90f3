import { describe, expect, it } from 'vitest';
import { load } from './helpers';

describe('rejectedCsv', () => {
  it('holds the rejected rows with their original header and values and an error column, BOM first', async () => {
    const csv = 'Mã đảng viên;Chi bộ;Giới tính;Ngày vào Đảng;Ghi chú\nM1;C1;Nữ;02/03/2005;ok\nM2;C1;X;31/02/2023;"a; b"\nM3;C9;nam;02/03/2005;\n';
    const t = (await load({ 'members.csv': csv })).tables.members!;
    expect(t.rejectedCsv).toBe(
      '\ufeff' +
        [
          'Mã đảng viên,Chi bộ,Giới tính,Ngày vào Đảng,Ghi chú,error',
          'M2,C1,X,31/02/2023,a; b,"Cột «Giới tính» (sex): «X» không phải giá trị hợp lệ; chấp nhận: nam (Nam), nu (Nữ).; ' +
            'Cột «Ngày vào Đảng» (admitted_on): «31/02/2023» không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd)."',
          'M3,C9,nam,02/03/2005,,Cột «Mã đơn vị» (unit_id): «C9» không có trong units.csv.',
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('neutralises cells that a spreadsheet would run as formulas', async () => {
    const csv = 'member_id,unit_id,admitted_on,ghi_chu\n=HYPERLINK("http://evil"),C1,bad,+1\n@x,C1,bad,-2\n';
    const t = (await load({ 'members.csv': csv })).tables.members!;
    const lines = t.rejectedCsv.split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil"")",C1,bad,"'+1",Cột «Ngày vào Đảng» (admitted_on): «bad» không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).`);
    expect(lines[2]!.startsWith(`"'@x",C1,bad,"'-2",`)).toBe(true);
  });

  it('keeps identifying columns out, and cuts a full birth date to its year', async () => {
    const csv = 'member_id,Họ tên,unit_id,Ngày sinh,admitted_on\nM1,Trần Văn B,C1,15/08/1985,bad\n';
    const t = (await load({ 'members.csv': csv })).tables.members!;
    expect(t.rejectedCsv).toBe(
      '\ufeffmember_id,unit_id,Ngày sinh,admitted_on,error\r\n' +
        'M1,C1,1985,bad,Cột «Ngày vào Đảng» (admitted_on): «bad» không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).\r\n',
    );
  });

  it('leaves out the cells of a row that could not be split, when the file has identifying columns', async () => {
    // row 2: a name written with an unquoted comma puts it one cell to the right, where unit_id would be read
    const csv = 'member_id,Họ tên,unit_id,admitted_on\nM1,Trần, Văn B,C1,2005-03-02\nM2,Lê C,C1,2005-03-02\n';
    const t = (await load({ 'members.csv': csv })).tables.members!;
    expect([t.rows, t.loaded, t.rejected]).toEqual([2, 1, 1]);
    expect(t.errors.map((e) => [e.row, e.rule])).toEqual([[2, 'fields']]);
    expect(t.rejectedCsv).not.toContain('Văn B');
    expect(t.rejectedCsv.split('\r\n')[1]).toMatch(/^,,,Dòng có 5 ô .*\(Dòng 2 của tệp: các ô không được chép/);
  });

  it('keeps the cells of a row that could not be split when the file identifies no one', async () => {
    const csv = 'member_id,ghi_chu,unit_id,admitted_on\nM1,a, b,C1,2005-03-02\n';
    const t = (await load({ 'members.csv': csv })).tables.members!;
    // as split, up to the header's width: the office sees where the comma went
    expect(t.rejectedCsv.split('\r\n')[1]).toMatch(/^M1,a," b",C1,Dòng có 5 ô/);
  });

  it('is empty when nothing was rejected', async () => {
    expect((await load()).tables.members!.rejectedCsv).toBe('');
  });

  it('lists rejected units in row order, whatever rule rejected them', async () => {
    const units = 'unit_id,parent_id,name,kind\nT,,Tỉnh,dang_bo\nA,B,A,dang_bo\nX,T,,dang_bo\nB,A,B,dang_bo\n';
    const t = (await load({ 'units.csv': units, 'members.csv': 'member_id,unit_id,admitted_on\n', 'admissions.csv': 'admission_id,unit_id,admitted_on\n' })).tables.units!;
    expect(t.rejectedCsv.split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(['A', 'X', 'B']);
    expect(t.errors.map((e) => e.row)).toEqual([3, 4, 5]);
  });
});

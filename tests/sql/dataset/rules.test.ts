import { describe, expect, it } from 'vitest';
import { dataLines, load, type LoadedTable } from './helpers';

const HEAD = 'member_id,unit_id,sex,birth_year,admitted_on,official_on,left_on,left_reason';

/** Members with one good row (M0) and the given rows after it. */
async function members(...rows: string[]): Promise<LoadedTable> {
  const t = (await load({ 'members.csv': [HEAD, 'M0,C1,nam,1980,2005-03-02,2006-03-02,,', ...rows].join('\n') })).tables.members!;
  expect(t.loaded + t.rejected).toBe(t.rows);
  expect(dataLines(t.csv)[0]).toBe('M0,C1,nam,1980,,,,,,,2005-03-02,2006-03-02,,');
  return t;
}

describe('value rules', () => {
  it('required: an empty required cell rejects the row', async () => {
    const t = await members('M1,C1,nam,1980,,,,', ',C1,nu,1981,2005-03-02,,,');
    expect([t.rows, t.loaded, t.rejected]).toEqual([3, 1, 2]);
    expect(t.errors).toEqual([
      { row: 3, column: 'admitted_on', rule: 'required', message: 'Cột «Ngày vào Đảng» (admitted_on): bắt buộc nhưng đang trống.' },
      { row: 4, column: 'member_id', rule: 'required', message: 'Cột «Mã đảng viên» (member_id): bắt buộc nhưng đang trống.' },
    ]);
  });

  it('unique: the second occurrence of an id is rejected', async () => {
    const t = await members('M1,C1,nam,1980,2005-03-02,,,', 'M0,C2,nu,1990,2015-03-02,,,');
    expect([t.loaded, t.rejected]).toEqual([2, 1]);
    expect(t.errors).toEqual([
      { row: 4, column: 'member_id', rule: 'unique', message: 'Cột «Mã đảng viên» (member_id): «M0» bị trùng (đã có ở dòng 2).' },
    ]);
  });

  it('date: 31/02 is not a date; dd/mm/yyyy is converted', async () => {
    const t = await members('M1,C1,nam,1980,31/02/2023,,,', 'M2,C1,nam,1980,28/02/2023,1/3/2024,,');
    expect(t.errors).toEqual([
      {
        row: 3,
        column: 'admitted_on',
        rule: 'date',
        message: 'Cột «Ngày vào Đảng» (admitted_on): «31/02/2023» không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).',
      },
    ]);
    expect(dataLines(t.csv)[1]).toBe('M2,C1,nam,1980,,,,,,,2023-02-28,2024-03-01,,');
  });

  it('date: an Excel serial number in a CSV is an error', async () => {
    const t = await members('M1,C1,nam,1980,45000,,,');
    expect(t.errors.map((e) => [e.row, e.column, e.rule])).toEqual([[3, 'admitted_on', 'date']]);
    expect(t.errors[0]!.message).toContain('«45000» là số ngày kiểu Excel');
  });

  it('integer and range: birth_year is a whole number from 1900 to this year', async () => {
    const t = await members('M1,C1,nam,19x0,2005-03-02,,,', 'M2,C1,nam,1899,2005-03-02,,,', 'M3,C1,nam,2026,2005-03-02,,,', 'M4,C1,nam,2025,2005-03-02,,,');
    expect(t.errors).toEqual([
      { row: 3, column: 'birth_year', rule: 'integer', message: 'Cột «Năm sinh» (birth_year): «19x0» không phải số nguyên.' },
      { row: 4, column: 'birth_year', rule: 'range', message: 'Cột «Năm sinh» (birth_year): «1899» phải trong khoảng 1900–2025.' },
      { row: 5, column: 'birth_year', rule: 'range', message: 'Cột «Năm sinh» (birth_year): «2026» phải trong khoảng 1900–2025.' },
    ]);
    expect(t.loaded).toBe(2);
  });

  it('code: an unknown code is an error listing the accepted values', async () => {
    const t = await members('M1,C1,X,1980,2005-03-02,,,');
    expect(t.errors).toEqual([
      {
        row: 3,
        column: 'sex',
        rule: 'code',
        message: 'Cột «Giới tính» (sex): «X» không phải giá trị hợp lệ; chấp nhận: nam (Nam), nu (Nữ).',
      },
    ]);
  });

  it('boolean: only yes/no words; empty stays unknown', async () => {
    const t = (await load({ 'admissions.csv': 'admission_id,unit_id,admitted_on,youth_union,readmission\nA1,C1,2024-05-19,maybe,\nA2,C1,2024-05-19,,x\n' })).tables.admissions!;
    expect(t.errors).toEqual([
      {
        row: 2,
        column: 'youth_union',
        rule: 'boolean',
        message: 'Cột «Đoàn viên» (youth_union): «maybe» không phải giá trị có/không (1/0, true/false, có/không, x).',
      },
    ]);
    expect(dataLines(t.csv)).toEqual(['A2,,C1,2024-05-19,,,,,,,,,true']);
  });

  it('text: ethnicity and religion are kept as given, trimmed', async () => {
    const t = (await load({ 'members.csv': 'member_id,unit_id,ethnicity,religion,admitted_on\nM1,C1,  Ê Đê ,Không,2005-03-02\n' })).tables.members!;
    expect(dataLines(t.csv)).toEqual(['M1,C1,,,Ê Đê,Không,,,,,2005-03-02,,,']);
  });

  it('speaks English when asked', async () => {
    const t = (await load({ 'members.csv': `${HEAD}\nM1,C1,X,1980,31/02/2023,,,\n` }, { lang: 'en' })).tables.members!;
    expect(t.errors.map((e) => e.message)).toEqual([
      'Column «Sex» (sex): «X» is not an accepted value; accepted: nam (Male), nu (Female).',
      'Column «Admitted on» (admitted_on): «31/02/2023» is not a valid date (dd/mm/yyyy or yyyy-mm-dd).',
    ]);
  });
});

describe('consistency rules', () => {
  it('official_on and left_on must not be before admitted_on', async () => {
    const t = await members('M1,C1,nam,1980,02/03/2005,01/03/2005,,', 'M2,C1,nam,1980,2005-03-02,,2005-03-01,chuyen_di', 'M3,C1,nam,1980,2005-03-02,2005-03-02,2005-03-02,xin_ra');
    expect(t.errors).toEqual([
      {
        row: 3,
        column: 'official_on',
        rule: 'order',
        message: 'Cột «Ngày chính thức» (official_on): «01/03/2005» sớm hơn «Ngày vào Đảng» (admitted_on) «02/03/2005».',
      },
      {
        row: 4,
        column: 'left_on',
        rule: 'order',
        message: 'Cột «Ngày ra khỏi Đảng» (left_on): «2005-03-01» sớm hơn «Ngày vào Đảng» (admitted_on) «2005-03-02».',
      },
    ]);
    expect(t.loaded).toBe(2);
  });

  it('left_reason only with left_on', async () => {
    const t = await members('M1,C1,nam,1980,2005-03-02,,,Từ trần');
    expect(t.errors).toEqual([
      {
        row: 3,
        column: 'left_reason',
        rule: 'requires',
        message: 'Cột «Lý do ra khỏi Đảng» (left_reason): «Từ trần» chỉ được điền khi có «Ngày ra khỏi Đảng» (left_on).',
      },
    ]);
  });

  it('targets: from_year ≤ to_year, target ≥ 0, target_max ≥ target', async () => {
    const csv = [
      'unit_id,from_year,to_year,target,target_max',
      'X1,2025,2025,40,',
      'X1,2025,2030,500,550',
      'X1,2026,2025,40,',
      'X1,2025,2025,-1,',
      'X1,2025,2025,40,30',
      'X1,2025,2025,,',
    ].join('\n');
    const t = (await load({ 'targets.csv': csv })).tables.targets!;
    expect([t.rows, t.loaded, t.rejected]).toEqual([6, 2, 4]);
    expect(t.errors).toEqual([
      { row: 4, column: 'to_year', rule: 'order', message: 'Cột «Đến năm» (to_year): «2025» nhỏ hơn «Từ năm» (from_year) «2026».' },
      { row: 5, column: 'target', rule: 'range', message: 'Cột «Chỉ tiêu» (target): «-1» phải từ 0 trở lên.' },
      { row: 6, column: 'target_max', rule: 'order', message: 'Cột «Chỉ tiêu tối đa» (target_max): «30» nhỏ hơn «Chỉ tiêu» (target) «40».' },
      { row: 7, column: 'target', rule: 'required', message: 'Cột «Chỉ tiêu» (target): bắt buộc nhưng đang trống.' },
    ]);
    expect(dataLines(t.csv)).toEqual(['X1,2025,2025,40,', 'X1,2025,2030,500,550']);
  });

  it('units: active_to must not be before active_from', async () => {
    const units = 'unit_id,parent_id,name,kind,active_from,active_to\nT,,Tỉnh,dang_bo,2000-01-01,1999-12-31\nC1,,Chi bộ,chi_bo,,\n';
    const t = (await load({ 'units.csv': units })).tables.units!;
    expect(t.errors).toEqual([
      {
        row: 2,
        column: 'active_to',
        rule: 'order',
        message: 'Cột «Ngày giải thể» (active_to): «1999-12-31» sớm hơn «Ngày thành lập» (active_from) «2000-01-01».',
      },
    ]);
  });

  it('a row may break several rules; all are reported, the row counted once', async () => {
    const t = await members('M0,C9,X,1850,31/02/2023,,,');
    expect(t.rejected).toBe(1);
    // in the order of the row's columns, as the file has them
    expect(t.errors.map((e) => [e.row, e.column, e.rule])).toEqual([
      [3, 'member_id', 'unique'],
      [3, 'unit_id', 'reference'],
      [3, 'sex', 'code'],
      [3, 'birth_year', 'range'],
      [3, 'admitted_on', 'date'],
    ]);
  });
});

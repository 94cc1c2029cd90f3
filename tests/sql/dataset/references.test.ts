import { describe, expect, it } from 'vitest';
import { dataLines, load } from './helpers';

const NO_PEOPLE = { 'members.csv': 'member_id,unit_id,admitted_on\n', 'admissions.csv': 'admission_id,unit_id,admitted_on\n' };

async function units(...rows: string[]) {
  const t = (await load({ 'units.csv': ['unit_id,parent_id,name,kind,active_to,successor_id', ...rows].join('\n'), ...NO_PEOPLE })).tables.units!;
  expect(t.loaded + t.rejected).toBe(t.rows);
  return t;
}

describe('unit_id references to units', () => {
  it('members, admissions, targets and candidates must name a loaded unit', async () => {
    const res = await load({
      'members.csv': 'member_id,unit_id,admitted_on\nM1,C1,2005-03-02\nM2,C9,2005-03-02\n',
      'admissions.csv': 'admission_id,unit_id,admitted_on\nA1,C9,2024-05-19\n',
      'targets.csv': 'unit_id,from_year,to_year,target\nZ,2025,2025,3\n',
      'candidates.csv': 'candidate_id,unit_id\nQ1,C2\nQ2,Z\n',
    });
    const refs = (t: keyof typeof res.tables) => res.tables[t]!.errors.map((e) => [e.row, e.column, e.rule]);
    expect(res.tables.members!.errors).toEqual([
      { row: 3, column: 'unit_id', rule: 'reference', message: 'Cột «Mã đơn vị» (unit_id): «C9» không có trong units.csv.' },
    ]);
    expect(refs('admissions')).toEqual([[2, 'unit_id', 'reference']]);
    expect(refs('targets')).toEqual([[2, 'unit_id', 'reference']]);
    expect(refs('candidates')).toEqual([[3, 'unit_id', 'reference']]);
    expect(res.tables.candidates!.loaded).toBe(1);
  });

  it('admissions must be made by a chi bộ', async () => {
    const t = (await load({ 'admissions.csv': 'admission_id,unit_id,admitted_on\nA1,X1,2024-05-19\nA2,C2,2024-05-19\n' })).tables.admissions!;
    expect(t.errors).toEqual([
      {
        row: 2,
        column: 'unit_id',
        rule: 'chi_bo',
        message: 'Cột «Mã đơn vị» (unit_id): «X1» là đảng bộ, không phải chi bộ; chỉ chi bộ mới kết nạp đảng viên.',
      },
    ]);
    expect(t.loaded).toBe(1);
  });

  it('admissions.member_id is an optional link, not checked', async () => {
    const t = (await load({ 'admissions.csv': 'admission_id,member_id,unit_id,admitted_on\nA1,NOBODY,C1,2024-05-19\n' })).tables.admissions!;
    expect(t.errors).toEqual([]);
    expect(dataLines(t.csv)).toEqual(['A1,NOBODY,C1,2024-05-19,,,,,,,,,']);
  });

  it('a unit that was rejected cannot be referred to', async () => {
    const res = await load({
      'units.csv': 'unit_id,parent_id,name,kind\nT,,Tỉnh,dang_bo\nC1,T,Chi bộ 1,chi_bo\nC2,T,,chi_bo\n',
      'members.csv': 'member_id,unit_id,admitted_on\nM1,C1,2005-03-02\nM2,C2,2005-03-02\n',
    });
    expect(res.tables.units!.errors.map((e) => [e.row, e.column, e.rule])).toEqual([[4, 'name', 'required']]);
    expect(res.tables.members!.errors.map((e) => [e.row, e.column, e.rule])).toEqual([[3, 'unit_id', 'reference']]);
  });
});

describe('the unit tree', () => {
  it('parent_id and successor_id must exist', async () => {
    const t = await units('T,,Tỉnh,dang_bo,,', 'C1,T,Chi bộ 1,chi_bo,,', 'C2,Q,Chi bộ 2,chi_bo,,', 'C3,T,Chi bộ 3,chi_bo,2025-06-30,Z');
    expect(t.errors).toEqual([
      { row: 4, column: 'parent_id', rule: 'reference', message: 'Cột «Mã đơn vị cấp trên» (parent_id): «Q» không có trong units.csv.' },
      { row: 5, column: 'successor_id', rule: 'reference', message: 'Cột «Đơn vị kế thừa» (successor_id): «Z» không có trong units.csv.' },
    ]);
    expect(dataLines(t.csv)).toEqual(['T,,Tỉnh,dang_bo,,,,', 'C1,T,Chi bộ 1,chi_bo,,,,']);
  });

  it('units on a parent cycle are rejected, and so is everything under them', async () => {
    const t = await units('T,,Tỉnh,dang_bo,,', 'A,B,A,dang_bo,,', 'B,A,B,dang_bo,,', 'S,S,Tự trỏ,dang_bo,,', 'C1,A,Chi bộ dưới vòng,chi_bo,,', 'C2,T,Chi bộ tốt,chi_bo,,');
    expect(t.errors).toEqual([
      { row: 3, column: 'parent_id', rule: 'cycle', message: 'Cột «Mã đơn vị cấp trên» (parent_id): vòng lặp đơn vị cấp trên A → B → A.' },
      { row: 4, column: 'parent_id', rule: 'cycle', message: 'Cột «Mã đơn vị cấp trên» (parent_id): vòng lặp đơn vị cấp trên A → B → A.' },
      { row: 5, column: 'parent_id', rule: 'cycle', message: 'Cột «Mã đơn vị cấp trên» (parent_id): vòng lặp đơn vị cấp trên S → S.' },
      {
        row: 6,
        column: 'parent_id',
        rule: 'reference',
        message: 'Cột «Mã đơn vị cấp trên» (parent_id): đơn vị «A» bị loại nên dòng này cũng không được nạp.',
      },
    ]);
    expect(dataLines(t.csv).map((l) => l.split(',')[0])).toEqual(['T', 'C2']);
  });

  it('a unit whose parent was rejected is rejected too, down the whole branch', async () => {
    const t = await units('T,,Tỉnh,dang_bo,,', 'X,T,,dang_bo,,', 'Y,X,Xã con,dang_bo,,', 'C,Y,Chi bộ cháu,chi_bo,,');
    expect(t.errors.map((e) => [e.row, e.column, e.rule])).toEqual([
      [3, 'name', 'required'],
      [4, 'parent_id', 'reference'],
      [5, 'parent_id', 'reference'],
    ]);
    expect(t.errors[2]!.message).toBe('Cột «Mã đơn vị cấp trên» (parent_id): đơn vị «Y» bị loại nên dòng này cũng không được nạp.');
    expect([t.loaded, t.rejected]).toEqual([1, 3]);
  });

  it('what loads is a consistent tree: every parent of a loaded unit is loaded', async () => {
    const t = await units('T,,Tỉnh,dang_bo,,', 'A,B,A,dang_bo,,', 'B,C,B,dang_bo,,', 'C,A,C,dang_bo,,', 'D,C,D,chi_bo,,', 'E,D,E,chi_bo,,', 'F,T,F,dang_bo,,', 'G,F,G,chi_bo,,');
    const rows = dataLines(t.csv).map((l) => l.split(','));
    const ids = new Set(rows.map((r) => r[0]));
    expect([...ids]).toEqual(['T', 'F', 'G']);
    for (const r of rows) if (r[1]) expect(ids.has(r[1])).toBe(true);
  });

  it('a successor without an end date is a warning, not an error', async () => {
    const t = await units('T,,Tỉnh,dang_bo,,', 'X1,T,Xã 1,dang_bo,,X2', 'X2,T,Xã 2,dang_bo,,');
    expect(t.rejected).toBe(0);
    expect(t.warnings).toEqual(['1 đơn vị có «Đơn vị kế thừa» nhưng không có «Ngày giải thể» (dòng 3)']);
  });

  it('references go unchecked when the units file itself could not be read', async () => {
    const res = await load({ 'units.csv': 'unit_id,parent_id\nT,\n', 'members.csv': 'member_id,unit_id,admitted_on\nM1,NOWHERE,2005-03-02\n' });
    expect(res.problems.map((p) => p.file)).toEqual(['units.csv']);
    expect(res.tables.units).toBeUndefined();
    expect(res.tables.members!.loaded).toBe(1);
  });
});

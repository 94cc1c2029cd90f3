import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/universal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import type { Filters } from '../../src/filters/filters';
import { makeCtx, type Ctx } from '../../src/indicators/context';
import { bieu1, bieu2, formsToXlsx, formToHtml, formToText } from '../../src/report/forms';
import { publishForm } from '../../src/report/forms/published';
import { cellId, type FormTable } from '../../src/report/forms/types';

// Expected numbers are hand-counted from tests/fixtures/golden (its README); the Tổng số
// row repeats what tests/sql/indicators.test.ts asserts for T in 2023, the rows name what was counted.
let golden: OpenedDataset;
let tiny: OpenedDataset;
let g: Ctx;
let t: Ctx;
beforeAll(async () => {
  [golden, tiny] = await Promise.all([openDataset('tests/fixtures/golden'), openDataset('tests/fixtures/tiny')]);
  g = makeCtx(golden.engine, golden.loaded);
  t = makeCtx(tiny.engine, tiny.loaded);
});
afterAll(async () => {
  await Promise.all([golden?.engine.close(), tiny?.engine.close()]);
});

const f = (unitId: string, from: string, to: string): Filters => ({ unitId, from, to, clauses: [] });
const Y2023 = f('T', '2023-01-01', '2023-12-31');

/** A row as { column key: value }. */
const row = (table: FormTable, key: string) => {
  const r = table.rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return Object.fromEntries(table.columns.map((c, j) => [c.key, r.cells[j]]));
};
const value = (table: FormTable, id: string) => {
  const [r, c] = [id.slice(0, id.lastIndexOf(':')), id.slice(id.lastIndexOf(':') + 1)];
  return row(table, r)[c];
};

/** The sums of a column down the sub-unit rows. */
const downSums = (table: FormTable, column: string) => table.sums.filter((s) => s.total === cellId('total', column) && s.parts.every((p) => !p.startsWith('total:')));

/** Every sum the form states holds exactly. */
function expectSumsAddUp(table: FormTable) {
  expect(table.sums.length).toBeGreaterThan(0);
  for (const s of table.sums) {
    const parts = s.parts.map((p) => value(table, p) ?? 0);
    expect({ sum: s.total, value: parts.reduce((a, b) => a + b, 0) }).toEqual({ sum: s.total, value: value(table, s.total) });
  }
}

describe('Biểu 2 on the golden dataset, T in 2023', () => {
  it('the Tổng số row is the unit’s own figures (= the indicators)', async () => {
    const b = await bieu2(g, Y2023, 'vi');
    expect(b.rows.map((r) => [r.no, r.label, r.level])).toEqual([
      ['', 'Tổng số', 0],
      ['1', 'Đảng bộ huyện Đông', 1],
      ['2', 'Đảng bộ huyện Tây', 1],
    ]);
    expect(row(b, 'total')).toEqual({
      total: 14, // A01–A14
      women: 7, // A01 A03 A06 A08 A10 A12 A13
      ethnic_minority: 3, // A03 A08 A11
      religious: 2, // A04 A06
      youth_union: 5, // A01 A08 A10 A11 A12
      business_owner: 1, // A09
      readmission: 1, // A04
      // occupation in code order; A13 unknown
      occ_hoc_sinh: 2, occ_sinh_vien: 1, occ_cong_nhan: 1, occ_nong_dan: 4, occ_can_bo_cong_chuc: 1, occ_vien_chuc: 0,
      occ_luc_luong_vu_trang: 0, occ_chu_doanh_nghiep: 1, occ_quan_ly_doanh_nghiep: 1, occ_lao_dong_tu_do: 1, occ_huu_tri: 0, occ_khac: 1, occ_unknown: 1,
      // A14 has no birth year
      'age_18-30': 6, 'age_31-35': 2, 'age_36-40': 1, 'age_41-45': 1, 'age_46-50': 1, 'age_51-55': 0, 'age_56-60': 1, 'age_60+': 1, age_unknown: 1,
      mean_age: 34.8, // 452 / 13
      edu_tieu_hoc: 1, edu_thcs: 1, edu_thpt: 11, edu_unknown: 1, // A05; A04; A12 unknown
      qual_khong: 4, qual_so_cap: 0, qual_trung_cap: 1, qual_cao_dang: 1, qual_dai_hoc: 5, qual_thac_si: 1, qual_tien_si: 0, qual_unknown: 2, // A10 A11 unknown
      // X1, X4, X5, C09, C10 admitted; X6 did not (6 grassroots organisations)
      org_with: 5,
      org_without: 1,
    });
  });

  it('the sub-unit rows, counted by hand', async () => {
    const b = await bieu2(g, Y2023, 'vi');
    // H1: A01 A02 A03 A13 (C01), A04 A05 (C05), A12 (C11); ages 23 30 31 48 60 61 22 = 275 / 7
    expect(row(b, 'H1')).toMatchObject({ total: 7, women: 4, ethnic_minority: 1, readmission: 1, occ_nong_dan: 3, occ_unknown: 1, 'age_18-30': 3, 'age_60+': 1, age_unknown: 0, mean_age: 39.3, edu_unknown: 1, org_with: 2, org_without: 0 });
    // H2: A06 A14 (C06), A07 A08 A09 (C09), A10 A11 (C10); ages 38 33 25 45 18 18 = 177 / 6, A14 unknown
    expect(row(b, 'H2')).toMatchObject({ total: 7, women: 3, ethnic_minority: 2, business_owner: 1, occ_hoc_sinh: 2, 'age_18-30': 3, age_unknown: 1, mean_age: 29.5, edu_thpt: 7, qual_unknown: 2, org_with: 3, org_without: 1 });
  });

  it('totals add up: every breakdown of every row, and every column down the sub-units (no overlap here)', async () => {
    const b = await bieu2(g, Y2023, 'vi');
    expectSumsAddUp(b);
    const down = b.sums.filter((s) => s.total.startsWith('total:') && s.parts[0].startsWith('H1:'));
    expect(down.length).toBe(b.columns.filter((c) => c.format !== 'decimal').length);
    expect(b.sums).toContainEqual({ total: 'H2:total', parts: ['H2:age_18-30', 'H2:age_31-35', 'H2:age_36-40', 'H2:age_41-45', 'H2:age_46-50', 'H2:age_51-55', 'H2:age_56-60', 'H2:age_60+', 'H2:age_unknown'] });
  });

  it('a merger overlaps: H1 over 2022–2023 has X2 and X4 both count C05, so the columns do not add up and say so', async () => {
    const b = await bieu2(g, f('H1', '2022-01-01', '2023-12-31'), 'vi');
    expect(b.rows.map((r) => r.label)).toEqual(['Tổng số', 'Đảng bộ xã An Phú', 'Đảng bộ xã Bình (đến 31/12/2022)', 'Đảng bộ xã Bình Minh (từ 01/01/2023)']);
    // X1: B05 A01 A02 A03 A13; X2: A04 A05; X4: A04 A05 (C05) A12 — H1 has 8, the rows 10
    expect(b.rows.map((r) => r.cells[0])).toEqual([8, 5, 2, 3]);
    expectSumsAddUp(b);
    expect(downSums(b, 'total')).toEqual([]);
    expect(b.notes.join(' ')).toMatch(/không phải phép cộng các dòng; ở các cột Tổng số,/);
  });

  it('English labels', async () => {
    const b = await bieu2(g, Y2023, 'en');
    expect([b.title, b.subtitle, b.rows[0].label]).toEqual(['Form 2: Newly admitted party members', 'Đảng bộ tỉnh Vàng — 01/01/2023 to 31/12/2023', 'Total']);
    expect(b.columns.find((c) => c.key === 'age_60+')?.label).toBe('Over 60');
  });
});

describe('Biểu 1 on the golden dataset', () => {
  it('T in 2023: the Tổng số row is memberChange; each row balances', async () => {
    const b = await bieu1(g, Y2023, 'vi');
    // M04 tu_tran, M10 chuyen_di, M06 xoa_ten, M17 khai_tru; no unknown reason, so no column for it
    expect(row(b, 'total')).toEqual({ start: 18, admitted: 5, left_tu_tran: 1, left_chuyen_di: 1, left_xoa_ten: 1, left_khai_tru: 1, left_xin_ra: 0, left_total: 4, end: 19 });
    // H1: M01 M02 M25 M04 M05 M03 M06 M08 M23 M16 at the start, + M18 M19 M22, − M04 M06
    expect(row(b, 'H1')).toEqual({ start: 10, admitted: 3, left_tu_tran: 1, left_chuyen_di: 0, left_xoa_ten: 1, left_khai_tru: 0, left_xin_ra: 0, left_total: 2, end: 11 });
    // H2: M09 M10 M11 M12 M13 M17 M14 M15, + M20 M21, − M10 M17
    expect(row(b, 'H2')).toEqual({ start: 8, admitted: 2, left_tu_tran: 0, left_chuyen_di: 1, left_xoa_ten: 0, left_khai_tru: 1, left_xin_ra: 0, left_total: 2, end: 8 });
    for (const r of b.rows) {
      const v = row(b, r.key);
      expect(v.start! + v.admitted! - v.left_total!).toBe(v.end);
    }
    expectSumsAddUp(b);
    expect(b.columns.find((c) => c.key === 'admitted')?.group).toBe('Tăng');
    // transfers in are not in the data; the register has 5 of the 14 admissions
    expect(b.notes[0]).toContain('chuyển đến');
    expect(b.notes[1]).toContain('(5)');
  });

  it('2024 balances too (M05 resigns, M24 joins)', async () => {
    const b = await bieu1(g, f('T', '2024-01-01', '2024-12-31'), 'vi');
    expect(row(b, 'total')).toMatchObject({ start: 19, admitted: 1, left_xin_ra: 1, left_total: 1, end: 19 });
    expectSumsAddUp(b);
  });
});

describe('Biểu 1 with a leaving reason missing', () => {
  it('gets a "Không rõ lý do" column, still inside Tổng giảm', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forms-'));
    cpSync('tests/fixtures/golden', dir, { recursive: true });
    const members = readFileSync(join(dir, 'members.csv'), 'utf8');
    writeFileSync(join(dir, 'members.csv'), members.replace('2023-06-15,xoa_ten', '2023-06-15,'));
    const d = await openDataset(dir);
    try {
      const b = await bieu1(makeCtx(d.engine, d.loaded), Y2023, 'vi');
      expect(b.columns.map((c) => c.label)).toEqual(['Đầu kỳ', 'Kết nạp', 'Từ trần', 'Chuyển đi', 'Xóa tên', 'Khai trừ', 'Xin ra', 'Không rõ lý do', 'Tổng giảm', 'Cuối kỳ']);
      // M06 now has no reason
      expect(row(b, 'total')).toMatchObject({ left_xoa_ten: 0, left_unknown: 1, left_total: 4 });
      expectSumsAddUp(b);
    } finally {
      await d.engine.close();
    }
  });
});

describe('suppression on the tiny dataset', () => {
  it('small counts print "< 5"; the Tổng số of 5 stays; exact numbers without minCell', async () => {
    const b = await bieu2(t, f('P', '2023-01-01', '2023-12-31'), 'vi');
    // in name order: huyện Hai (A4 at C3, A5 at C4), huyện Một (A1 A2 at C1, A3 at C2)
    expect(b.rows.map((r) => [r.key, r.cells[0]])).toEqual([['total', 5], ['H2', 2], ['H1', 3]]);
    expect(downSums(b, 'total')).toEqual([{ total: 'total:total', parts: ['H2:total', 'H1:total'] }]);
    const pub = publishForm(b, { minCell: 5, lang: 'vi' });
    expect(pub.text.map((r) => r[0])).toEqual(['5', '< 5', '< 5']);
    // 3 women: A1 A3 A5
    expect(pub.text[0][b.columns.findIndex((c) => c.key === 'women')]).toBe('< 5');
    // the mean age of a hidden row is not shown
    expect(pub.text[1][b.columns.findIndex((c) => c.key === 'mean_age')]).toBe('—');
    const text = formToText(b, { minCell: 5, lang: 'vi' });
    expect(text).toContain('< 5');
    expect(text).toContain('được ghi là "< 5"');
    expect(formToText(b, { minCell: null, lang: 'vi' })).not.toContain('< 5');
  });

  it('secondary: 10 = THPT 9 + THCS 1 would give the 1 away, so THPT is hidden too ("x")', async () => {
    // P over 2020–2025: A1–A10; education thpt for all but A4 (thcs)
    const b = await bieu2(t, f('P', '2020-01-01', '2025-12-31'), 'vi');
    const total = row(b, 'total');
    expect([total.total, total.edu_thpt, total.edu_thcs, total.edu_tieu_hoc]).toEqual([10, 9, 1, 0]);
    const pub = publishForm(b, { minCell: 5, lang: 'vi' });
    const at = (k: string) => pub.text[0][b.columns.findIndex((c) => c.key === k)];
    expect([at('total'), at('edu_thpt'), at('edu_thcs'), at('edu_tieu_hoc')]).toEqual(['10', 'x', '< 5', '0']);
    expect(pub.secondary.has('total:edu_thpt')).toBe(true);
    expect(pub.notes.at(-1)).toContain('"x"');
    // N1 (from 01/07/2025) holds the history of X1 and X2: the rows overlap, so no column sums
    expect(b.rows.map((r) => r.label)).toEqual(['Tổng số', 'Đảng bộ huyện Hai (đến 30/06/2025)', 'Đảng bộ huyện Một (đến 30/06/2025)', 'Đảng bộ xã Mới (từ 01/07/2025)']);
    expect(downSums(b, 'total')).toEqual([]);
    expectSumsAddUp(b);
  });

  it('Biểu 1: the balance would give a hidden decrease away (start + admitted − end), so more is hidden', async () => {
    // golden T 2023: 18 + 5 − 19 = 4, the total decrease (hidden, small)
    const b = await bieu1(g, Y2023, 'vi');
    const pub = publishForm(b, { minCell: 5, lang: 'vi' });
    const at = (k: string) => pub.text[0][b.columns.findIndex((c) => c.key === k)];
    expect(at('left_total')).toBe('< 5');
    const shown = ['start', 'admitted', 'end'].filter((k) => !['< 5', 'x'].includes(at(k)));
    expect(shown.length).toBeLessThan(3);
  });
});

describe('HTML', () => {
  it('is escaped, grouped, and hides small counts when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forms-'));
    cpSync('tests/fixtures/golden', dir, { recursive: true });
    writeFileSync(join(dir, 'units.csv'), readFileSync(join(dir, 'units.csv'), 'utf8').replace('Đảng bộ huyện Tây', '<img src=x onerror=alert(1)>'));
    const d = await openDataset(dir);
    try {
      const b = await bieu2(makeCtx(d.engine, d.loaded), Y2023, 'vi');
      const html = formToHtml(b, { minCell: 5, lang: 'vi' });
      expect(html).not.toContain('<img');
      expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
      expect(html).toContain('<th colspan="6" scope="colgroup">Trong đó</th>');
      expect(html).toContain('&#60; 5');
      expect(html).toContain('Để không nhận diện được cá nhân');
      expect(formToHtml(b, { minCell: null, lang: 'vi' })).not.toContain('Để không nhận diện được cá nhân');
    } finally {
      await d.engine.close();
    }
  });
});

describe('xlsx', () => {
  it('reads back: two sheets, merged title, numbers as numbers, "< 5" as text, formula-looking names neutralised', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forms-'));
    cpSync('tests/fixtures/golden', dir, { recursive: true });
    writeFileSync(join(dir, 'units.csv'), readFileSync(join(dir, 'units.csv'), 'utf8').replace('Đảng bộ huyện Đông', '"=HYPERLINK(""x"")"'));
    const d = await openDataset(dir);
    try {
      const ctx = makeCtx(d.engine, d.loaded);
      const tables = [await bieu1(ctx, Y2023, 'vi'), await bieu2(ctx, Y2023, 'vi')];
      const exact = await readXlsxFile(formsToXlsx(tables, { minCell: null, lang: 'vi' }).slice().buffer as ArrayBuffer);
      expect(exact.map((s) => s.sheet)).toEqual(['Biểu 1', 'Biểu 2']);
      const s2 = exact[1].data;
      expect(s2[0][0]).toBe('Biểu 2: Đảng viên mới kết nạp');
      expect(s2[1][0]).toBe('Đảng bộ tỉnh Vàng — từ 01/01/2023 đến 31/12/2023');
      expect(s2[3].slice(0, 4)).toEqual(['STT', 'Đơn vị', 'Tổng số', 'Trong đó']);
      expect(s2[4].slice(3, 9)).toEqual(['Nữ', 'Dân tộc thiểu số', 'Tôn giáo', 'Đoàn viên', 'Chủ doanh nghiệp tư nhân', 'Kết nạp lại']);
      expect(s2[5].slice(0, 4)).toEqual(['A', 'B', '1', '2']);
      // Tổng số row: numbers, the mean age a decimal
      const totalRow = s2[6];
      expect(totalRow.slice(1, 5)).toEqual(['Tổng số', 14, 7, 3]);
      expect(totalRow[2 + tables[1].columns.findIndex((c) => c.key === 'mean_age')]).toBe(34.8);
      // the sub-units in name order: "=HYPERLINK…" sorts before "Đảng bộ huyện Tây"
      expect(s2[7].slice(0, 3)).toEqual(['1', `'=HYPERLINK("x")`, 7]);
      expect(exact[0].data[7][1]).toBe(`'=HYPERLINK("x")`);
      expect(exact[0].data[6].slice(1)).toEqual(['Tổng số', 18, 5, 1, 1, 1, 1, 0, 4, 19]);

      const published = await readXlsxFile(formsToXlsx(tables, { minCell: 5, lang: 'vi' }).slice().buffer as ArrayBuffer);
      const p1 = published[0].data;
      expect(p1[6].slice(1, 4)).toEqual(['Tổng số', 18, 5]);
      expect(p1[6][4]).toBe('< 5');
      expect(p1.some((r) => String(r[0] ?? '').startsWith('Để không nhận diện được cá nhân'))).toBe(true);
    } finally {
      await d.engine.close();
    }
  });
});

describe('golden files (tests/golden/forms): what a reviewer reads', () => {
  const GOLDEN = 'tests/golden/forms';
  function compare(name: string, actual: string) {
    const path = join(GOLDEN, `${name}.txt`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
    if (!existsSync(path)) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 and read it`);
    const expected = readFileSync(path, 'utf8');
    if (expected !== actual) {
      writeFileSync(join(GOLDEN, `${name}-changed.txt`), actual);
      expect.fail(`${path} differs: see ${name}-changed.txt next to it`);
    }
  }
  it('Biểu 1, Biểu 2 of T in 2023, exact and published', async () => {
    const [b1, b2] = [await bieu1(g, Y2023, 'vi'), await bieu2(g, Y2023, 'vi')];
    compare('bieu1-golden-vi', formToText(b1, { minCell: null, lang: 'vi' }));
    compare('bieu2-golden-vi', formToText(b2, { minCell: null, lang: 'vi' }));
    compare('bieu2-golden-vi-published', formToText(b2, { minCell: 5, lang: 'vi' }));
  });
});

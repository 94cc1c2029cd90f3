import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/universal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { prepareDataset } from '../../scripts/lib/prepare';
import type { Filters } from '../../src/filters/filters';
import { forUnit, makeCtx, type Ctx } from '../../src/indicators/context';
import { isNeedsDetail } from '../../src/query/detail';
import { bieu1, bieu2, bieu3, formsToXlsx, formToText } from '../../src/report/forms';
import { publishForm } from '../../src/report/forms/published';
import { hiddenTogether } from '../../src/report/forms/together';
import { cellId, type FormTable } from '../../src/report/forms/types';

// Biểu 3 "Đội ngũ đảng viên": the members on the period's last day D. Expected numbers are
// hand-counted from tests/fixtures/golden/members.csv (its README); the rows name who was counted.
let golden: OpenedDataset;
let tiny: OpenedDataset;
let sample: OpenedDataset;
let g: Ctx;
let t: Ctx;
let s: Ctx;
beforeAll(async () => {
  [golden, tiny, sample] = await Promise.all([openDataset('tests/fixtures/golden'), openDataset('tests/fixtures/tiny'), openDataset('data')]);
  g = makeCtx(golden.engine, golden.loaded);
  t = makeCtx(tiny.engine, tiny.loaded);
  s = makeCtx(sample.engine, sample.loaded);
}, 120_000);
afterAll(async () => {
  await Promise.all([golden?.engine.close(), tiny?.engine.close(), sample?.engine.close()]);
});

const f = (unitId: string, from: string, to: string): Filters => ({ unitId, from, to, clauses: [] });
const Y2023 = (unitId: string) => f(unitId, '2023-01-01', '2023-12-31');

/** A row as { column key: value }. */
const row = (table: FormTable, key: string) => {
  const r = table.rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return Object.fromEntries(table.columns.map((c, j) => [c.key, r.cells[j]]));
};
const value = (table: FormTable, id: string) => row(table, id.slice(0, id.lastIndexOf(':')))[id.slice(id.lastIndexOf(':') + 1)];
/** Cell ids of a column group's columns. */
const groupKeys = (table: FormTable, prefix: string) => table.columns.filter((c) => c.key.startsWith(prefix)).map((c) => c.key);

/** Every sum the form states holds exactly. */
function expectSumsAddUp(table: FormTable) {
  expect(table.sums.length).toBeGreaterThan(0);
  for (const sum of table.sums) {
    const parts = sum.parts.map((p) => value(table, p) ?? 0);
    expect({ sum: sum.total, value: parts.reduce((a, b) => a + b, 0) }).toEqual({ sum: sum.total, value: value(table, sum.total) });
  }
}

/** Each breakdown (age, education, qualification, political theory) is stated to add up to Tổng số in every row. */
function expectEveryBreakdownStated(table: FormTable) {
  for (const r of table.rows)
    for (const prefix of ['age_', 'edu_', 'qual_', 'pol_']) {
      const parts = groupKeys(table, prefix).map((k) => cellId(r.key, k));
      expect(table.sums).toContainEqual({ total: cellId(r.key, 'total'), parts });
    }
}

describe('Biểu 3 on the golden dataset, hand-counted', () => {
  it('H1 at 31/12/2023: the Tổng số row and its two communes', async () => {
    const b = await bieu3(g, Y2023('H1'), 'vi');
    // X2 was dissolved on 31/12/2022: not a row of 2023; its C05 counts for X4, its successor
    expect(b.rows.map((r) => [r.no, r.label, r.level])).toEqual([
      ['', 'Tổng số', 0],
      ['1', 'Đảng bộ xã An Phú', 1],
      ['2', 'Đảng bộ xã Bình Minh', 1],
    ]);
    expect(row(b, 'total')).toEqual({
      // C01: M01 M02 M18 M25; C02: M05 (M04 left on 31/12); C03: M03 (M06, M07 left); C05: M08 M19 M23; C11: M16 M22
      total: 11,
      women: 5, // M02 M05 M18 M22 M25
      ethnic_minority: 1, // M05 Tày (M19 " Kinh ", M23 "kinh" are Kinh)
      religious: 3, // M05 Phật giáo, M08 M19 Công giáo (M02, M23 "Không")
      probationary: 3, // M18 M19 no official date, M22 official on 31/08/2024
      // ages at 2023: M18 23, M22 22, M23 28 | M16 33 | M05 43 | M19 60 | M02 61, M03 61, M08 65 | M01 73 | M25 no birth year
      'age_18-30': 3, 'age_31-40': 1, 'age_41-50': 1, 'age_51-60': 1, 'age_61-70': 3, 'age_70+': 1, age_unknown: 1,
      mean_age: 46.9, // 469 / 10
      edu_tieu_hoc: 0, edu_thcs: 2, edu_thpt: 8, edu_unknown: 1, // M01 M19 thcs; M22 unknown
      // khong: M01 M03 M08 M19 M23; trung_cap: M02 M25; dai_hoc: M05 M16 M18 M22
      qual_khong: 5, qual_so_cap: 0, qual_trung_cap: 2, qual_cao_dang: 0, qual_dai_hoc: 4, qual_thac_si: 0, qual_tien_si: 0,
      // khong: M18 M19 M22; so_cap: M01 M03 M08 M23 M25; trung_cap: M02 M05 M16
      pol_khong: 3, pol_so_cap: 5, pol_trung_cap: 3, pol_cao_cap: 0,
    });
    // X1: M01 M02 M18 M25 (C01), M05 (C02), M03 (C03); ages 73 61 23 43 61 = 261 / 5
    expect(row(b, 'X1')).toMatchObject({ total: 6, women: 4, probationary: 1, 'age_61-70': 2, age_unknown: 1, mean_age: 52.2, pol_so_cap: 3, pol_trung_cap: 2 });
    // X4: M08 M19 M23 (C05, X2's), M16 M22 (C11); ages 65 60 28 33 22 = 208 / 5
    expect(row(b, 'X4')).toMatchObject({ total: 5, women: 1, probationary: 2, 'age_18-30': 2, age_unknown: 0, mean_age: 41.6, pol_khong: 2, pol_so_cap: 2 });
    expect(b.columns.find((c) => c.key === 'age_18-30')?.label).toBe('Đến 30');
    // no column for a qualification nobody lacks
    expect(b.columns.some((c) => c.key === 'qual_unknown')).toBe(false);
    expect(b.notes[0]).toContain('ngày cuối kỳ (31/12/2023)');
    expect(b.notes[1]).toContain('Tuổi = 2023 (năm của ngày cuối kỳ) − năm sinh');
  });

  it('T at 31/12/2023: the Tổng số row is the indicators of the unit', async () => {
    const b = await bieu3(g, Y2023('T'), 'vi');
    expect(row(b, 'total')).toMatchObject({
      total: 19, // the 25 members less M04 M06 M07 M10 M17 (left) and M24 (2024)
      women: 10, // M02 M05 M09 M12 M15 M18 M20 M21 M22 M25
      probationary: 5, // M18 M19 M21 (no official date), M20 M22 (official in 2024)
      'age_18-30': 5, // M18 23, M20 25, M21 18, M22 22, M23 28
      // khong: M18–M22; so_cap: M01 M03 M08 M11 M12 M13 M14 M23 M25; trung_cap: M02 M05 M09 M15 M16
      pol_khong: 5, pol_so_cap: 9, pol_trung_cap: 5, pol_cao_cap: 0,
    });
    // H2: M09 M11 M12 M13 M14 M15 M20 M21
    expect(row(b, 'H2')).toMatchObject({ total: 8, women: 5, probationary: 2, pol_so_cap: 4 });
  });

  it('a merger overlaps: H1 over 2022–2023 has X2 and X4 both count C05, so Tổng số is no sum of the rows and says so', async () => {
    const b = await bieu3(g, f('H1', '2022-01-01', '2023-12-31'), 'vi');
    // X1 6; X2 (C05) 3: M08 M19 M23; X4 (C05, C11) 5 — H1 has 11, the rows 14
    expect(b.rows.map((r) => [r.label, r.cells[0]])).toEqual([
      ['Tổng số', 11],
      ['Đảng bộ xã An Phú', 6],
      ['Đảng bộ xã Bình (đến 31/12/2022)', 3],
      ['Đảng bộ xã Bình Minh (từ 01/01/2023)', 5],
    ]);
    expectSumsAddUp(b);
    expect(b.sums.some((x) => x.total === 'total:total' && x.parts.every((p) => !p.startsWith('total:')))).toBe(false);
    // columns of the same name are told apart by their group
    expect(b.notes.at(-1)).toMatch(/không phải phép cộng các dòng; ở các cột Tổng số, .*Chuyên môn: Không, Lý luận chính trị: Không, Lý luận chính trị: Sơ cấp hai số/);
  });

  it('a period ending inside a year counts its last day (31/08/2023: M06, M17 gone; M10, M04 still there)', async () => {
    const b = await bieu3(g, f('T', '2023-01-01', '2023-08-31'), 'vi');
    // the 19 of 31/12 and M04, M10 (who left later); M22, admitted on 31/08 itself, is one of the 19
    expect(row(b, 'total')).toMatchObject({ total: 21, probationary: 5 });
  });

  it('English labels', async () => {
    const b = await bieu3(g, Y2023('T'), 'en');
    expect([b.title, b.rows[0].label]).toEqual(['Form 3: Party membership', 'Total']);
    expect(b.columns.filter((c) => c.key.startsWith('age_')).map((c) => c.label)).toEqual(['Up to 30', '31–40', '41–50', '51–60', '61–70', 'Over 70', 'Age unknown']);
    expect(new Set(b.columns.map((c) => c.group))).toEqual(new Set([undefined, 'Of whom', 'Age', 'General education', 'Qualification', 'Political theory']));
  });
});

describe('Biểu 3: totals add up', () => {
  const GOLDEN: Filters[] = [Y2023('T'), Y2023('H1'), Y2023('H2'), f('H1', '2022-01-01', '2023-12-31'), f('T', '2023-01-01', '2023-08-31'), Y2023('X4')];
  it('on the golden data: every breakdown of every row, every column down the sub-units where they do', async () => {
    for (const x of GOLDEN) {
      const b = await bieu3(g, x, 'vi');
      expectSumsAddUp(b);
      expectEveryBreakdownStated(b);
    }
    // T in 2023: no overlap, so every count column adds up down the sub-units
    const b = await bieu3(g, Y2023('T'), 'vi');
    const down = b.sums.filter((x) => x.total.startsWith('total:') && x.parts[0].startsWith('H1:'));
    expect(down.length).toBe(b.columns.filter((c) => c.format !== 'decimal').length);
  });

  // the province, the 2025 merger (districts dissolved, communes merged across them), a district, the year to date
  const SAMPLE: Filters[] = [f('T01', '2023-01-01', '2023-12-31'), f('T01', '2025-01-01', '2025-12-31'), f('T01.H02', '2024-01-01', '2024-12-31'), f('T01', '2026-01-01', '2026-10-31'), f('T01.XM05', '2025-03-01', '2025-08-31')];
  it('on the sample data (data/)', async () => {
    for (const x of SAMPLE) {
      const b = await bieu3(s, x, 'vi');
      expect(b.rows.length).toBeGreaterThan(1);
      expectSumsAddUp(b);
      expectEveryBreakdownStated(b);
    }
  }, 120_000);

  it('the same form whether read from the year tables or counted over the members', async () => {
    for (const [ctx, scopes] of [[g, GOLDEN], [s, SAMPLE]] as const)
      for (const x of scopes) expect(await bieu3(ctx, x, 'vi')).toEqual(await bieu3({ ...ctx, source: 'facts' }, x, 'vi'));
  }, 120_000);

  it('its Tổng số is Biểu 1’s members at the end', async () => {
    for (const x of [...SAMPLE.slice(0, 3).map((y) => [s, y] as const), ...GOLDEN.map((y) => [g, y] as const)]) {
      const [b1, b3] = [await bieu1(x[0], x[1], 'vi'), await bieu3(x[0], x[1], 'vi')];
      expect(b3.rows.map((r) => r.cells[0])).toEqual(b1.rows.map((r) => r.cells[b1.columns.findIndex((c) => c.key === 'end')]));
    }
  }, 120_000);
});

describe('Biểu 3 published: small counts hidden as in Biểu 2', () => {
  it('small counts print "< 5", the mean age of a hidden row is not shown; exact numbers without minCell', async () => {
    const b = await bieu3(t, f('P', '2023-01-01', '2023-12-31'), 'vi');
    // at 31/12/2023: M1 M3 (huyện Một), M4 M6 (huyện Hai); M2 left in June, M5 joins in 2024
    expect(b.rows.map((r) => [r.key, r.cells[0]])).toEqual([['total', 4], ['H2', 2], ['H1', 2]]);
    const pub = publishForm(b, { minCell: 5, lang: 'vi' });
    expect(pub.text.map((r) => r[0])).toEqual(['< 5', '< 5', '< 5']);
    const at = (k: string) => pub.text[0][b.columns.findIndex((c) => c.key === k)];
    expect(at('women')).toBe('< 5'); // M3
    expect(at('mean_age')).toBe('—');
    expect(formToText(b, { minCell: 5, lang: 'vi' })).toContain('được ghi là "< 5"');
    expect(publishForm(b, { minCell: null, lang: 'vi' }).text[0][b.columns.findIndex((c) => c.key === 'mean_age')]).toBe('45,5'); // 63 28 48 43
  });

  it('secondary: 9 with Sơ cấp = H1 5 + H2 4 would give the 4 away, so H1’s 5 is hidden too ("x")', async () => {
    const b = await bieu3(g, Y2023('T'), 'vi');
    expect(['total', 'H1', 'H2'].map((r) => row(b, r).pol_so_cap)).toEqual([9, 5, 4]);
    const pub = publishForm(b, { minCell: 5, lang: 'vi' });
    const j = b.columns.findIndex((c) => c.key === 'pol_so_cap');
    expect(pub.text.map((r) => r[j])).toEqual(['9', 'x', '< 5']);
    expect(pub.secondary.has('H1:pol_so_cap')).toBe(true);
    expect(pub.small.has('H2:pol_so_cap')).toBe(true);
    expect(pub.notes.at(-1)).toContain('"x"');
    // Tổng số of 19 and the 10 women stay
    expect([pub.text[0][0], pub.text[0][1]]).toEqual(['19', '10']);
    // no sum the form states lets a hidden count be recovered: where one is hidden, another is too
    const hidden = new Set([...pub.small, ...pub.secondary]);
    for (const x of b.sums) expect([x.total, [x.total, ...x.parts].filter((id) => hidden.has(id)).length]).not.toEqual([x.total, 1]);
  });
});

describe('Biểu 3 in the .xlsx and as text', () => {
  it('a third sheet "Biểu 3" with its title, groups and figures', async () => {
    const tables = [await bieu1(g, Y2023('T'), 'vi'), await bieu2(g, Y2023('T'), 'vi'), await bieu3(g, Y2023('T'), 'vi')];
    const sheets = await readXlsxFile(formsToXlsx(tables, { minCell: null, lang: 'vi' }).slice().buffer as ArrayBuffer);
    expect(sheets.map((x) => x.sheet)).toEqual(['Biểu 1', 'Biểu 2', 'Biểu 3']);
    const s3 = sheets[2].data;
    expect(s3[0][0]).toBe('Biểu 3: Đội ngũ đảng viên');
    expect(s3[3].slice(0, 4)).toEqual(['STT', 'Đơn vị', 'Tổng số', 'Trong đó']);
    expect(s3[4].slice(3, 7)).toEqual(['Nữ', 'Dân tộc thiểu số', 'Tôn giáo', 'Dự bị']);
    expect(s3[6].slice(1, 7)).toEqual(['Tổng số', 19, 10, 3, 3, 5]);
    expect(s3[6][2 + tables[2].columns.findIndex((c) => c.key === 'mean_age')]).toBe(45.8);
    const en = await readXlsxFile(formsToXlsx(tables, { minCell: 5, lang: 'en' }).slice().buffer as ArrayBuffer);
    expect(en.map((x) => x.sheet)).toEqual(['Form 1', 'Form 2', 'Form 3']);
  });

  it('published, a row’s members are hidden in Biểu 3 where Biểu 1 hides its Cuối kỳ (the same number)', async () => {
    const tables = [await bieu1(g, Y2023('T'), 'vi'), await bieu2(g, Y2023('T'), 'vi'), await bieu3(g, Y2023('T'), 'vi')];
    const sheets = await readXlsxFile(formsToXlsx(tables, { minCell: 5, lang: 'vi' }).slice().buffer as ArrayBuffer);
    // Biểu 1 hides 19, 11 and 8 at the end (18 + 5 − 4 = 19 would give the 4 who left away): Biểu 3 too
    expect(sheets[0].data.slice(6, 9).map((r) => r.at(-1))).toEqual(['x', 'x', 'x']);
    expect(sheets[2].data.slice(6, 9).map((r) => r[2])).toEqual(['x', 'x', 'x']);
    // on the sample data, any unit: hidden in one form, hidden in the other
    for (const x of [f('T01', '2023-01-01', '2023-12-31'), f('T01.H01', '2023-01-01', '2023-12-31'), f('T01.H01.X01', '2024-01-01', '2024-12-31'), f('T01.XM05', '2025-01-01', '2025-12-31')]) {
      const [b1, b3] = [await bieu1(s, x, 'vi'), await bieu3(s, x, 'vi')];
      const forced = hiddenTogether([b1, b3], 5);
      const [p1, p3] = [publishForm(b1, { minCell: 5, lang: 'vi', hidden: forced[0] }), publishForm(b3, { minCell: 5, lang: 'vi', hidden: forced[1] })];
      const end = b1.columns.findIndex((c) => c.key === 'end');
      expect(b3.rows.map((r, i) => [r.key, p3.text[i][0]])).toEqual(b1.rows.map((r, i) => [r.key, p1.text[i][end]]));
    }
  }, 60_000);

  it('matches the golden files (tests/golden/forms): what a reviewer reads', async () => {
    const b = await bieu3(g, Y2023('T'), 'vi');
    for (const [name, minCell] of [['bieu3-golden-vi', null], ['bieu3-golden-vi-published', 5]] as const) {
      const path = join('tests/golden/forms', `${name}.txt`);
      const actual = formToText(b, { minCell, lang: 'vi' });
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
      if (!existsSync(path)) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 and read it`);
      if (readFileSync(path, 'utf8') !== actual) {
        writeFileSync(join('tests/golden/forms', `${name}-changed.txt`), actual);
        expect.fail(`${path} differs: see ${name}-changed.txt next to it`);
      }
    }
  });
});

describe('Biểu 3 on a split prepared dataset', () => {
  const out = mkdtempSync(join(tmpdir(), 'bieu3-split-'));
  let summary: OpenedDataset;
  let all: OpenedDataset;
  beforeAll(async () => {
    await prepareDataset('tests/fixtures/golden', out, 'vi', 'always');
    [summary, all] = await Promise.all([openDataset(out, 'vi', { parts: 'none' }), openDataset(out)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([summary?.engine.close(), all?.engine.close()]);
    rmSync(out, { recursive: true, force: true });
  });

  it('on the summary alone, the country needs its provinces’ rows, as Biểu 2 does; with them, the figures of the CSV files', async () => {
    const x = Y2023('T');
    const onSummary = forUnit(makeCtx(summary.engine, summary.loaded), 'T');
    const refused = (p: Promise<unknown>) => p.then(() => 'answered', (e: unknown) => (isNeedsDetail(e) ? 'needs detail' : Promise.reject(e)));
    expect([await refused(bieu2(onSummary, x, 'vi')), await refused(bieu3(onSummary, x, 'vi'))]).toEqual(['needs detail', 'needs detail']);
    expect(await bieu3(forUnit(makeCtx(all.engine, all.loaded), 'T'), x, 'vi')).toEqual(await bieu3(g, x, 'vi'));
  });
});

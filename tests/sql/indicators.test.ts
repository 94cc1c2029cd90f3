import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import type { Clause, Filters } from '../../src/filters/filters';
import { admissionProfile, admissionProfileByYear } from '../../src/indicators/admission-profile';
import { admissionBreakdown, memberBreakdown } from '../../src/indicators/breakdown';
import { cellsWithoutAdmission, coverage, grassrootsWithoutAdmission, stagnantWindow } from '../../src/indicators/cells';
import { makeCtx, type Ctx } from '../../src/indicators/context';
import { memberChange, memberProfile, memberPyramid, memberTrend } from '../../src/indicators/member-profile';
import { pipeline } from '../../src/indicators/pipeline';
import { subUnitTable } from '../../src/indicators/subunits';
import { yearlyAdmissions } from '../../src/indicators/yearly';
import { ADMISSION_FLAGS } from '../../src/registry';

// Every expected value is counted by hand from tests/fixtures/golden (see its README);
// the comment beside it names the rows counted.
let d: OpenedDataset;
let ctx: Ctx;
beforeAll(async () => {
  d = await openDataset('tests/fixtures/golden');
  ctx = makeCtx(d.engine, d.loaded);
});
afterAll(async () => {
  await d.engine.close();
});

const f = (unitId: string, from: string, to: string, clauses: Clause[] = []): Filters => ({ unitId, from, to, clauses });
const Y2023 = f('T', '2023-01-01', '2023-12-31');
const M8 = f('T', '2023-01-01', '2023-08-31');

describe('admissionProfile', () => {
  it('a whole year: every flag, the Biểu 2 age bands and the mean age', async () => {
    const p = await admissionProfile(ctx, Y2023);
    expect(p.count).toBe(14); // A01–A14
    expect(p.flags).toEqual({
      youth: 6, // A01 23, A02 30, A08 25, A10 18, A11 18, A12 22 (A03 is 31; A14 has no age)
      women: 7, // A01 A03 A06 A08 A10 A12 A13
      ethnic_minority: 3, // A03 Tày, A08 Mường, A11 Tày (A02 "kinh", A04 " Kinh ", A14 empty are not)
      religious: 2, // A04 Công giáo, A06 Phật giáo (A02 Không, A03 không, empty are not)
      private_enterprise: 3, // A07 A08 A09 at C09
      high_school: 2, // A10 A11
      university_student: 1, // A12
      business_owner: 1, // A09
      youth_union: 5, // A01 A08 A10 A11 A12 (A14 empty)
      readmission: 1, // A04
    });
    // 18–30: A01 A02 A08 A10 A11 A12; 31–35: A03 (31) A07 (33); 36–40: A06 (38); 41–45: A09 (45);
    // 46–50: A13 (48); 56–60: A04 (60); trên 60: A05 (61). A14 (no birth year) is in no band.
    expect(p.ageBands).toEqual({ '18-30': 6, '31-35': 2, '36-40': 1, '41-45': 1, '46-50': 1, '51-55': 0, '56-60': 1, '60+': 1 });
    // (23+30+31+60+61+38+33+25+45+18+18+22+48) / 13 = 452 / 13 = 34.77
    expect(p.meanAge).toBe(34.8);
    expect(ADMISSION_FLAGS.map((fl) => fl.id)).toEqual(Object.keys(p.flags));
  });

  it('8 months: the last day is inclusive (A12 on 31/08)', async () => {
    const p = await admissionProfile(ctx, M8);
    expect(p.count).toBe(10); // all of 2023 but A03 (20/09), A05 (11/11), A09 (02/10), A13 (31/12)
    expect(p.flags).toMatchObject({ youth: 6, women: 5, ethnic_minority: 2, religious: 2, private_enterprise: 2, business_owner: 0 });
    // ages 23 30 60 38 33 25 18 18 22 = 267 / 9
    expect(p.meanAge).toBe(29.7);
  });

  it('a merged commune counts the history of the commune merged into it', async () => {
    expect((await admissionProfile(ctx, f('X4', '2021-01-01', '2021-12-31'))).count).toBe(1); // B03 at C05 (X2 → X4)
    expect((await admissionProfile(ctx, f('X4', '2023-01-01', '2023-12-31'))).count).toBe(3); // A04 A05 at C05, A12 at C11
    expect((await admissionProfile(ctx, f('X2', '2023-01-01', '2023-12-31'))).count).toBe(2); // A04 A05
  });

  it('no admission: zeros and no mean age', async () => {
    const p = await admissionProfile(ctx, f('X6', '2023-01-01', '2023-12-31'));
    expect([p.count, p.flags.youth, p.meanAge, p.ageBands['18-30']]).toEqual([0, 0, null, 0]);
  });
});

describe('admissionProfileByYear', () => {
  it('one row per year that has admissions', async () => {
    const rows = await admissionProfileByYear(ctx, f('T', '2019-01-01', '2023-12-31'));
    expect(rows.map((r) => [r.year, r.count, r.flags.youth, r.flags.women, r.meanAge])).toEqual([
      [2019, 1, 0, 0, 49], // B09 (49)
      [2020, 1, 1, 0, 30], // B01 (30)
      [2021, 2, 1, 0, 31], // B03 (26), B06 (36)
      [2022, 3, 2, 1, 30], // B04 (30, Dao), B05 (23, nữ), B07 (37)
      [2023, 14, 6, 7, 34.8],
    ]);
    expect(rows[3].flags).toMatchObject({ ethnic_minority: 1, private_enterprise: 1, youth_union: 2 }); // B04; B07; B04 B05
  });
});

describe('memberBreakdown', () => {
  // members of T at 31/12/2023: all but M04 (left that day), M06 M07 M10 M17 (left before), M24 (admitted 2024): 19
  it('qualification and political theory at the period end, in code order, unknown last', async () => {
    expect((await memberBreakdown(ctx, Y2023, 'qualification')).counts).toEqual([
      { code: 'khong', count: 8 }, // M01 M03 M08 M11 M12 M13 M19 M23
      { code: 'so_cap', count: 0 },
      { code: 'trung_cap', count: 2 }, // M02 M25
      { code: 'cao_dang', count: 1 }, // M20
      { code: 'dai_hoc', count: 6 }, // M05 M09 M14 M16 M18 M22
      { code: 'thac_si', count: 1 }, // M15
      { code: 'tien_si', count: 0 },
      { code: null, count: 1 }, // M21
    ]);
    expect((await memberBreakdown(ctx, Y2023, 'political_theory')).counts).toEqual([
      { code: 'khong', count: 5 }, // M18 M19 M20 M21 M22
      { code: 'so_cap', count: 9 }, // M01 M03 M08 M11 M12 M13 M14 M23 M25
      { code: 'trung_cap', count: 5 }, // M02 M05 M09 M15 M16
      { code: 'cao_cap', count: 0 },
    ]);
  });

  it('a cross-filter narrows the members (women: M02 M05 M09 M12 M15 M18 M20 M21 M22 M25)', async () => {
    const women = f('T', '2023-01-01', '2023-12-31', [{ dim: 'sex', values: ['nu'] }]);
    expect((await memberBreakdown(ctx, women, 'political_theory')).counts).toEqual([
      { code: 'khong', count: 4 }, // M18 M20 M21 M22
      { code: 'so_cap', count: 2 }, // M12 M25
      { code: 'trung_cap', count: 4 }, // M02 M05 M09 M15
      { code: 'cao_cap', count: 0 },
    ]);
  });
});

describe('admissionBreakdown', () => {
  it('education in code order, unknown last', async () => {
    expect((await admissionBreakdown(ctx, Y2023, 'education')).counts).toEqual([
      { code: 'tieu_hoc', count: 1 }, // A05
      { code: 'thcs', count: 1 }, // A04
      { code: 'thpt', count: 11 }, // the others but A12
      { code: null, count: 1 }, // A12
    ]);
  });

  it('qualification in code order, zeros kept', async () => {
    expect((await admissionBreakdown(ctx, Y2023, 'qualification')).counts).toEqual([
      { code: 'khong', count: 4 }, // A02 A04 A05 A14
      { code: 'so_cap', count: 0 },
      { code: 'trung_cap', count: 1 }, // A03
      { code: 'cao_dang', count: 1 }, // A08
      { code: 'dai_hoc', count: 5 }, // A01 A06 A07 A12 A13
      { code: 'thac_si', count: 1 }, // A09
      { code: 'tien_si', count: 0 },
      { code: null, count: 2 }, // A10 A11
    ]);
  });

  it('occupation in code order', async () => {
    const b = await admissionBreakdown(ctx, Y2023, 'occupation');
    expect(b.counts.map((c) => [c.code, c.count])).toEqual([
      ['hoc_sinh', 2], // A10 A11
      ['sinh_vien', 1], // A12
      ['cong_nhan', 1], // A08
      ['nong_dan', 4], // A01 A02 A04 A14
      ['can_bo_cong_chuc', 1], // A06
      ['vien_chuc', 0],
      ['luc_luong_vu_trang', 0],
      ['chu_doanh_nghiep', 1], // A09
      ['quan_ly_doanh_nghiep', 1], // A07
      ['lao_dong_tu_do', 1], // A03
      ['huu_tri', 0],
      ['khac', 1], // A05
      [null, 1], // A13
    ]);
  });
});

describe('memberProfile', () => {
  it('members at the end of 2023', async () => {
    // 19: M01 M02 M03 M05 (leaves 2024) M08 M09 M11 M12 M13 M14 M15 M16 M18 M19 M20 M21 M22 M23 M25;
    // not M04 (left on 31/12), M06 M10 M17 (left in 2023), M07 (2022), M24 (joins 2024)
    expect(await memberProfile(ctx, Y2023)).toEqual({
      count: 19,
      probationary: 5, // M18 M19 M21 (no official date), M20 M22 (official in 2024); M14 official 05/05/2023
      women: 10, // M02 M05 M09 M12 M15 M18 M20 M21 M22 M25
      ethnicMinority: 3, // M05 Tày, M13 Dao, M20 Mường (M19 " Kinh ", M23 "kinh" are not)
      religious: 3, // M05 Phật giáo, M08 M19 Công giáo (M02 Không, M23 không are not)
      youth: 5, // M18 23, M20 25, M21 18, M22 22, M23 28
      aged61Plus: 6, // M01 73, M02 61, M03 61, M08 65, M11 78, M12 63
      meanAge: 45.8, // 825 / 18 (M25 has no birth year)
    });
  });

  it('at another date: official on 05/05/2023 is still probationary on 30/04/2023', async () => {
    const p = await memberProfile(ctx, Y2023, '2023-04-30');
    // M01–M16 but M07 (2022) and M17 (03/03/2023); plus M18, M23, M25
    expect([p.count, p.probationary]).toEqual([18, 2]); // M14 (official 05/05), M18
  });
});

describe('memberPyramid', () => {
  it('Biểu 3 bands by sex at the end of 2023; an unknown age is in no band', async () => {
    expect(await memberPyramid(ctx, Y2023)).toEqual([
      { band: '18-30', men: 1, women: 4 }, // M23 | M18 M20 M21 M22
      { band: '31-40', men: 2, women: 1 }, // M14 38, M16 33 | M09 35
      { band: '41-50', men: 0, women: 2 }, // M05 43, M15 44
      { band: '51-60', men: 2, women: 0 }, // M13 55, M19 60
      { band: '61-70', men: 2, women: 2 }, // M03 61, M08 65 | M02 61, M12 63
      { band: '70+', men: 2, women: 0 }, // M01 73, M11 78
    ]);
  });
});

describe('memberTrend', () => {
  it('members at the end of each year', async () => {
    const rows = await memberTrend(ctx, Y2023, 2020, 2023);
    expect(rows.map((r) => [r.year, r.count])).toEqual([
      [2020, 17], // M01–M13 M15 M16 M17 M25 (M14 joins 2022, M23 2021)
      [2021, 18], // + M23
      [2022, 18], // − M07 (left 03/03/2022) + M14
      [2023, 19],
    ]);
    // end of 2022: ages 72 60 60 82 42 52 64 34 47 77 62 54 37 43 32 70 27 (M25 unknown) = 915 / 17
    expect(rows[2]).toEqual({ year: 2022, count: 18, mean_age: 53.8, aged61: 6, women: 6, youth: 1, ethnic: 2, religious: 2 });
    expect(rows[3]).toEqual({ year: 2023, count: 19, mean_age: 45.8, aged61: 6, women: 10, youth: 5, ethnic: 3, religious: 3 });
  });
});

describe('memberChange (Biểu 1)', () => {
  it('start + admitted − left = end', async () => {
    const c = await memberChange(ctx, Y2023);
    expect(c.start).toBe(18); // members on 31/12/2022
    expect(c.admitted).toBe(5); // M18–M22
    expect(c.left).toEqual({ tu_tran: 1, chuyen_di: 1, xoa_ten: 1, khai_tru: 1, xin_ra: 0, unknown: 0 }); // M04, M10, M06, M17
    expect(c.leftTotal).toBe(4);
    expect(c.end).toBe(19);
    expect(c.start + c.admitted - c.leftTotal).toBe(c.end);
  });

  it('2024: M05 resigns, M24 joins', async () => {
    const c = await memberChange(ctx, f('T', '2024-01-01', '2024-12-31'));
    expect([c.start, c.admitted, c.left.xin_ra, c.leftTotal, c.end]).toEqual([19, 1, 1, 1, 19]);
    expect(c.start + c.admitted - c.leftTotal).toBe(c.end);
  });
});

describe('yearlyAdmissions', () => {
  it('admissions, target, achievement and admission rate per year; a year with no target', async () => {
    const rows = await yearlyAdmissions(ctx, Y2023, 2020, 2024);
    expect(rows).toEqual([
      // members at the start of 2020 = 17 (no one joins or leaves in 2020)
      { year: 2020, admissions: 1, target: null, targetMax: null, achievementPct: null, membersAtStart: 17, admissionRate: 5.88 },
      { year: 2021, admissions: 2, target: null, targetMax: null, achievementPct: null, membersAtStart: 17, admissionRate: 11.76 },
      // 2022: T has none; H1 5 + H2 (its own none, from X5) 2 = 7; 3 / 7
      { year: 2022, admissions: 3, target: 7, targetMax: null, achievementPct: 42.86, membersAtStart: 18, admissionRate: 16.67 },
      // 2023: T's own 16–18 wins over H1 8 + H2 6; 14 / 16; 14 / 18 members
      { year: 2023, admissions: 14, target: 16, targetMax: 18, achievementPct: 87.5, membersAtStart: 18, admissionRate: 77.78 },
      { year: 2024, admissions: 1, target: null, targetMax: null, achievementPct: null, membersAtStart: 19, admissionRate: 5.26 },
    ]);
  });
});

describe('coverage', () => {
  it('per cell type: active cells, cells with an admission, their admissions', async () => {
    const rows = await coverage(ctx, Y2023);
    const byType = Object.fromEntries(rows.map((r) => [r.type, [r.cells, r.withAdmission, r.admissions]]));
    expect(byType).toEqual({
      // C01 C02 C03 C05 C06 C07 C08 (C04 dissolved 2021); with: C01 (4) C05 (2) C06 (2)
      thon_to_dan_pho: [7, 3, 8],
      doanh_nghiep_ngoai_nha_nuoc: [1, 1, 3], // C09
      truong_thpt: [1, 1, 2], // C10
      co_quan: [1, 1, 1], // C11
    });
    expect(rows[0].type).toBe('thon_to_dan_pho'); // most cells first
  });

  it('8 months; and 2021, when C04 was still active and C11 not yet', async () => {
    const m8 = (await coverage(ctx, M8)).find((r) => r.type === 'thon_to_dan_pho');
    expect(m8).toEqual({ type: 'thon_to_dan_pho', cells: 7, withAdmission: 3, admissions: 5 }); // A01 A02 | A04 | A06 A14
    const y21 = await coverage(ctx, f('T', '2021-01-01', '2021-12-31'));
    expect(Object.fromEntries(y21.map((r) => [r.type, [r.cells, r.withAdmission, r.admissions]]))).toEqual({
      thon_to_dan_pho: [8, 2, 2], // C01–C08; C05 (B03), C06 (B06)
      doanh_nghiep_ngoai_nha_nuoc: [1, 0, 0],
      truong_thpt: [1, 0, 0],
    });
  });
});

describe('cellsWithoutAdmission', () => {
  it('3 years (2021–2023): never admitted first, then the oldest last admission', async () => {
    expect(stagnantWindow(Y2023, 3)).toEqual({ from: 2021, to: 2023 });
    const r = await cellsWithoutAdmission(ctx, Y2023, 3);
    expect(r.count).toBe(3);
    expect(r.cells).toEqual([
      // C03: M03 (61); M06, M07 have left. Never admitted.
      { unitId: 'C03', name: 'Chi bộ thôn 3', path: ['Đảng bộ tỉnh Vàng', 'Đảng bộ huyện Đông', 'Đảng bộ xã An Phú', 'Chi bộ thôn 3'], type: 'thon_to_dan_pho', members: 1, aged61Plus: 1, lastAdmissionYear: null },
      // C07: M11 (78), M12 (63); B02 in 2018 (B08 in 2024 is after the period)
      { unitId: 'C07', name: 'Chi bộ khu phố 2', path: ['Đảng bộ tỉnh Vàng', 'Đảng bộ huyện Tây', 'Đảng bộ thị trấn Tây Sơn', 'Chi bộ khu phố 2'], type: 'thon_to_dan_pho', members: 2, aged61Plus: 2, lastAdmissionYear: 2018 },
      // C02: M05 (43, leaves 2024); M04 left on 31/12/2023. B01 in 2020.
      { unitId: 'C02', name: 'Chi bộ thôn 2', path: ['Đảng bộ tỉnh Vàng', 'Đảng bộ huyện Đông', 'Đảng bộ xã An Phú', 'Chi bộ thôn 2'], type: 'thon_to_dan_pho', members: 1, aged61Plus: 0, lastAdmissionYear: 2020 },
    ]);
  });

  it('5 years (2019–2023) drops C02; 1 year adds C08 (last 2022); C04 (dissolved) is never listed', async () => {
    expect((await cellsWithoutAdmission(ctx, Y2023, 5)).cells.map((c) => c.unitId)).toEqual(['C03', 'C07']);
    const one = await cellsWithoutAdmission(ctx, Y2023, 1);
    expect([one.count, one.cells.map((c) => c.unitId)]).toEqual([4, ['C03', 'C07', 'C02', 'C08']]);
  });

  it('sorts and pages in the database; the count is the whole list', async () => {
    const byMembers = await cellsWithoutAdmission(ctx, Y2023, 3, { sort: 'members', desc: true, limit: 2, offset: 0 });
    expect([byMembers.count, byMembers.cells.map((c) => c.unitId)]).toEqual([3, ['C07', 'C02']]); // 2, then 1 and 1 by name
    const page2 = await cellsWithoutAdmission(ctx, Y2023, 3, { sort: 'members', desc: true, limit: 2, offset: 2 });
    expect([page2.count, page2.cells.map((c) => c.unitId)]).toEqual([3, ['C03']]);
    const byName = await cellsWithoutAdmission(ctx, Y2023, 3, { sort: 'name', desc: false, limit: 10, offset: 0 });
    expect(byName.cells.map((c) => c.name)).toEqual(['Chi bộ khu phố 2', 'Chi bộ thôn 2', 'Chi bộ thôn 3']);
    const beyond = await cellsWithoutAdmission(ctx, Y2023, 3, { sort: 'name', desc: false, limit: 10, offset: 10 });
    expect([beyond.count, beyond.cells]).toEqual([3, []]);
  });

  it('a district: only its own cells', async () => {
    const r = await cellsWithoutAdmission(ctx, f('H2', '2023-01-01', '2023-12-31'), 3);
    expect(r.cells.map((c) => c.unitId)).toEqual(['C07']);
  });
});

describe('grassrootsWithoutAdmission', () => {
  // Tổ chức cơ sở đảng: a đảng bộ cơ sở (no committee beneath it) or a chi bộ cơ sở (a cell under a
  // committee that has committees beneath it, as C09 and C10 under H2).
  it('2023: of X1, X4 (with X2’s C05), X5, X6 and the chi bộ cơ sở C09, C10, only X6 admitted nobody', async () => {
    const r = await grassrootsWithoutAdmission(ctx, Y2023);
    expect(r.total).toBe(6);
    expect(r.without).toEqual([{ unitId: 'X6', name: 'Đảng bộ xã Hòa', path: ['Đảng bộ tỉnh Vàng', 'Đảng bộ huyện Tây', 'Đảng bộ xã Hòa'] }]);
  });

  it('2022: X2 still active (C05 admitted in 2021 only), X5 and C10 admitted nobody; X4 not yet formed', async () => {
    const r = await grassrootsWithoutAdmission(ctx, f('T', '2022-01-01', '2022-12-31'));
    expect(r.total).toBe(6); // X1 (B05), X2, X5, X6 (B04), C09 (B07), C10
    // by path: huyện Đông first; under huyện Tây "Chi bộ …" sorts before "Đảng bộ …"
    expect(r.without.map((u) => u.unitId)).toEqual(['X2', 'C10', 'X5']);
  });
});

describe('pipeline', () => {
  it('listed → class → admitted, drop-outs by reason, still in the pipeline at the end', async () => {
    const p = await pipeline(ctx, Y2023);
    expect(p).toEqual({
      listed: 5, // K02 K04 K06 K08 K09 (K10 in 2024)
      classCompleted: 3, // K02 K03 K06
      admitted: 3, // K01 K02 K03
      dropped: 3, // K04 K05 K09 (K07 in 2022)
      dropReasons: [
        { reason: 'hoc_van', count: 2 }, // K04 K09
        { reason: 'chuyen_di', count: 1 }, // K05
      ],
      inPipelineAtEnd: 2, // K06 K08
    });
  });

  it('a district', async () => {
    const p = await pipeline(ctx, f('H2', '2023-01-01', '2023-12-31'));
    expect([p.listed, p.classCompleted, p.admitted, p.dropped, p.inPipelineAtEnd]).toEqual([4, 3, 2, 2, 2]); // K02 K04 K06 K08 | K02 K03 K06 | K02 K03 | K04 K05 | K06 K08
  });
});

describe('subUnitTable', () => {
  it('the two districts side by side', async () => {
    const rows = await subUnitTable(ctx, Y2023, 3);
    expect(rows.map((r) => r.unitId)).toEqual(['H1', 'H2']);
    const [h1, h2] = rows;
    expect(h1).toEqual({
      unitId: 'H1',
      name: 'Đảng bộ huyện Đông',
      kind: 'dang_bo',
      type: null,
      activeTo: null,
      admissions: 7, // A01 A02 A03 A13 (C01), A04 A05 (C05), A12 (C11)
      previousAdmissions: 1, // 2022: B05 (C01)
      admissionsChange: 6,
      target: 8,
      achievementPct: 87.5,
      // youth A01 A02 A12; women A01 A03 A12 A13; DTTS A03; religious A04; student A12; union A01 A12; readmission A04
      flags: { youth: 3, women: 4, ethnic_minority: 1, religious: 1, private_enterprise: 0, high_school: 0, university_student: 1, business_owner: 0, youth_union: 2, readmission: 1 },
      members: 11, // M01 M02 M18 M25 (C01), M05 (C02), M03 (C03), M08 M19 M23 (C05), M16 M22 (C11)
      membersAtStart: 10, // M01 M02 M03 M04 M05 M06 M08 M16 M23 M25
      admissionRate: 70,
      aged61Plus: 4, // M01 M02 M03 M08
      aged61Share: 36.36,
      meanAge: 46.9, // 469 / 10
      cells: 5, // C01 C02 C03 C05 C11
      cellsWithAdmission: 3, // C01 C05 C11
      cellsWithoutAdmission: 2, // C02 C03
    });
    expect(h2).toMatchObject({
      admissions: 7, // A06 A14 (C06), A07 A08 A09 (C09), A10 A11 (C10)
      previousAdmissions: 2, // 2022: B04 (C08), B07 (C09)
      admissionsChange: 5,
      target: 6,
      achievementPct: 116.67,
      flags: { youth: 3, women: 3, ethnic_minority: 2, religious: 1, private_enterprise: 3, high_school: 2, university_student: 0, business_owner: 1, youth_union: 3, readmission: 0 },
      members: 8, // M09 (C06), M11 M12 (C07), M13 (C08), M14 M20 (C09), M15 M21 (C10)
      membersAtStart: 8, // M09 M10 M11 M12 M13 M14 M15 M17
      admissionRate: 87.5,
      aged61Plus: 2, // M11 M12
      aged61Share: 25,
      meanAge: 44.5, // 356 / 8
      cells: 5, // C06 C07 C08 C09 C10
      cellsWithAdmission: 3, // C06 C09 C10
      cellsWithoutAdmission: 1, // C07
    });
  });

  it('H1 in 2023 lists X1 and X4 but not X2, dissolved before the period', async () => {
    const rows = await subUnitTable(ctx, f('H1', '2023-01-01', '2023-12-31'));
    expect(rows.map((r) => [r.unitId, r.admissions, r.target])).toEqual([
      ['X1', 4, null], // A01 A02 A03 A13
      ['X4', 3, null], // A04 A05 (C05, merged in), A12
    ]);
  });
});

describe('cross-filter clauses', () => {
  const women = { dim: 'sex', values: ['nu'] };
  const village = { dim: 'cell_type', values: ['thon_to_dan_pho'] };
  const young = { dim: 'age_band', values: ['18-30'] };

  it('women in village cells narrow admissions and members', async () => {
    const filtered = f('T', '2023-01-01', '2023-12-31', [women, village]);
    expect((await admissionProfile(ctx, filtered)).count).toBe(4); // A01 A03 A13 (C01), A06 (C06)
    expect((await memberProfile(ctx, filtered)).count).toBe(6); // M02 M18 M25 (C01), M05 (C02), M09 (C06), M12 (C07)
    const change = await memberChange(ctx, filtered);
    expect([change.start, change.admitted, change.leftTotal, change.end]).toEqual([5, 1, 0, 6]); // + M18
  });

  it('a clause a fact lacks (age at admission, on members) does not narrow it', async () => {
    const filtered = f('T', '2023-01-01', '2023-12-31', [young, women]);
    expect((await admissionProfile(ctx, filtered)).count).toBe(4); // A01 A08 A10 A12
    expect((await memberProfile(ctx, filtered)).count).toBe(10); // all women: the age band is ignored
    expect((await memberProfile(ctx, f('T', '2023-01-01', '2023-12-31', [young]))).count).toBe(19);
  });

  it('the cell-type clause narrows coverage and the yearly series', async () => {
    const filtered = f('T', '2023-01-01', '2023-12-31', [village]);
    expect((await coverage(ctx, filtered)).map((r) => r.type)).toEqual(['thon_to_dan_pho']);
    const [y] = await yearlyAdmissions(ctx, filtered, 2023, 2023);
    expect([y.admissions, y.membersAtStart]).toEqual([8, 15]); // A01 A02 A03 A13 A04 A05 A06 A14; the 18 at the start but M14 (C09) M15 (C10) M16 (C11)
  });
});

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { makeCtx } from '../../src/indicators/context';
import { narrative } from '../../src/report/narrative';
import { narrativeInput } from '../../src/report/narrative-input';

// Expected values counted by hand from tests/fixtures/golden (its README; the rows are named
// in tests/sql/indicators.test.ts).
const TSX = join('node_modules', '.bin', 'tsx');
const report = (...args: string[]) =>
  JSON.parse(execFileSync(TSX, ['scripts/report.ts', '--data', 'tests/fixtures/golden', ...args], { encoding: 'utf8' }));

const NARRATIVE_2023 =
  'Năm 2023, Đảng bộ tỉnh Vàng kết nạp 14 đảng viên, đạt 87,50% chỉ tiêu, tăng 11 đảng viên (366,7%) so với năm 2022; trong đó 6 đảng viên trẻ, 7 nữ, ' +
  '3 người dân tộc thiểu số, 2 người có đạo, 3 đảng viên trong doanh nghiệp ngoài khu vực nhà nước, 2 học sinh THPT; ' +
  '8 đảng viên được kết nạp ở 3/7 chi bộ thôn, tổ dân phố. ' +
  // H1 admitted A01 A02 A03 A13 (C01), A04 A05 (C05), A12 (C11) = 7 of its 8; H2 7 of its 6
  '1/2 đơn vị trực thuộc được giao chỉ tiêu không đạt chỉ tiêu năm 2023: Đảng bộ huyện Đông. ' +
  'Còn 3/10 chi bộ không kết nạp được đảng viên nào trong 3 năm (2021–2023), trong đó 3/7 chi bộ thôn, tổ dân phố. ' +
  'Đến 31/12/2023, toàn đảng bộ có 19 đảng viên, trong đó 5 đảng viên dự bị.';

describe('npm run report on the golden dataset', () => {
  it('2023: every new field, as JSON numbers, null where none', () => {
    const r = report('--unit', 'T', '--from', '2023-01-01', '--to', '2023-12-31');
    expect(r.admissions).toEqual({
      count: 14,
      target: 16,
      target_max: 18,
      achievement_pct: 87.5,
      youth: 6,
      women: 7,
      ethnic_minority: 3,
      religious: 2,
      private_enterprise: 3,
      high_school: 2,
      university_student: 1,
      business_owner: 1,
      youth_union: 5,
      readmission: 1,
      mean_age: 34.8,
      age_bands: { '18-30': 6, '31-35': 2, '36-40': 1, '41-45': 1, '46-50': 1, '51-55': 0, '56-60': 1, '60+': 1 },
    });
    expect(r.members).toEqual({ count: 19, probationary: 5, women: 10, ethnic_minority: 3, religious: 3, youth: 5, aged_61_plus: 6, mean_age: 45.8 });
    expect(r.coverage).toEqual({
      thon_to_dan_pho: { cells: 7, with_admission: 3, admissions: 8 },
      truong_thpt: { cells: 1, with_admission: 1, admissions: 2 },
      co_quan: { cells: 1, with_admission: 1, admissions: 1 },
      doanh_nghiep_ngoai_nha_nuoc: { cells: 1, with_admission: 1, admissions: 3 },
    });
    expect(Object.keys(r.coverage)).toEqual(['thon_to_dan_pho', 'truong_thpt', 'co_quan', 'doanh_nghiep_ngoai_nha_nuoc']); // most cells, then code order
    expect(r.cells_without_admission).toEqual({
      years: 3,
      count: 3,
      cells: [
        { unit_id: 'C03', name: 'Chi bộ thôn 3', path: ['Đảng bộ tỉnh Vàng', 'Đảng bộ huyện Đông', 'Đảng bộ xã An Phú', 'Chi bộ thôn 3'], type: 'thon_to_dan_pho', members: 1, aged_61_plus: 1, last_admission_year: null },
        { unit_id: 'C07', name: 'Chi bộ khu phố 2', path: ['Đảng bộ tỉnh Vàng', 'Đảng bộ huyện Tây', 'Đảng bộ thị trấn Tây Sơn', 'Chi bộ khu phố 2'], type: 'thon_to_dan_pho', members: 2, aged_61_plus: 2, last_admission_year: 2018 },
        { unit_id: 'C02', name: 'Chi bộ thôn 2', path: ['Đảng bộ tỉnh Vàng', 'Đảng bộ huyện Đông', 'Đảng bộ xã An Phú', 'Chi bộ thôn 2'], type: 'thon_to_dan_pho', members: 1, aged_61_plus: 0, last_admission_year: 2020 },
      ],
    });
    expect(r.narrative).toBe(NARRATIVE_2023);
    // the fields that were there before are kept
    expect(Object.keys(r)).toEqual(['unit', 'period', 'data_date', 'load', 'admissions', 'comparison', 'progress', 'at_risk_units', 'members', 'coverage', 'cells_without_admission', 'narrative']);
    // 2022: B04, B05, B07; members at 31/12/2022 (see comparison.test.ts)
    // a whole year: every admission of the previous years falls by 31/12, so the projection is the count
    expect(r.progress).toEqual({ year: 2023, as_of: '2023-12-31', target: 16, target_max: 18, admitted: 14, remaining: 2, usual_share: 1, projected: 14, at_risk: true });
    // H1's candidates at 31/12/2023: K01 admitted, K07 and K09 without the class
    expect(r.at_risk_units).toEqual([{ unit_id: 'H1', name: 'Đảng bộ huyện Đông', target: 8, admitted: 7, projected: 7, ready_candidates: 0 }]);
    expect(r.comparison).toEqual({ from: '2022-01-01', to: '2022-12-31', admissions: 3, members: 18, admissions_change: 11, admissions_change_pct: 366.67 });
    expect(r.data_date).toBe('2024-08-31'); // M22's official date
  });

  it('--stagnant-years 5 and --lang en', () => {
    const r = report('--unit', 'T', '--from', '2023-01-01', '--to', '2023-12-31', '--stagnant-years', '5', '--lang', 'en');
    expect([r.cells_without_admission.years, r.cells_without_admission.count]).toEqual([5, 2]); // C03, C07
    expect(r.narrative).toBe(
      'In 2023, Đảng bộ tỉnh Vàng admitted 14 members, 87.50% of the target, 11 more (366.7%) than in 2022; among them 6 young members, 7 women, 3 from ethnic minorities, ' +
        '2 religious believers, 3 in non-state enterprises, 2 high-school pupils; 8 members were admitted in 3/7 village and residential-group cells. ' +
        '1 of the 2 sub-units with a target missed their 2023 target: Đảng bộ huyện Đông. ' +
        '2/10 cells admitted no member in the 5 years 2019–2023, including 2/7 village and residential-group cells. ' +
        'On 31/12/2023, the party organisation had 19 members, 5 of them probationary.',
    );
  });

  it('8 months: the whole-year plan; 2021: no target, null mean ages where none', () => {
    const m8 = report('--unit', 'T', '--from', '2023-01-01', '--to', '2023-08-31');
    expect([m8.admissions.count, m8.admissions.target, m8.admissions.achievement_pct]).toEqual([10, 16, 62.5]);
    // 2022 to 31/08: B07 alone
    expect(m8.narrative.startsWith('Từ 01/01/2023 đến 31/08/2023, Đảng bộ tỉnh Vàng kết nạp 10 đảng viên, đạt 62,50% kế hoạch năm, tăng 9 đảng viên (900,0%) so với cùng kỳ năm 2022;')).toBe(true);
    const x6 = report('--unit', 'X6', '--from', '2021-01-01', '--to', '2021-12-31');
    expect([x6.admissions.count, x6.admissions.target, x6.admissions.achievement_pct, x6.admissions.mean_age]).toEqual([0, null, null, null]);
    expect(x6.narrative.startsWith('Năm 2021, Đảng bộ xã Hòa chưa kết nạp được đảng viên nào (năm 2021 không giao chỉ tiêu);')).toBe(true);
  });

  it('--format text is Vietnamese and ends with the narrative', () => {
    const out = execFileSync(TSX, ['scripts/report.ts', '--data', 'tests/fixtures/golden', '--unit', 'T', '--from', '2023-01-01', '--to', '2023-12-31', '--format', 'text'], {
      encoding: 'utf8',
    });
    expect(out).toContain('Kết nạp: 14\nChỉ tiêu: 16 – 18\nĐạt: 87,50%');
    expect(out).toContain('Tuổi bình quân khi kết nạp: 34,8');
    expect(out).toContain('Chi bộ không kết nạp được đảng viên trong 3 năm (2021–2023): 3');
    expect(out).toContain('kết nạp gần nhất: chưa có trong dữ liệu');
    expect(out.trimEnd().endsWith(NARRATIVE_2023)).toBe(true);
  });
});

describe('narrativeInput on the golden dataset', () => {
  let d: OpenedDataset;
  beforeAll(async () => {
    d = await openDataset('tests/fixtures/golden');
  });
  afterAll(async () => {
    await d.engine.close();
  });

  it('2023: every figure of the paragraph', async () => {
    const x = await narrativeInput(makeCtx(d.engine, d.loaded), { unitId: 'T', from: '2023-01-01', to: '2023-12-31', clauses: [] }, 3);
    expect(x).toEqual({
      unit: { name: 'Đảng bộ tỉnh Vàng', kind: 'dang_bo' },
      period: { from: '2023-01-01', to: '2023-12-31' },
      filtered: false,
      admissions: {
        count: 14,
        target: 16,
        achievementPct: 87.5,
        flags: { youth: 6, women: 7, ethnic_minority: 3, religious: 2, private_enterprise: 3, high_school: 2 },
        // 2022: B04 B05 B07
        previous: { period: { from: '2022-01-01', to: '2022-12-31' }, count: 3, change: 11, changePct: 366.67 },
      },
      villageCoverage: { cells: 7, withAdmission: 3, admissions: 8 },
      stagnant: { years: 3, fromYear: 2021, toYear: 2023, count: 3, activeCells: 10, village: 3, villageCells: 7 },
      members: { date: '2023-12-31', count: 19, probationary: 5 },
      during: { year: 2023, asOf: '2023-12-31', progress: { target: 16, admitted: 14, remaining: 2, projected: 14, atRisk: true, fromHistory: true }, withTarget: 2, atRisk: ['Đảng bộ huyện Đông'] },
    });
    expect(narrative(x, 'vi')).toBe(NARRATIVE_2023);
  });

  it('cross-filters: women in village cells; a cell-type clause without villages gives no village figures', async () => {
    const ctx = makeCtx(d.engine, d.loaded);
    const x = await narrativeInput(ctx, { unitId: 'T', from: '2023-01-01', to: '2023-12-31', clauses: [{ dim: 'sex', values: ['nu'] }, { dim: 'cell_type', values: ['thon_to_dan_pho'] }] });
    expect([x.filtered, x.admissions.count, x.admissions.flags.women, x.members.count]).toEqual([true, 4, 4, 6]); // A01 A03 A13 A06; M02 M05 M09 M12 M18 M25
    expect(x.stagnant).toMatchObject({ count: 3, activeCells: 7, village: 3, villageCells: 7 });
    const y = await narrativeInput(ctx, { unitId: 'T', from: '2023-01-01', to: '2023-12-31', clauses: [{ dim: 'cell_type', values: ['doanh_nghiep_ngoai_nha_nuoc'] }] });
    expect([y.admissions.count, y.villageCoverage, y.stagnant!.count, y.stagnant!.village, y.stagnant!.activeCells]).toEqual([3, null, 0, 0, 1]); // C09
  });
});

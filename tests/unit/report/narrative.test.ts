import { describe, expect, it } from 'vitest';
import { narrative, type NarrativeInput } from '../../../src/report/narrative';

/** Hạ Long's figures as the 2023 report gives them (003), with the rest made up. */
const base: NarrativeInput = {
  unit: { name: 'Đảng bộ thành phố Hạ Long', kind: 'dang_bo' },
  period: { from: '2023-01-01', to: '2023-12-31' },
  filtered: false,
  admissions: { count: 1114, target: 1020, achievementPct: 109.22, flags: { youth: 702, women: 415, ethnic_minority: 31, religious: 9, private_enterprise: 69, high_school: 12 } },
  villageCoverage: { cells: 243, withAdmission: 118, admissions: 134 },
  stagnant: { years: 3, fromYear: 2021, toYear: 2023, count: 252, activeCells: 1426, village: 190, villageCells: 243 },
  members: { date: '2023-12-31', count: 80495, probationary: 1234 },
};

const with_ = (patch: Partial<NarrativeInput>): NarrativeInput => ({ ...base, ...patch });

describe('narrative (vi)', () => {
  it('a whole year: "Năm 2023", "đạt … chỉ tiêu", every kind, village cells, cells without admission, members', () => {
    expect(narrative(base, 'vi')).toBe(
      'Năm 2023, Đảng bộ thành phố Hạ Long kết nạp 1.114 đảng viên, đạt 109,22% chỉ tiêu; trong đó 702 đảng viên trẻ, 415 nữ, ' +
        '31 người dân tộc thiểu số, 9 người có đạo, 69 đảng viên trong doanh nghiệp ngoài khu vực nhà nước, 12 học sinh THPT; ' +
        '134 đảng viên được kết nạp ở 118/243 chi bộ thôn, tổ dân phố. ' +
        'Còn 252/1.426 chi bộ không kết nạp được đảng viên nào trong 3 năm (2021–2023), trong đó 190/243 chi bộ thôn, tổ dân phố. ' +
        'Đến 31/12/2023, toàn đảng bộ có 80.495 đảng viên, trong đó 1.234 đảng viên dự bị.',
    );
  });

  it('a part of a year: dates, "kế hoạch năm", and the window of cells without admission ends on the last day', () => {
    const x = with_({
      period: { from: '2023-01-01', to: '2023-08-31' },
      admissions: { count: 365, target: 450, achievementPct: 81.11, flags: { youth: 0, women: 0, ethnic_minority: 0, religious: 0, private_enterprise: 69, high_school: 12 } },
      members: { date: '2023-08-31', count: 80495, probationary: 1234 },
    });
    expect(narrative(x, 'vi')).toBe(
      'Từ 01/01/2023 đến 31/08/2023, Đảng bộ thành phố Hạ Long kết nạp 365 đảng viên, đạt 81,11% kế hoạch năm; ' +
        'trong đó 69 đảng viên trong doanh nghiệp ngoài khu vực nhà nước, 12 học sinh THPT; ' +
        '134 đảng viên được kết nạp ở 118/243 chi bộ thôn, tổ dân phố. ' +
        'Còn 252/1.426 chi bộ không kết nạp được đảng viên nào từ 01/01/2021 đến 31/08/2023, trong đó 190/243 chi bộ thôn, tổ dân phố. ' +
        'Đến 31/08/2023, toàn đảng bộ có 80.495 đảng viên, trong đó 1.234 đảng viên dự bị.',
    );
  });

  it('no target: "(năm 2021 không giao chỉ tiêu)", never 0%', () => {
    const x = with_({
      period: { from: '2021-01-01', to: '2021-12-31' },
      admissions: { ...base.admissions, count: 79, target: null, achievementPct: null },
      stagnant: { ...base.stagnant!, fromYear: 2019, toYear: 2021 },
      members: { date: '2021-12-31', count: 2100, probationary: 0 },
    });
    const s = narrative(x, 'vi');
    expect(s.startsWith('Năm 2021, Đảng bộ thành phố Hạ Long kết nạp 79 đảng viên (năm 2021 không giao chỉ tiêu); trong đó 702 đảng viên trẻ')).toBe(true);
    expect(s).not.toContain('%');
    expect(s.endsWith('Đến 31/12/2021, toàn đảng bộ có 2.100 đảng viên.')).toBe(true); // no probationary: no "trong đó"
  });

  it('several years without a target for every one of them', () => {
    const x = with_({ period: { from: '2021-01-01', to: '2022-12-31' }, admissions: { ...base.admissions, target: null, achievementPct: null } });
    expect(narrative(x, 'vi')).toContain('Từ 01/01/2021 đến 31/12/2022, Đảng bộ thành phố Hạ Long kết nạp 1.114 đảng viên (các năm 2021–2022 không giao đủ chỉ tiêu);');
  });

  it('zero counts are left out; no village cells, no cells without admission: no such sentence', () => {
    const x = with_({
      unit: { name: 'Chi bộ Trường THPT Tây Sơn', kind: 'chi_bo' },
      admissions: { count: 2, target: 2, achievementPct: 100, flags: { youth: 2, women: 1, ethnic_minority: 0, religious: 0, private_enterprise: 0, high_school: 2 } },
      villageCoverage: null,
      stagnant: { years: 3, fromYear: 2021, toYear: 2023, count: 0, activeCells: 1, village: 0, villageCells: 0 },
      members: { date: '2023-12-31', count: 2, probationary: 1 },
    });
    expect(narrative(x, 'vi')).toBe(
      'Năm 2023, Chi bộ Trường THPT Tây Sơn kết nạp 2 đảng viên, đạt 100,00% chỉ tiêu; trong đó 2 đảng viên trẻ, 1 nữ, 2 học sinh THPT. ' +
        'Đến 31/12/2023, chi bộ có 2 đảng viên, trong đó 1 đảng viên dự bị.',
    );
  });

  it('no admission at all; village cells that admitted nobody; one year', () => {
    const x = with_({
      admissions: { count: 0, target: null, achievementPct: null, flags: { youth: 0, women: 0, ethnic_minority: 0, religious: 0, private_enterprise: 0, high_school: 0 } },
      villageCoverage: { cells: 1, withAdmission: 0, admissions: 0 },
      stagnant: { years: 1, fromYear: 2023, toYear: 2023, count: 1, activeCells: 1, village: 1, villageCells: 1 },
      members: { date: '2023-12-31', count: 12, probationary: 0 },
    });
    expect(narrative(x, 'vi')).toBe(
      'Năm 2023, Đảng bộ thành phố Hạ Long chưa kết nạp được đảng viên nào (năm 2023 không giao chỉ tiêu); ' +
        'không chi bộ nào trong 1 chi bộ thôn, tổ dân phố kết nạp được đảng viên. ' +
        'Còn 1/1 chi bộ không kết nạp được đảng viên nào trong năm 2023, trong đó 1/1 chi bộ thôn, tổ dân phố. ' +
        'Đến 31/12/2023, toàn đảng bộ có 12 đảng viên.',
    );
  });

  it('under cross-filters the target is not compared and the paragraph says the figures are filtered', () => {
    const s = narrative(with_({ filtered: true }), 'vi');
    expect(s.startsWith('Năm 2023, Đảng bộ thành phố Hạ Long kết nạp 1.114 đảng viên; trong đó')).toBe(true);
    expect(s.endsWith('(Số liệu theo bộ lọc đang chọn.)')).toBe(true);
  });
});

describe('narrative (en)', () => {
  it('a whole year in English, with English number formats', () => {
    expect(narrative(base, 'en')).toBe(
      'In 2023, Đảng bộ thành phố Hạ Long admitted 1,114 members, 109.22% of the target; among them 702 young members, 415 women, ' +
        '31 from ethnic minorities, 9 religious believers, 69 in non-state enterprises, 12 high-school pupils; ' +
        '134 members were admitted in 118/243 village and residential-group cells. ' +
        '252/1,426 cells admitted no member in the 3 years 2021–2023, including 190/243 village and residential-group cells. ' +
        'On 31/12/2023, the party organisation had 80,495 members, 1,234 of them probationary.',
    );
  });

  it('a part of a year, singulars, no target', () => {
    const x = with_({
      period: { from: '2023-01-01', to: '2023-08-31' },
      admissions: { count: 1, target: null, achievementPct: null, flags: { youth: 1, women: 1, ethnic_minority: 0, religious: 0, private_enterprise: 1, high_school: 0 } },
      villageCoverage: { cells: 3, withAdmission: 1, admissions: 1 },
      stagnant: { years: 3, fromYear: 2021, toYear: 2023, count: 2, activeCells: 4, village: 0, villageCells: 3 },
      members: { date: '2023-08-31', count: 1, probationary: 1 },
    });
    expect(narrative(x, 'en')).toBe(
      'From 01/01/2023 to 31/08/2023, Đảng bộ thành phố Hạ Long admitted 1 member (no target set for 2023); ' +
        'among them 1 young member, 1 woman, 1 in a non-state enterprise; 1 member was admitted in 1/3 village and residential-group cells. ' +
        '2/4 cells admitted no member from 01/01/2021 to 31/08/2023. ' +
        'On 31/08/2023, the party organisation had 1 member, 1 of them probationary.',
    );
  });
});

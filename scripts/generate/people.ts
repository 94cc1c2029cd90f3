import type { Random } from './random';
import type { Cell, CellType, District } from './units';

export type Sex = 'nam' | 'nu';

/** The personal attributes shared by members.csv and admissions.csv. */
export interface Person {
  sex: Sex;
  birthYear: number;
  ethnicity: string;
  religion: string;
  education: string;
  qualification: string;
  occupation: string;
}

export interface AdmissionPerson extends Person {
  youthUnion: boolean;
  readmission: boolean;
  /** Học sinh THPT, admitted in the spring of grade 12. */
  pupil: boolean;
  student: boolean;
}

type Table = readonly (readonly [string, number])[];

/** Share of women among those admitted, by the admitting cell's type. */
const WOMEN_ADMITTED: Record<CellType, number> = {
  thon_to_dan_pho: 0.46, truong_hoc: 0.75, truong_thpt: 0.65, co_quan: 0.45, don_vi_su_nghiep: 0.65,
  doanh_nghiep_nha_nuoc: 0.35, doanh_nghiep_ngoai_nha_nuoc: 0.52, cong_an: 0.15, quan_su: 0.04, khac: 0.45,
};
/** Share of women in the pre-2016 membership. */
const WOMEN_MEMBERS: Record<CellType, number> = {
  thon_to_dan_pho: 0.37, truong_hoc: 0.7, truong_thpt: 0.6, co_quan: 0.4, don_vi_su_nghiep: 0.6,
  doanh_nghiep_nha_nuoc: 0.3, doanh_nghiep_ngoai_nha_nuoc: 0.45, cong_an: 0.12, quan_su: 0.03, khac: 0.4,
};
/** Probability that a person admitted in such a cell is 18-30 (pupils and students aside). */
const YOUTH: Record<CellType, number> = {
  thon_to_dan_pho: 0.56, truong_hoc: 0.68, truong_thpt: 0.55, co_quan: 0.6, don_vi_su_nghiep: 0.65,
  doanh_nghiep_nha_nuoc: 0.55, doanh_nghiep_ngoai_nha_nuoc: 0.6, cong_an: 0.9, quan_su: 0.95, khac: 0.5,
};

const YOUTH_AGES = [2, 4, 6, 7, 8, 9, 9, 9, 8, 7, 6, 5, 4];
const YOUTH_AGES_ARMED = [3, 6, 9, 10, 10, 9, 8, 7, 5, 4, 3, 2, 2];
const OLDER_BANDS: readonly (readonly [number, number, number])[] = [
  [31, 35, 45], [36, 40, 27], [41, 45, 14], [46, 50, 8], [51, 55, 4], [56, 60, 2],
];

const OCCUPATIONS: Record<CellType, Table> = {
  thon_to_dan_pho: [
    ['nong_dan', 38], ['lao_dong_tu_do', 18], ['cong_nhan', 12], ['khac', 8], ['can_bo_cong_chuc', 8],
    ['vien_chuc', 4], ['chu_doanh_nghiep', 1.2], ['quan_ly_doanh_nghiep', 2], ['luc_luong_vu_trang', 3],
  ],
  truong_hoc: [['vien_chuc', 92], ['khac', 8]],
  truong_thpt: [['vien_chuc', 95], ['khac', 5]],
  co_quan: [['can_bo_cong_chuc', 85], ['vien_chuc', 10], ['khac', 5]],
  don_vi_su_nghiep: [['vien_chuc', 85], ['khac', 10], ['can_bo_cong_chuc', 5]],
  doanh_nghiep_nha_nuoc: [['cong_nhan', 45], ['quan_ly_doanh_nghiep', 25], ['khac', 30]],
  doanh_nghiep_ngoai_nha_nuoc: [['cong_nhan', 55], ['quan_ly_doanh_nghiep', 22], ['chu_doanh_nghiep', 8], ['khac', 15]],
  cong_an: [['luc_luong_vu_trang', 1]],
  quan_su: [['luc_luong_vu_trang', 1]],
  khac: [['khac', 50], ['lao_dong_tu_do', 20], ['quan_ly_doanh_nghiep', 15], ['nong_dan', 15]],
};
const WARD_OCCUPATIONS: Table = [
  ['nong_dan', 4], ['lao_dong_tu_do', 26], ['cong_nhan', 16], ['khac', 10], ['can_bo_cong_chuc', 12],
  ['vien_chuc', 10], ['chu_doanh_nghiep', 3], ['quan_ly_doanh_nghiep', 8], ['luc_luong_vu_trang', 3],
];

const QUALIFICATIONS: Record<string, Table> = {
  can_bo_cong_chuc: [['dai_hoc', 70], ['thac_si', 12], ['cao_dang', 8], ['trung_cap', 9], ['tien_si', 0.5]],
  vien_chuc: [['dai_hoc', 68], ['thac_si', 8], ['cao_dang', 12], ['trung_cap', 11], ['tien_si', 0.5]],
  cong_nhan: [['khong', 45], ['so_cap', 25], ['trung_cap', 20], ['cao_dang', 7], ['dai_hoc', 3]],
  nong_dan: [['khong', 78], ['so_cap', 14], ['trung_cap', 8]],
  lao_dong_tu_do: [['khong', 55], ['so_cap', 15], ['trung_cap', 15], ['cao_dang', 7], ['dai_hoc', 8]],
  chu_doanh_nghiep: [['dai_hoc', 55], ['cao_dang', 12], ['trung_cap', 18], ['thac_si', 8], ['khong', 7]],
  quan_ly_doanh_nghiep: [['dai_hoc', 62], ['cao_dang', 12], ['trung_cap', 14], ['thac_si', 8], ['khong', 4]],
  hoc_sinh: [['khong', 1]],
  sinh_vien: [['khong', 1]],
  huu_tri: [['khong', 30], ['so_cap', 10], ['trung_cap', 25], ['cao_dang', 8], ['dai_hoc', 24], ['thac_si', 3]],
  khac: [['khong', 40], ['so_cap', 10], ['trung_cap', 20], ['cao_dang', 10], ['dai_hoc', 20]],
};
const POLICE_QUALIFICATIONS: Table = [['dai_hoc', 45], ['trung_cap', 35], ['cao_dang', 5], ['khong', 15]];
const MILITIA_QUALIFICATIONS: Table = [['khong', 55], ['trung_cap', 25], ['so_cap', 10], ['dai_hoc', 10]];

const ageFromWeights = (rng: Random, from: number, weights: readonly number[]) => from + rng.weighted(weights);

/** Age at admission of an ordinary (not pupil, not student) person admitted in `type`. */
export function admissionAge(rng: Random, type: CellType): number {
  if (rng.chance(YOUTH[type])) {
    return ageFromWeights(rng, 18, type === 'cong_an' || type === 'quan_su' ? YOUTH_AGES_ARMED : YOUTH_AGES);
  }
  const [lo, hi] = OLDER_BANDS[rng.weighted(OLDER_BANDS.map((b) => b[2]))];
  return rng.int(lo, hi);
}

export function ethnicityFor(rng: Random, cell: Cell): string {
  const d = cell.district;
  const f =
    cell.type === 'thon_to_dan_pho' ? (cell.ageing ? 1.25 : cell.urban ? 0.4 : 1)
      : cell.type === 'cong_an' || cell.type === 'quan_su' ? 0.6 : 0.7;
  return rng.chance(d.minorityShare * f) ? rng.choose(d.minorities) : 'Kinh';
}

export function religionFor(rng: Random, d: District, ethnicity: string): string {
  if (ethnicity === "H'Mông" && rng.chance(0.12)) return 'Tin lành';
  let r = rng.next();
  if ((r -= d.catholicShare) < 0) return 'Công giáo';
  if ((r -= 0.018) < 0) return 'Phật giáo';
  if ((r -= d.caoDaiShare) < 0) return 'Cao Đài';
  if (r - 0.002 < 0) return 'Tin lành';
  return rng.chance(0.58) ? '' : 'Không';
}

/** General education; primary only is allowed for upland minorities (and old members). */
export function educationFor(
  rng: Random, cell: Cell, ethnicity: string, birthYear: number, professional: boolean, admission: boolean,
): string {
  if (professional) return rng.chance(0.97) ? 'thpt' : 'thcs';
  const w = birthYear < 1960 ? [0.15, 0.4, 0.45] : birthYear < 1980 ? [0.04, 0.28, 0.68] : [0.008, 0.1, 0.892];
  if (cell.district.area === 'mien_nui' && ethnicity !== 'Kinh') {
    w[0] *= 3;
    w[1] *= 2;
  } else if (admission || birthYear >= 1980) w[0] = 0;
  return ['tieu_hoc', 'thcs', 'thpt'][rng.weighted(w)];
}

export function qualificationFor(rng: Random, occupation: string, education: string, cell: Cell): string {
  const table =
    occupation === 'luc_luong_vu_trang'
      ? cell.type === 'cong_an' || cell.district.urban ? POLICE_QUALIFICATIONS : MILITIA_QUALIFICATIONS
      : QUALIFICATIONS[occupation] ?? QUALIFICATIONS.khac;
  const q = rng.choose(table);
  if (education === 'thpt') return q;
  if (education === 'thcs') return q === 'khong' || q === 'so_cap' ? q : rng.chance(0.5) ? 'trung_cap' : 'so_cap';
  return q === 'khong' ? q : 'so_cap';
}

export function occupationFor(rng: Random, cell: Cell): string {
  if (cell.type === 'thon_to_dan_pho' && cell.urban) return rng.choose(WARD_OCCUPATIONS);
  return rng.choose(OCCUPATIONS[cell.type]);
}

const PROFESSIONAL = new Set(['can_bo_cong_chuc', 'vien_chuc', 'quan_ly_doanh_nghiep', 'luc_luong_vu_trang', 'hoc_sinh', 'sinh_vien']);

/** A person as at admission in `year` into `cell`. */
export function admissionPerson(rng: Random, cell: Cell, year: number): AdmissionPerson {
  const readmission = rng.chance(0.005);
  const pupil = !readmission && cell.type === 'truong_thpt' && rng.chance(0.6);
  const student = !readmission && !pupil && (cell.college ? rng.chance(0.55) : cell.type === 'thon_to_dan_pho' && rng.chance(0.025));
  const age = pupil ? 18 : student ? rng.choose([[19, 2], [20, 4], [21, 5], [22, 4], [23, 1]]) : readmission ? rng.int(30, 55) : admissionAge(rng, cell.type);
  const birthYear = year - age;
  const occupation = pupil ? 'hoc_sinh' : student ? 'sinh_vien' : occupationFor(rng, cell);
  const women = pupil ? 0.62 : student ? 0.6 : WOMEN_ADMITTED[cell.type] * (cell.college ? 0.8 : 1);
  const sex: Sex = rng.chance(women) ? 'nu' : 'nam';
  const ethnicity = ethnicityFor(rng, cell);
  const religion = religionFor(rng, cell.district, ethnicity);
  const education = pupil || student ? 'thpt' : educationFor(rng, cell, ethnicity, birthYear, PROFESSIONAL.has(occupation), true);
  const qualification = qualificationFor(rng, occupation, education, cell);
  const youthUnion = pupil || student ? true : age <= 30 ? rng.chance(0.9) : age <= 35 ? rng.chance(0.04) : false;
  return { sex, birthYear, ethnicity, religion, education, qualification, occupation, youthUnion, readmission: readmission, pupil, student };
}

const ADMISSION_AGE_BANDS: readonly (readonly [number, number, number])[] = [
  [18, 22, 20], [23, 27, 35], [28, 32, 22], [33, 40, 15], [41, 50, 6], [51, 60, 2],
];
const HISTORY_FROM = 1955;
/**
 * Relative admissions a year before 2016: fewer in the early decades, a peak in
 * the 2000s, and fewer sources in the last years, down to the 2016 level.
 */
const HISTORY_POINTS: readonly (readonly [number, number])[] = [
  [1955, 0.4], [1975, 0.7], [1990, 1.0], [2000, 1.5], [2008, 1.7], [2012, 1.25], [2015, 0.7],
];
const HISTORY = Array.from({ length: 2016 - HISTORY_FROM }, (_, i) => {
  const y = HISTORY_FROM + i;
  const k = HISTORY_POINTS.findIndex(([py]) => py >= y);
  if (k <= 0) return HISTORY_POINTS[0][1];
  const [y0, v0] = HISTORY_POINTS[k - 1];
  const [y1, v1] = HISTORY_POINTS[k];
  return v0 + ((v1 - v0) * (y - y0)) / (y1 - y0);
});

/** Probability of dying between two ages, integrated from the yearly mortality. */
const deathBetween = (from: number, to: number) =>
  1 - Math.exp(-(0.0005 / 0.088) * (Math.exp(0.088 * (to - 30)) - Math.exp(0.088 * (from - 30))));

/**
 * Birth and admission year of a member admitted before 2016 who was still in
 * the province's party on 1/1/2016: admissions of the past, thinned by death
 * and transfers since. Workplace cells hold no retirees; ageing villages hold
 * relatively more of the old.
 */
export function stockAges(rng: Random, cell: Cell): { birthYear: number; admittedYear: number } {
  const armed = cell.type === 'cong_an' || cell.type === 'quan_su';
  for (;;) {
    const admittedYear = HISTORY_FROM + rng.weighted(HISTORY);
    const [lo, hi] = ADMISSION_AGE_BANDS[rng.weighted(ADMISSION_AGE_BANDS.map((x) => x[2]))];
    const admAge = rng.int(lo, hi);
    const birthYear = admittedYear - admAge;
    const age2016 = 2016 - birthYear;
    if (cell.type !== 'thon_to_dan_pho' && age2016 > (armed ? 52 : 59)) continue;
    let keep = (1 - deathBetween(admAge, age2016)) * Math.exp(-0.01 * (2016 - admittedYear));
    if (cell.type === 'thon_to_dan_pho' && age2016 < 50) keep *= cell.ageing ? 0.5 : cell.urban ? 0.8 : 1;
    if (rng.chance(keep)) return { birthYear, admittedYear };
  }
}

/** A pre-2016 member's attributes as the register shows them now. */
export function stockPerson(rng: Random, cell: Cell, birthYear: number, retired: boolean): Person {
  const oldCohort = birthYear < 1960 ? 0.8 : 1;
  const sex: Sex = rng.chance(WOMEN_MEMBERS[cell.type] * oldCohort) ? 'nu' : 'nam';
  const ethnicity = ethnicityFor(rng, cell);
  const religion = religionFor(rng, cell.district, ethnicity);
  let occupation: string;
  if (retired) occupation = cell.type === 'thon_to_dan_pho' && !cell.urban && rng.chance(0.2) ? 'nong_dan' : 'huu_tri';
  else {
    occupation = occupationFor(rng, cell);
    if (occupation === 'sinh_vien' || occupation === 'hoc_sinh') occupation = 'khac';
  }
  const professional = PROFESSIONAL.has(occupation) || (retired && cell.type !== 'thon_to_dan_pho');
  const education = educationFor(rng, cell, ethnicity, birthYear, professional && birthYear >= 1960, false);
  const qualification = qualificationFor(rng, occupation, education, cell);
  return { sex, birthYear, ethnicity, religion, education, qualification, occupation };
}

/** Lý luận chính trị: new members take the sơ cấp course in their first year. */
export function politicalTheoryFor(rng: Random, occupation: string, probationary: boolean): string {
  if (probationary) return rng.chance(0.6) ? 'khong' : 'so_cap';
  switch (occupation) {
    case 'can_bo_cong_chuc':
      return rng.choose([['so_cap', 35], ['trung_cap', 50], ['cao_cap', 15]]);
    case 'vien_chuc':
      return rng.choose([['so_cap', 65], ['trung_cap', 30], ['cao_cap', 5]]);
    case 'luc_luong_vu_trang':
      return rng.choose([['so_cap', 60], ['trung_cap', 35], ['cao_cap', 5]]);
    case 'huu_tri':
      return rng.choose([['so_cap', 60], ['trung_cap', 30], ['cao_cap', 6], ['khong', 4]]);
    default:
      return rng.choose([['so_cap', 80], ['khong', 12], ['trung_cap', 8]]);
  }
}

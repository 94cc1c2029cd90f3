import { ethnicGroup, religiousGroup } from './fact-columns';
import type { IndicatorDef, Label } from './types';

/**
 * A count of admissions of one kind: its label, its meaning, and its SQL
 * condition on a `fact_admissions` row. The warehouse keeps it as a 0/1
 * column of those rows and sums it up the tree, both named by `flagColumn`.
 */
export interface FlagDef extends IndicatorDef {
  where: (alias: string) => string;
  /** The column header of the Đơn vị table, where the full label is the tooltip. */
  short: Label;
  /**
   * How the narrative names those admitted ("trong đó 12 đảng viên trẻ"), in
   * English singular and plural: the kinds the provincial reports name, which
   * the overview's trend, the slides and the report's headline also show.
   */
  headline?: { vi: string; en: [string, string] };
}

type FlagSpec = Omit<FlagDef, 'family' | 'format' | 'label' | 'definition'> & { label: [vi: string, en: string]; definition: [vi: string, en: string] };

const flag = ({ label, definition, ...rest }: FlagSpec): FlagDef => ({
  family: 'admission',
  format: 'count',
  label: { vi: label[0], en: label[1] },
  definition: { vi: definition[0], en: definition[1] },
  ...rest,
});

/** The kinds of admissions the reports count (Biểu 2 and the provincial reports), each once, headline kinds first in the reports' order. */
export const ADMISSION_FLAGS: FlagDef[] = [
  flag({
    id: 'youth',
    label: ['Đảng viên trẻ (18–30 tuổi)', 'Youth (18–30)'],
    short: { vi: 'Trẻ (18–30)', en: 'Youth (18–30)' },
    definition: ['Tuổi khi kết nạp từ 18 đến 30.', 'Age at admission 18 to 30.'],
    where: (a) => `${a}.x_age BETWEEN 18 AND 30`,
    crossFilter: { dim: 'age_band', value: '18-30' },
    headline: { vi: 'đảng viên trẻ', en: ['young member', 'young members'] },
  }),
  flag({
    id: 'women',
    label: ['Nữ', 'Women'],
    short: { vi: 'Nữ', en: 'Women' },
    definition: ['Giới tính nữ.', 'Sex: female.'],
    where: (a) => `${a}.sex = 'nu'`,
    crossFilter: { dim: 'sex', value: 'nu' },
    headline: { vi: 'nữ', en: ['woman', 'women'] },
  }),
  flag({
    id: 'ethnic_minority',
    label: ['Dân tộc thiểu số', 'Ethnic minority'],
    short: { vi: 'DTTS', en: 'Ethnic minority' },
    definition: ['Có ghi dân tộc và không phải dân tộc Kinh.', 'Ethnicity given and not Kinh.'],
    where: (a) => `${ethnicGroup(a)} = 'dtts'`,
    crossFilter: { dim: 'ethnic', value: 'dtts' },
    headline: { vi: 'người dân tộc thiểu số', en: ['from an ethnic minority', 'from ethnic minorities'] },
  }),
  flag({
    id: 'religious',
    label: ['Có đạo', 'Religious'],
    short: { vi: 'Tôn giáo', en: 'Religious' },
    definition: ['Có ghi tôn giáo và không phải "Không".', 'Religion given and not "None".'],
    where: (a) => `${religiousGroup(a)} = 'co'`,
    crossFilter: { dim: 'religious', value: 'co' },
    headline: { vi: 'người có đạo', en: ['religious believer', 'religious believers'] },
  }),
  flag({
    id: 'private_enterprise',
    label: ['Trong doanh nghiệp ngoài khu vực nhà nước', 'In non-state enterprises'],
    short: { vi: 'DN ngoài NN', en: 'Non-state firms' },
    definition: ['Chi bộ kết nạp thuộc loại doanh nghiệp ngoài nhà nước.', 'The admitting cell is a non-state enterprise cell.'],
    where: (a) => `${a}.x_cell_type = 'doanh_nghiep_ngoai_nha_nuoc'`,
    crossFilter: { dim: 'cell_type', value: 'doanh_nghiep_ngoai_nha_nuoc' },
    headline: { vi: 'đảng viên trong doanh nghiệp ngoài khu vực nhà nước', en: ['in a non-state enterprise', 'in non-state enterprises'] },
  }),
  flag({
    id: 'high_school',
    label: ['Học sinh THPT', 'High-school pupils'],
    short: { vi: 'HS THPT', en: 'Pupils' },
    definition: ['Nghề nghiệp khi kết nạp: học sinh.', 'Occupation at admission: pupil.'],
    where: (a) => `${a}.occupation = 'hoc_sinh'`,
    crossFilter: { dim: 'occupation', value: 'hoc_sinh' },
    headline: { vi: 'học sinh THPT', en: ['high-school pupil', 'high-school pupils'] },
  }),
  flag({
    id: 'university_student',
    label: ['Sinh viên', 'University students'],
    short: { vi: 'Sinh viên', en: 'Students' },
    definition: ['Nghề nghiệp khi kết nạp: sinh viên.', 'Occupation at admission: student.'],
    where: (a) => `${a}.occupation = 'sinh_vien'`,
    crossFilter: { dim: 'occupation', value: 'sinh_vien' },
  }),
  flag({
    id: 'business_owner',
    label: ['Chủ doanh nghiệp tư nhân', 'Private business owners'],
    short: { vi: 'Chủ DNTN', en: 'Business owners' },
    definition: ['Nghề nghiệp khi kết nạp: chủ doanh nghiệp.', 'Occupation at admission: business owner.'],
    where: (a) => `${a}.occupation = 'chu_doanh_nghiep'`,
    crossFilter: { dim: 'occupation', value: 'chu_doanh_nghiep' },
  }),
  // no dimension holds these two, so their cards filter nothing
  flag({
    id: 'youth_union',
    label: ['Đoàn viên', 'Youth-union members'],
    short: { vi: 'Đoàn viên', en: 'Youth union' },
    definition: ['Là đoàn viên khi kết nạp.', 'A youth-union member at admission.'],
    where: (a) => `${a}.youth_union`,
  }),
  flag({
    id: 'readmission',
    label: ['Kết nạp lại', 'Re-admissions'],
    short: { vi: 'Kết nạp lại', en: 'Re-admitted' },
    definition: ['Kết nạp lại vào Đảng.', 'Re-admitted to the party.'],
    where: (a) => `${a}.readmission`,
  }),
];

export type FlagId = (typeof ADMISSION_FLAGS)[number]['id'];

/** The kinds the reports name in their headline sentence, in their order. */
export const HEADLINE_FLAGS = ADMISSION_FLAGS.filter((f) => f.headline);

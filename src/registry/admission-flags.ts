import { ethnicGroup, religiousGroup } from './fact-columns';
import type { CrossFilter, IndicatorDef } from './types';

/**
 * A count of admissions of one kind: its label, its meaning, and its SQL
 * condition on a `fact_admissions` row. The warehouse keeps it as a 0/1
 * column of those rows and sums it up the tree, both named by `flagColumn`.
 */
export interface FlagDef extends IndicatorDef {
  where: (alias: string) => string;
}

const flag = (id: string, vi: string, en: string, defVi: string, defEn: string, where: (a: string) => string, crossFilter?: CrossFilter): FlagDef => ({
  family: 'admission',
  id,
  label: { vi, en },
  definition: { vi: defVi, en: defEn },
  format: 'count',
  where,
  ...(crossFilter && { crossFilter }),
});

/** The kinds of admissions the reports count (Biểu 2 and the provincial reports), each once. */
export const ADMISSION_FLAGS: FlagDef[] = [
  flag('youth', 'Đảng viên trẻ (18–30 tuổi)', 'Youth (18–30)', 'Tuổi khi kết nạp từ 18 đến 30.', 'Age at admission 18 to 30.', (a) => `${a}.x_age BETWEEN 18 AND 30`, { dim: 'age_band', value: '18-30' }),
  flag('women', 'Nữ', 'Women', 'Giới tính nữ.', 'Sex: female.', (a) => `${a}.sex = 'nu'`, { dim: 'sex', value: 'nu' }),
  flag('ethnic_minority', 'Dân tộc thiểu số', 'Ethnic minority', 'Có ghi dân tộc và không phải dân tộc Kinh.', 'Ethnicity given and not Kinh.', (a) => `${ethnicGroup(a)} = 'dtts'`, { dim: 'ethnic', value: 'dtts' }),
  flag('religious', 'Có đạo', 'Religious', 'Có ghi tôn giáo và không phải "Không".', 'Religion given and not "None".', (a) => `${religiousGroup(a)} = 'co'`, { dim: 'religious', value: 'co' }),
  flag(
    'private_enterprise',
    'Trong doanh nghiệp ngoài khu vực nhà nước',
    'In non-state enterprises',
    'Chi bộ kết nạp thuộc loại doanh nghiệp ngoài nhà nước.',
    'The admitting cell is a non-state enterprise cell.',
    (a) => `${a}.x_cell_type = 'doanh_nghiep_ngoai_nha_nuoc'`,
    { dim: 'cell_type', value: 'doanh_nghiep_ngoai_nha_nuoc' },
  ),
  flag('high_school', 'Học sinh THPT', 'High-school pupils', 'Nghề nghiệp khi kết nạp: học sinh.', 'Occupation at admission: pupil.', (a) => `${a}.occupation = 'hoc_sinh'`, { dim: 'occupation', value: 'hoc_sinh' }),
  flag('university_student', 'Sinh viên', 'University students', 'Nghề nghiệp khi kết nạp: sinh viên.', 'Occupation at admission: student.', (a) => `${a}.occupation = 'sinh_vien'`, { dim: 'occupation', value: 'sinh_vien' }),
  flag('business_owner', 'Chủ doanh nghiệp tư nhân', 'Private business owners', 'Nghề nghiệp khi kết nạp: chủ doanh nghiệp.', 'Occupation at admission: business owner.', (a) => `${a}.occupation = 'chu_doanh_nghiep'`, { dim: 'occupation', value: 'chu_doanh_nghiep' }),
  // no dimension holds these two, so their cards filter nothing
  flag('youth_union', 'Đoàn viên', 'Youth-union members', 'Là đoàn viên khi kết nạp.', 'A youth-union member at admission.', (a) => `${a}.youth_union`),
  flag('readmission', 'Kết nạp lại', 'Re-admissions', 'Kết nạp lại vào Đảng.', 'Re-admitted to the party.', (a) => `${a}.readmission`),
];

export type FlagId = (typeof ADMISSION_FLAGS)[number]['id'];

import { ethnicGroup, religiousGroup } from './fact-columns';
import type { CrossFilter, IndicatorDef } from './types';

/** Where a member row stands at a date D, as SQL: their age at D (year of D − birth year) and D. */
export interface AtDate {
  age: string;
  date: string;
}

/**
 * A count of members at a date D of one kind (đội ngũ đảng viên): its SQL
 * condition on a `fact_members` row aliased `alias`, and its column in the
 * year-end stock (`member_year`).
 */
export interface MemberDef extends IndicatorDef {
  where: (alias: string, at: AtDate) => string;
  stockColumn: string;
}

const member = (id: string, stockColumn: string, label: [string, string], definition: [string, string], where: MemberDef['where'], crossFilter?: CrossFilter): MemberDef => ({
  family: 'member',
  id,
  label: { vi: label[0], en: label[1] },
  definition: { vi: definition[0], en: definition[1] },
  format: 'count',
  where,
  stockColumn,
  ...(crossFilter && { crossFilter }),
});

/** The kinds of members the reports count (Biểu 3), each once. */
export const MEMBER_INDICATORS: MemberDef[] = [
  member('probationary', 'probationary', ['Đảng viên dự bị', 'Probationary members'], ['Chưa có ngày chính thức, hoặc ngày chính thức sau ngày D.', 'No official date yet, or one after D.'], (m, at) => `${m}.official_on IS NULL OR ${m}.official_on > ${at.date}`),
  member('women', 'women', ['Nữ', 'Women'], ['Giới tính nữ.', 'Sex: female.'], (m) => `${m}.sex = 'nu'`, { dim: 'sex', value: 'nu' }),
  member('ethnic_minority', 'ethnic', ['Dân tộc thiểu số', 'Ethnic minority'], ['Có ghi dân tộc và không phải Kinh.', 'Ethnicity given and not Kinh.'], (m) => `${ethnicGroup(m)} = 'dtts'`, { dim: 'ethnic', value: 'dtts' }),
  member('religious', 'religious', ['Có đạo', 'Religious'], ['Có ghi tôn giáo và không phải "Không".', 'Religion given and not "None".'], (m) => `${religiousGroup(m)} = 'co'`, { dim: 'religious', value: 'co' }),
  // the age band dimension is the age at admission: no clause selects the young members of today
  member('youth', 'youth', ['Đảng viên trẻ (18–30 tuổi)', 'Youth (18–30)'], ['Tuổi tại ngày D từ 18 đến 30.', 'Age at D 18 to 30.'], (_m, at) => `${at.age} BETWEEN 18 AND 30`),
  member('aged_61_plus', 'aged61', ['Từ 61 tuổi trở lên', 'Aged 61+'], ['Tuổi tại ngày D từ 61 trở lên (già hóa).', 'Age at D 61 or more (ageing).'], (_m, at) => `${at.age} >= 61`),
];

/** The reasons for leaving that Biểu 1 counts (`tu_tran` …); a row with none given counts as `unknown`. */
export const LEFT_REASONS = ['tu_tran', 'chuyen_di', 'xoa_ten', 'khai_tru', 'xin_ra'] as const;
export type LeftReason = (typeof LEFT_REASONS)[number];

import type { IndicatorDef } from './types';

/** Kết nạp cùng kỳ: the admissions of the same period a year earlier (see `previousPeriod`). */
export const previousAdmissions: IndicatorDef = {
  family: 'comparison',
  id: 'previous_admissions',
  label: { vi: 'Kết nạp cùng kỳ năm trước', en: 'Admissions, same period last year' },
  definition: {
    vi: 'Số kết nạp của cùng kỳ năm trước: cùng các ngày, lùi một năm (kỳ kết thúc cuối tháng 2 so với cuối tháng 2 năm trước).',
    en: 'Admissions in the same period a year earlier: the same dates, one year back (a period ending with February against the February before).',
  },
  format: 'count',
};

/** Đảng viên cùng kỳ: members at the end of the same period a year earlier. */
export const previousMembers: IndicatorDef = {
  family: 'comparison',
  id: 'previous_members',
  label: { vi: 'Đảng viên cùng kỳ năm trước', en: 'Members, same period last year' },
  definition: {
    vi: 'Số đảng viên tại ngày cuối của cùng kỳ năm trước.',
    en: 'Members on the last day of the same period a year earlier.',
  },
  format: 'count',
};

/** Tăng, giảm so với cùng kỳ: admissions minus those of the same period a year earlier, and that as a share of them. */
export const admissionsChange: IndicatorDef = {
  family: 'comparison',
  id: 'admissions_change',
  label: { vi: 'Tăng, giảm so với cùng kỳ', en: 'Change on the same period last year' },
  definition: {
    vi: 'Số kết nạp trong kỳ trừ số kết nạp cùng kỳ năm trước; tỷ lệ là phần chênh lệch chia cho số cùng kỳ, nhân 100 (không tính khi cùng kỳ không có kết nạp).',
    en: 'Admissions in the period minus those of the same period a year earlier; as a share, the difference over the earlier count, times 100 (none when that is 0).',
  },
  format: 'count',
};

export const COMPARISON_INDICATORS: IndicatorDef[] = [previousAdmissions, previousMembers, admissionsChange];

import type { IndicatorDef } from './types';

/** Kết nạp: admission rows with `admitted_on` in the period, at the unit or below. */
export const admissions: IndicatorDef = {
  family: 'kpi',
  id: 'admissions',
  label: { vi: 'Kết nạp', en: 'Admissions' },
  definition: {
    vi: 'Số quyết định kết nạp có ngày kết nạp trong kỳ, ở đơn vị và các đơn vị trực thuộc.',
    en: 'Admission decisions dated within the period, at the unit and below.',
  },
  format: 'count',
};

/** Chỉ tiêu: see indicators.md, "target of a year" and "target of a period". */
export const target: IndicatorDef = {
  family: 'kpi',
  id: 'target',
  label: { vi: 'Chỉ tiêu', en: 'Target' },
  definition: {
    vi: 'Chỉ tiêu của chính đơn vị nếu có; nếu không, tổng chỉ tiêu của các đơn vị trực thuộc. Chỉ tiêu nhiệm kỳ áp dụng cho kỳ trùng đúng các năm của nhiệm kỳ; kỳ ngắn hơn một năm so với chỉ tiêu cả năm.',
    en: "The unit's own target if it has one, else the sum of its sub-units' targets. A term target applies to a period of exactly its years; a part of a year is compared with the whole year's target.",
  },
  format: 'count',
};

/** Tỷ lệ đạt chỉ tiêu: admissions / target × 100, two decimals; none without a (positive) target. */
export const achievement: IndicatorDef = {
  family: 'kpi',
  id: 'achievement',
  label: { vi: 'Đạt chỉ tiêu', en: 'Achievement' },
  definition: {
    vi: 'Số kết nạp chia cho chỉ tiêu, nhân 100, làm tròn hai chữ số thập phân. Không có chỉ tiêu: "không giao chỉ tiêu".',
    en: 'Admissions divided by the target, times 100, rounded to two decimals. No target: "no target set".',
  },
  format: 'percent',
};

/** Đảng viên tại ngày D: admitted on or before D and not left by D, counted at their unit. */
export const members: IndicatorDef = {
  family: 'kpi',
  id: 'members',
  label: { vi: 'Đảng viên cuối kỳ', en: 'Members at period end' },
  definition: {
    vi: 'Số đảng viên có ngày vào Đảng không muộn hơn ngày cuối kỳ và chưa ra khỏi Đảng tại ngày đó.',
    en: 'Members admitted on or before the last day of the period and not left by then.',
  },
  format: 'count',
};

/** The headline figures, in the order of the tiles, the slides and the snapshot. */
export const KPI_INDICATORS: IndicatorDef[] = [admissions, target, achievement, members];

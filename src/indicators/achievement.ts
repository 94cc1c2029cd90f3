import type { IndicatorDef } from './types';

/** Tỷ lệ đạt chỉ tiêu: admissions / target × 100, two decimals; none without a (positive) target. */
export const achievement: IndicatorDef = {
  id: 'achievement',
  label: { vi: 'Đạt chỉ tiêu', en: 'Achievement' },
  definition: {
    vi: 'Số kết nạp chia cho chỉ tiêu, nhân 100, làm tròn hai chữ số thập phân. Không có chỉ tiêu: "không giao chỉ tiêu".',
    en: 'Admissions divided by the target, times 100, rounded to two decimals. No target: "no target set".',
  },
  format: 'percent',
};

export function achievementPct(count: number, target: number | null): number | null {
  if (target === null || target <= 0) return null;
  return Math.round((count / target) * 100 * 100) / 100;
}

/**
 * Achievement where a target applies to what is counted: a target is set for
 * all admissions of a unit, so while cross-filters narrow them (women only,
 * village cells only, …) there is nothing to compare with.
 */
export function comparableAchievementPct(count: number, target: number | null, clauses: readonly { values: readonly string[] }[]): number | null {
  return clauses.some((c) => c.values.length > 0) ? null : achievementPct(count, target);
}

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

import type { IndicatorDef } from './types';

/** Chi bộ có kết nạp: of the active cells of a type, those that admitted in the period, and what they admitted. */
export const coverageDef: IndicatorDef = {
  family: 'cell',
  id: 'coverage',
  label: { vi: 'Chi bộ có kết nạp', en: 'Cells with admissions' },
  definition: {
    vi: 'Trong các chi bộ đang hoạt động của từng loại, số chi bộ kết nạp được ít nhất một đảng viên trong kỳ và số đảng viên các chi bộ đó kết nạp.',
    en: 'Of the active cells of each type, how many admitted at least one member in the period, and how many they admitted.',
  },
  format: 'count',
};

/** Chi bộ nhiều năm không kết nạp: active cells with no admission in the N calendar years ending with the reference year. */
export const stagnantDef: IndicatorDef = {
  family: 'cell',
  id: 'without_admission',
  label: { vi: 'Chi bộ nhiều năm không kết nạp', en: 'Cells without admissions for years' },
  definition: {
    vi: 'Chi bộ đang hoạt động không kết nạp được đảng viên nào trong N năm dương lịch tính đến năm cuối kỳ.',
    en: 'Active cells with no admission in the N calendar years ending with the period\u2019s last year.',
  },
  format: 'count',
};

import type { IndicatorDef } from './types';

/** Tỷ lệ kết nạp: admissions in a year / members at the start of that year × 100 (Nghị quyết 21-NQ/TW: 3–4%). */
export const admissionRate: IndicatorDef = {
  family: 'yearly',
  id: 'admission_rate',
  label: { vi: 'Tỷ lệ kết nạp so với số đảng viên đầu năm', en: 'Admission rate (of members at the start of the year)' },
  definition: {
    vi: 'Số kết nạp trong năm chia cho số đảng viên ngày 31/12 năm trước, nhân 100. Mục tiêu Nghị quyết 21-NQ/TW: 3–4%/năm.',
    en: 'Admissions in the year divided by members on 31/12 of the year before, times 100. Resolution 21-NQ/TW aims at 3–4% a year.',
  },
  format: 'percent',
};

import type { IndicatorDef } from './types';

/** Đã kết nạp trong năm: the year's admissions from 1 January to the day the period (or the data) ends. */
export const yearToDate: IndicatorDef = {
  family: 'progress',
  id: 'admitted',
  label: { vi: 'Đã kết nạp trong năm', en: 'Admitted this year so far' },
  definition: {
    vi: 'Số kết nạp từ 01/01 của năm đến ngày cuối kỳ (hoặc ngày của dữ liệu nếu sớm hơn), tính cho cả đơn vị, không theo bộ lọc chéo: chỉ tiêu giao cho tất cả.',
    en: "Admissions from 1 January of the year to the period's last day (or the data's date when earlier), for the whole unit and not under cross-filters: the target is for all of them.",
  },
  format: 'count',
};

/** Còn phải kết nạp: what remains of the year's target. */
export const remaining: IndicatorDef = {
  family: 'progress',
  id: 'remaining',
  label: { vi: 'Còn phải kết nạp', en: 'Still to admit' },
  definition: {
    vi: 'Chỉ tiêu của năm trừ số đã kết nạp trong năm (không dưới 0).',
    en: "The year's target minus the admissions so far (never below 0).",
  },
  format: 'count',
};

/** Nhịp thường lệ: the share of a year's admissions the unit usually has by this day. */
export const usualShare: IndicatorDef = {
  family: 'progress',
  id: 'usual_share',
  label: { vi: 'Tỷ lệ thường đạt đến ngày này', en: 'Usual share by this day' },
  definition: {
    vi: 'Trong số đảng viên đơn vị kết nạp ở (tối đa) ba năm trước, gộp lại, phần được kết nạp đến cùng ngày, tháng này; khi ba năm đó không có kết nạp nào, là phần số ngày đã qua của năm.',
    en: "Of the unit's admissions in its (up to) three previous years, pooled, the share admitted by the same day and month; when those years admitted nobody, the share of the year's days gone by.",
  },
  format: 'percent',
};

/** Dự kiến cả năm: the year-end figure if the year goes on at the usual pace. */
export const projected: IndicatorDef = {
  family: 'progress',
  id: 'projected',
  label: { vi: 'Dự kiến cả năm', en: 'Projected for the year' },
  definition: {
    vi: 'Số đã kết nạp trong năm chia cho tỷ lệ thường đạt đến ngày này, làm tròn (bằng số đã kết nạp khi tỷ lệ đó là 0).',
    en: 'The admissions so far divided by the usual share by this day, rounded (the admissions so far when that share is 0).',
  },
  format: 'count',
};

/** Có nguy cơ không đạt: the projection falls short of the target. */
export const atRisk: IndicatorDef = {
  family: 'progress',
  id: 'at_risk',
  label: { vi: 'Có nguy cơ không đạt chỉ tiêu', en: 'At risk of missing the target' },
  definition: {
    vi: 'Số dự kiến cả năm thấp hơn chỉ tiêu của năm (cận dưới khi chỉ tiêu là một khoảng).',
    en: "The projection for the year is below the year's target (its lower bound when the target is a range).",
  },
  format: 'count',
};

/** Quần chúng đã học lớp nhận thức: the candidates a unit at risk can still admit. */
export const readyCandidates: IndicatorDef = {
  family: 'progress',
  id: 'ready_candidates',
  label: { vi: 'Quần chúng đã học lớp nhận thức', en: 'Candidates who finished the class' },
  definition: {
    vi: 'Quần chúng trong nguồn của đơn vị đã học xong lớp bồi dưỡng nhận thức về Đảng đến ngày đó, chưa được kết nạp và chưa ra khỏi nguồn (khi có danh sách nguồn).',
    en: "Candidates of the unit's source pipeline who finished the awareness class by that day and are neither admitted nor dropped by then (when candidates.csv is given).",
  },
  format: 'count',
};

export const PROGRESS_INDICATORS: IndicatorDef[] = [yearToDate, remaining, usualShare, projected, atRisk, readyCandidates];

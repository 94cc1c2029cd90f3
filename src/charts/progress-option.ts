import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../dataset/types';
import { ariaOption, titleOption, type ChartText } from './aria';
import { PALETTE } from './palette';
import { axisTooltip } from './tooltip';
import { formatTick, formatValue } from './value-format';

/** Input of {@link progressOption}: one value per month of the year. */
export interface ProgressInput extends ChartText {
  year: number;
  /** Admitted so far, cumulative; null for the months not reached. */
  cumulative: (number | null)[];
  /** Where the usual pace would stand at each month's end on the way to the target. */
  pace: number[];
  target: number;
  projected: number;
}

/** Legend names, in series order. */
export const PROGRESS_LEGEND = {
  vi: ['Đã kết nạp (cộng dồn)', 'Nhịp thường lệ', 'Chỉ tiêu', 'Dự kiến cả năm'],
  en: ['Admitted (cumulative)', 'Usual pace', 'Target', 'Projected for the year'],
} as const;

/** Month names of the axis, as the locale writes them short ("thg 3", "Mar"). */
function months(year: number, lang: Lang): string[] {
  const fmt = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => fmt.format(new Date(Date.UTC(year, m, 1))));
}

/**
 * The year so far against its target: cumulative admissions by month, the
 * usual pace toward the target (the unit's own seasons), the target as a
 * flat line, and a dotted line from the last month reached to the projection.
 */
export function progressOption(input: ProgressInput, lang: Lang): EChartsCoreOption {
  const [admitted, pace, target, projected] = PROGRESS_LEGEND[lang];
  const last = input.cumulative.reduce<number>((at, v, i) => (v === null ? at : i), -1);
  // the projection runs from the last month reached to December; nothing to project once December is reached
  const projection = input.cumulative.map((v, i) => (last >= 0 && last < 11 ? (i === last ? v : i === 11 ? input.projected : null) : null));
  return {
    animation: false,
    color: [PALETTE.categorical[0], PALETTE.reference, PALETTE.target, PALETTE.achievement],
    aria: ariaOption(input, lang),
    title: titleOption(input),
    legend: { top: input.showTitle ? 28 : 0 },
    grid: { top: input.showTitle ? 64 : 40, left: 8, right: 16, bottom: 28, containLabel: true },
    tooltip: { trigger: 'axis', confine: true, formatter: axisTooltip((v) => formatValue(v === null ? null : Math.round(v), 'count', lang)) },
    xAxis: { type: 'category', data: months(input.year, lang), boundaryGap: false },
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => formatTick(v, 'count', lang) } },
    series: [
      { type: 'line', name: admitted, data: [...input.cumulative], connectNulls: false, symbol: 'circle', symbolSize: 7, lineStyle: { width: 3 }, areaStyle: { opacity: 0.12 } },
      { type: 'line', name: pace, data: [...input.pace], symbol: 'none', lineStyle: { type: 'dashed', width: 2 } },
      { type: 'line', name: target, data: input.pace.map(() => input.target), symbol: 'none', lineStyle: { width: 2 } },
      { type: 'line', name: projected, data: projection, connectNulls: true, symbol: 'circle', symbolSize: 7, lineStyle: { type: 'dotted', width: 3 } },
    ],
  };
}

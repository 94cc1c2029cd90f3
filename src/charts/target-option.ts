import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../dataset/types';
import { ariaOption, titleOption, type ChartText } from './aria';
import { PALETTE } from './palette';
import { axisTooltip } from './tooltip';
import { formatTick, formatValue, yearOnTwoLines } from './value-format';

/** Input of {@link targetOption}: one entry per year; null target = no target set that year. */
export interface TargetInput extends ChartText {
  years: string[];
  admissions: number[];
  targets: (number | null)[];
  /** Tỷ lệ đạt: admissions / target × 100, null where there is no target. */
  achievementPct: (number | null)[];
}

/** Legend names, in series order: bars, target line, achievement line. */
export const TARGET_LEGEND = {
  vi: ['Kết nạp', 'Chỉ tiêu', 'Tỷ lệ đạt (%)'],
  en: ['Admissions', 'Target', 'Achievement (%)'],
} as const;

/**
 * Admissions (kết nạp) against the target (chỉ tiêu) per year: bars, a dashed
 * target line with gaps where null, and the achievement % on a second y-axis
 * with a reference line at 100 %. A click reports `dataIndex` = the year index.
 */
export function targetOption(input: TargetInput, lang: Lang): EChartsCoreOption {
  const [admissions, target, achievement] = TARGET_LEGEND[lang];
  return {
    animation: false,
    color: [PALETTE.categorical[0], PALETTE.target, PALETTE.achievement],
    aria: ariaOption(input, lang),
    title: titleOption(input),
    legend: { top: input.showTitle ? 28 : 0 },
    grid: { top: input.showTitle ? 64 : 40, left: 8, right: 8, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      confine: true, // kept inside the chart: a panel clips what overflows it (content-visibility)
      formatter: axisTooltip((v, i) => formatValue(v, i === 2 ? 'percent' : 'count', lang)),
    },
    // the last year is kept when labels are thinned (a slide's large type): it may be the partial one
    xAxis: { type: 'category', data: input.years, axisLabel: { showMaxLabel: true, formatter: yearOnTwoLines, verticalAlign: 'top', lineHeight: 18 } },
    yAxis: [
      { type: 'value', axisLabel: { formatter: (v: number) => formatTick(v, 'count', lang) } },
      {
        type: 'value',
        min: 0,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatTick(v, 'percent', lang) },
      },
    ],
    series: [
      { type: 'bar', name: admissions, yAxisIndex: 0, data: [...input.admissions] },
      {
        type: 'line',
        name: target,
        yAxisIndex: 0,
        connectNulls: false,
        symbol: 'rect',
        symbolSize: 8,
        lineStyle: { type: 'dashed', width: 2 },
        data: [...input.targets],
      },
      {
        type: 'line',
        name: achievement,
        yAxisIndex: 1,
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 6,
        data: [...input.achievementPct],
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dotted', color: PALETTE.reference },
          // the right axis already reads 100%: a label here would print over it
          label: { show: false },
          data: [{ yAxis: 100 }],
        },
      },
    ],
  };
}

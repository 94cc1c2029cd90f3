import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../dataset/types';
import { ariaOption, titleOption, type ChartText } from './aria';
import { PALETTE } from './palette';
import { niceCeil } from './scale';
import { axisTooltip } from './tooltip';
import { formatTick, formatValue, yearOnTwoLines, type ValueFormat } from './value-format';

/** A horizontal reference line, e.g. the 3 % and 4 % aims of Nghị quyết 21-NQ/TW. */
export interface MarkLineInput {
  value: number;
  label: string;
}

/** Input of {@link lineOption}: one value per category per series; null is a gap. */
export interface LineInput extends ChartText {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** Percent values are already ×100 (`3.2` reads `3,2%`). */
  valueFormat?: ValueFormat;
  markLine?: MarkLineInput[];
  yMin?: number;
  yMax?: number;
}

/**
 * Trends over years: one line per series, gaps kept at null, optional
 * reference lines (drawn on the first series). A click on a point reports
 * `dataIndex` = the category index and `seriesIndex`.
 */
export function lineOption(input: LineInput, lang: Lang): EChartsCoreOption {
  const fmt = input.valueFormat ?? 'count';
  const marks = input.markLine ?? [];
  const markLine = marks.length
    ? {
        silent: true,
        symbol: 'none',
        lineStyle: { type: 'dashed', color: PALETTE.reference },
        data: marks.map((m) => ({ yAxis: m.value, name: m.label, label: { formatter: () => m.label } })),
      }
    : undefined;
  const topMark = Math.max(...marks.map((m) => m.value));
  // ECharts leaves mark lines out of the axis extent: stretch it so a 4 % aim above the data still shows.
  const yMax = input.yMax ?? (marks.length ? (e: { max: number }) => niceCeil(Math.max(e.max, topMark)) : undefined);
  return {
    animation: false,
    color: [...PALETTE.categorical],
    aria: ariaOption(input, lang),
    title: titleOption(input),
    legend: { show: input.series.length > 1, top: input.showTitle ? 28 : 0, type: 'scroll' },
    grid: { top: input.series.length > 1 || input.showTitle ? 48 : 16, left: 8, right: 40, bottom: 28 },
    tooltip: { trigger: 'axis', confine: true, formatter: axisTooltip((v) => formatValue(v, fmt, lang)) },
    // the last category is kept when labels are thinned: it is the year the data ends in, labelled as partial
    xAxis: { type: 'category', data: input.categories, boundaryGap: false, axisLabel: { showMaxLabel: true, formatter: yearOnTwoLines, verticalAlign: 'top', lineHeight: 14 } },
    yAxis: {
      type: 'value',
      min: input.yMin,
      max: yMax,
      axisLabel: { formatter: (v: number) => formatTick(v, fmt, lang) },
    },
    series: input.series.map((s, i) => ({
      type: 'line',
      name: s.name,
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 6,
      data: [...s.values],
      markLine: i === 0 ? markLine : undefined,
    })),
  };
}

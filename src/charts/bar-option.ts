import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../dataset/types';
import { ariaOption, titleOption, type ChartText } from './aria';
import { PALETTE } from './palette';
import { axisTooltip } from './tooltip';
import { formatTick, formatValue } from './value-format';

/** One bar series; series sharing a `stack` id are stacked. */
export interface BarSeries {
  name: string;
  values: (number | null)[];
  stack?: string;
}

/** Input of {@link barOption}: one value per category per series; null is a gap. */
export interface BarInput extends ChartText {
  categories: string[];
  series: BarSeries[];
  /** Optional id per category (unit code…); then `data[i]` is `{ value, key }`. */
  keys?: string[];
  /** Bars grow to the right, categories down the side (rankings of long unit names). */
  horizontal?: boolean;
  valueFormat?: 'count' | 'percent';
}

/** Width in px after which category labels of horizontal bars are cut with "…". */
export const CATEGORY_LABEL_WIDTH = 220;

/**
 * Grouped or stacked bars. A click reports `dataIndex` = the category index
 * (and `data` = `{ value, key }` when `keys` is given).
 */
export function barOption(input: BarInput, lang: Lang): EChartsCoreOption {
  const fmt = input.valueFormat ?? 'count';
  const categoryAxis = {
    type: 'category',
    data: input.categories,
    inverse: Boolean(input.horizontal),
    axisLabel: input.horizontal
      ? { width: CATEGORY_LABEL_WIDTH, overflow: 'truncate', ellipsis: '…' }
      : { width: 110, overflow: 'truncate', ellipsis: '…', hideOverlap: true },
  };
  // counts of people step by whole numbers (no "0,2 đảng viên" tick when every bar is 0 or 1)
  const valueAxis = { type: 'value', minInterval: fmt === 'count' ? 1 : undefined, axisLabel: { formatter: (v: number) => formatTick(v, fmt, lang) } };
  return {
    animation: false,
    color: [...PALETTE.categorical],
    aria: ariaOption(input, lang),
    title: titleOption(input),
    legend: { show: input.series.length > 1, top: input.showTitle ? 28 : 0, type: 'scroll' },
    // Bars to the right: the category labels have a fixed width, so the grid leaves them that room
    // itself and ECharts does not lay the axes out twice to fit them (the Đơn vị ranking drew in
    // about two thirds of the time). Otherwise ECharts fits the labels inside the chart.
    grid: input.horizontal
      ? { top: input.series.length > 1 || input.showTitle ? 48 : 16, left: CATEGORY_LABEL_WIDTH + 16, right: 32, bottom: 28, outerBoundsMode: 'none' }
      : { top: input.series.length > 1 || input.showTitle ? 48 : 16, left: 8, right: 24, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      confine: true, // kept inside the chart: a panel clips what overflows it (content-visibility)
      axisPointer: { type: 'shadow' },
      formatter: axisTooltip((v) => formatValue(v, fmt, lang)),
    },
    xAxis: input.horizontal ? valueAxis : categoryAxis,
    yAxis: input.horizontal ? categoryAxis : valueAxis,
    series: input.series.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: s.stack,
      data: input.keys ? s.values.map((value, i) => ({ value, key: input.keys?.[i] })) : [...s.values],
    })),
  };
}

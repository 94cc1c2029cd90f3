import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../dataset/types';
import { formatCount, formatPercent } from '../i18n/format';
import { ariaOption, titleOption, type ChartText } from './aria';
import { escapeHtml } from './escape';
import { PALETTE } from './palette';
import { numericValue, type TooltipParam } from './tooltip';

/** One slice; `key` (a code) comes back in the click's `data.key`. */
export interface PieSlice {
  name: string;
  value: number;
  key?: string;
}

/** Input of {@link pieOption}. */
export interface PieInput extends ChartText {
  slices: PieSlice[];
}

/** Slice label drawn on the canvas (plain text, no HTML): name, count and share. */
export function pieLabel(p: TooltipParam, lang: Lang): string {
  return `${p.name ?? ''}\n${formatCount(numericValue(p.value) ?? 0, lang)} (${formatPercent(p.percent ?? 0, lang, 1)})`;
}

/** Slice tooltip (HTML): the name escaped. */
export function pieTooltip(p: TooltipParam, lang: Lang): string {
  const count = formatCount(numericValue(p.value) ?? 0, lang);
  return `${p.marker ?? ''}${escapeHtml(p.name ?? '')}: <b>${count}</b> (${formatPercent(p.percent ?? 0, lang, 1)})`;
}

/**
 * A donut of shares. A click reports `dataIndex` = the slice index, `name`
 * and `data` = `{ name, value, key }`.
 */
export function pieOption(input: PieInput, lang: Lang): EChartsCoreOption {
  return {
    animation: false,
    color: [...PALETTE.categorical],
    aria: ariaOption(input, lang),
    title: titleOption(input),
    legend: { show: false },
    tooltip: { trigger: 'item', confine: true, formatter: (p: unknown) => pieTooltip(p as TooltipParam, lang) },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        center: ['50%', input.showTitle ? '55%' : '50%'],
        avoidLabelOverlap: true,
        // two lines (name, then count and share): an explicit line height keeps them apart
        label: { formatter: (p: unknown) => pieLabel(p as TooltipParam, lang), lineHeight: 18 },
        data: input.slices.map((s) => (s.key === undefined ? { name: s.name, value: s.value } : { ...s })),
      },
    ],
  };
}

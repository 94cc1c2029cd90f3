import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../dataset/types';
import { formatCount } from '../i18n/format';
import { ariaOption, titleOption, type ChartText } from './aria';
import { PALETTE } from './palette';
import { niceCeil } from './scale';
import { axisTooltip, numericValue, type TooltipParam } from './tooltip';

/** Input of {@link pyramidOption}: one count per age band for each sex. */
export interface PyramidInput extends ChartText {
  /** Age bands, youngest first (drawn bottom-up), e.g. `18–30`, `31–35`. */
  bands: string[];
  men: number[];
  women: number[];
}

/** Legend names, in series order (men, women). */
export const PYRAMID_LEGEND = { vi: ['Nam', 'Nữ'], en: ['Men', 'Women'] } as const;

/** Screen-reader text listing each band's counts, since the plotted men values are negative. */
export function pyramidDescription(input: PyramidInput, lang: Lang): string {
  const [m, w] = PYRAMID_LEGEND[lang];
  const head = lang === 'vi' ? 'Tháp tuổi theo giới tính' : 'Age pyramid by sex';
  const title = input.title ? `${head}: ${input.title}.` : `${head}.`;
  const rows = input.bands.map(
    (b, i) => `${b}: ${m} ${formatCount(input.men[i] ?? 0, lang)}, ${w} ${formatCount(input.women[i] ?? 0, lang)}`,
  );
  return `${title} ${rows.join('; ')}.`;
}

/** Bar label: the absolute count (men are plotted negative). */
export function absCountLabel(p: TooltipParam, lang: Lang): string {
  return formatCount(Math.abs(numericValue(p.value) ?? 0), lang);
}

/**
 * Age pyramid: men plotted as negative values to the left, women to the
 * right, on one stack so both halves share a row; labels, ticks and tooltip
 * show absolute counts. A click reports `dataIndex` = the band index,
 * `seriesIndex` 0 = men, 1 = women.
 */
export function pyramidOption(input: PyramidInput, lang: Lang): EChartsCoreOption {
  const [men, women] = PYRAMID_LEGEND[lang];
  // a fifth more than the longest bar: its count label then stays clear of the band names
  const extent = niceCeil(Math.max(0, ...input.men, ...input.women) * 1.2) || 1;
  const label = (position: 'left' | 'right') => ({
    show: true,
    position,
    formatter: (p: unknown) => absCountLabel(p as TooltipParam, lang),
  });
  return {
    animation: false,
    color: [PALETTE.men, PALETTE.women],
    aria: ariaOption({ ...input, ariaDescription: input.ariaDescription ?? pyramidDescription(input, lang) }, lang),
    title: titleOption(input),
    legend: { top: input.showTitle ? 28 : 0 },
    grid: { top: input.showTitle ? 64 : 40, left: 48, right: 48, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      confine: true, // kept inside the chart: a panel clips what overflows it (content-visibility)
      axisPointer: { type: 'shadow' },
      formatter: axisTooltip((v) => formatCount(Math.abs(v ?? 0), lang)),
    },
    xAxis: {
      type: 'value',
      min: -extent,
      max: extent,
      axisLabel: { formatter: (v: number) => formatCount(Math.abs(v), lang) },
    },
    yAxis: { type: 'category', data: input.bands, axisTick: { show: false } },
    series: [
      { type: 'bar', name: men, stack: 'pyramid', label: label('left'), data: input.men.map((n) => -n) },
      { type: 'bar', name: women, stack: 'pyramid', label: label('right'), data: [...input.women] },
    ],
  };
}

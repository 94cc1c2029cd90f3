import type { EChartsCoreOption } from 'echarts/core';
import { renderSvg } from '../../charts/ssr';
import { esc } from './html';

const FONT = '"Noto Serif", "Times New Roman", "DejaVu Serif", serif';

/**
 * A chart as inline SVG in a figure: rendered by ECharts' SSR, with the
 * namespaces (which an inline SVG does not need, and which would read as
 * web addresses) and the hover styles dropped; the viewBox makes it scale to
 * the column (`width:100%`).
 */
export function chartFigure(option: EChartsCoreOption, caption: string, width: number, height: number, note?: string): string {
  const svg = renderSvg({ ...option, textStyle: { fontFamily: FONT } }, width, height)
    .replace(/\s+xmlns(:xlink)?="[^"]*"/g, '')
    .replace(/<style\s*>[\s\S]*?<\/style>/g, '')
    .replace(/^<svg width="\d+" height="\d+"/, `<svg role="img" aria-label="${esc(caption)}" preserveAspectRatio="xMidYMid meet"`);
  return `<figure class="chart"><figcaption>${esc(caption)}</figcaption>${svg}${note ? `<p class="fig-note">${esc(note)}</p>` : ''}</figure>`;
}

/** Replaces values of a series by null (a gap) where `hidden[i]`; the option builders take numbers only. */
export function gapSeries(option: EChartsCoreOption, seriesIndex: number, hidden: boolean[]): EChartsCoreOption {
  const series = (option.series as { data: unknown[] }[]).map((s, i) =>
    i === seriesIndex ? { ...s, data: s.data.map((d, j) => (hidden[j] ? null : d)) } : s,
  );
  return { ...option, series };
}

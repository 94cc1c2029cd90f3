import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './echarts-setup';

/**
 * Renders an option to an SVG string without a DOM (Node, static snapshots).
 * ECharts escapes the text it writes. Tooltips do not exist in the output.
 */
export function renderSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

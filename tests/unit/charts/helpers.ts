import type { EChartsCoreOption } from 'echarts/core';

/** Options are loosely typed by ECharts; tests read them as plain JSON-ish objects. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests walk option trees of any shape, as ECharts' own types allow
export type Loose = any;

export function loose(o: EChartsCoreOption): Loose {
  return o as Loose;
}

export const XSS = '<img src=x onerror=alert(1)>';
export const XSS_ESCAPED = '&lt;img src=x onerror=alert(1)&gt;';

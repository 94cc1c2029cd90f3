import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Lang } from '../dataset/types';
import { echarts } from './echarts-setup';
import { chartFileName } from './file-name';
import { optionFingerprint } from './fingerprint';

/**
 * What `onClick` receives for a click on a bar, point or slice (marks and
 * reference lines are ignored): `dataIndex` is the category index (bars,
 * lines, pyramid band) or slice index (pie); `seriesIndex` the series
 * (pyramid: 0 men, 1 women; target chart: 0 bars, 1 target, 2 achievement);
 * `name` the category or slice name; `data` the data item as given in the
 * option: a number or null, `{ value, key }` for bars built with `keys`,
 * `{ name, value, key }` for pie slices, a negative number for men in the pyramid.
 */
export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
  name: string;
  data: unknown;
}

/** Props of {@link Chart}. */
export interface ChartProps {
  option: EChartsCoreOption;
  height: number;
  title: string;
  lang: Lang;
  onClick?: (p: ChartClick) => void;
  testId?: string;
}

const DOWNLOAD = { vi: 'Tải PNG', en: 'Download PNG' } as const;

/**
 * An update replaces every component the builders set except the tooltip
 * which is merged: a replaced tooltip is built anew, and building one reads
 * the page layout (a forced reflow per chart, tens of ms on a page that just
 * changed). The builders always set the tooltip's every key.
 */
const REPLACED = ['title', 'legend', 'grid', 'xAxis', 'yAxis', 'series'];

interface EChartsEvent {
  componentType?: string;
  dataIndex?: number;
  seriesIndex?: number;
  name?: string;
  data?: unknown;
}

/**
 * The one chart component: mounts a prebuilt option (canvas renderer, so the
 * PNG export works) inside a `<figure>` with the title as caption and a PNG
 * download button.
 *
 * It draws only when the option draws something else (compared by
 * fingerprint: builders run on every render and return new objects with new
 * formatter functions) or the height changed, and then once: a new height is
 * applied with the width it already knows, so no page layout is forced and
 * the chart is not drawn a second time by a resize. Series and axes are
 * replaced, so removed ones disappear. Its width follows the page through a
 * ResizeObserver.
 */
export function Chart({ option, height, title, lang, onClick, testId }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const shown = useRef<{ fingerprint: string; height: number } | null>(null);
  const onClickRef = useRef(onClick);
  useEffect(() => {
    onClickRef.current = onClick;
  });

  // One instance for the component's life; the height is the draw effect's business.
  useLayoutEffect(() => {
    const el = box.current!;
    const instance = echarts.init(el, undefined, { renderer: 'canvas', width: el.clientWidth, height: el.clientHeight });
    instance.on('click', (e: EChartsEvent) => {
      if (e.componentType !== 'series' || !onClickRef.current) return;
      onClickRef.current({ dataIndex: e.dataIndex ?? -1, seriesIndex: e.seriesIndex ?? -1, name: e.name ?? '', data: e.data });
    });
    chart.current = instance;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      if (width > 0 && width !== instance.getWidth()) instance.resize({ width, height: instance.getHeight() });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      shown.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const fingerprint = optionFingerprint(option);
    const was = shown.current;
    if (was && was.fingerprint === fingerprint && was.height === height) return;
    const resized = was !== null && was.height !== height;
    // a new height: the option is taken in without drawing, and the resize draws it once
    instance.setOption(option, was ? { replaceMerge: REPLACED, lazyUpdate: resized } : undefined);
    if (resized) instance.resize({ width: instance.getWidth(), height });
    shown.current = { fingerprint, height };
  });

  const download = () => {
    const instance = chart.current;
    if (!instance) return;
    const a = document.createElement('a');
    a.href = instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    a.download = chartFileName(title);
    a.click();
  };

  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart-caption">
        <span>{title}</span>
        <button type="button" className="chart-download" onClick={download}>
          {DOWNLOAD[lang]}
        </button>
      </figcaption>
      <div ref={box} className="chart-box" style={{ height, width: '100%' }} />
    </figure>
  );
}

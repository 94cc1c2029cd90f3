import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Lang } from '../dataset/types';
import { echarts } from './echarts-setup';
import { chartFileName } from './file-name';
import { optionFingerprint } from './fingerprint';
import { beforePrint, setHeld, watchNearness, whenIdle } from '../ui/out-of-sight';

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

/** A PNG (data URL) of an SVG image (data URL), `scale` times its size, on white. */
async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<string> {
  const img = new Image();
  img.src = svg;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

interface EChartsEvent {
  componentType?: string;
  dataIndex?: number;
  seriesIndex?: number;
  name?: string;
  data?: unknown;
}

/**
 * The one chart component: mounts a prebuilt option inside a `<figure>` with
 * the title as caption and a PNG download button. It draws with the SVG
 * renderer: a large canvas (the Đơn vị ranking is a page tall) was copied
 * again at every frame the page changed, about 10 ms each here; the PNG is
 * drawn from the SVG when asked for.
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
  // drawn at once until the viewport says otherwise; an option for a chart out of sight waits here
  const near = useRef(true);
  const held = useRef<{ option: EChartsCoreOption; height: number } | null>(null);
  const flushHeld = useRef<() => void>(() => undefined);
  const onClickRef = useRef(onClick);
  useEffect(() => {
    onClickRef.current = onClick;
  });

  // One instance for the component's life; the height is the draw effect's business.
  useLayoutEffect(() => {
    const el = box.current!;
    const instance = echarts.init(el, undefined, { renderer: 'svg', width: el.clientWidth, height: el.clientHeight });
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
    const flush = () => {
      const h = held.current;
      held.current = null;
      setHeld(held, false);
      if (h) draw(instance, h.option, h.height);
    };
    const unwatch = watchNearness(el, (isNear) => {
      near.current = isNear;
      if (isNear) flush();
    });
    flushHeld.current = flush;
    const unprint = beforePrint(flush);
    return () => {
      flushHeld.current = () => undefined;
      unprint();
      setHeld(held, false);
      unwatch();
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      shown.current = null;
    };
  }, []);

  /** Draws the option unless it draws what is already shown. */
  function draw(instance: EChartsType, option: EChartsCoreOption, height: number) {
    const fingerprint = optionFingerprint(option);
    const was = shown.current;
    if (was && was.fingerprint === fingerprint && was.height === height) return;
    const resized = was !== null && was.height !== height;
    // a new height: the option is taken in without drawing, and the resize draws it once
    instance.setOption(option, was ? { replaceMerge: REPLACED, lazyUpdate: resized } : undefined);
    if (resized) instance.resize({ width: instance.getWidth(), height });
    shown.current = { fingerprint, height };
  }

  useLayoutEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const was = shown.current;
    if (near.current || (was && was.height === height && was.fingerprint === optionFingerprint(option))) {
      held.current = null;
      setHeld(held, false);
      draw(instance, option, height);
      return;
    }
    if (!held.current) whenIdle(() => flushHeld.current());
    held.current = { option, height };
    setHeld(held, true);
  });

  const download = async () => {
    const instance = chart.current;
    if (!instance) return;
    flushHeld.current();
    const a = document.createElement('a');
    a.href = await svgToPng(instance.getDataURL({ type: 'svg', backgroundColor: '#fff' }), instance.getWidth(), instance.getHeight(), 2);
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

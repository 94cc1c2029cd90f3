import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsReactProps } from 'echarts-for-react/esm/types';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Lang } from '../dataset/types';
import { useDrawnWhenNear } from './out-of-sight';
import { echarts } from '../charts/echarts-setup';
import { chartFileName } from '../charts/file-name';
import { optionFingerprint } from '../charts/fingerprint';

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
 * the page layout (a forced reflow per chart on a page that just changed).
 * The builders always set the tooltip's every key.
 */
const REPLACED = ['title', 'legend', 'grid', 'xAxis', 'yAxis', 'series'];

/** Drawn with SVG: a canvas the size of the Đơn vị ranking was copied again at every frame the page changed. */
const OPTS = { renderer: 'svg' } as const;

interface Drawing {
  option: EChartsCoreOption;
  height: number;
}

const sameDrawing = (a: Drawing, b: Drawing) => a.height === b.height && optionFingerprint(a.option) === optionFingerprint(b.option);

/** Builders return new objects (and formatter functions) at every render: set an option only when it draws something else. */
const drawsSomethingElse: NonNullable<EChartsReactProps['shouldSetOption']> = (prev, next) =>
  optionFingerprint(prev.option) !== optionFingerprint(next.option);

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
 * The one chart component: echarts-for-react mounts a prebuilt option inside
 * a `<figure>` with the title as caption and a PNG download button.
 *
 * Out of sight, the drawing waits ({@link useDrawnWhenNear}) until the page
 * is idle, the chart comes near, or the page is printed. An option is set
 * only when it draws something else (by fingerprint). A new height is given
 * to the instance with the width it already knows, after the option was
 * taken in without drawing, so the chart is drawn once and no page layout is
 * forced; the width follows the page through a ResizeObserver, whose sizes
 * come with the layout already done.
 */
export function Chart({ option, height, title, lang, onClick, testId }: ChartProps) {
  const figure = useRef<HTMLElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const mounted = useRef<ReactEChartsCore>(null);
  const instance = useRef<EChartsType | null>(null);
  const drawing = useDrawnWhenNear<Drawing>({ option, height }, figure, sameDrawing);
  const sizedFor = useRef(drawing.height);
  // eslint-disable-next-line react-hooks/refs -- the instance's size lives outside React: a new height makes the option wait for the resize that draws it
  const resized = sizedFor.current !== drawing.height;

  const onClickRef = useRef(onClick);
  useEffect(() => {
    onClickRef.current = onClick;
  });
  // bound once: echarts-for-react rebinds every handler when this object changes
  const events = useMemo(
    () => ({
      click: (e: EChartsEvent) => {
        if (e.componentType !== 'series' || !onClickRef.current) return;
        onClickRef.current({ dataIndex: e.dataIndex ?? -1, seriesIndex: e.seriesIndex ?? -1, name: e.name ?? '', data: e.data });
      },
    }),
    [],
  );

  // runs after echarts-for-react set the option (lazily, when the height changed): the resize draws it
  useLayoutEffect(() => {
    const chart = instance.current;
    if (!chart || sizedFor.current === drawing.height) return;
    sizedFor.current = drawing.height;
    chart.resize({ width: chart.getWidth(), height: drawing.height });
  }, [drawing.height]);

  useEffect(() => {
    const el = box.current!;
    const observer = new ResizeObserver(([entry]) => {
      const chart = instance.current;
      const width = Math.round(entry.contentRect.width);
      if (chart && width > 0 && width !== chart.getWidth()) chart.resize({ width, height: chart.getHeight() });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const onChartReady = (chart: EChartsType) => {
    instance.current = chart;
    sizedFor.current = chart.getHeight();
    if (sizedFor.current !== drawing.height) chart.resize({ width: chart.getWidth(), height: drawing.height });
  };

  const download = async () => {
    const chart = mounted.current?.getEchartsInstance();
    if (!chart) return;
    const a = document.createElement('a');
    a.href = await svgToPng(chart.getDataURL({ type: 'svg', backgroundColor: '#fff' }), chart.getWidth(), chart.getHeight(), 2);
    a.download = chartFileName(title);
    a.click();
  };

  return (
    <figure className="chart" data-testid={testId} ref={figure}>
      <figcaption className="chart-caption">
        <span>{title}</span>
        <button type="button" className="chart-download" onClick={download}>
          {DOWNLOAD[lang]}
        </button>
      </figcaption>
      <div ref={box} className="chart-box" style={{ height: drawing.height, width: '100%' }}>
        <ReactEChartsCore
          ref={mounted}
          echarts={echarts}
          option={drawing.option}
          replaceMerge={REPLACED}
          lazyUpdate={resized}
          shouldSetOption={drawsSomethingElse}
          opts={OPTS}
          style={FILL}
          autoResize={false}
          onEvents={events}
          onChartReady={onChartReady}
        />
      </div>
    </figure>
  );
}

/** The mount fills the box, whose height the component sets: its own style never changes, so it never resizes by itself. */
const FILL = { height: '100%', width: '100%' };

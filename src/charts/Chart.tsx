import type { EChartsCoreOption } from 'echarts/core';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useMemo, useRef } from 'react';
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

type CoreProps = { option: EChartsCoreOption; style?: { height?: unknown } };

/**
 * Redraw only when the option draws something else or the height changed:
 * builders run on every render and return new objects with new formatter
 * functions, which echarts-for-react's own deep comparison never finds equal.
 */
const shouldSetOption = (prev: CoreProps, next: CoreProps) =>
  prev.style?.height !== next.style?.height || optionFingerprint(prev.option) !== optionFingerprint(next.option);

interface EChartsEvent {
  componentType?: string;
  dataIndex?: number;
  seriesIndex?: number;
  name?: string;
  data?: unknown;
}

/**
 * The one chart component: mounts a prebuilt option (canvas renderer, so the
 * PNG export works), redrawn only when the option changed (series and axes
 * replaced, so removed ones disappear), inside a `<figure>` with the title as caption and a PNG download button.
 */
export function Chart({ option, height, title, lang, onClick, testId }: ChartProps) {
  const ref = useRef<ReactEChartsCore>(null);
  const onClickRef = useRef(onClick);
  useEffect(() => {
    onClickRef.current = onClick;
  });
  // A stable object: echarts-for-react rebinds events whenever onEvents changes identity.
  const onEvents = useMemo(
    () => ({
      click: (e: EChartsEvent) => {
        if (e.componentType !== 'series' || !onClickRef.current) return;
        onClickRef.current({
          dataIndex: e.dataIndex ?? -1,
          seriesIndex: e.seriesIndex ?? -1,
          name: e.name ?? '',
          data: e.data,
        });
      },
    }),
    [],
  );

  const download = () => {
    const instance = ref.current?.getEchartsInstance();
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
      <ReactEChartsCore
        ref={ref}
        echarts={echarts}
        option={option}
        replaceMerge={REPLACED}
        shouldSetOption={shouldSetOption as never}
        opts={{ renderer: 'canvas' }}
        onEvents={onEvents}
        style={{ height, width: '100%' }}
      />
    </figure>
  );
}

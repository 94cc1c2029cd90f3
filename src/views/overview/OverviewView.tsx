import { useRef } from 'react';
import { Chart } from '../../ui/Chart';
import { lineOption } from '../../charts/line-option';
import { targetOption } from '../../charts/target-option';
import { yearPeriod } from '../../filters/period';
import { yearLabel } from '../../i18n/format';
import { admissionProfileByYear } from '../../indicators/admission-profile';
import { share } from '../../indicators/context';
import { computeKpis } from '../../indicators/kpis';
import { yearlyAdmissions } from '../../indicators/yearly';
import { admissionRate, HEADLINE_FLAGS } from '../../registry';
import { KpiTiles } from '../../ui/KpiTiles';
import { dataYears, Loading, Panel, viewKey } from '../common';
import type { ViewProps } from '../types';
import { useQuery } from '../use-async';
import { Narrative } from './Narrative';
import { ProgressPanel } from './ProgressPanel';

const L = {
  vi: {
    byYear: 'Kết nạp theo năm so với chỉ tiêu',
    rate: 'Tỷ lệ kết nạp so với số đảng viên đầu năm (%); mục tiêu Nghị quyết 21-NQ/TW: 3–4%',
    trend: 'Cơ cấu đảng viên mới kết nạp theo năm (%)',
    clickYear: 'Bấm vào cột của một năm để xem riêng năm đó.',
  },
  en: {
    byYear: 'Admissions per year against the target',
    rate: 'Admission rate (% of members at the start of the year); Resolution 21 aims at 3–4%',
    trend: 'Composition of admissions per year (%)',
    clickYear: "Click a year's bar to open that year.",
  },
};

/** Tổng quan: the headline figures, the years against their targets, the admission rate, the composition trend, the narrative. */
export function OverviewView(p: ViewProps) {
  const { ctx, filters, lang } = p;
  const { first, last } = dataYears(p);
  const key = viewKey(p);
  const kpis = useQuery(ctx, key, (ctx) => computeKpis(ctx, filters));
  const years = useQuery(ctx, key, (ctx) => yearlyAdmissions(ctx, filters, first, last));
  // the composition trend sits below the fold: asked once it comes near, or the page is idle
  const trendPanel = useRef<HTMLElement>(null);
  const trend = useQuery(ctx, key, (ctx) => admissionProfileByYear(ctx, { ...filters, from: `${first}-01-01`, to: `${last}-12-31` }), { panel: trendPanel });
  const l = L[lang];
  return (
    <>
      {kpis.data ? <KpiTiles kpis={kpis.data} lang={lang} filtered={filters.clauses.length > 0} /> : <Loading error={kpis.error} />}
      <Narrative {...p} />
      <div className="grid">
        <Panel title={l.byYear} wide testId="panel-target">
          {years.data ? (
            <>
              <Chart
                testId="chart-target"
                title={l.byYear}
                lang={lang}
                height={340}
                option={targetOption(
                  {
                    years: years.data.map((y) => yearLabel(y.year, ctx.loaded.dataDate, lang)),
                    admissions: years.data.map((y) => y.admissions),
                    targets: years.data.map((y) => y.target),
                    achievementPct: years.data.map((y) => y.achievementPct),
                  },
                  lang,
                )}
                onClick={(c) => {
                  const y = years.data?.[c.dataIndex];
                  if (y) p.setPeriod(yearPeriod(y.year));
                }}
              />
              <p className="hint">{l.clickYear}</p>
            </>
          ) : (
            <Loading error={years.error} />
          )}
        </Panel>
        {/* the years first, as the first screen has always shown them; the year in progress below */}
        <ProgressPanel {...p} />
        <Panel title={l.rate} testId="panel-rate">
          {years.data ? (
            <Chart
              testId="chart-rate"
              title={l.rate}
              lang={lang}
              height={300}
              option={lineOption(
                {
                  categories: years.data.map((y) => yearLabel(y.year, ctx.loaded.dataDate, lang)),
                  series: [{ name: admissionRate.label[lang], values: years.data.map((y) => y.admissionRate) }],
                  valueFormat: 'percent',
                  markLine: [
                    { value: 3, label: '3%' },
                    { value: 4, label: '4%' },
                  ],
                  yMin: 0,
                },
                lang,
              )}
            />
          ) : (
            <Loading error={years.error} />
          )}
        </Panel>
        <Panel title={l.trend} testId="panel-trend" ref={trendPanel}>
          {trend.data ? (
            <Chart
              testId="chart-trend"
              title={l.trend}
              lang={lang}
              height={300}
              option={lineOption(
                {
                  categories: trend.data.map((y) => yearLabel(y.year, ctx.loaded.dataDate, lang)),
                  series: HEADLINE_FLAGS.map((f) => ({
                    name: f.label[lang],
                    values: trend.data!.map((y) => share(y.flags[f.id], y.count)),
                  })),
                  valueFormat: 'percent',
                  yMin: 0,
                },
                lang,
              )}
            />
          ) : (
            <Loading error={trend.error} />
          )}
        </Panel>
      </div>
    </>
  );
}

import { useState } from 'react';
import { Chart } from '../../ui/Chart';
import { targetText } from '../../ui/KpiTiles';
import { progressOption } from '../../charts/progress-option';
import type { Lang } from '../../dataset/types';
import { formatCount, formatDate, formatPercent } from '../../i18n/format';
import type { Progress, UnitAtRisk, YearProgress } from '../../indicators/progress';
import { progressState, yearOver, yearProgress } from '../../indicators/progress';
import { atRisk, projected, readyCandidates, remaining, target, usualShare, yearToDate } from '../../registry';
import { Loading, Panel, StatCard, viewKey } from '../common';
import type { ViewProps } from '../types';
import { useQuery } from '../use-async';

const L = {
  vi: {
    title: (year: number) => `Tiến độ thực hiện chỉ tiêu kết nạp năm ${year}`,
    chart: (year: number) => `Kết nạp cộng dồn theo tháng năm ${year} so với chỉ tiêu`,
    until: (d: string) => `đến ${d}`,
    onCourse: 'Đúng tiến độ',
    atRisk: 'Có nguy cơ không đạt chỉ tiêu',
    met: 'Đã đạt chỉ tiêu',
    missed: 'Không đạt chỉ tiêu',
    fromHistory: 'Nhịp thường lệ: phần kết nạp của đơn vị đến cùng ngày, tháng trong ba năm trước, gộp lại.',
    fromDays: 'Ba năm trước đơn vị không kết nạp ai: nhịp thường lệ là phần số ngày đã qua của năm.',
    clauses: 'Tính cho cả đơn vị, không theo bộ lọc chéo: chỉ tiêu giao cho tất cả.',
    units: (n: number, of: number, over: boolean) => `Đơn vị trực thuộc ${over ? 'không đạt' : 'có nguy cơ không đạt'} chỉ tiêu: ${n}/${of}`,
    noneAtRisk: (over: boolean) => (over ? 'Các đơn vị trực thuộc được giao chỉ tiêu đều đạt chỉ tiêu.' : 'Các đơn vị trực thuộc được giao chỉ tiêu đều đang đúng tiến độ.'),
    unit: 'Đơn vị',
    noCandidates: 'Không có danh sách nguồn, hoặc danh sách nằm trong dữ liệu chi tiết chưa tải (chọn đơn vị để tải).',
    all: (n: number) => `Xem tất cả ${n} đơn vị`,
    drill: 'Bấm tên đơn vị để xem riêng đơn vị đó.',
  },
  en: {
    title: (year: number) => `Progress toward the ${year} admission target`,
    chart: (year: number) => `Cumulative admissions by month in ${year} against the target`,
    until: (d: string) => `to ${d}`,
    onCourse: 'On course',
    atRisk: 'At risk of missing the target',
    met: 'Target met',
    missed: 'Target missed',
    fromHistory: "Usual pace: the unit's share of admissions by the same day in its three previous years, pooled.",
    fromDays: 'The unit admitted nobody in its three previous years: the usual pace is the share of the year gone by.',
    clauses: 'For the whole unit, not under the cross-filters: the target is for all admissions.',
    units: (n: number, of: number, over: boolean) => `Sub-units ${over ? 'that missed' : 'at risk of missing'} their target: ${n} of ${of}`,
    noneAtRisk: (over: boolean) => (over ? 'Every sub-unit with a target met it.' : 'Every sub-unit with a target is on course.'),
    unit: 'Unit',
    noCandidates: 'No candidates list, or it is in detail data not loaded yet (open the unit to load it).',
    all: (n: number) => `Show all ${n} units`,
    drill: 'Click a unit to open it.',
  },
};

const VERDICT = { on_course: 'onCourse', at_risk: 'atRisk', met: 'met', missed: 'missed' } as const;

function Figures({ p, lang }: { p: Progress; lang: Lang }) {
  return (
    <div
      className="stats progress-figures"
      data-testid="progress"
      data-admitted={p.admitted}
      data-target={p.target}
      data-remaining={p.remaining}
      data-usual-share={p.usualShare}
      data-projected={p.projected}
      data-at-risk={String(p.atRisk)}
    >
      <StatCard label={`${yearToDate.label[lang]} (${L[lang].until(formatDate(p.asOf, lang))})`} count={p.admitted} lang={lang} title={yearToDate.definition[lang]} />
      {/* a range is shown as the tile shows it; "at risk" reads its lower bound */}
      <div className="stat" title={target.definition[lang]} data-target-max={p.targetMax ?? ''}>
        <span className="stat-label">{target.label[lang]}</span>
        <span className="stat-value">
          {targetText(p.target, p.targetMax, lang)}
        </span>
      </div>
      <StatCard label={remaining.label[lang]} count={p.remaining} lang={lang} title={remaining.definition[lang]} />
      <div className="stat" title={usualShare.definition[lang]}>
        <span className="stat-label">{usualShare.label[lang]}</span>
        <span className="stat-value">{formatPercent(p.usualShare * 100, lang, 1)}</span>
      </div>
      <StatCard label={projected.label[lang]} count={p.projected} lang={lang} title={projected.definition[lang]} />
      <div className={p.atRisk ? 'progress-verdict risk' : 'progress-verdict ok'} title={atRisk.definition[lang]} data-testid="progress-verdict">
        {L[lang][VERDICT[progressState(p)]]}
      </div>
    </div>
  );
}

/** The list stays short for a meeting; the rest is a click away. */
const FIRST_ROWS = 10;

function AtRiskTable({ y, lang, drill }: { y: YearProgress; lang: Lang; drill: (id: string) => void }) {
  const l = L[lang];
  const [all, setAll] = useState(false);
  const over = y.day !== null && yearOver(y.day);
  if (y.withTarget === 0) return null;
  if (y.atRisk.length === 0) return <p className="hint" data-testid="at-risk-none">{l.noneAtRisk(over)}</p>;
  const n = (v: number | null) => (v === null ? '—' : formatCount(v, lang));
  return (
    <>
      <h4 data-testid="at-risk-title">{l.units(y.atRisk.length, y.withTarget, over)}</h4>
      <table className="data" data-testid="at-risk-units">
        <thead>
          <tr>
            <th scope="col">{l.unit}</th>
            <th scope="col" title={target.definition[lang]}>{target.label[lang]}</th>
            <th scope="col" title={yearToDate.definition[lang]}>{yearToDate.label[lang]}</th>
            <th scope="col" title={projected.definition[lang]}>{projected.label[lang]}</th>
            <th scope="col" title={readyCandidates.definition[lang]}>{readyCandidates.label[lang]}</th>
          </tr>
        </thead>
        <tbody>
          {(all ? y.atRisk : y.atRisk.slice(0, FIRST_ROWS)).map((u: UnitAtRisk) => (
            <tr key={u.unitId} data-unit={u.unitId} data-target={u.target} data-admitted={u.admitted} data-projected={u.projected} data-ready={u.readyCandidates ?? ''}>
              <td>
                <button type="button" className="link" onClick={() => drill(u.unitId)}>
                  {u.name}
                </button>
              </td>
              <td className="num">{n(u.target)}</td>
              <td className="num">{n(u.admitted)}</td>
              <td className="num">{n(u.projected)}</td>
              <td className="num" title={u.readyCandidates === null ? l.noCandidates : undefined}>
                {n(u.readyCandidates)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!all && y.atRisk.length > FIRST_ROWS && (
        <button type="button" onClick={() => setAll(true)} data-testid="at-risk-all">
          {l.all(y.atRisk.length)}
        </button>
      )}
      <p className="hint">{l.drill}</p>
    </>
  );
}

/**
 * Where the unit stands against its year's target, when the period lies inside
 * one year with a target for it or its sub-units: the figures, the months so
 * far against the usual pace, and the sub-units at risk. Nothing otherwise.
 */
export function ProgressPanel(p: ViewProps) {
  const { ctx, filters, lang } = p;
  const l = L[lang];
  // a target is for all admissions: the cross-filters do not change this panel, so it asks nothing again
  const whole = { ...filters, clauses: [] };
  const { data, error } = useQuery(ctx, viewKey({ ...p, filters: whole }, 'progress'), (ctx) => yearProgress(ctx, whole));
  if (error) return <Loading error={error} />;
  if (!data || !data.day || (!data.progress && data.withTarget === 0)) return null;
  const pr = data.progress;
  return (
    <Panel title={l.title(data.day.year)} wide testId="panel-progress">
      {filters.clauses.length > 0 && <p className="hint">{l.clauses}</p>}
      {pr && (
        <>
          <Figures p={pr} lang={lang} />
          <Chart
            testId="chart-progress"
            title={l.chart(pr.year)}
            lang={lang}
            height={320}
            option={progressOption({ year: pr.year, cumulative: pr.monthly.cumulative, pace: pr.monthly.pace, target: pr.target, projected: pr.projected }, lang)}
          />
          <p className="hint">{pr.fromHistory ? l.fromHistory : l.fromDays}</p>
        </>
      )}
      <AtRiskTable key={`${whole.unitId} ${whole.from} ${whole.to}`} y={data} lang={lang} drill={p.drill} />
    </Panel>
  );
}

import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useState, type ReactNode } from 'react';
import { Chart } from '../../ui/Chart';
import { pyramidOption } from '../../charts/pyramid-option';
import { progressOption } from '../../charts/progress-option';
import { targetOption } from '../../charts/target-option';
import { codeLabel } from '../../dataset/codes';
import { formatCount, formatDate, formatNumber, formatPercent, yearLabel } from '../../i18n/format';
import { t } from '../../i18n/strings';
import { admissionProfile } from '../../indicators/admission-profile';
import { cellsWithoutAdmission, coverage, stagnantWindow } from '../../indicators/cells';
import { share } from '../../indicators/context';
import { computeKpis } from '../../indicators/kpis';
import { memberProfile, memberPyramid } from '../../indicators/member-profile';
import { progressState, yearOver, yearProgress } from '../../indicators/progress';
import { yearlyAdmissions } from '../../indicators/yearly';
import { achievement, admissions, bandLabel, HEADLINE_FLAGS, members, target } from '../../registry';
import { narrative } from '../../report/narrative';
import { narrativeInput } from '../../report/narrative-input';
import { dataYears, viewKey } from '../common';
import type { ViewProps } from '../types';
import { useQuery } from '../use-async';

export const SLIDE_COUNT = 7;

const L = {
  vi: {
    kpis: 'Kết quả kết nạp đảng viên',
    target: 'Kết nạp theo năm so với chỉ tiêu',
    progress: 'Tiến độ thực hiện chỉ tiêu trong năm',
    admittedOf: (year: number, d: string) => `Đã kết nạp năm ${year} (đến ${d})`,
    targetOf: (n: string) => `trên chỉ tiêu ${n}`,
    projected: 'Dự kiến cả năm',
    wholeYear: 'Kết quả cả năm',
    onCourse: 'đúng tiến độ',
    atRisk: 'có nguy cơ không đạt chỉ tiêu',
    met: 'đã đạt chỉ tiêu',
    missed: 'không đạt chỉ tiêu',
    unitsAtRisk: '{n}/{total} đơn vị trực thuộc {what}',
    unitsRisk: 'có nguy cơ',
    unitsMissed: 'không đạt',
    noProgress: 'Kỳ đang chọn không nằm trong một năm có chỉ tiêu: hãy chọn một năm, hoặc một phần của năm.',
    composition: 'Cơ cấu đảng viên mới kết nạp',
    ageing: 'Đội ngũ đảng viên: tuổi và già hóa',
    cells: 'Chi bộ nhiều năm không kết nạp được đảng viên',
    narrative: 'Tóm tắt',
    of: 'trên tổng số',
    meanAge: 'Tuổi bình quân',
    aged61: 'Từ 61 tuổi trở lên',
    cellsSentence: '{n}/{total} chi bộ không kết nạp được đảng viên nào trong {years} năm ({from}–{to})',
    oldest: 'Chi bộ lâu nhất chưa kết nạp',
    never: 'chưa có trong dữ liệu',
    lastYear: 'kết nạp gần nhất',
    keys: '← → chuyển trang · Esc thoát · T đổi nền',
    exit: 'Thoát',
    theme: 'Nền tối/sáng',
  },
  en: {
    kpis: 'Admissions of party members',
    target: 'Admissions per year against the target',
    progress: "Progress toward the year's target",
    admittedOf: (year: number, d: string) => `Admitted in ${year} (to ${d})`,
    targetOf: (n: string) => `of a target of ${n}`,
    projected: 'Projected for the year',
    wholeYear: 'The whole year',
    onCourse: 'on course',
    atRisk: 'at risk of missing the target',
    met: 'target met',
    missed: 'target missed',
    unitsAtRisk: '{n} of {total} sub-units {what}',
    unitsRisk: 'at risk',
    unitsMissed: 'missed',
    noProgress: 'The period chosen is not inside one year with a target: choose a year, or part of one.',
    composition: 'Who was admitted',
    ageing: 'Membership: age and ageing',
    cells: 'Cells without an admission for years',
    narrative: 'Summary',
    of: 'of',
    meanAge: 'Mean age',
    aged61: 'Aged 61 or more',
    cellsSentence: '{n} of {total} cells admitted nobody in {years} years ({from}–{to})',
    oldest: 'Cells waiting longest',
    never: 'never in the data',
    lastYear: 'last admission',
    keys: '← → change slide · Esc exit · T theme',
    exit: 'Exit',
    theme: 'Dark/light',
  },
};

interface Props extends ViewProps {
  slide: number;
  theme: 'light' | 'dark';
  go: (slide: number | null) => void;
  toggleTheme: () => void;
}

/** Chart text sized for the back of a room, in the slide's colours. */
function forSlide(option: EChartsCoreOption, theme: 'light' | 'dark'): EChartsCoreOption {
  const fg = theme === 'dark' ? '#f2f2f2' : '#1b2430';
  const text = { fontSize: 20, color: fg };
  const axis = (a: unknown): unknown => (Array.isArray(a) ? a.map(axis) : a && typeof a === 'object' ? { ...a, axisLabel: { ...(a as { axisLabel?: object }).axisLabel, ...text }, nameTextStyle: text } : a);
  const o = option as Record<string, unknown>;
  return {
    ...o,
    backgroundColor: 'transparent',
    textStyle: text,
    legend: o.legend ? { ...(o.legend as object), textStyle: text, itemWidth: 28, itemHeight: 16 } : o.legend,
    xAxis: axis(o.xAxis),
    yAxis: axis(o.yAxis),
    grid: o.grid ? { ...(o.grid as object), bottom: 48, containLabel: true } : o.grid,
  };
}

/** A chart's height on a slide: a share of the screen, so 720 and 1080 lines both hold one slide. */
function useSlideChartHeight(share = 0.58): number {
  const [h, setH] = useState(() => window.innerHeight);
  useEffect(() => {
    const on = () => setH(window.innerHeight);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return Math.round(h * share);
}

function Big({ label, value, note, testId, raw }: { label: string; value: string; note?: string; testId?: string; raw?: number | null }) {
  return (
    <div className="big" data-testid={testId} data-value={raw ?? ''}>
      <div className="big-label">{label}</div>
      <div className="big-value">{value}</div>
      {note && <div className="big-note">{note}</div>}
    </div>
  );
}

function KpiSlide(p: Props) {
  const { ctx, filters, lang } = p;
  const k = useQuery(ctx, viewKey(p, 'kpi'), (ctx) => computeKpis(ctx, filters)).data;
  if (!k) return null;
  return (
    <div className="bigs">
      <Big label={admissions.label[lang]} value={formatCount(k.admissions, lang)} raw={k.admissions} testId="slide-admissions" />
      <Big label={target.label[lang]} value={k.target === null ? t(lang, 'noTarget') : formatCount(k.target, lang)} raw={k.target} />
      <Big label={achievement.label[lang]} value={k.achievementPct === null ? '—' : formatPercent(k.achievementPct, lang)} raw={k.achievementPct} />
      <Big label={members.label[lang]} value={formatCount(k.members, lang)} raw={k.members} />
    </div>
  );
}

function TargetSlide(p: Props) {
  const { ctx, filters, lang, theme } = p;
  const { first, last } = dataYears(p);
  const years = useQuery(ctx, viewKey(p, 'years'), (ctx) => yearlyAdmissions(ctx, filters, first, last)).data;
  const height = useSlideChartHeight();
  if (!years) return null;
  const option = targetOption(
    { years: years.map((y) => yearLabel(y.year, ctx.loaded.dataDate, lang)), admissions: years.map((y) => y.admissions), targets: years.map((y) => y.target), achievementPct: years.map((y) => y.achievementPct) },
    lang,
  );
  return <Chart option={forSlide(option, theme)} height={height} title={L[lang].target} lang={lang} testId="slide-chart-target" />;
}

function ProgressSlide(p: Props) {
  const { ctx, filters, lang, theme } = p;
  const l = L[lang];
  const whole = { ...filters, clauses: [] };
  const y = useQuery(ctx, viewKey({ ...p, filters: whole }, 'progress'), (ctx) => yearProgress(ctx, whole)).data;
  const height = useSlideChartHeight();
  if (!y) return null;
  const pr = y.progress;
  if (!pr) return <p className="slide-sentence" data-testid="slide-progress-none">{l.noProgress}</p>;
  const over = yearOver(pr);
  const state = { on_course: l.onCourse, at_risk: l.atRisk, met: l.met, missed: l.missed }[progressState(pr)];
  const units = y.withTarget > 0 ? l.unitsAtRisk.replace('{n}', formatCount(y.atRisk.length, lang)).replace('{total}', formatCount(y.withTarget, lang)).replace('{what}', over ? l.unitsMissed : l.unitsRisk) : undefined;
  return (
    <div className="split">
      <div className="bigs column">
        <Big label={l.admittedOf(pr.year, formatDate(pr.asOf, lang))} value={formatCount(pr.admitted, lang)} note={l.targetOf(formatCount(pr.target, lang))} raw={pr.admitted} testId="slide-progress-admitted" />
        <Big label={over ? l.wholeYear : l.projected} value={formatCount(pr.projected, lang)} note={units ? `${state} · ${units}` : state} raw={pr.projected} testId="slide-progress-projected" />
      </div>
      <Chart
        option={forSlide(progressOption({ year: pr.year, cumulative: pr.monthly.cumulative, pace: pr.monthly.pace, target: pr.target, projected: pr.projected }, lang), theme)}
        height={height}
        title={l.progress}
        lang={lang}
        testId="slide-chart-progress"
      />
    </div>
  );
}

function CompositionSlide(p: Props) {
  const { ctx, filters, lang } = p;
  const pr = useQuery(ctx, viewKey(p, 'profile'), (ctx) => admissionProfile(ctx, filters)).data;
  if (!pr) return null;
  return (
    <div className="bigs six">
      {HEADLINE_FLAGS.map((f) => {
        const s = share(pr.flags[f.id], pr.count);
        return <Big key={f.id} label={f.label[lang]} value={formatCount(pr.flags[f.id], lang)} raw={pr.flags[f.id]} note={s === null ? undefined : formatPercent(s, lang, 1)} />;
      })}
    </div>
  );
}

function AgeingSlide(p: Props) {
  const { ctx, filters, lang, theme } = p;
  const l = L[lang];
  const data = useQuery(ctx, viewKey(p, 'ageing'), async (ctx) => ({ profile: await memberProfile(ctx, filters), pyramid: await memberPyramid(ctx, filters) })).data;
  const height = useSlideChartHeight();
  if (!data) return null;
  const s61 = share(data.profile.aged61Plus, data.profile.count);
  return (
    <div className="split">
      <div className="bigs column">
        <Big label={l.aged61} value={s61 === null ? '—' : formatPercent(s61, lang, 1)} note={`${formatCount(data.profile.aged61Plus, lang)} / ${formatCount(data.profile.count, lang)}`} raw={data.profile.aged61Plus} />
        <Big label={l.meanAge} value={data.profile.meanAge === null ? '—' : formatNumber(data.profile.meanAge, lang)} raw={data.profile.meanAge} />
      </div>
      <Chart
        option={forSlide(
          pyramidOption({ bands: data.pyramid.map((b) => bandLabel(b.band, lang)), men: data.pyramid.map((b) => b.men), women: data.pyramid.map((b) => b.women) }, lang),
          theme,
        )}
        height={height}
        title={l.ageing}
        lang={lang}
      />
    </div>
  );
}

function CellsSlide(p: Props) {
  const { ctx, filters, lang, stagnantYears } = p;
  const l = L[lang];
  const data = useQuery(ctx, viewKey(p, 'cells', stagnantYears), async (ctx) => {
    const [stagnant, cov] = await Promise.all([
      cellsWithoutAdmission(ctx, filters, stagnantYears, { sort: 'last_admission_year', desc: false, limit: 5, offset: 0 }),
      coverage(ctx, filters, stagnantYears),
    ]);
    return { stagnant, cov };
  }).data;
  if (!data) return null;
  const w = stagnantWindow(filters, stagnantYears);
  const total = data.cov.reduce((s, r) => s + r.cells, 0);
  return (
    <div>
      <p className="slide-sentence" data-testid="slide-cells">
        {l.cellsSentence
          .replace('{n}', formatCount(data.stagnant.count, lang))
          .replace('{total}', formatCount(total, lang))
          .replace('{years}', String(stagnantYears))
          .replace('{from}', String(w.from))
          .replace('{to}', String(w.to))}
      </p>
      {data.stagnant.cells.length > 0 && (
        <>
          <h3>{l.oldest}</h3>
          <ul className="slide-list">
            {data.stagnant.cells.map((c) => (
              <li key={c.unitId}>
                {c.name} <span className="muted">· {c.path.slice(-2, -1).join('')} · {c.type ? codeLabel('type', c.type, lang) : ''} · {l.lastYear}: {c.lastAdmissionYear ?? l.never}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function NarrativeSlide(p: Props) {
  const { ctx, filters, lang, stagnantYears } = p;
  const input = useQuery(ctx, viewKey(p, 'narrative', stagnantYears), (ctx) => narrativeInput(ctx, filters, stagnantYears)).data;
  return input ? <p className="slide-narrative">{narrative(input, lang)}</p> : null;
}

const SLIDES: { title: 'kpis' | 'target' | 'progress' | 'composition' | 'ageing' | 'cells' | 'narrative'; body: (p: Props) => ReactNode }[] = [
  { title: 'kpis', body: KpiSlide },
  { title: 'target', body: TargetSlide },
  { title: 'progress', body: ProgressSlide },
  { title: 'composition', body: CompositionSlide },
  { title: 'ageing', body: AgeingSlide },
  { title: 'cells', body: CellsSlide },
  { title: 'narrative', body: NarrativeSlide },
];

/**
 * Trình chiếu: one point per slide, large type, the unit, period and data date
 * on every slide; arrow / page keys move, Esc leaves. Follows the current
 * filters and drill-down.
 */
export function Presentation(p: Props) {
  const { ctx, filters, lang, slide, theme, go, toggleTheme } = p;
  const l = L[lang];
  const index = Math.min(Math.max(slide, 1), SLIDE_COUNT);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) go(Math.min(index + 1, SLIDE_COUNT));
      else if (['ArrowLeft', 'PageUp', 'Backspace'].includes(e.key)) go(Math.max(index - 1, 1));
      else if (e.key === 'Home') go(1);
      else if (e.key === 'End') go(SLIDE_COUNT);
      else if (e.key === 'Escape') go(null);
      else if (e.key === 't' || e.key === 'T') toggleTheme();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, go, toggleTheme]);
  const unit = ctx.loaded.tree.units.get(filters.unitId);
  const s = SLIDES[index - 1];
  const Body = s.body;
  return (
    <div className={`presentation ${theme}`} data-testid="presentation" data-slide={index} role="region" aria-roledescription="slide" aria-label={`${index}/${SLIDE_COUNT}`}>
      <header className="slide-head">
        <div>
          <div className="slide-unit">{unit?.name}</div>
          <div className="slide-meta">
            {formatDate(filters.from, lang)} – {formatDate(filters.to, lang)}
            {ctx.loaded.dataDate && ` · ${t(lang, 'dataDate')} ${formatDate(ctx.loaded.dataDate, lang)}`}
          </div>
        </div>
        <div className="slide-controls">
          <button type="button" onClick={toggleTheme} data-testid="slide-theme">
            {l.theme}
          </button>
          <button type="button" onClick={() => go(null)} data-testid="slide-exit">
            {l.exit}
          </button>
        </div>
      </header>
      <h2 className="slide-title" data-testid="slide-title">
        {l[s.title]}
      </h2>
      <div className="slide-body">
        <Body {...p} />
      </div>
      <footer className="slide-foot">
        <span>{l.keys}</span>
        <span data-testid="slide-counter">
          {index}/{SLIDE_COUNT}
        </span>
      </footer>
    </div>
  );
}

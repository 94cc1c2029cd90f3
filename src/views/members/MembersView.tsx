import { dayBefore } from '../../filters/period';
import { useRef } from 'react';
import { Chart } from '../../ui/Chart';
import { lineOption } from '../../charts/line-option';
import { pyramidOption } from '../../charts/pyramid-option';
import { codeLabel } from '../../dataset/codes';
import type { Lang } from '../../dataset/types';
import { memberBreakdown } from '../../indicators/breakdown';
import { share } from '../../indicators/context';
import { memberChange, memberProfile, memberPyramid, memberTrend, type MemberChange } from '../../indicators/member-profile';
import { bandLabel, LEFT_REASONS, MEMBER_INDICATORS } from '../../registry';
import { formatCount, formatDate, yearLabel } from '../../i18n/format';
import { CodeBars } from '../CodeBars';
import { dataYears, Loading, Panel, StatCard, viewKey } from '../common';
import type { ViewProps } from '../types';
import { useQuery } from '../use-async';

const L = {
  vi: {
    atEnd: 'Đội ngũ đảng viên tại ngày {date}',
    members: 'Đảng viên',
    meanAge: 'Tuổi bình quân',
    pyramid: 'Tháp tuổi theo giới tính',
    ageing: 'Tuổi bình quân và tỷ lệ từ 61 tuổi trở lên qua các năm',
    meanAgeSeries: 'Tuổi bình quân',
    share61: 'Tỷ lệ từ 61 tuổi (%)',
    qualification: 'Trình độ chuyên môn',
    theory: 'Lý luận chính trị',
    change: 'Tăng, giảm đảng viên trong kỳ (Biểu 1)',
    start: 'Đầu kỳ ({date})',
    admitted: 'Kết nạp (tăng)',
    left: 'Giảm',
    unknownReason: 'Không rõ lý do',
    end: 'Cuối kỳ ({date})',
    count: 'Số đảng viên',
    unknown: 'Không rõ',
    hint: 'Bấm vào một ô hoặc một cột để lọc theo nhóm đó.',
  },
  en: {
    atEnd: 'Membership on {date}',
    members: 'Members',
    meanAge: 'Mean age',
    pyramid: 'Age pyramid by sex',
    ageing: 'Mean age and share aged 61+ over the years',
    meanAgeSeries: 'Mean age',
    share61: 'Aged 61+ (%)',
    qualification: 'Qualification',
    theory: 'Political theory',
    change: 'Members gained and lost in the period (Form 1)',
    start: 'At the start ({date})',
    admitted: 'Admitted (gain)',
    left: 'Lost',
    unknownReason: 'Reason unknown',
    end: 'At the end ({date})',
    count: 'Members',
    unknown: 'Unknown',
    hint: 'Click a box or a bar to filter by that group.',
  },
};

function ChangeTable({ c, lang }: { c: MemberChange; lang: Lang }) {
  const l = L[lang];
  const row = (label: string, n: number, testId: string, cls = '') => (
    <tr className={cls} key={testId}>
      <td>{label}</td>
      <td className="num" data-testid={testId} data-value={n}>
        {formatCount(n, lang)}
      </td>
    </tr>
  );
  return (
    <table className="data change" data-testid="member-change">
      <tbody>
        {row(l.start.replace('{date}', formatDate(dayBefore(c.from), lang)), c.start, 'change-start', 'strong')}
        {row(l.admitted, c.admitted, 'change-admitted')}
        {row(l.left, c.leftTotal, 'change-left', 'strong')}
        {LEFT_REASONS.map((r) => row(`  – ${codeLabel('left_reason', r, lang)}`, c.left[r], `change-left-${r}`, 'sub'))}
        {c.left.unknown > 0 && row(`  – ${l.unknownReason}`, c.left.unknown, 'change-left-unknown', 'sub')}
        {row(l.end.replace('{date}', formatDate(c.to, lang)), c.end, 'change-end', 'strong')}
      </tbody>
    </table>
  );
}

/** Đội ngũ đảng viên: the membership at the period's end, its ageing over the years, and Biểu 1. */
export function MembersView(p: ViewProps) {
  const { ctx, filters, lang } = p;
  const { first, last } = dataYears(p);
  const key = viewKey(p);
  const l = L[lang];
  const profile = useQuery(ctx, key, (ctx) => memberProfile(ctx, filters));
  const pyramid = useQuery(ctx, key, (ctx) => memberPyramid(ctx, filters));
  // the ageing trend, Biểu 1 and the breakdowns sit below the fold: asked once they come near, or the page is idle
  const ageingPanel = useRef<HTMLElement>(null);
  const changePanel = useRef<HTMLElement>(null);
  const breakdownPanel = useRef<HTMLElement>(null);
  const trend = useQuery(ctx, key, (ctx) => memberTrend(ctx, filters, first, last), { panel: ageingPanel });
  const change = useQuery(ctx, key, (ctx) => memberChange(ctx, filters), { panel: changePanel });
  const breakdowns = useQuery(ctx, key, async (ctx) => ({
    qualification: await memberBreakdown(ctx, filters, 'qualification'),
    theory: await memberBreakdown(ctx, filters, 'political_theory'),
  }), { panel: breakdownPanel });
  const pr = profile.data;
  const value: Record<string, number> = pr
    ? { probationary: pr.probationary, women: pr.women, ethnic_minority: pr.ethnicMinority, religious: pr.religious, youth: pr.youth, aged_61_plus: pr.aged61Plus }
    : {};
  return (
    <>
      <Panel title={l.atEnd.replace('{date}', formatDate(filters.to, lang))} wide testId="panel-member-profile">
        {pr ? (
          <>
            <div className="stats">
              <StatCard label={l.members} count={pr.count} lang={lang} testId="member-count" />
              {MEMBER_INDICATORS.map((d) => {
                const f = d.crossFilter;
                return (
                  <StatCard
                    key={d.id}
                    label={d.label[lang]}
                    title={d.definition[lang]}
                    count={value[d.id]}
                    share={share(value[d.id], pr.count)}
                    lang={lang}
                    testId={`member-${d.id}`}
                    onClick={f ? () => p.toggle(f.dim, f.value) : undefined}
                  />
                );
              })}
              <StatCard label={l.meanAge} count={pr.meanAge} decimals={1} lang={lang} testId="member-mean-age" />
            </div>
            <p className="hint">{l.hint}</p>
          </>
        ) : (
          <Loading error={profile.error} />
        )}
      </Panel>
      <div className="grid">
        <Panel title={l.pyramid} testId="panel-pyramid">
          {pyramid.data ? (
            <Chart
              testId="chart-pyramid"
              title={l.pyramid}
              lang={lang}
              height={320}
              option={pyramidOption(
                { bands: pyramid.data.map((b) => bandLabel(b.band, lang)), men: pyramid.data.map((b) => b.men), women: pyramid.data.map((b) => b.women) },
                lang,
              )}
              onClick={(c) => p.toggle('sex', c.seriesIndex === 0 ? 'nam' : 'nu')}
            />
          ) : (
            <Loading error={pyramid.error} />
          )}
        </Panel>
        <Panel title={l.ageing} testId="panel-ageing" ref={ageingPanel}>
          {trend.data ? (
            <>
              <Chart
                testId="chart-ageing-share"
                title={l.share61}
                lang={lang}
                height={220}
                option={lineOption(
                  { categories: trend.data.map((y) => yearLabel(y.year, ctx.loaded.dataDate, lang)), series: [{ name: l.share61, values: trend.data.map((y) => share(y.aged61, y.count)) }], valueFormat: 'percent', yMin: 0 },
                  lang,
                )}
              />
              <Chart
                testId="chart-ageing-mean"
                title={l.meanAgeSeries}
                lang={lang}
                height={200}
                option={lineOption(
                  { categories: trend.data.map((y) => yearLabel(y.year, ctx.loaded.dataDate, lang)), series: [{ name: l.meanAgeSeries, values: trend.data.map((y) => y.mean_age) }], valueFormat: 'number' },
                  lang,
                )}
              />
            </>
          ) : (
            <Loading error={trend.error} />
          )}
        </Panel>
        <Panel title={l.change} testId="panel-change" ref={changePanel}>
          {change.data ? <ChangeTable c={change.data} lang={lang} /> : <Loading error={change.error} />}
        </Panel>
        {breakdowns.data ? (
          <>
            <Panel title={l.qualification} ref={breakdownPanel}>
              <CodeBars b={breakdowns.data.qualification} title={l.qualification} dim="qualification" testId="chart-member-qualification" p={p} />
            </Panel>
            <Panel title={l.theory}>
              <CodeBars b={breakdowns.data.theory} title={l.theory} dim="political_theory" testId="chart-member-political_theory" p={p} />
            </Panel>
          </>
        ) : (
          <Loading error={breakdowns.error} />
        )}
      </div>
    </>
  );
}

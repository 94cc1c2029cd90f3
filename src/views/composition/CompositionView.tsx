import { useRef } from 'react';
import { Chart } from '../../ui/Chart';
import { barOption } from '../../charts/bar-option';
import { pieOption } from '../../charts/pie-option';
import { codeLabel } from '../../dataset/codes';
import { admissionProfile, admissionProfileByYear } from '../../indicators/admission-profile';
import { admissionBreakdown } from '../../indicators/breakdown';
import { share } from '../../indicators/context';
import { ADMISSION_AGE_BANDS, ADMISSION_FLAGS, bandLabel } from '../../registry';
import { formatCount, formatNumber, formatPercent, yearLabel } from '../../i18n/format';
import type { Lang } from '../../dataset/types';
import { CodeBars } from '../CodeBars';
import { Loading, Panel, StatCard, viewKey } from '../common';
import type { ViewProps } from '../types';
import { useQuery } from '../use-async';

const L = {
  vi: {
    total: 'Tổng số kết nạp',
    kinds: 'Đảng viên mới kết nạp trong kỳ',
    hint: 'Bấm vào một ô để lọc mọi bảng, biểu đồ theo nhóm đó.',
    byYear: 'Theo từng năm trong kỳ',
    year: 'Năm',
    ages: 'Độ tuổi khi kết nạp (Biểu 2)',
    meanAge: 'Tuổi bình quân',
    sex: 'Giới tính',
    education: 'Trình độ giáo dục phổ thông',
    qualification: 'Trình độ chuyên môn',
    occupation: 'Nghề nghiệp khi kết nạp',
    count: 'Số người',
    unknown: 'Không rõ',
  },
  en: {
    total: 'Admissions',
    kinds: 'Members admitted in the period',
    hint: 'Click a box to filter every table and chart by that group.',
    byYear: 'Year by year within the period',
    year: 'Year',
    ages: 'Age at admission (Form 2)',
    meanAge: 'Mean age',
    sex: 'Sex',
    education: 'General education',
    qualification: 'Qualification',
    occupation: 'Occupation at admission',
    count: 'People',
    unknown: 'Unknown',
  },
};

function YearTable({ rows, lang, dataDate }: { rows: Awaited<ReturnType<typeof admissionProfileByYear>>; lang: Lang; dataDate: string | null }) {
  const l = L[lang];
  return (
    <div className="table-scroll">
      <table className="data" data-testid="composition-years">
        <thead>
          <tr>
            <th>{l.year}</th>
            <th className="num">{l.total}</th>
            {ADMISSION_FLAGS.map((f) => (
              <th key={f.id} className="num">
                {f.label[lang]}
              </th>
            ))}
            <th className="num">{l.meanAge}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <td>{yearLabel(r.year, dataDate, lang)}</td>
              <td className="num">{formatCount(r.count, lang)}</td>
              {ADMISSION_FLAGS.map((f) => {
                const s = share(r.flags[f.id], r.count);
                return (
                  <td key={f.id} className="num">
                    {formatCount(r.flags[f.id], lang)}
                    {s !== null && <small className="muted"> ({formatPercent(s, lang, 1)})</small>}
                  </td>
                );
              })}
              <td className="num">{r.meanAge === null ? '—' : formatNumber(r.meanAge, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Cơ cấu kết nạp: who was admitted — the kinds the reports count, age bands, education, qualification, occupation. */
export function CompositionView(p: ViewProps) {
  const { ctx, filters, lang } = p;
  const key = viewKey(p);
  const l = L[lang];
  const profile = useQuery(ctx, key, (ctx) => admissionProfile(ctx, filters));
  // the breakdowns and the years sit below the fold: asked once they come near, or the page is idle
  const breakdownPanel = useRef<HTMLElement>(null);
  const yearPanel = useRef<HTMLElement>(null);
  const byYear = useQuery(ctx, key, (ctx) => admissionProfileByYear(ctx, filters), { panel: yearPanel });
  const breakdowns = useQuery(ctx, key, async (ctx) => ({
    education: await admissionBreakdown(ctx, filters, 'education'),
    qualification: await admissionBreakdown(ctx, filters, 'qualification'),
    occupation: await admissionBreakdown(ctx, filters, 'occupation'),
  }), { panel: breakdownPanel });
  const sex = useQuery(ctx, key, (ctx) => admissionBreakdown(ctx, filters, 'sex'));
  const pr = profile.data;
  return (
    <>
      <Panel title={l.kinds} wide testId="panel-flags">
        {pr ? (
          <>
            <div className="stats">
              <StatCard label={l.total} count={pr.count} lang={lang} testId="flag-count" />
              {ADMISSION_FLAGS.map((f) => {
                const filter = f.crossFilter;
                return (
                  <StatCard
                    key={f.id}
                    label={f.label[lang]}
                    title={f.definition[lang]}
                    count={pr.flags[f.id]}
                    share={share(pr.flags[f.id], pr.count)}
                    lang={lang}
                    testId={`flag-${f.id}`}
                    onClick={filter ? () => p.toggle(filter.dim, filter.value) : undefined}
                  />
                );
              })}
              <StatCard label={l.meanAge} count={pr.meanAge} lang={lang} decimals={1} testId="flag-mean-age" />
            </div>
            <p className="hint">{l.hint}</p>
          </>
        ) : (
          <Loading error={profile.error} />
        )}
      </Panel>
      <div className="grid">
        <Panel title={l.ages} testId="panel-ages">
          {pr ? (
            <Chart
              testId="chart-age_band"
              title={l.ages}
              lang={lang}
              height={300}
              option={barOption(
                {
                  categories: ADMISSION_AGE_BANDS.map((b) => bandLabel(b.key, lang)),
                  keys: ADMISSION_AGE_BANDS.map((b) => b.key),
                  series: [{ name: l.count, values: ADMISSION_AGE_BANDS.map((b) => pr.ageBands[b.key]) }],
                },
                lang,
              )}
              onClick={(c) => {
                const b = ADMISSION_AGE_BANDS[c.dataIndex];
                if (b) p.toggle('age_band', b.key);
              }}
            />
          ) : (
            <Loading error={profile.error} />
          )}
        </Panel>
        <Panel title={l.sex} testId="panel-sex">
          {sex.data ? (
            <Chart
              testId="chart-sex"
              title={l.sex}
              lang={lang}
              height={300}
              option={pieOption({ slices: sex.data.counts.map((s) => ({ name: s.code === null ? l.unknown : codeLabel('sex', s.code, lang), value: s.count, key: s.code ?? '' })) }, lang)}
              onClick={(c) => {
                const code = sex.data?.counts[c.dataIndex]?.code;
                if (code) p.toggle('sex', code);
              }}
            />
          ) : (
            <Loading error={sex.error} />
          )}
        </Panel>
        {breakdowns.data ? (
          <>
            <Panel title={l.education} ref={breakdownPanel}>
              <CodeBars b={breakdowns.data.education} title={l.education} dim="education" testId="chart-education" p={p} />
            </Panel>
            <Panel title={l.qualification}>
              <CodeBars b={breakdowns.data.qualification} title={l.qualification} dim="qualification" testId="chart-qualification" p={p} />
            </Panel>
            <Panel title={l.occupation} wide>
              <CodeBars b={breakdowns.data.occupation} title={l.occupation} dim="occupation" testId="chart-occupation" p={p} />
            </Panel>
          </>
        ) : (
          <Loading error={breakdowns.error} />
        )}
      </div>
      <Panel title={l.byYear} wide ref={yearPanel}>
        {byYear.data ? <YearTable rows={byYear.data} lang={lang} dataDate={ctx.loaded.dataDate} /> : <Loading error={byYear.error} />}
      </Panel>
    </>
  );
}

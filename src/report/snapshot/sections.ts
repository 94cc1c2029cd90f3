import { previousCaption, previousNote } from '../comparison-text';
import { dayBefore } from '../../filters/period';
import { barOption } from '../../charts/bar-option';
import { lineOption } from '../../charts/line-option';
import { pyramidOption } from '../../charts/pyramid-option';
import { targetOption } from '../../charts/target-option';
import { codeLabel } from '../../dataset/codes';
import type { Lang } from '../../dataset/types';
import { formatCount, formatDate, formatPercent, yearLabel } from '../../i18n/format';
import {
  achievement as achievementDef,
  ADMISSION_AGE_BANDS,
  ADMISSION_FLAGS,
  admissions as admissionsDef,
  bandLabel,
  LEFT_REASONS,
  MEMBER_INDICATORS,
  members as membersDef,
  target as targetDef,
} from '../../registry';
import { chartFigure, gapSeries } from './charts';
import type { SnapshotData } from './collect';
import { esc, num, para, table, type Cell } from './html';
import { labels } from './labels';
import type { Published } from './published';
import { BAND_UNKNOWN, ID, memberValues } from './register';

/** Drawing sizes in px: a full A4 column is about 690 px at 96 dpi, so the text stays at print size. */
const FULL = 680;
const HALF = 340;

/** A chart that would show nothing publishable: its caption and why. */
const noChart = (caption: string, why: string) => `<figure class="chart empty"><figcaption>${esc(caption)}</figcaption><p class="fig-note">${esc(why)}</p></figure>`;

const typeLabel = (type: string | null, lang: Lang) => (type === null ? labels(lang).untyped : codeLabel('type', type, lang));
const lowerFirst = (s: string) => (s ? s[0].toLocaleLowerCase('vi') + s.slice(1) : s);

/** The four headline figures; `data-value` is the raw number, empty when hidden or absent. */
export function kpiSection(d: SnapshotData, p: Published, lang: Lang, to: string): string {
  const l = labels(lang);
  const k = d.kpis;
  const achievement = p.isHidden(ID.adm) ? null : k.achievementPct;
  const tile = (figure: string, label: string, value: number | null, shown: string, note: string, previous?: { value: number | null; note: string }) =>
    `<div class="kpi" data-figure="${figure}" data-value="${value === null ? '' : value}"${previous ? ` data-previous="${previous.value === null ? '' : previous.value}"` : ''}><div class="label">${esc(label)}</div>` +
    `<div class="value">${esc(shown)}</div><div class="note">${esc(note)}</div>${previous ? `<div class="note">${esc(previous.note)}</div>` : ''}</div>`;
  // the same period a year earlier; a hidden count is written "< K", and the change only beside two shown counts
  const prev = k.previous;
  const bothShown = !p.isHidden(ID.adm) && !p.isHidden(ID.prevAdm);
  const prevLine = (id: string, change: number | null, pct: number | null) =>
    p.isHidden(id) ? `${previousCaption(prev, lang)}: ${p.count(id)}` : previousNote(p.raw(id)!, change, pct, prev, lang);
  const target = k.target === null ? l.noTarget : k.targetMax !== null ? l.targetRange(formatCount(k.target, lang), formatCount(k.targetMax, lang)) : formatCount(k.target, lang);
  const achNote = k.achievementPct === null ? (k.target === null ? l.noTarget : '') : achievement === null ? l.achievementHidden : l.achievementOf;
  return [
    '<section class="kpis">',
    tile('admissions', admissionsDef.label[lang], p.raw(ID.adm), p.count(ID.adm), '', {
      value: p.raw(ID.prevAdm),
      note: prevLine(ID.prevAdm, bothShown ? prev.admissionsChange : null, bothShown ? prev.admissionsChangePct : null),
    }),
    tile('target', targetDef.label[lang], k.target, target, ''),
    tile('achievement', achievementDef.label[lang], achievement, achievement === null ? '—' : formatPercent(achievement, lang), achNote),
    tile('members', membersDef.label[lang], p.raw(ID.mem), p.count(ID.mem), l.membersAt(formatDate(to, lang)), { value: p.raw(ID.prevMem), note: prevLine(ID.prevMem, null, null) }),
    '</section>',
  ].join('');
}

/** Admissions per year against the target: the chart and its table. */
export function yearsSection(d: SnapshotData, p: Published, lang: Lang): string {
  const l = labels(lang);
  const hidden = d.years.map((y) => p.isHidden(ID.year(y.year)));
  let option = targetOption(
    {
      years: d.years.map((y) => yearLabel(y.year, d.dataDate, lang)),
      admissions: d.years.map((y) => y.admissions),
      targets: d.years.map((y) => y.target),
      achievementPct: d.years.map((y, i) => (hidden[i] ? null : y.achievementPct)),
      title: l.chartYears,
    },
    lang,
  );
  option = gapSeries(option, 0, hidden);
  const note = hidden.some(Boolean) ? l.hiddenInChart(p.k) : undefined;
  const rows: Cell[][] = d.years.map((y, i) => [
    yearLabel(y.year, d.dataDate, lang),
    num(p.count(ID.year(y.year))),
    num(y.target === null ? '—' : y.targetMax !== null ? l.targetRange(formatCount(y.target, lang), formatCount(y.targetMax, lang)) : formatCount(y.target, lang)),
    num(hidden[i] || y.achievementPct === null ? '—' : formatPercent(y.achievementPct, lang)),
  ]);
  return chartFigure(option, l.chartYears, FULL, 280, note) + table({ head: [l.yearCol, l.admissions, l.target, l.achievement], rows, cls: 'years' });
}

/** Kinds of admissions (count and share), the age bands (chart and mean age), the occupations. */
export function compositionSection(d: SnapshotData, p: Published, lang: Lang): string {
  const l = labels(lang);
  const kinds = table({
    caption: l.kindsCaption,
    head: [l.kind, l.count, l.ofAdmissions],
    rows: [
      [{ text: l.totalAdm }, num(p.count(ID.adm)), num(p.isHidden(ID.adm) ? '—' : formatPercent(100, lang))],
      ...ADMISSION_FLAGS.map((f): Cell[] => [f.label[lang], num(p.count(ID.flag(f.id))), num(p.share(ID.flag(f.id), ID.adm))]),
      [l.meanAgeAdm, num(p.mean(d.profile.meanAge, ID.adm)), num('')],
    ],
  });
  const bands = [...ADMISSION_AGE_BANDS.map((b) => b.key), ...(p.raw(ID.band(BAND_UNKNOWN)) === 0 ? [] : [BAND_UNKNOWN])];
  const bandName = (key: string) => (key === BAND_UNKNOWN ? l.ageUnknown : bandLabel(key, lang));
  const hiddenBand = bands.some((b) => p.isHidden(ID.band(b)));
  const chart = chartFigure(
    barOption({ categories: bands.map(bandName), series: [{ name: l.admissions, values: bands.map((b) => p.raw(ID.band(b))) }], horizontal: true, title: l.ageBands }, lang),
    l.ageBands,
    HALF,
    260,
    hiddenBand ? l.hiddenInChart(p.k) : undefined,
  );
  const bandTable = table({
    head: [l.ageCol, l.count, l.share],
    rows: bands.map((b) => [bandName(b), num(p.count(ID.band(b))), num(p.share(ID.band(b), ID.adm))]),
  });
  const occ = table({
    caption: l.occupation,
    head: [l.occupationCol, l.count, l.share],
    rows: d.occupation.counts
      .filter((o) => o.count > 0)
      .map((o) => [o.code === null ? l.unknown : codeLabel('occupation', o.code, lang), num(p.count(ID.occ(o.code))), num(p.share(ID.occ(o.code), ID.adm))]),
  });
  return `${kinds}<div class="two keep">${chart}<div>${bandTable}</div></div>${occ}`;
}

/** The membership at the period's end, its pyramid, its ageing over the years, and its change in the period. */
export function membersSection(d: SnapshotData, p: Published, lang: Lang, from: string, to: string): string {
  const l = labels(lang);
  const end = formatDate(to, lang);
  const mv = memberValues(d);
  const profile = table({
    caption: l.profileCaption(end),
    head: [l.indicator, l.count, l.ofMembers],
    rows: [
      [{ text: l.members }, num(p.count(ID.mem)), num(p.isHidden(ID.mem) ? '—' : formatPercent(100, lang))],
      ...MEMBER_INDICATORS.filter((m) => m.id in mv).map((m): Cell[] => [m.label[lang], num(p.count(ID.memberInd(m.id))), num(p.share(ID.memberInd(m.id), ID.mem))]),
      [l.meanAge, num(p.mean(d.members.meanAge, ID.mem)), num('')],
    ],
  });
  const hiddenMen = d.pyramid.map((b) => p.isHidden(ID.pyr('men', b.band)));
  const hiddenWomen = d.pyramid.map((b) => p.isHidden(ID.pyr('women', b.band)));
  let pyr = pyramidOption(
    {
      bands: d.pyramid.map((b) => bandLabel(b.band, lang)),
      men: d.pyramid.map((b) => p.raw(ID.pyr('men', b.band)) ?? 0),
      women: d.pyramid.map((b) => p.raw(ID.pyr('women', b.band)) ?? 0),
      title: l.pyramid(end),
    },
    lang,
  );
  pyr = gapSeries(gapSeries(pyr, 0, hiddenMen), 1, hiddenWomen);
  const anyPyr = [...hiddenMen, ...hiddenWomen].some(Boolean);
  // a year's share of 61+ is published only when its two counts are; the last year is the profile's own
  const lastIsProfile = to.endsWith('-12-31');
  const shares = d.trend.map((y, i) => {
    const small = (n: number) => n >= 1 && n < p.k;
    if (small(y.aged61) || small(y.count)) return null;
    if (lastIsProfile && i === d.trend.length - 1 && (p.isHidden(ID.memberInd('aged_61_plus')) || p.isHidden(ID.mem))) return null;
    return y.count > 0 ? Math.round((y.aged61 / y.count) * 10000) / 100 : null;
  });
  const anyShare = d.trend.some((y, i) => shares[i] === null && y.count > 0);
  const drawable = d.pyramid.some((b, i) => (!hiddenMen[i] && b.men > 0) || (!hiddenWomen[i] && b.women > 0));
  const charts =
    (drawable ? chartFigure(pyr, l.pyramid(end), FULL, 260, anyPyr ? l.hiddenInChart(p.k) : undefined) : noChart(l.pyramid(end), l.noChart(p.k))) +
    (shares.every((s) => s === null) ? noChart(l.ageing, l.noChart(p.k)) : chartFigure(
      lineOption({ categories: d.trend.map((y) => yearLabel(y.year, d.dataDate, lang)), series: [{ name: l.aged61Series, values: shares }], valueFormat: 'percent', yMin: 0, title: l.ageing }, lang),
      l.ageing,
      FULL,
      200,
      anyShare ? l.hiddenInChart(p.k) : undefined,
    ));
  const reasons = [...LEFT_REASONS, 'unknown'] as const;
  const change = table({
    caption: l.change,
    head: [l.indicator, l.count],
    rows: [
      [l.changeStart(formatDate(dayBefore(from), lang)), num(p.count(ID.b1('start')))],
      [l.changeAdmitted, num(p.count(ID.b1('admitted')))],
      [l.changeLeft, num(p.count(ID.b1('left')))],
      ...reasons
        .filter((r) => d.change.left[r] > 0 || r !== 'unknown')
        .map((r): Cell[] => [
          { html: `<span class="sub-label">${esc(l.changeReason(r === 'unknown' ? l.reasonUnknown : codeLabel('left_reason', r, lang)))}</span>` },
          num(p.count(ID.b1(`left.${r}`))),
        ]),
    ],
    foot: [[l.changeEnd(end), num(p.count(ID.b1('end')))]],
    cls: 'change',
  });
  return profile + charts + change;
}

/** Coverage per cell type, the cells without admission for N years, the grassroots committees without admission. */
export function cellsSection(d: SnapshotData, p: Published, lang: Lang): string {
  const l = labels(lang);
  const row = (label: string, id: (col: 'cells' | 'with' | 'without' | 'adm') => string): Cell[] => [
    label,
    num(p.count(id('cells'))),
    num(p.count(id('with'))),
    num(p.count(id('without'))),
    num(p.share(id('with'), id('cells'))),
    num(p.count(id('adm'))),
  ];
  const coverage = table({
    caption: l.coverageCaption,
    head: [l.cellType, l.cells, l.withAdm, l.withoutAdm, l.withShare, l.admitted],
    rows: d.coverage.map((r) => row(typeLabel(r.type, lang), (col) => ID.cov(r.type, col))),
    foot: d.coverage.length > 1 ? [row(l.total, ID.covTotal)] : [],
  });
  const sentences = d.coverage
    .filter((r) => r.cells > 0)
    .map((r) => `<li>${esc(l.coverageSentence(p.count(ID.cov(r.type, 'adm')), p.count(ID.cov(r.type, 'with')), p.count(ID.cov(r.type, 'cells')), lowerFirst(typeLabel(r.type, lang))))}</li>`)
    .join('');
  const st = d.stagnant;
  const w = d.window;
  // the units between the report's unit and the cell: the rest is in the header
  const parents = (path: string[]) => path.slice(d.unitDepth, -1).join(' › ');
  const stagnant = [
    `<h3>${esc(l.stagnantCaption(w.to - w.from + 1, w.from, w.to))}</h3>`,
    st.count === 0 ? para(l.stagnantNone) : para(l.stagnantCount(p.count(ID.stagnant))),
    st.cells.length
      ? table({
          head: [l.path, l.type, l.cellMembers, l.cellAged61, l.lastYear],
          rows: st.cells.map((c) => [
            { html: `${esc(c.name)}${parents(c.path) ? `<br><span class="path">${esc(parents(c.path))}</span>` : ''}` },
            c.type === null ? l.untyped : codeLabel('type', c.type, lang),
            num(p.count(ID.cell(c.unitId, 'members'))),
            num(p.count(ID.cell(c.unitId, 'a61'))),
            num(c.lastAdmissionYear === null ? l.neverAdmitted : String(c.lastAdmissionYear)),
          ]),
          long: true,
          cls: 'list',
        })
      : '',
    st.count > st.cells.length ? para(l.more(p.count(ID.stagnantMore)), 'note') : '',
  ].join('');
  const g = d.grassroots;
  const grass = [
    `<h3>${esc(l.grassroots)}</h3>`,
    g.total === 0
      ? para(l.grassrootsEmpty)
      : g.without.length === 0
        ? para(l.grassrootsNone(p.count(ID.grassTotal)))
        : para(l.grassrootsCount(p.count(ID.grassWithout), p.count(ID.grassTotal))),
    g.without.length ? `<ul class="sentences">${g.without.map((u) => `<li>${esc(u.path.join(' › '))}</li>`).join('')}</ul>` : '',
  ].join('');
  return `${coverage}${sentences ? `<ul class="sentences">${sentences}</ul>` : ''}${stagnant}${grass}`;
}

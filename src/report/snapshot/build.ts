import type { Lang } from '../../dataset/types';
import type { Filters } from '../../filters/filters';
import { wholeYear } from '../../filters/period';
import { formatDate } from '../../i18n/format';
import type { Ctx } from '../../indicators/context';
import { REGISTRY, type Family } from '../../registry';
import { unitPath } from '../../model/tree';
import { suppressionNote } from '../suppress';
import { collect } from './collect';
import { formsSection } from './forms';
import { esc, page, para, roman, section } from './html';
import { labels } from './labels';
import { publishedNarrative } from './narrative-text';
import { register } from './register';
import { cellsSection, compositionSection, kpiSection, membersSection, yearsSection } from './sections';

export interface SnapshotOptions {
  lang: Lang;
  /** K: a count from 1 to K − 1 is printed "< K". */
  minCell: number;
  stagnantYears: number;
  /** ISO date printed as "Ngày lập báo cáo". */
  generatedAt: string;
}

/** "Năm 2023" or "Từ ngày 01/01/2023 đến ngày 31/08/2023". */
export function periodText(f: Filters, lang: Lang): string {
  const l = labels(lang);
  const y = wholeYear(f);
  return y !== null ? l.year(y) : l.range(formatDate(f.from, lang), formatDate(f.to, lang));
}

function header(ctx: Ctx, f: Filters, o: SnapshotOptions): string {
  const l = labels(o.lang);
  const path = unitPath(ctx.loaded.tree, f.unitId);
  const unit = path[path.length - 1];
  const parent = path.length > 1 ? path[path.length - 2].name : '';
  const filters = f.clauses
    .filter((c) => c.values.length)
    .map((c) => {
      const dim = ctx.dims.find((d) => d.id === c.dim);
      return `${dim?.label[o.lang] ?? c.dim}: ${c.values.map((v) => dim?.valueLabel(v, o.lang) ?? v).join(', ')}`;
    });
  const meta: [string, string][] = [
    [l.unit, path.map((u) => u.name).join(' › ')],
    [l.period, periodText(f, o.lang)],
    [l.dataDate, ctx.loaded.dataDate ? formatDate(ctx.loaded.dataDate, o.lang) : l.noDataDate],
    [l.generatedAt, formatDate(o.generatedAt, o.lang)],
    ...(filters.length ? [[l.filters, filters.join('; ')] as [string, string]] : []),
  ];
  return [
    '<header>',
    '<div class="masthead">',
    `<div>${parent ? `<div class="org-parent">${esc(parent)}</div>` : ''}<div class="org-unit">${esc(unit.name)}</div><div class="rule"></div></div>`,
    `<div><div class="party">${esc(l.party)}</div><div class="rule"></div><div class="dated">${esc(l.generatedAt)}: ${esc(formatDate(o.generatedAt, o.lang))}</div></div>`,
    '</div>',
    `<h1>${esc(l.title)}</h1>`,
    `<p class="subtitle">${esc(unit.name)} — ${esc(periodText(f, o.lang))}</p>`,
    `<table class="meta"><tbody>${meta.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</tbody></table>`,
    '</header>',
  ].join('');
}

function definitions(lang: Lang, progress: boolean): string {
  const l = labels(lang);
  // the families whose figures the snapshot prints, each with the registry's definitions
  const groups: [string, Family][] = [
    [l.defsGeneral, 'kpi'],
    // the paragraph's sentences on the year's progress use these words
    ...(progress ? ([[l.defsProgress, 'progress']] as [string, Family][]) : []),
    [l.defsAdmissions, 'admission'],
    [l.defsMembers, 'member'],
    [l.defsCells, 'cell'],
  ];
  return groups
    .map(([title, family]) => [title, REGISTRY.filter((d) => d.family === family)] as const)
    .map(([title, defs]) => `<h3>${esc(title)}</h3>${defs.map((d) => `<p class="def"><b>${esc(d.label[lang])}.</b> ${esc(d.definition[lang])}</p>`).join('')}`)
    .join('');
}

/**
 * The report snapshot: one HTML file that stands alone (inline styles, charts
 * as inline SVG, no script, no external reference) with aggregates only, every
 * small count suppressed. Its figures are the page's and `npm run report`'s.
 */
export async function buildSnapshot(ctx: Ctx, f: Filters, opts: SnapshotOptions): Promise<string> {
  return (await buildSnapshotAudited(ctx, f, opts)).html;
}

/** The snapshot and, for tests that search it for leaks, every hidden count with its true value. */
export async function buildSnapshotAudited(ctx: Ctx, f: Filters, opts: SnapshotOptions): Promise<{ html: string; hidden: Map<string, number> }> {
  if (!ctx.loaded.tree.units.has(f.unitId)) throw new Error(`không có đơn vị ${f.unitId}`);
  const { lang, minCell: k } = opts;
  const l = labels(lang);
  const d = await collect(ctx, f, opts.stagnantYears);
  const p = register(d, f, k, lang);
  const forms = await formsSection(ctx, f, p, lang);
  const parts: [string, string, string?][] = [
    [l.s1, kpiSection(d, p, lang, f.to) + para(publishedNarrative(d.story, p, lang), 'narrative'), 'summary'],
    [l.s2, yearsSection(d, p, lang)],
    [l.s3, compositionSection(d, p, lang)],
    [l.s4, membersSection(d, p, lang, f.from, f.to)],
    [l.s5, cellsSection(d, p, lang)],
    [l.s6, forms(), 'forms'],
    [l.s7, definitions(lang, !!d.story.during && !d.story.filtered)],
  ];
  const body = [
    header(ctx, f, opts),
    ...parts.map(([title, html, cls], i) => section(roman(i + 1), title, html, cls)),
    p.anyHidden() ? `<p class="suppression">${esc(suppressionNote(k, lang))}${p.anySecondary() ? ` ${esc(l.secondaryNote)}` : ''}</p>` : '',
    `<footer>${esc(l.footer)}</footer>`,
  ].join('\n');
  const unit = ctx.loaded.tree.units.get(f.unitId)!;
  return { html: page(lang, `${l.docTitle} — ${unit.name} — ${periodText(f, lang)}`, body), hidden: p.hiddenValues() };
}

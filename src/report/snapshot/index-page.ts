import type { Filters } from '../../filters/filters';
import { formatDate } from '../../i18n/format';
import type { Ctx } from '../../indicators/context';
import { unitPath } from '../../model/tree';
import { periodText, type SnapshotOptions } from './build';
import { esc, page } from './html';
import { labels } from './labels';

export { safeId } from './file-name';

export interface IndexOptions extends SnapshotOptions {
  /** File name of the unit's own snapshot, next to the index. */
  own: string;
  subs: { unitId: string; name: string; file: string }[];
}

/** The pack's first page: relative links to the unit's snapshot and each sub-unit's, same look, no script. */
export function buildIndexPage(ctx: Ctx, f: Filters, o: IndexOptions): string {
  const l = labels(o.lang);
  const path = unitPath(ctx.loaded.tree, f.unitId).map((u) => u.name);
  const unit = path[path.length - 1];
  const link = (file: string, text: string) => `<a href="${esc(encodeURI(file))}">${esc(text)}</a>`;
  const body = [
    '<header>',
    `<h1>${esc(l.indexTitle.toLocaleUpperCase(o.lang))}</h1>`,
    `<p class="subtitle">${esc(unit)} — ${esc(periodText(f, o.lang))}</p>`,
    `<table class="meta"><tbody>`,
    `<tr><th scope="row">${esc(l.unit)}</th><td>${esc(path.join(' › '))}</td></tr>`,
    `<tr><th scope="row">${esc(l.dataDate)}</th><td>${esc(ctx.loaded.dataDate ? formatDate(ctx.loaded.dataDate, o.lang) : l.noDataDate)}</td></tr>`,
    `<tr><th scope="row">${esc(l.generatedAt)}</th><td>${esc(formatDate(o.generatedAt, o.lang))}</td></tr>`,
    `</tbody></table>`,
    '</header>',
    `<p>${esc(l.indexIntro)}</p>`,
    `<section class="part"><h2>${esc(l.indexOwn)}</h2><p>${link(o.own, unit)}</p></section>`,
    `<section class="part"><h2>${esc(l.indexSubs)}</h2>`,
    `<table class="long"><thead><tr><th scope="col">#</th><th scope="col">${esc(l.indexCol)}</th><th scope="col">${esc(l.indexFile)}</th></tr></thead><tbody>`,
    ...o.subs.map((s, i) => `<tr><td class="n">${i + 1}</td><th>${link(s.file, s.name)}</th><td>${esc(s.file)}</td></tr>`),
    '</tbody></table></section>',
    `<footer>${esc(l.footer)}</footer>`,
  ].join('\n');
  return page(o.lang, `${l.indexTitle} — ${unit}`, body);
}

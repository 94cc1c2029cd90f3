import type { Lang } from '../../dataset/types';
import type { Filters } from '../../filters/filters';
import type { Ctx } from '../../indicators/context';
import { LEFT_REASONS } from '../../registry';
import { bieu1, bieu2, formToHtml, type FormTable } from '../forms/index';
import { formCellsToHide } from '../forms/published';
import { cellId } from '../forms/types';
import { para } from './html';
import { labels } from './labels';
import type { Published } from './published';
import { BAND_UNKNOWN, ID } from './register';

const TOTAL_ROW = 'total';

/** Cells of a form's "Tổng số" row that print a number the snapshot also prints elsewhere, with that number's id. */
function links(t: FormTable): Map<string, string> {
  const cols: Record<string, string> =
    t.id === 'bieu1'
      ? {
          start: ID.b1('start'),
          admitted: ID.b1('admitted'),
          left_total: ID.b1('left'),
          end: ID.b1('end'),
          ...Object.fromEntries([...LEFT_REASONS, 'unknown'].map((r) => [`left_${r}`, ID.b1(`left.${r}`)])),
        }
      : {
          total: ID.adm,
          ...Object.fromEntries(['women', 'ethnic_minority', 'religious', 'youth_union', 'business_owner', 'readmission'].map((k) => [k, ID.flag(k)])),
          ...Object.fromEntries(t.columns.filter((c) => c.key.startsWith('occ_')).map((c) => [c.key, ID.occ(c.key === 'occ_unknown' ? null : c.key.slice(4))])),
          ...Object.fromEntries(t.columns.filter((c) => c.key.startsWith('age_')).map((c) => [c.key, ID.band(c.key === 'age_unknown' ? BAND_UNKNOWN : c.key.slice(4))])),
        };
  return new Map(Object.entries(cols).map(([col, id]) => [cellId(TOTAL_ROW, col), id]));
}

function value(t: FormTable, id: string): number | null {
  const [row, col] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  const j = t.columns.findIndex((c) => c.key === col);
  return t.rows.find((r) => r.key === row)?.cells[j] ?? null;
}

/**
 * The official forms Biểu 1 and Biểu 2 (src/report/forms), printed by
 * `formToHtml` with their own suppression. Their "Tổng số" row repeats numbers
 * of the other sections: a cell the form hides is hidden there too (registered
 * before anything is printed). Call before any other section reads `p`.
 * Returns the renderer, to be called once the ids are settled.
 */
export async function formsSection(ctx: Ctx, f: Filters, p: Published, lang: Lang): Promise<() => string> {
  const tables = [await bieu1(ctx, f, lang), await bieu2(ctx, f, lang)];
  const linked = tables.map((t) => {
    const { small, secondary } = formCellsToHide(t, p.k);
    const pairs = [...links(t)].filter(([cell, id]) => p.has(id) && value(t, cell) !== null && p.valueOf(id) === value(t, cell));
    for (const [cell, id] of pairs) if (small.has(cell) || secondary.has(cell)) p.force(id);
    return { t, pairs, hides: (cell: string) => small.has(cell) || secondary.has(cell) };
  });
  return () =>
    linked
      .map(({ t, pairs, hides }) => {
        // a number this report hides but the form would print: the form is left out rather than give it away
        if (pairs.some(([cell, id]) => p.isHidden(id) && !hides(cell))) return para(`${t.title}: ${labels(lang).formOmitted}`, 'note');
        return `<div class="form">${formToHtml(t, { minCell: p.k, lang })}</div>`;
      })
      .join('');
}

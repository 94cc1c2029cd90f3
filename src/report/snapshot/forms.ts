import type { Lang } from '../../dataset/types';
import type { Filters } from '../../filters/filters';
import type { Ctx } from '../../indicators/context';
import { LEFT_REASONS, MEMBER_AGE_BANDS } from '../../registry';
import { bieu1, bieu2, bieu3, formToHtml, type FormTable } from '../forms/index';
import { formCellsToHide } from '../forms/published';
import { hiddenTogether } from '../forms/together';
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
      : t.id === 'bieu2'
        ? {
            total: ID.adm,
            ...Object.fromEntries(['women', 'ethnic_minority', 'religious', 'youth_union', 'business_owner', 'readmission'].map((k) => [k, ID.flag(k)])),
            ...Object.fromEntries(t.columns.filter((c) => c.key.startsWith('occ_')).map((c) => [c.key, ID.occ(c.key === 'occ_unknown' ? null : c.key.slice(4))])),
            ...Object.fromEntries(t.columns.filter((c) => c.key.startsWith('age_')).map((c) => [c.key, ID.band(c.key === 'age_unknown' ? BAND_UNKNOWN : c.key.slice(4))])),
          }
        : {
            total: ID.mem,
            ...Object.fromEntries(['women', 'ethnic_minority', 'religious', 'probationary'].map((k) => [k, ID.memberInd(k)])),
            ...Object.fromEntries(MEMBER_AGE_BANDS.map((b) => [`age_${b.key}`, ID.memBand(b.key)])),
          };
  return new Map(Object.entries(cols).map(([col, id]) => [cellId(TOTAL_ROW, col), id]));
}

/**
 * Biểu 3's age bands are the pyramid's men and women together (and the
 * members of neither sex: a group that hides a little more, never less), and
 * 61–70 with over 70 are the members aged 61+. Registered as such when the
 * snapshot counts the form's members (no clause narrows them), a band the
 * form prints cannot give away a hidden half of the pyramid.
 */
function registerMemberBands(t: FormTable, f: Filters, p: Published): void {
  if (f.clauses.length > 0) return;
  for (const b of MEMBER_AGE_BANDS) {
    const v = value(t, cellId(TOTAL_ROW, `age_${b.key}`));
    if (v !== null) p.set(ID.memBand(b.key), v).group(ID.memBand(b.key), [ID.pyr('men', b.key), ID.pyr('women', b.key)]);
  }
  p.group(ID.memberInd('aged_61_plus'), [ID.memBand('61-70'), ID.memBand('70+')]);
}

function value(t: FormTable, id: string): number | null {
  const [row, col] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  const j = t.columns.findIndex((c) => c.key === col);
  return t.rows.find((r) => r.key === row)?.cells[j] ?? null;
}

/**
 * The official forms Biểu 1, 2 and 3 (src/report/forms), printed by
 * `formToHtml` with their own suppression. Their "Tổng số" row repeats numbers
 * of the other sections, and two forms print some numbers both (see
 * `hiddenTogether`): one that any of them hides is hidden in all (a form
 * hides it as "x" with the cells that would give it away; the other sections
 * are told before anything is printed). Call before any other section reads
 * `p`. Returns the renderer, to be called once the ids are settled.
 */
export async function formsSection(ctx: Ctx, f: Filters, p: Published, lang: Lang): Promise<() => string> {
  const tables = [await bieu1(ctx, f, lang), await bieu2(ctx, f, lang), await bieu3(ctx, f, lang)];
  registerMemberBands(tables[2], f, p);
  const pairs = tables.map((t) => [...links(t)].filter(([cell, id]) => p.has(id) && value(t, cell) !== null && p.valueOf(id) === value(t, cell)));
  const forced = tables.map(() => new Set<string>());
  let hidden: Set<string>[] = [];
  // the forms' own hiding, agreed among them, told to the other sections
  const settle = () => {
    hiddenTogether(tables, p.k, forced);
    hidden = tables.map((t, i) => {
      const { small, secondary } = formCellsToHide(t, p.k, forced[i]);
      return new Set([...small, ...secondary]);
    });
    pairs.forEach((ps, i) => ps.forEach(([cell, id]) => hidden[i].has(cell) && !p.isHidden(id) && p.force(id)));
  };
  settle();
  // then what the other sections still hide and a form would print is hidden there too, until nothing
  // more is (the forms only ever hide more, in a finite set of cells: it ends)
  for (let more = true; more; ) {
    more = false;
    pairs.forEach((ps, i) =>
      ps.forEach(([cell, id]) => {
        if (!p.isHidden(id) || hidden[i].has(cell)) return;
        forced[i].add(cell);
        more = true;
      }),
    );
    if (more) settle();
  }
  return () =>
    tables
      .map((t, i) => {
        // never expected once the forms agree with the other sections; rather no form than a number given away
        if (pairs[i].some(([cell, id]) => p.isHidden(id) && !hidden[i].has(cell))) return para(`${t.title}: ${labels(lang).formOmitted}`, 'note');
        return `<div class="form">${formToHtml(t, { minCell: p.k, lang, hidden: forced[i] })}</div>`;
      })
      .join('');
}

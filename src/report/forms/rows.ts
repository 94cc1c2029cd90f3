import { CODES, codeLabel, type CodeListName } from '../../dataset/codes';
import type { Lang } from '../../dataset/types';
import type { Filters } from '../../filters/filters';
import { compareVi, formatDate } from '../../i18n/format';
import type { Breakdown } from '../../indicators/breakdown';
import type { Ctx } from '../../indicators/context';
import { periodSubUnits } from '../../indicators/subunits';
import { FORM_TEXT } from './labels';
import { cellId, type FormColumn, type FormRow, type FormTable } from './types';

/** A row of a form before its figures: the unit it counts and how it is printed. */
export interface FormUnit {
  key: string;
  no: string;
  label: string;
  level: number;
  filters: Filters;
}

export const TOTAL_ROW = 'total';

/**
 * The rows of Biểu 1, 2 and 3: "Tổng số" (the unit itself) first, then its
 * direct sub-units active in the period, in name order. The forms are the
 * whole unit: the page's cross-filter clauses do not apply to them.
 */
export function formUnits(ctx: Ctx, f: Filters, lang: Lang): FormUnit[] {
  const t = FORM_TEXT[lang];
  const scope: Filters = { ...f, clauses: [] };
  const subs = [...periodSubUnits(ctx, scope)].sort((a, b) => compareVi(a.name, b.name) || a.id.localeCompare(b.id));
  return [
    { key: TOTAL_ROW, no: '', label: t.total, level: 0, filters: scope },
    ...subs.map((u, i) => {
      // a unit dissolved or formed during the period says so, as the Đơn vị view does
      let label = u.name;
      if (u.activeTo && u.activeTo < f.to) label += ` ${t.until(formatDate(u.activeTo, lang))}`;
      else if (u.activeFrom && u.activeFrom > f.from) label += ` ${t.since(formatDate(u.activeFrom, lang))}`;
      return { key: u.id, no: String(i + 1), label, level: 1, filters: { ...scope, unitId: u.id } };
    }),
  ];
}

/** The unit's name and the period, as the form's subtitle. */
export function formSubtitle(ctx: Ctx, f: Filters, lang: Lang): string {
  return FORM_TEXT[lang].period(ctx.loaded.tree.units.get(f.unitId)?.name ?? f.unitId, f.from, f.to);
}

/** A column with the function that reads its figure from a row's data. */
export type ValuedColumn<D> = FormColumn & { value: (d: D) => number | null };

export function buildRows<D>(units: FormUnit[], data: D[], columns: ValuedColumn<D>[]): FormRow[] {
  return units.map((u, i) => ({ key: u.key, no: u.no, label: u.label, level: u.level, cells: columns.map((c) => c.value(data[i])) }));
}

/** The count of `code` in a breakdown (`null`: the unknown). */
export const countOf = (b: Breakdown, code: string | null) => b.counts.find((c) => c.code === code)?.count ?? 0;

/**
 * A column per code of `list` under `group` (keys `<prefix>_<code>`), and
 * "Không rõ" (`<prefix>_unknown`) when the unit itself (`own`, the Tổng số
 * row's data) has unknown values: with it, the group adds up to Tổng số.
 */
export function codeColumns<D>(own: D, of: (d: D) => Breakdown, list: CodeListName, prefix: string, group: string, lang: Lang): ValuedColumn<D>[] {
  const t = FORM_TEXT[lang];
  // the offices' short names of the school levels
  const label = (code: string) => (lang === 'vi' && list === 'education' ? (t.educationShort[code] ?? codeLabel(list, code, lang)) : codeLabel(list, code, lang));
  const cols: ValuedColumn<D>[] = CODES[list].map((c) => ({ key: `${prefix}_${c.code}`, label: label(c.code), group, value: (d) => countOf(of(d), c.code) }));
  if (countOf(of(own), null) > 0) cols.push({ key: `${prefix}_unknown`, label: t.unknown, group, value: (d) => countOf(of(d), null) });
  return cols;
}

/** In every row, `parts` add up to `total` (age bands to all admissions, reasons to the total decrease). */
export function rowSums(rows: FormRow[], total: string, parts: string[]): FormTable['sums'] {
  return rows.map((r) => ({ total: cellId(r.key, total), parts: parts.map((p) => cellId(r.key, p)) }));
}

/**
 * Down each count column, the sub-unit rows add up to "Tổng số" only when they
 * really do: units merged in 2025 overlap, and a committee can count for
 * itself (its own grassroots status). Returns those sums and the columns that
 * do not add up.
 */
export function columnSums(columns: FormColumn[], rows: FormRow[]): { sums: FormTable['sums']; notAdditive: FormColumn[] } {
  const [total, ...subs] = rows;
  const sums: FormTable['sums'] = [];
  const notAdditive: FormColumn[] = [];
  if (!total || subs.length === 0) return { sums, notAdditive };
  columns.forEach((c, j) => {
    if (c.format === 'decimal') return;
    const t = total.cells[j];
    const adds = t !== null && subs.every((r) => r.cells[j] !== null) && subs.reduce((s, r) => s + (r.cells[j] ?? 0), 0) === t;
    if (adds) sums.push({ total: cellId(total.key, c.key), parts: subs.map((r) => cellId(r.key, c.key)) });
    else notAdditive.push(c);
  });
  return { sums, notAdditive };
}

/** Columns as a note names them: with their group where another column has the same label ("Chuyên môn: Không"). */
export function columnNames(columns: readonly FormColumn[], all: readonly FormColumn[]): string {
  const seen = new Map<string, number>();
  for (const c of all) seen.set(c.label, (seen.get(c.label) ?? 0) + 1);
  return columns.map((c) => (c.group && (seen.get(c.label) ?? 0) > 1 ? `${c.group}: ${c.label}` : c.label)).join(', ');
}

/** Strips the value readers of the columns: a FormTable is plain data. */
export const plainColumns = <D>(columns: ValuedColumn<D>[]): FormColumn[] =>
  columns.map(({ key, label, group, format }) => ({ key, label, ...(group ? { group } : {}), ...(format ? { format } : {}) }));

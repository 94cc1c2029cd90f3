import type { Lang } from '../../dataset/types';
import { formatCount, formatNumber } from '../../i18n/format';
import { cellsToHide, isSmall, publishedCount, suppressionNote, type SumGroup } from '../suppress';
import { BALANCE, ORGANISATION_COLUMNS } from './keys';
import { FORM_TEXT } from './labels';
import { cellId, type FormTable } from './types';

export interface PublishOptions {
  /** K: counts from 1 to K − 1 are hidden; null publishes exact numbers (the page on one's own machine). */
  minCell: number | null;
  lang: Lang;
  /** Cells hidden whatever their value, because another part of the same publication hides their number (a snapshot's other sections). */
  hidden?: ReadonlySet<string>;
}

/** What a form prints in each cell, and what it hid. */
export interface PublishedForm {
  /** Per row, per column: the printed text ("1.114", "< 5", "x", "34,8", "—"). */
  text: string[][];
  /** Small counts, printed "< K". */
  small: Set<string>;
  /** Other cells hidden so that a small one cannot be recovered by subtraction, printed "x". */
  secondary: Set<string>;
  /** The form's notes and, when anything was hidden, the suppression notes. */
  notes: string[];
}

/**
 * Biểu 1's balance (Đầu kỳ + Kết nạp = Cuối kỳ + Tổng giảm) gives a hidden cell
 * away as surely as a sum does. It is two sums through a cell no one prints
 * (its value is known from either side), so `cellsToHide` guards it too.
 */
function balanceGroups(table: FormTable, values: Map<string, number | null>): SumGroup[] {
  const keys = table.columns.map((c) => c.key);
  if (![BALANCE.start, BALANCE.admitted, BALANCE.leftTotal, BALANCE.end].every((k) => keys.includes(k))) return [];
  return table.rows.flatMap((r) => {
    const v = (k: string) => values.get(cellId(r.key, k)) ?? 0;
    const flow = cellId(r.key, '~flow');
    values.set(flow, v(BALANCE.start) + v(BALANCE.admitted));
    return [
      { total: flow, parts: [cellId(r.key, BALANCE.start), cellId(r.key, BALANCE.admitted)] },
      { total: flow, parts: [cellId(r.key, BALANCE.end), cellId(r.key, BALANCE.leftTotal)] },
    ];
  });
}

/**
 * The cells to hide in a published form (counts of people only: not the mean
 * age, not the organisation counts); `forced` ones whatever their value, with
 * the cells that would give them away.
 */
export function formCellsToHide(table: FormTable, k: number, forced: ReadonlySet<string> = new Set()): { small: Set<string>; secondary: Set<string> } {
  const values = new Map<string, number | null>();
  for (const r of table.rows)
    table.columns.forEach((c, j) => {
      if (c.format !== 'decimal' && !ORGANISATION_COLUMNS.has(c.key)) values.set(cellId(r.key, c.key), r.cells[j]);
    });
  const real = new Set(values.keys());
  const groups = [...table.sums, ...balanceGroups(table, values)];
  // a forced cell counts as small (hidden first); printed "x" unless it is small
  const input = new Map(values);
  for (const id of forced) if (real.has(id) && (values.get(id) ?? 0) > 0) input.set(id, 1);
  const hidden = cellsToHide(input, groups, k);
  const small = new Set<string>();
  const secondary = new Set<string>();
  for (const id of hidden) {
    if (!real.has(id)) continue;
    (isSmall(values.get(id), k) ? small : secondary).add(id);
  }
  return { small, secondary };
}

/** The form as printed: exact numbers when `minCell` is null, else with small counts hidden. */
export function publishForm(table: FormTable, opts: PublishOptions): PublishedForm {
  const { minCell: k, lang } = opts;
  const t = FORM_TEXT[lang];
  const { small, secondary } = k === null ? { small: new Set<string>(), secondary: new Set<string>() } : formCellsToHide(table, k, opts.hidden);
  const totalKey = table.columns.find((c) => c.format !== 'decimal')?.key ?? '';
  const text = table.rows.map((r) => {
    const totalHidden = small.has(cellId(r.key, totalKey)) || secondary.has(cellId(r.key, totalKey));
    return table.columns.map((c, j) => {
      const v = r.cells[j];
      const id = cellId(r.key, c.key);
      if (v === null) return '—';
      if (c.format === 'decimal') return totalHidden ? '—' : formatNumber(v, lang, 1);
      if (secondary.has(id)) return t.secondary;
      return k === null ? formatCount(v, lang) : publishedCount(v, small.has(id), k, lang);
    });
  });
  const notes = [...table.notes];
  if (k !== null && (small.size || secondary.size)) notes.push(suppressionNote(k, lang));
  if (secondary.size) notes.push(t.secondaryNote);
  return { text, small, secondary, notes };
}

/** Consecutive columns of one group print under one header; a column without a group spans both header rows. */
export interface HeaderSpan {
  group: string | undefined;
  start: number;
  span: number;
}

export function headerSpans(table: Pick<FormTable, 'columns'>): HeaderSpan[] {
  const out: HeaderSpan[] = [];
  table.columns.forEach((c, i) => {
    const last = out[out.length - 1];
    if (c.group && last && last.group === c.group) last.span++;
    else out.push({ group: c.group, start: i, span: 1 });
  });
  return out;
}

/** The row of column numbers under the header, as the printed forms have it: A (STT), B (Đơn vị), 1, 2, … */
export const columnNumbers = (table: Pick<FormTable, 'columns'>): string[] => ['A', 'B', ...table.columns.map((_, i) => String(i + 1))];

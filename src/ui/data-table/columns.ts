import type { Lang } from '../../dataset/types';
import { foldText } from '../../dataset/text';
import { formatCount, formatNumber, formatPercent } from '../../i18n/format';

/** How a column's values read: text left-aligned, numbers right-aligned and formatted vi/en. */
export type CellKind = 'text' | 'count' | 'percent' | 'number';
export type CellValue = string | number | null;

/** One column of a {@link DataTable}, independent of the table library. */
export interface DataColumn<T> {
  id: string;
  header: string;
  /** A header over several columns ("Đảng viên trẻ" over "Số" and "%"). */
  group?: string;
  /** What the column counts (a tooltip on its header). */
  title?: string;
  kind: CellKind;
  /** The value sorted, filtered and exported; null reads "–" and sorts last. */
  value: (row: T) => CellValue;
  /** Text shown instead of the formatted value ("không giao"); null keeps the default. */
  display?: (row: T) => string | null;
  /** Decimals of percent (2) and number (1) columns. */
  decimals?: number;
  /** Value of a group of rows: 'sum' of the rows, or computed from them (a share from the summed parts). */
  subtotal?: 'sum' | ((rows: T[]) => CellValue);
  sortable?: boolean;
  filterable?: boolean;
  /** Width hint for the column in `ch` (long names wrap beyond it). */
  minWidth?: number;
}

export const isNumeric = (kind: CellKind) => kind !== 'text';

/** A value as the table shows it: `1.114`, `109,22%`, `46,3`; "–" for none. */
export function formatCell(kind: CellKind, value: CellValue, lang: Lang, decimals?: number): string {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '–';
  if (typeof value === 'string') return value;
  if (kind === 'count') return formatCount(value, lang);
  if (kind === 'percent') return formatPercent(value, lang, decimals ?? 2);
  if (kind === 'number') return formatNumber(value, lang, decimals ?? 1);
  return String(value);
}

/** The text of a row's cell: the column's own display, else the formatted value. */
export function cellText<T>(col: DataColumn<T>, row: T, lang: Lang): string {
  return col.display?.(row) ?? formatCell(col.kind, col.value(row), lang, col.decimals);
}

/** A typed minimum ("50", "50,5", "50.5", "1 000") as a number; none when empty or unreadable. */
export function parseMin(input: string): number | null {
  const s = input.replace(/[\s\u00a0%]/g, '').replace(',', '.');
  if (s === '' || !/^-?\d*\.?\d+$/.test(s)) return null;
  return Number(s);
}

/** Text filter: every word of the query in the value, ignoring case and diacritics ("ha long" finds "Hạ Long"). */
export function textMatches(value: CellValue, query: string): boolean {
  const q = foldText(query).trim();
  if (!q) return true;
  const v = foldText(value === null ? '' : String(value));
  return q.split(/\s+/).every((w) => v.includes(w));
}

/** Numeric filter: at least the minimum; a row without a value is left out once a minimum is set. */
export function atLeast(value: CellValue, min: number | null): boolean {
  if (min === null) return true;
  return typeof value === 'number' && value >= min;
}

/** Header text of a column in an export: "Đảng viên trẻ (18–30 tuổi) – %". */
export function exportHeader<T>(col: DataColumn<T>): string {
  return col.group ? `${col.group} – ${col.header}` : col.header;
}

/**
 * Rows for the CSV export: numbers stay numbers (Excel reads them); text
 * columns and values a column displays differently ("không giao") as text.
 */
export function exportRows<T>(columns: readonly DataColumn<T>[], rows: readonly T[]): (string | number | null)[][] {
  return rows.map((r) =>
    columns.map((c) => {
      const v = c.value(r);
      if (v === null) return c.display?.(r) ?? null;
      return c.kind === 'text' ? (c.display?.(r) ?? v) : v;
    }),
  );
}

/** Sum of a numeric column over rows (null counts as nothing). */
export function sumOf<T>(rows: readonly T[], get: (row: T) => number | null): number {
  let s = 0;
  for (const r of rows) s += get(r) ?? 0;
  return s;
}
